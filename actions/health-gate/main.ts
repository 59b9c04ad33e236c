import { createRuntime, runAction } from '@deploy-kit/core';
import { healthGateAction } from '@deploy-kit/health-gate';

process.exitCode = await runAction(healthGateAction, createRuntime({ command: healthGateAction.spec.name }));

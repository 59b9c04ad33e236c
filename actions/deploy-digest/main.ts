import { createRuntime, runAction } from '@deploy-kit/core';
import { deployDigestAction } from '@deploy-kit/deploy-digest';

process.exitCode = await runAction(deployDigestAction, createRuntime({ command: deployDigestAction.spec.name }));

import { createRuntime, runAction } from '@deploy-kit/core';
import { releaseDecisionAction } from '@deploy-kit/release-decision';

process.exitCode = await runAction(releaseDecisionAction, createRuntime({ command: releaseDecisionAction.spec.name }));

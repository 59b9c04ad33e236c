import { createRuntime, runAction } from '@deploy-kit/core';
import { freezeCandidateAction } from '@deploy-kit/candidate';

process.exitCode = await runAction(freezeCandidateAction, createRuntime({ command: freezeCandidateAction.spec.name }));

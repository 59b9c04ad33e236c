import { createRuntime, runAction } from '@deploy-kit/core';
import { pipelineAction } from './pipeline-action.ts';

process.exitCode = await runAction(pipelineAction, createRuntime({ command: pipelineAction.spec.name }));

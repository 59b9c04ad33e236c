export { pipelineAction } from './pipeline-action.ts';
export { StepSequence, type SubActionResult } from './sub-action.ts';

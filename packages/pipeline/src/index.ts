export { pipelineAction } from './pipeline-action.ts';

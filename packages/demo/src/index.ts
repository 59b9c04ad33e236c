export { demoCommand } from './demo-command.ts';
export { runStep, type StepOutcome } from './step-runner.ts';
export { startExampleService } from './example-service.ts';

export { demoCommand } from './demo-command.ts';
export { DemoJob, type StepOutcome } from './step-runner.ts';

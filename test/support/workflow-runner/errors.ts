/** Thrown for anything this runner does not implement or a workflow gets wrong. */
export class WorkflowRunnerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkflowRunnerError';
  }
}

/** Refuses: the runner turns this into a failed step (inside a step) or a failed run. */
export function fail(message: string): never {
  throw new WorkflowRunnerError(message);
}

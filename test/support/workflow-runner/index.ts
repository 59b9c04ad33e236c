/**
 * A local GitHub Actions runner for deploy-kit's example workflows: it reads a workflow file and
 * runs its jobs on this machine, step by step, the way GitHub's runner does — deploy-kit's
 * actions from their committed `action.yml` + `dist/` bundle (defaults, required inputs, INPUT_*
 * variables), `run:` steps with bash, outputs through the GITHUB_OUTPUT / GITHUB_ENV /
 * GITHUB_PATH / GITHUB_STEP_SUMMARY file commands, the ID-token request variables only for jobs
 * granted `id-token: write`, and artifacts between jobs (and runs) through
 * actions/upload-artifact and actions/download-artifact.
 *
 * It implements what the examples use and refuses everything else loudly (an unknown action,
 * expression function, context or workflow key is an error, never silently ignored), so an
 * example cannot pass here by relying on something this runner only pretends to do.
 *
 * `LocalGitHub` (local-github.ts) is the GitHub side: run ids, the artifact store, and the REST
 * endpoints the examples call.
 */
export { WorkflowRunnerError } from './errors.ts';
export { evaluateCondition, evaluateExpression, exprToString, interpolate, type ExprScope, type ExprValue, type JobStatusFunctions } from './expressions.ts';
export { jobOrder, loadWorkflow, type JobDefinition, type Permissions, type StepDefinition, type WorkflowDefinition } from './workflow-file.ts';
export { LocalGitHub, type RecordedDeployment } from './local-github.ts';
export type { EnvironmentSettings, GivenJob, JobOutcome, JobResult, StepOutcome, WorkflowRunOptions, WorkflowRunResult } from './run-types.ts';
export { runWorkflow } from './run-workflow.ts';
export { deployKitActionDir, readActionMetadata } from './uses.ts';
export { sandboxRunOptions } from './sandbox-options.ts';
export { describeRun, printedLines, runnerWarnings, stepOutcomes, stepsPrinting } from './results.ts';

/** What a run is given and what it reports, and the state a job carries between its steps. */
import type { ExprValue } from './expressions.ts';
import type { LocalGitHub, RunRecord } from './local-github.ts';
import type { WorkflowDefinition } from './workflow-file.ts';

export type JobResult = 'success' | 'failure' | 'skipped';

export interface StepOutcome {
  /** The step's id, or `step-<n>`. */
  id: string;
  name: string;
  uses?: string;
  outcome: 'success' | 'failure' | 'skipped';
  conclusion: 'success' | 'failure' | 'skipped';
  exitCode?: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** The INPUT_* an action received (secret values are never stored here). */
  inputNames?: string[];
  /** The runner's own messages: unexpected inputs, dropped outputs, refused steps. */
  warnings: string[];
}

export interface JobOutcome {
  id: string;
  result: JobResult;
  /** Why a job was skipped or failed before its steps ran. */
  reason?: string;
  outputs: Record<string, string>;
  steps: StepOutcome[];
  /** Every step's GITHUB_STEP_SUMMARY, in order. */
  summary: string;
  workspace: string;
  environment?: string;
  concurrency?: { group: string; cancelInProgress: boolean };
  /** Whether the job was given ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN. */
  idToken: boolean;
  warnings: string[];
}

/** A job of the workflow this run does not execute: what it ended with. */
export interface GivenJob {
  result: JobResult;
  outputs?: Record<string, string>;
}

export interface EnvironmentSettings {
  vars?: Record<string, string>;
  secrets?: Record<string, string>;
  /** A reviewer's answer to the environment's protection rule (default: approved). */
  approved?: boolean;
}

export interface WorkflowRunOptions {
  workflow: string;
  github: LocalGitHub;
  event: 'push' | 'workflow_dispatch';
  /** workflow_dispatch inputs. */
  inputs?: Record<string, string>;
  /** Extra fields of github.event (e.g. `before` for a push). */
  eventPayload?: Record<string, ExprValue>;
  sha: string;
  ref?: string;
  /** The jobs to run (default all). A job they need that is not run must be in `given`. */
  jobs?: readonly string[];
  given?: Record<string, GivenJob>;
  vars?: Record<string, string>;
  secrets?: Record<string, string>;
  environments?: Record<string, EnvironmentSettings>;
  /** The runner machine's environment (PATH, HOME, a CA to trust…). */
  hostEnv: Record<string, string>;
  /** What a job granted `id-token: write` gets as ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN. */
  oidc?: { requestUrl: string; requestToken: string };
  /** The source tree actions/checkout copies into each job's workspace. */
  checkout?: string;
  stepTimeoutMs?: number;
}

export interface WorkflowRunResult {
  runId: number;
  /** The run's GITHUB_TOKEN (a secret: tests check that no step prints it). */
  githubToken: string;
  jobs: Record<string, JobOutcome>;
  /** Jobs in the order they ran or were skipped (given jobs are not listed). */
  order: string[];
}

export interface RunContext {
  options: WorkflowRunOptions;
  workflow: WorkflowDefinition;
  run: RunRecord;
  github: Record<string, ExprValue>;
  inputs: Record<string, ExprValue>;
  shimDir: string;
  eventFile: string;
}

export interface JobState {
  id: string;
  dir: string;
  workspace: string;
  temp: string;
  env: Record<string, string>;
  path: string[];
  secrets: Record<string, string>;
  vars: Record<string, string>;
  masks: Set<string>;
  steps: Record<string, ExprValue>;
  failed: boolean;
  idToken: boolean;
  needs: Record<string, ExprValue>;
}

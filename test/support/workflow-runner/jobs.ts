/** Runs one job: its if:, environment, concurrency, env, steps, and outputs (secret-bearing ones dropped). */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { evaluateCondition, interpolate, interpolateValue, truthy, type ExprScope, type ExprValue, type JobStatusFunctions } from './expressions.ts';
import type { GivenJob, JobOutcome, JobState, RunContext, StepOutcome } from './run-types.ts';
import { runStep } from './steps.ts';
import { environmentName, grantsIdToken, needsOf, type JobDefinition, type WorkflowDefinition } from './workflow-file.ts';

function needsContext(job: JobDefinition, outcomes: Record<string, JobOutcome | GivenJob>): Record<string, ExprValue> {
  return Object.fromEntries(needsOf(job).map((need) => [need, { result: outcomes[need]!.result, outputs: { ...(outcomes[need]!.outputs ?? {}) } }]));
}

/** Job-level status functions look at the jobs it needs, transitively for failure(). */
function jobStatus(workflow: WorkflowDefinition, job: JobDefinition, outcomes: Record<string, JobOutcome | GivenJob>): JobStatusFunctions {
  const ancestors = new Set<string>();
  const walk = (j: JobDefinition) => {
    for (const need of needsOf(j)) {
      if (ancestors.has(need)) continue;
      ancestors.add(need);
      if (workflow.jobs[need]) walk(workflow.jobs[need]!);
    }
  };
  walk(job);
  return {
    success: () => needsOf(job).every((need) => outcomes[need]?.result === 'success'),
    failure: () => [...ancestors].some((need) => outcomes[need]?.result === 'failure'),
    cancelled: () => false,
  };
}

export async function runJob(context: RunContext, id: string, outcomes: Record<string, JobOutcome | GivenJob>): Promise<JobOutcome> {
  const { options, workflow, run } = context;
  const job = workflow.jobs[id]!;
  const environment = environmentName(job);
  const envSettings = environment ? (options.environments?.[environment] ?? {}) : {};
  const vars = { ...options.vars, ...envSettings.vars };
  const secrets = { ...options.secrets, ...envSettings.secrets, GITHUB_TOKEN: run.token };
  const needs = needsContext(job, outcomes);
  const dir = path.join(run.dir, 'jobs', id);
  const state: JobState = {
    id,
    dir,
    workspace: path.join(dir, 'workspace'),
    temp: path.join(dir, 'temp'),
    env: {},
    path: [],
    secrets,
    vars,
    masks: new Set(Object.values(secrets).filter((value) => value !== '')),
    steps: {},
    failed: false,
    idToken: grantsIdToken(job.permissions ?? workflow.permissions),
    needs,
  };
  const base: JobOutcome = { id, result: 'skipped', outputs: {}, steps: [], summary: '', workspace: state.workspace, idToken: state.idToken, warnings: [], ...(environment ? { environment } : {}) };

  const jobScope: ExprScope = {
    contexts: { github: context.github, needs, vars, inputs: context.inputs },
    status: jobStatus(workflow, job, outcomes),
    where: `jobs.${id}.if`,
  };
  if (!evaluateCondition(job.if, jobScope)) return { ...base, result: 'skipped', reason: job.if === undefined ? 'a job it needs did not succeed' : `if: ${String(job.if)} is false` };
  if (envSettings.approved === false) return { ...base, result: 'failure', reason: `the deployment to environment '${environment}' was rejected` };

  const concurrency = job.concurrency ?? workflow.concurrency;
  if (concurrency !== undefined) {
    const scope: ExprScope = { contexts: { github: context.github, needs, vars, inputs: context.inputs }, where: `jobs.${id}.concurrency` };
    base.concurrency =
      typeof concurrency === 'string'
        ? { group: interpolate(concurrency, scope), cancelInProgress: false }
        : { group: interpolate(concurrency.group, scope), cancelInProgress: truthy(concurrency['cancel-in-progress'] === undefined ? false : typeof concurrency['cancel-in-progress'] === 'string' ? interpolate(concurrency['cancel-in-progress'], scope) : concurrency['cancel-in-progress']) };
  }
  await mkdir(state.workspace, { recursive: true });
  await mkdir(state.temp, { recursive: true });

  // Workflow env, then job env; both may use the contexts GitHub allows there.
  const envScope = (where: string): ExprScope => ({ contexts: { github: context.github, needs, vars, secrets, inputs: context.inputs, env: { ...state.env } }, where });
  for (const [name, value] of Object.entries(workflow.env ?? {})) state.env[name] = interpolateValue(value, envScope(`env.${name}`));
  for (const [name, value] of Object.entries(job.env ?? {})) state.env[name] = interpolateValue(value, envScope(`jobs.${id}.env.${name}`));

  const steps: StepOutcome[] = [];
  const summaries: string[] = [];
  for (const [index, step] of job.steps.entries()) {
    const outcome = await runStep(context, state, step, index, summaries);
    steps.push(outcome);
    if (step.id) state.steps[step.id] = { outputs: outcome.outputs, outcome: outcome.outcome, conclusion: outcome.conclusion };
    if (outcome.conclusion === 'failure') state.failed = true;
  }

  const outputs: Record<string, string> = {};
  const warnings: string[] = [];
  const outputScope: ExprScope = { contexts: { github: context.github, needs, vars, inputs: context.inputs, steps: state.steps, env: { ...state.env }, job: { status: state.failed ? 'failure' : 'success' } }, where: `jobs.${id}.outputs` };
  for (const [name, value] of Object.entries(job.outputs ?? {})) {
    const text = interpolateValue(value, { ...outputScope, where: `jobs.${id}.outputs.${name}` });
    // GitHub drops a job output that contains a secret rather than pass it to other jobs.
    if ([...state.masks].some((secret) => secret.length > 0 && text.includes(secret))) warnings.push(`Skip output '${name}' since it may contain secret.`);
    else outputs[name] = text;
  }
  return { ...base, result: state.failed ? 'failure' : 'success', outputs, steps, summary: summaries.join('\n'), warnings };
}

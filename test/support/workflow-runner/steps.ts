/** Runs one step: its if:, env, the runner's environment variables and file commands, then run: or uses:. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFileCommands } from '../github-runner.ts';
import type { ProcessResult } from '../repo.ts';
import { fail, WorkflowRunnerError } from './errors.ts';
import { evaluateCondition, interpolate, interpolateValue, type ExprScope, type ExprValue, type JobStatusFunctions } from './expressions.ts';
import { runProcess } from './run-process.ts';
import type { JobState, RunContext, StepOutcome } from './run-types.ts';
import { runUses } from './uses.ts';
import type { StepDefinition } from './workflow-file.ts';

const DEFAULT_STEP_TIMEOUT_MS = 180_000;

function stepDisplayName(step: StepDefinition): string {
  return step.name ?? (step.uses ? `Run ${step.uses}` : `Run ${(step.run ?? '').split('\n')[0]}`);
}

export async function runStep(context: RunContext, state: JobState, step: StepDefinition, index: number, summaries: string[]): Promise<StepOutcome> {
  const id = step.id ?? `step-${index + 1}`;
  const where = `jobs.${state.id}.steps[${id}]`;
  const outcome: StepOutcome = { id, name: stepDisplayName(step), ...(step.uses ? { uses: step.uses } : {}), outcome: 'skipped', conclusion: 'skipped', stdout: '', stderr: '', outputs: {}, warnings: [] };
  const status: JobStatusFunctions = { success: () => !state.failed, failure: () => state.failed, cancelled: () => false };
  const contexts = (env: Record<string, string>): Record<string, ExprValue> => ({
    github: { ...context.github, job: state.id, workspace: state.workspace },
    needs: state.needs,
    vars: state.vars,
    secrets: state.secrets,
    inputs: context.inputs,
    steps: state.steps,
    env,
    job: { status: state.failed ? 'failure' : 'success' },
    runner: { os: 'Linux', arch: 'X64', temp: state.temp, name: 'deploy-kit local runner' },
  });
  if (!evaluateCondition(step.if, { contexts: contexts({ ...state.env }), status, where: `${where}.if` })) return outcome;

  const stepEnv: Record<string, string> = { ...state.env };
  for (const [name, value] of Object.entries(step.env ?? {})) stepEnv[name] = interpolateValue(value, { contexts: contexts({ ...stepEnv }), status, where: `${where}.env.${name}` });
  const scope: ExprScope = { contexts: contexts(stepEnv), status, where };
  outcome.name = step.name ? interpolate(step.name, scope) : outcome.name;

  const files = { output: path.join(state.dir, `${id}.output`), env: path.join(state.dir, `${id}.env`), path: path.join(state.dir, `${id}.path`), summary: path.join(state.dir, `${id}.summary`) };
  await Promise.all(Object.values(files).map((file) => writeFile(file, '')));
  const processEnv: Record<string, string> = {
    ...context.options.hostEnv,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_SHA: context.options.sha,
    GITHUB_REF: String(context.github.ref),
    GITHUB_REF_NAME: String(context.github.ref_name),
    GITHUB_REPOSITORY: context.options.github.repository,
    GITHUB_REPOSITORY_OWNER: String(context.github.repository_owner),
    GITHUB_RUN_ID: String(context.run.id),
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: state.id,
    GITHUB_WORKFLOW: String(context.github.workflow),
    GITHUB_EVENT_NAME: context.options.event,
    GITHUB_EVENT_PATH: context.eventFile,
    GITHUB_ACTOR: 'octocat',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: context.options.github.apiUrl,
    GITHUB_WORKSPACE: state.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: state.temp,
    ...(state.idToken && context.options.oidc ? { ACTIONS_ID_TOKEN_REQUEST_URL: context.options.oidc.requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: context.options.oidc.requestToken } : {}),
    ...stepEnv,
  };
  processEnv.PATH = [context.shimDir, ...state.path, context.options.hostEnv.PATH ?? '/usr/bin:/bin'].join(path.delimiter);
  const cwd = step['working-directory'] ? path.resolve(state.workspace, interpolate(step['working-directory'], scope)) : state.workspace;
  const timeoutMs = step['timeout-minutes'] !== undefined ? step['timeout-minutes'] * 60_000 : (context.options.stepTimeoutMs ?? DEFAULT_STEP_TIMEOUT_MS);

  let result: ProcessResult;
  try {
    if (step.run !== undefined) {
      if (step.shell !== undefined && step.shell !== 'bash') fail(`${where}: only shell: bash is supported`);
      const script = path.join(state.temp, `${id}.sh`);
      await writeFile(script, interpolate(step.run, scope));
      result = await runProcess('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], processEnv, cwd, timeoutMs);
    } else {
      result = await runUses(context, state, step, scope, processEnv, cwd, timeoutMs, outcome);
    }
  } catch (error) {
    if (!(error instanceof WorkflowRunnerError)) throw error;
    // A refused step fails like a broken action would, with the reason in its log.
    result = { code: 1, stdout: '', stderr: `local runner: ${error.message}\n` };
    outcome.warnings.push(error.message);
  }

  outcome.exitCode = result.code;
  outcome.stdout = result.stdout;
  outcome.stderr = result.stderr;
  for (const line of result.stdout.split('\n')) {
    const mask = /^::add-mask::(.+)$/.exec(line.trim());
    if (mask) state.masks.add(mask[1]!);
  }
  outcome.outputs = { ...outcome.outputs, ...parseFileCommands(await readFile(files.output, 'utf8')) };
  Object.assign(state.env, parseFileCommands(await readFile(files.env, 'utf8')));
  state.path.unshift(...(await readFile(files.path, 'utf8')).split('\n').filter(Boolean).reverse());
  const summary = await readFile(files.summary, 'utf8');
  if (summary) summaries.push(summary);
  outcome.outcome = result.code === 0 ? 'success' : 'failure';
  outcome.conclusion = outcome.outcome === 'failure' && step['continue-on-error'] === true ? 'success' : outcome.outcome;
  return outcome;
}

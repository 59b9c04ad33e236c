/** Runs a workflow: its trigger and inputs, the github context, then its jobs in dependency order. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fail } from './errors.ts';
import type { ExprValue } from './expressions.ts';
import { runJob } from './jobs.ts';
import { writeNpxShim } from './npx-shim.ts';
import type { GivenJob, JobOutcome, RunContext, WorkflowRunOptions, WorkflowRunResult } from './run-types.ts';
import { jobOrder, loadWorkflow, needsOf, type WorkflowDefinition } from './workflow-file.ts';

function dispatchInputs(workflow: WorkflowDefinition, given: Record<string, string>): Record<string, ExprValue> {
  const declared = workflow.on.workflow_dispatch?.inputs ?? {};
  for (const name of Object.keys(given)) if (!(name in declared)) fail(`workflow_dispatch has no input '${name}'`);
  const inputs: Record<string, ExprValue> = {};
  for (const [name, def] of Object.entries(declared)) {
    const raw = given[name] ?? (def.default === undefined ? undefined : String(def.default));
    if ((raw === undefined || raw === '') && def.required) fail(`workflow_dispatch input '${name}' is required`);
    inputs[name] = def.type === 'boolean' ? raw === 'true' : (raw ?? '');
  }
  return inputs;
}

export async function runWorkflow(options: WorkflowRunOptions): Promise<WorkflowRunResult> {
  const workflow = await loadWorkflow(options.workflow);
  if (!(options.event in workflow.on)) fail(`the workflow is not triggered by ${options.event}`);
  if (options.event !== 'workflow_dispatch' && options.inputs) fail('inputs are given only to workflow_dispatch');
  const run = await options.github.newRun();
  const ref = options.ref ?? 'refs/heads/main';
  const inputs = options.event === 'workflow_dispatch' ? dispatchInputs(workflow, options.inputs ?? {}) : {};
  const [owner] = options.github.repository.split('/');
  const event: Record<string, ExprValue> = {
    ref,
    repository: { full_name: options.github.repository, name: options.github.repository.split('/')[1]!, owner: { login: owner! } },
    ...(options.event === 'push' ? { after: options.sha } : { inputs }),
    ...options.eventPayload,
  };
  const eventFile = path.join(run.dir, 'event.json');
  await writeFile(eventFile, JSON.stringify(event, null, 2));
  const context: RunContext = {
    options,
    workflow,
    run,
    inputs,
    shimDir: path.join(run.dir, 'bin'),
    eventFile,
    github: {
      event_name: options.event,
      event,
      sha: options.sha,
      ref,
      ref_name: ref.replace(/^refs\/(heads|tags)\//, ''),
      repository: options.github.repository,
      repository_owner: owner!,
      run_id: String(run.id),
      run_number: '1',
      run_attempt: '1',
      actor: 'octocat',
      workflow: workflow.name ?? path.basename(options.workflow),
      server_url: 'https://github.com',
      api_url: options.github.apiUrl,
      token: run.token,
    },
  };
  await writeNpxShim(context.shimDir);

  const order = jobOrder(workflow);
  const selected = new Set(options.jobs ?? order);
  for (const id of selected) if (!workflow.jobs[id]) fail(`the workflow has no job '${id}'`);
  const outcomes: Record<string, JobOutcome | GivenJob> = { ...options.given };
  const ran: string[] = [];
  const jobs: Record<string, JobOutcome> = {};
  for (const id of order) {
    if (!selected.has(id)) continue;
    for (const need of needsOf(workflow.jobs[id]!)) {
      if (!outcomes[need]) fail(`job ${id} needs ${need}, which this run neither runs nor is given`);
    }
    const outcome = await runJob(context, id, outcomes);
    outcomes[id] = outcome;
    jobs[id] = outcome;
    ran.push(id);
  }
  return { runId: run.id, githubToken: run.token, jobs, order: ran };
}

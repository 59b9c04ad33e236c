/** The workflow file: its shape, loading it (refusing keys this runner does not implement), and job order. */
import { readFile } from 'node:fs/promises';
import YAML from 'yaml';
import { fail } from './errors.ts';

export type Scalar = string | number | boolean;

export interface StepDefinition {
  id?: string;
  name?: string;
  if?: Scalar;
  uses?: string;
  with?: Record<string, Scalar | null>;
  run?: string;
  env?: Record<string, Scalar>;
  shell?: string;
  'working-directory'?: string;
  'continue-on-error'?: boolean;
  'timeout-minutes'?: number;
}

export type Permissions = 'read-all' | 'write-all' | Record<string, 'read' | 'write' | 'none'>;

export interface JobDefinition {
  name?: string;
  'runs-on': string;
  needs?: string | string[];
  if?: Scalar;
  environment?: string | { name: string; url?: string };
  concurrency?: string | { group: string; 'cancel-in-progress'?: boolean | string };
  permissions?: Permissions;
  env?: Record<string, Scalar>;
  outputs?: Record<string, string>;
  steps: StepDefinition[];
  'timeout-minutes'?: number;
}

export interface WorkflowDefinition {
  name?: string;
  on: Record<string, { inputs?: Record<string, { description?: string; required?: boolean; default?: Scalar; type?: string; options?: string[] }> } | null>;
  permissions?: Permissions;
  env?: Record<string, Scalar>;
  concurrency?: JobDefinition['concurrency'];
  jobs: Record<string, JobDefinition>;
}

const WORKFLOW_KEYS = new Set(['name', 'run-name', 'on', 'permissions', 'env', 'concurrency', 'jobs']);
const JOB_KEYS = new Set(['name', 'runs-on', 'needs', 'if', 'environment', 'concurrency', 'permissions', 'env', 'outputs', 'steps', 'timeout-minutes']);
const STEP_KEYS = new Set(['id', 'name', 'if', 'uses', 'with', 'run', 'env', 'shell', 'working-directory', 'continue-on-error', 'timeout-minutes']);

function checkKeys(object: Record<string, unknown>, allowed: Set<string>, where: string): void {
  for (const key of Object.keys(object)) if (!allowed.has(key)) fail(`the local runner does not implement '${key}' (${where})`);
}

export async function loadWorkflow(file: string): Promise<WorkflowDefinition> {
  const workflow = YAML.parse(await readFile(file, 'utf8')) as WorkflowDefinition;
  checkKeys(workflow as unknown as Record<string, unknown>, WORKFLOW_KEYS, file);
  // `on: push` and `on: [push, workflow_dispatch]` are short for the mapping form.
  const on = workflow.on as unknown;
  if (typeof on === 'string') workflow.on = { [on]: null };
  else if (Array.isArray(on)) workflow.on = Object.fromEntries(on.map((event: string) => [event, null]));
  for (const [id, job] of Object.entries(workflow.jobs)) {
    checkKeys(job as unknown as Record<string, unknown>, JOB_KEYS, `job ${id}`);
    if (!/^ubuntu-/.test(job['runs-on'])) fail(`job ${id}: runs-on '${job['runs-on']}' is not an Ubuntu runner; this runner is Linux with bash`);
    job.steps.forEach((step, index) => {
      checkKeys(step as unknown as Record<string, unknown>, STEP_KEYS, `job ${id}, step ${index + 1}`);
      if ((step.uses === undefined) === (step.run === undefined)) fail(`job ${id}, step ${index + 1}: a step has either uses: or run:`);
    });
  }
  return workflow;
}

export function needsOf(job: JobDefinition): string[] {
  return job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs];
}

/** Jobs in an order where every job comes after what it needs. */
export function jobOrder(workflow: WorkflowDefinition): string[] {
  const order: string[] = [];
  const visiting = new Set<string>();
  const visit = (id: string) => {
    if (order.includes(id)) return;
    if (visiting.has(id)) fail(`jobs form a cycle at ${id}`);
    const job = workflow.jobs[id] ?? fail(`a job needs '${id}', which the workflow does not define`);
    visiting.add(id);
    for (const need of needsOf(job)) visit(need);
    visiting.delete(id);
    order.push(id);
  };
  for (const id of Object.keys(workflow.jobs)) visit(id);
  return order;
}

export function environmentName(job: JobDefinition): string | undefined {
  return typeof job.environment === 'string' ? job.environment : job.environment?.name;
}

export function grantsIdToken(permissions: Permissions | undefined): boolean {
  if (permissions === 'write-all') return true;
  return typeof permissions === 'object' && permissions['id-token'] === 'write';
}

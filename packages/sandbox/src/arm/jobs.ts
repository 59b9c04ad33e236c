import type { RevisionRuntime } from '../service-interfaces.ts';
import { ArmError, badRequest, resourceNotFound } from './arm-error.ts';
import { JOB_EXECUTION_TYPE, JOB_TYPE } from './constants.ts';
import { checkPreconditions, type Reply, type RequestContext } from './context.ts';
import { generatedSuffix } from './ids.ts';
import { cloneJson, isJsonObject, mergePatch, type Json, type JsonObject } from './json.ts';
import type { ExecutionRecord, JobRecord } from './model.ts';
import { acceptedHeaders } from './operations.ts';
import { arrayAt, canonicalSpec, containersOf, objectAt, requireObjectBody, resolveSecrets, sameLocation, stringAt, templateOf, validateJobSpec, writableJobProperties } from './spec.ts';
import { executionId, renderExecution, renderJob } from './views.ts';

const JOB_NAME = /^[a-z](?:[a-z0-9-]{0,30}[a-z0-9])?$/;

function requireJob(context: RequestContext, name: string): JobRecord {
  const job = context.store.jobs.get(name);
  if (job === undefined) throw resourceNotFound(JOB_TYPE, name, context.store.resourceGroup);
  return job;
}

export function getJob(context: RequestContext, name: string): Reply {
  const job = requireJob(context, name);
  return { status: 200, body: renderJob(context.store, job), headers: { etag: job.etag } };
}

export function listJobs(context: RequestContext): Reply {
  return { status: 200, body: { value: [...context.store.jobs.values()].map((job) => renderJob(context.store, job)) } };
}

/** PUT and PATCH of a job: the same LRO shape as apps; jobs have no revisions. */
export function writeJob(context: RequestContext, name: string, method: 'PUT' | 'PATCH', body: JsonObject): Reply {
  const { store } = context;
  const existing = store.jobs.get(name);
  if (method === 'PATCH' && existing === undefined) throw resourceNotFound(JOB_TYPE, name, store.resourceGroup);
  checkPreconditions(context.headers, existing?.etag);
  if (existing === undefined && (!JOB_NAME.test(name) || name.includes('--'))) {
    throw badRequest('JobInvalidName', `Invalid job name '${name}'. A name must consist of lower case alphanumeric characters or '-', start with a letter, end with an alphanumeric character, and be at most 32 characters.`);
  }
  const location = stringAt(body['location']);
  if (method === 'PUT' && (location === undefined || location === '')) throw badRequest('LocationRequired', 'The location property is required for this definition.');
  if (location !== undefined && location !== '' && !sameLocation(location, existing?.location ?? store.location)) {
    throw badRequest('InvalidResourceLocation', `The job must be in the location '${existing?.location ?? store.location}' (got '${location}').`);
  }
  const written = writableJobProperties(body['properties']);
  const spec = canonicalSpec((method === 'PUT' || existing === undefined ? written : mergePatch(existing.spec, written)) as JsonObject);
  if (spec['environmentId'] === undefined) spec['environmentId'] = store.environmentId;
  resolveSecrets(spec, existing?.spec);
  validateJobSpec(spec);
  if (existing?.pendingOperationId !== undefined) {
    throw new ArmError(409, 'JobOperationInProgress', `Cannot modify job '${name}' because a previous operation (${existing.pendingOperationId}) is still in progress. Wait for it to finish and retry.`);
  }

  const stamp = store.stamp(context.principal);
  const job: JobRecord = existing ?? {
    name,
    location: location ?? store.location,
    tags: undefined,
    identity: undefined,
    spec,
    provisioningState: 'InProgress',
    etag: '',
    created: stamp,
    modified: stamp,
    pendingOperationId: undefined,
    executions: [],
  };
  job.spec = spec;
  if (method === 'PUT' || body['tags'] !== undefined) job.tags = objectAt(body['tags']);
  if (method === 'PUT' || body['identity'] !== undefined) job.identity = objectAt(body['identity']);
  job.modified = stamp;
  job.etag = store.etagFor(store.jobId(name));
  job.provisioningState = 'InProgress';
  store.jobs.set(name, job);
  const fault = store.faults.takeProvisioningFailure('job', name);
  const operation = store.newOperation('job', name, method === 'PUT' ? 'createOrUpdate' : 'update', {
    failure: fault === undefined ? undefined : { code: fault.code ?? 'JobOperationError', message: fault.message ?? `Failed to update job '${name}'. Error details: the operation failed (injected by the sandbox).` },
    revisionName: undefined,
    executionName: undefined,
  });
  job.pendingOperationId = operation.id;
  const headers = { etag: job.etag, ...acceptedHeaders(context, operation) };
  if (method === 'PATCH') return { status: 202, headers };
  return { status: existing === undefined ? 201 : 200, body: renderJob(store, job), headers };
}

/** The containers an execution runs: the job's, or those the start request overrides. */
function executionTemplate(job: JobRecord, override: Json | undefined): JsonObject {
  const template = templateOf(job.spec);
  const pick = (container: JsonObject): JsonObject => {
    const picked: JsonObject = {};
    for (const key of ['image', 'name', 'command', 'args', 'env', 'resources']) if (container[key] !== undefined) picked[key] = cloneJson(container[key]!);
    return picked;
  };
  const requested = isJsonObject(override) ? arrayAt(override['containers']) : undefined;
  const containers = requested !== undefined && requested.length > 0 ? requested.filter(isJsonObject).map(pick) : containersOf(template).map(pick);
  const initContainers = (arrayAt((isJsonObject(override) ? override['initContainers'] : undefined) ?? template?.['initContainers']) ?? []).filter(isJsonObject).map(pick);
  return { containers, ...(initContainers.length > 0 ? { initContainers } : {}) };
}

/**
 * POST …/jobs/{job}/start: creates an execution at once and answers 202 with its name and id in
 * the body (JobExecutionBase), plus the LRO headers whose final result carries the same.
 */
export async function startJob(context: RequestContext, name: string): Promise<Reply> {
  const { store } = context;
  const job = requireJob(context, name);
  const override = await context.body();
  if (override !== undefined && override !== null && !isJsonObject(override)) throw badRequest('InvalidRequestContent', 'The request content was invalid and could not be deserialized: the body must be a JobExecutionTemplate object.');
  checkPreconditions(context.headers, job.etag);
  if (job.pendingOperationId !== undefined) {
    throw new ArmError(409, 'JobOperationInProgress', `Cannot start job '${name}' while an update (${job.pendingOperationId}) is in progress.`);
  }
  const template = executionTemplate(job, override);
  const image = stringAt(containersOf(template)[0]?.['image']) ?? '';
  if (image === '') throw badRequest('JobInvalidTemplate', `Job '${name}' has no container image to run.`);
  const taken = new Set(job.executions.map((execution) => execution.name));
  let executionName = '';
  do executionName = `${name}-${generatedSuffix(`${name}:execution:${store.nextSequence()}`)}`;
  while (taken.has(executionName));
  const timing = store.faults.lroTiming;
  const now = store.now();
  const execution: ExecutionRecord = {
    name: executionName,
    template,
    image,
    startedAt: now,
    endedAt: undefined,
    status: 'Running',
    willFail: store.faults.takeExecutionFailure(name),
    observations: 0,
    inProgressPolls: timing.inProgressPolls,
    notBefore: now + timing.durationMs,
    runtimeResult: undefined,
    runtimeError: undefined,
  };
  job.executions.push(execution);
  if (store.runtime !== undefined && !execution.willFail) {
    // The sandbox runtime also takes the container's env and the job's replicaTimeout; a plain
    // RevisionRuntime ignores the extra argument.
    const runner = store.runtime as RevisionRuntime & { runJob(job: string, execution: string, image: string, options?: { env?: Record<string, string>; timeoutMs?: number }): Promise<'Succeeded' | 'Failed'> };
    const replicaTimeout = objectAt(job.spec['configuration'])?.['replicaTimeout'];
    const env = { ...store.resolveEnv(job.spec, containersOf(template)[0]), CONTAINER_APP_JOB_NAME: name, CONTAINER_APP_JOB_EXECUTION_NAME: executionName };
    runner.runJob(name, executionName, image, { env, ...(typeof replicaTimeout === 'number' ? { timeoutMs: replicaTimeout * 1000 } : {}) }).then(
      (result) => {
        execution.runtimeResult = result;
      },
      (error: unknown) => {
        execution.runtimeResult = 'Failed';
        execution.runtimeError = (error as Error).message;
      },
    );
  }
  const operation = store.newOperation('job', name, 'start', { failure: undefined, revisionName: undefined, executionName });
  return { status: 202, body: { name: executionName, id: executionId(store, name, executionName) }, headers: acceptedHeaders(context, operation) };
}

export function listExecutions(context: RequestContext, name: string): Reply {
  const job = requireJob(context, name);
  const newestFirst = [...job.executions].reverse();
  return { status: 200, body: { value: newestFirst.map((execution) => renderExecution(context.store, job, execution)) } };
}

export function getExecution(context: RequestContext, name: string, executionName: string): Reply {
  const job = requireJob(context, name);
  const execution = job.executions.find((candidate) => candidate.name === executionName);
  if (execution === undefined) throw resourceNotFound(JOB_EXECUTION_TYPE, `${name}/${executionName}`, context.store.resourceGroup);
  return { status: 200, body: renderExecution(context.store, job, execution) };
}

export async function writeJobRequest(context: RequestContext, name: string, method: 'PUT' | 'PATCH'): Promise<Reply> {
  return writeJob(context, name, method, requireObjectBody(await context.body()));
}

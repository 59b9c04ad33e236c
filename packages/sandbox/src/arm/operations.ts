import { ArmError } from './arm-error.ts';
import type { Reply, RequestContext } from './context.ts';
import type { JsonObject } from './json.ts';
import type { OperationRecord } from './model.ts';
import { locationSlug } from './spec.ts';
import { executionId, renderApp, renderJob } from './views.ts';

/**
 * Long-running operations as Container Apps exposes them: the write answers 201/202 with an
 * `Azure-AsyncOperation` URL (an operation *status* resource whose `status` goes InProgress →
 * Succeeded/Failed) and a `Location` URL (the operation *result*: 202 while running, then the
 * resource). `@azure/core-lro` polls the first and, for PATCH/POST, fetches the final result
 * from the second; for PUT it re-reads the resource itself.
 */

function collection(operation: OperationRecord, view: 'status' | 'result'): string {
  const family = operation.kind === 'app' ? 'containerapp' : 'containerappsjob';
  return `${family}Operation${view === 'status' ? 'Statuses' : 'Results'}`;
}

function operationPath(context: RequestContext, operation: OperationRecord, view: 'status' | 'result'): string {
  const { store } = context;
  return `/subscriptions/${store.subscriptionId}/providers/Microsoft.App/locations/${locationSlug(store.location)}/${collection(operation, view)}/${operation.id}`;
}

function retryAfter(context: RequestContext): Record<string, string> {
  return context.pollRetryAfterSeconds === undefined ? {} : { 'retry-after': String(context.pollRetryAfterSeconds) };
}

/** Headers of the answer that starts an operation. */
export function acceptedHeaders(context: RequestContext, operation: OperationRecord): Record<string, string> {
  const version = encodeURIComponent(context.apiVersion);
  return {
    'azure-asyncoperation': `${context.baseUrl}${operationPath(context, operation, 'status')}?api-version=${version}&azureAsyncOperation=true`,
    location: `${context.baseUrl}${operationPath(context, operation, 'result')}?api-version=${version}`,
    ...retryAfter(context),
  };
}

export function findOperation(context: RequestContext, family: 'app' | 'job', id: string): OperationRecord {
  const operation = context.store.operations.get(id);
  if (operation === undefined || operation.kind !== family) {
    throw new ArmError(404, 'OperationNotFound', `The operation '${id}' could not be found. It may have expired, or it belongs to another resource type.`);
  }
  return operation;
}

export function operationStatus(context: RequestContext, operation: OperationRecord): Reply {
  const body: JsonObject = {
    id: operationPath(context, operation, 'status'),
    name: operation.id,
    status: operation.status,
    startTime: new Date(operation.startedAt).toISOString(),
  };
  if (operation.endedAt !== undefined) body['endTime'] = new Date(operation.endedAt).toISOString();
  if (operation.failure !== undefined) body['error'] = { code: operation.failure.code, message: operation.failure.message };
  return { status: 200, body, headers: operation.status === 'InProgress' ? retryAfter(context) : {} };
}

export async function operationResult(context: RequestContext, operation: OperationRecord): Promise<Reply> {
  if (operation.status === 'InProgress') {
    return { status: 202, headers: { location: `${context.baseUrl}${operationPath(context, operation, 'result')}?api-version=${encodeURIComponent(context.apiVersion)}`, ...retryAfter(context) } };
  }
  if (operation.failure !== undefined) throw new ArmError(400, operation.failure.code, operation.failure.message);
  const { store } = context;
  if (operation.kind === 'app') {
    const app = store.apps.get(operation.target);
    if (app === undefined) return { status: 204 };
    return { status: 200, body: await renderApp(store, app), headers: { etag: app.etag } };
  }
  if (operation.action === 'start' && operation.executionName !== undefined) {
    return { status: 200, body: { name: operation.executionName, id: executionId(store, operation.target, operation.executionName) } };
  }
  const job = store.jobs.get(operation.target);
  if (job === undefined) return { status: 204 };
  return { status: 200, body: renderJob(store, job), headers: { etag: job.etag } };
}

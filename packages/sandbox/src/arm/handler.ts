import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, type RouteHandler } from '../http.ts';
import type { ArmAuthorizer } from '../service-interfaces.ts';
import { ArmError, badRequest } from './arm-error.ts';
import { getApp, listApps, listAppSecrets, writeApp } from './container-apps.ts';
import type { Reply, RequestContext } from './context.ts';
import type { Json } from './json.ts';
import { getExecution, getJob, listExecutions, listJobs, startJob, writeJobRequest } from './jobs.ts';
import { findOperation, operationResult, operationStatus } from './operations.ts';
import type { ArmRequestRecord, RequestLog } from './request-log.ts';
import { getRevision, listRevisions, revisionAction } from './revisions.ts';
import { parseArmRoute, type ArmRoute } from './routes.ts';
import { locationSlug } from './spec.ts';
import type { ArmStore } from './store.ts';

export interface ArmHandlerOptions {
  store: ArmStore;
  authorizer: ArmAuthorizer;
  log: RequestLog;
  /** api-versions accepted for Microsoft.App (the installed SDK's). */
  apiVersions: readonly string[];
  pollRetryAfterSeconds: number | undefined;
  sleep: (ms: number) => Promise<void>;
}

const API_VERSION_FORMAT = /^\d{4}-\d{2}-\d{2}(-preview)?$/;

function resourceTypeOf(route: ArmRoute): string {
  switch (route.kind) {
    case 'apps':
    case 'app':
    case 'appSecrets':
      return 'containerApps';
    case 'revisions':
    case 'revision':
    case 'revisionAction':
      return 'containerApps/revisions';
    case 'jobs':
    case 'job':
    case 'jobStart':
      return 'jobs';
    case 'executions':
    case 'execution':
      return 'jobs/executions';
    case 'operation':
      return route.family === 'app' ? 'locations/containerappOperationStatuses' : 'locations/containerappsjobOperationStatuses';
    default:
      return route.kind;
  }
}

/** The resource id the authorizer is asked about (an operation is authorised as its resource). */
function resourceIdOf(store: ArmStore, route: ArmRoute): string {
  const subscription = `/subscriptions/${route.subscription}`;
  const group = 'resourceGroup' in route && route.resourceGroup !== undefined ? `${subscription}/resourceGroups/${route.resourceGroup}` : subscription;
  const provider = `${group}/providers/Microsoft.App`;
  switch (route.kind) {
    case 'subscription':
      return subscription;
    case 'resourceGroup':
      return group;
    case 'apps':
      return `${provider}/containerApps`;
    case 'app':
      return `${provider}/containerApps/${route.app}`;
    case 'appSecrets':
      return `${provider}/containerApps/${route.app}`;
    case 'revisions':
      return `${provider}/containerApps/${route.app}/revisions`;
    case 'revision':
    case 'revisionAction':
      return `${provider}/containerApps/${route.app}/revisions/${route.revision}`;
    case 'jobs':
      return `${provider}/jobs`;
    case 'job':
    case 'jobStart':
      return `${provider}/jobs/${route.job}`;
    case 'executions':
      return `${provider}/jobs/${route.job}/executions`;
    case 'execution':
      return `${provider}/jobs/${route.job}/executions/${route.execution}`;
    case 'operation': {
      const operation = store.operations.get(route.id);
      if (operation === undefined) return `${subscription}/providers/Microsoft.App/locations/${route.location}`;
      return operation.kind === 'app' ? store.appId(operation.target) : store.jobId(operation.target);
    }
    case 'unsupported':
      return `${subscription}/providers/${route.resourceType}`;
  }
}

/** Every POST counts as a write: listSecrets needs Contributor, as the real action does. */
function accessFor(method: string): 'read' | 'write' {
  return method === 'GET' || method === 'HEAD' ? 'read' : 'write';
}

function methodNotAllowed(method: string): ArmError {
  return new ArmError(405, 'MethodNotAllowed', `The requested resource does not support http method '${method}'.`);
}

/** Reading a resource (or polling its operation) is what moves its operation on. */
function observe(store: ArmStore, route: ArmRoute): void {
  switch (route.kind) {
    case 'operation': {
      const operation = store.operations.get(route.id);
      if (operation !== undefined) store.observeOperation(operation);
      return;
    }
    case 'apps':
      for (const name of store.apps.keys()) store.observeApp(name);
      return;
    case 'app':
    case 'appSecrets':
    case 'revisions':
    case 'revision':
    case 'revisionAction':
      store.observeApp(route.app);
      return;
    case 'jobs':
      for (const name of store.jobs.keys()) store.observeJob(name);
      return;
    case 'job':
    case 'jobStart':
    case 'executions':
    case 'execution':
      store.observeJob(route.job);
      return;
    default:
      return;
  }
}

async function dispatch(context: RequestContext, route: ArmRoute): Promise<Reply> {
  const { method, store } = context;
  const only = (allowed: string, reply: () => Reply | Promise<Reply>): Reply | Promise<Reply> => {
    if (method !== allowed) throw methodNotAllowed(method);
    return reply();
  };
  switch (route.kind) {
    case 'subscription':
      return only('GET', () => ({
        status: 200,
        body: { id: `/subscriptions/${store.subscriptionId}`, subscriptionId: store.subscriptionId, displayName: 'deploy-kit sandbox', state: 'Enabled', tenantId: '' },
      }));
    case 'resourceGroup':
      return only('GET', () => ({
        status: 200,
        body: { id: store.resourceGroupId, name: store.resourceGroup, type: 'Microsoft.Resources/resourceGroups', location: store.location.replace(/\s+/g, '').toLowerCase(), properties: { provisioningState: 'Succeeded' } },
      }));
    case 'operation': {
      const operation = findOperation(context, route.family, route.id);
      return only('GET', () => (route.view === 'status' ? operationStatus(context, operation) : operationResult(context, operation)));
    }
    case 'apps':
      return only('GET', () => listApps(context));
    case 'app':
      if (method === 'GET') return getApp(context, route.app);
      if (method === 'PUT' || method === 'PATCH') return writeApp(context, route.app, method);
      throw methodNotAllowed(method);
    case 'appSecrets':
      return only('POST', () => listAppSecrets(context, route.app));
    case 'revisions':
      return only('GET', () => listRevisions(context, route.app));
    case 'revision':
      return only('GET', () => getRevision(context, route.app, route.revision));
    case 'revisionAction':
      return only('POST', () => revisionAction(context, route.app, route.revision, route.action));
    case 'jobs':
      return only('GET', () => listJobs(context));
    case 'job':
      if (method === 'GET') return getJob(context, route.job);
      if (method === 'PUT' || method === 'PATCH') return writeJobRequest(context, route.job, method);
      throw methodNotAllowed(method);
    case 'jobStart':
      return only('POST', () => startJob(context, route.job));
    case 'executions':
      return only('GET', () => listExecutions(context, route.job));
    case 'execution':
      return only('GET', () => getExecution(context, route.job, route.execution));
    case 'unsupported':
      throw badRequest('InvalidResourceType', `The resource type '${route.resourceType}' could not be found in the namespace 'Microsoft.App' for api version '${context.apiVersion}'. The sandbox serves containerApps (with revisions), jobs (with executions) and their operation statuses.`);
  }
}

function checkApiVersion(store: ArmStore, route: ArmRoute, apiVersion: string | null, accepted: readonly string[]): string {
  if (apiVersion === null || apiVersion === '') {
    throw badRequest('MissingApiVersionParameter', 'The api-version query parameter (?api-version=) is required for all requests.');
  }
  if (!API_VERSION_FORMAT.test(apiVersion)) {
    throw badRequest('InvalidApiVersionParameter', `The api-version '${apiVersion}' is invalid. The supported versions are '${accepted.join(',')}'.`);
  }
  // Subscription and resource-group reads belong to Microsoft.Resources, which takes many versions.
  if (route.kind === 'subscription' || route.kind === 'resourceGroup') return apiVersion;
  if (!accepted.includes(apiVersion)) {
    throw badRequest(
      'NoRegisteredProviderFound',
      `No registered resource provider found for location '${locationSlug(store.location)}' and API version '${apiVersion}' for type '${resourceTypeOf(route)}'. The supported api-versions are '${accepted.join(', ')}'.`,
    );
  }
  return apiVersion;
}

/**
 * The Container Apps ARM endpoint: routes Microsoft.App requests (plus subscription and
 * resource-group reads) through injected transport faults, api-version and scope checks, the
 * authorizer, operation progress, and the resource handlers; answers ARM-shaped JSON.
 */
export function createArmHandler(options: ArmHandlerOptions): RouteHandler {
  const { store, log } = options;
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    const route = parseArmRoute(url.pathname);
    if (route === undefined) return false;
    const method = (req.method ?? 'GET').toUpperCase();
    const apiVersion = url.searchParams.get('api-version');
    const record = log.begin(method, url.pathname, apiVersion ?? undefined);
    const budget = log.spend(method);
    const baseHeaders: Record<string, string> = {
      'cache-control': 'no-cache',
      'x-ms-request-id': log.requestId(record),
      'x-ms-correlation-request-id': headerValue(req, 'x-ms-correlation-request-id') ?? log.requestId(record),
      [budget.header]: String(budget.remaining),
    };
    const clientRequestId = headerValue(req, 'x-ms-client-request-id');
    if (clientRequestId !== undefined) baseHeaders['x-ms-client-request-id'] = clientRequestId;

    if (store.faults.latencyMs > 0) await options.sleep(store.faults.latencyMs);
    const fault = store.faults.takeRequestFault(method, url.pathname, ['drop', 'server-error']);
    if (fault?.kind === 'drop') {
      record.fault = 'dropped';
      record.status = 0;
      req.socket.destroy();
      return true;
    }
    try {
      // A failing front door answers before anything else looks at the request.
      if (fault?.kind === 'server-error') {
        record.fault = 'server-error';
        throw new ArmError(fault.status, fault.status === 503 ? 'ServiceUnavailable' : 'InternalServerError', 'The service encountered an internal error (injected by the sandbox). Please retry the request.');
      }
      const auth = options.authorizer.authorize(req.headers.authorization, resourceIdOf(store, route), accessFor(method));
      if (!auth.ok) {
        const headers: Record<string, string> = auth.status === 401 ? { 'www-authenticate': 'Bearer authorization_uri="https://login.microsoftonline.com/common", error="invalid_token", error_description="The access token is missing, invalid or expired"' } : {};
        throw new ArmError(auth.status, auth.code, auth.message, { headers });
      }
      // ARM throttles per caller, so only an authenticated request spends (or is refused) budget.
      const throttle = store.faults.takeRequestFault(method, url.pathname, ['throttle']);
      if (throttle?.kind === 'throttle') {
        record.fault = 'throttled';
        const seconds = throttle.retryAfterSeconds;
        throw new ArmError(
          429,
          'SubscriptionRequestsThrottled',
          `Number of '${accessFor(method)}' requests for subscription '${store.subscriptionId}' actor '${auth.principalId}' exceeded. Please try again after '${seconds}' seconds after additional tokens are available. Refer to https://aka.ms/arm-throttling for additional information.`,
          { headers: { 'retry-after': String(seconds), [budget.header]: '0' } },
        );
      }
      const version = checkApiVersion(store, route, apiVersion, options.apiVersions);
      if (route.subscription !== store.subscriptionId) throw new ArmError(404, 'SubscriptionNotFound', `The subscription '${route.subscription}' could not be found.`);
      if ('resourceGroup' in route && route.resourceGroup !== undefined && route.resourceGroup.toLowerCase() !== store.resourceGroup.toLowerCase()) {
        throw new ArmError(404, 'ResourceGroupNotFound', `Resource group '${route.resourceGroup}' could not be found.`);
      }
      observe(store, route);
      await store.reconcileAll();
      let body: Promise<Json | undefined> | undefined;
      const context: RequestContext = {
        store,
        method,
        headers: req.headers,
        baseUrl: `https://${req.headers.host ?? 'localhost'}`,
        apiVersion: version,
        principal: auth.clientId,
        pollRetryAfterSeconds: options.pollRetryAfterSeconds,
        body: () => (body ??= readJsonBody(req)),
      };
      const reply = await dispatch(context, route);
      send(res, record, reply.status, reply.body, { ...baseHeaders, ...reply.headers });
    } catch (error) {
      if (error instanceof ArmError) {
        send(res, record, error.status, error.toBody(), { ...baseHeaders, ...error.headers });
        return true;
      }
      send(res, record, 500, { error: { code: 'InternalServerError', message: `The sandbox failed to handle the request: ${(error as Error).message}` } }, baseHeaders);
    }
    return true;
  };
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function readJsonBody(req: IncomingMessage): Promise<Json | undefined> {
  const raw = await readBody(req);
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8')) as Json;
  } catch (error) {
    throw badRequest('InvalidRequestContent', `The request content was invalid and could not be deserialized: ${(error as Error).message}`);
  }
}

function send(res: ServerResponse, record: ArmRequestRecord, status: number, body: Json | undefined, headers: Record<string, string>): void {
  record.status = status;
  if (res.headersSent) return;
  if (body === undefined) {
    res.writeHead(status, { ...headers, 'content-length': '0' });
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)), ...headers });
  res.end(text);
}

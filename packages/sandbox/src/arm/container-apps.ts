import { ArmError, badRequest, resourceNotFound } from './arm-error.ts';
import { CONTAINER_APP_TYPE } from './constants.ts';
import { checkPreconditions, type Reply, type RequestContext } from './context.ts';
import { jsonEqual, mergePatch, type Json, type JsonObject } from './json.ts';
import type { AppRecord } from './model.ts';
import { acceptedHeaders } from './operations.ts';
import { assertValidRevisionSuffix, duplicateRevisionSuffix, revisionNameFor } from './revision-name.ts';
import {
  canonicalSpec,
  configurationOf,
  normalizeRevisionsMode,
  objectAt,
  requireObjectBody,
  resolveSecrets,
  sameLocation,
  secretNamesOf,
  stringAt,
  templateOf,
  validateTemplate,
  writableAppProperties,
} from './spec.ts';
import { normalizeTraffic } from './traffic.ts';
import { renderApp, renderSecrets } from './views.ts';

/** Container Apps names: lower-case alphanumerics and '-', starting with a letter, at most 32. */
const APP_NAME = /^[a-z](?:[a-z0-9-]{0,30}[a-z0-9])?$/;

export function requireApp(context: RequestContext, name: string): AppRecord {
  const app = context.store.apps.get(name);
  if (app === undefined) throw resourceNotFound(CONTAINER_APP_TYPE, name, context.store.resourceGroup);
  return app;
}

export async function getApp(context: RequestContext, name: string): Promise<Reply> {
  const app = requireApp(context, name);
  return { status: 200, body: await renderApp(context.store, app), headers: { etag: app.etag } };
}

export async function listApps(context: RequestContext): Promise<Reply> {
  const value: Json[] = [];
  for (const app of context.store.apps.values()) value.push(await renderApp(context.store, app));
  return { status: 200, body: { value } };
}

export function listAppSecrets(context: RequestContext, name: string): Reply {
  return { status: 200, body: renderSecrets(requireApp(context, name).spec) };
}

function trafficInRequest(body: JsonObject): boolean {
  const ingress = objectAt(configurationOf(objectAt(body['properties']) ?? {})?.['ingress']);
  return ingress?.['traffic'] !== undefined;
}

/**
 * PUT (create or replace) and PATCH (JSON merge patch) of a container app. Everything is checked
 * and the state changed before the first await, so two concurrent writes with the same If-Match
 * cannot both pass. A change to `template` is a revision-scope change and creates a revision;
 * anything else (traffic, ingress, secrets, …) updates the app without one.
 */
export async function writeApp(context: RequestContext, name: string, method: 'PUT' | 'PATCH'): Promise<Reply> {
  const body = requireObjectBody(await context.body());
  const { store } = context;
  const existing = store.apps.get(name);
  if (method === 'PATCH' && existing === undefined) throw resourceNotFound(CONTAINER_APP_TYPE, name, store.resourceGroup);
  checkPreconditions(context.headers, existing?.etag);
  if (existing === undefined && (!APP_NAME.test(name) || name.includes('--'))) {
    throw badRequest('ContainerAppInvalidName', `Invalid ContainerApp name '${name}'. A name must consist of lower case alphanumeric characters or '-', start with a letter, end with an alphanumeric character, cannot have '--', and must be at most 32 characters.`);
  }

  const location = stringAt(body['location']);
  if (method === 'PUT' && (location === undefined || location === '')) throw badRequest('LocationRequired', 'The location property is required for this definition.');
  if (location !== undefined && location !== '') {
    const expected = existing?.location ?? store.location;
    if (!sameLocation(location, expected)) {
      throw badRequest(
        'InvalidResourceLocation',
        existing !== undefined
          ? `The resource '${name}' already exists in location '${existing.location}' in resource group '${store.resourceGroup}'. A resource with the same name cannot be created in location '${location}'. Please select a new resource name.`
          : `The container app must be in the location of its managed environment, '${store.location}' (got '${location}').`,
      );
    }
  }

  const written = writableAppProperties(body['properties']);
  const spec = canonicalSpec((method === 'PUT' || existing === undefined ? written : mergePatch(existing.spec, written)) as JsonObject);
  if (spec['environmentId'] === undefined && spec['managedEnvironmentId'] === undefined) spec['environmentId'] = store.environmentId;
  normalizeRevisionsMode(spec);
  resolveSecrets(spec, existing?.spec);
  validateTemplate(templateOf(spec), secretNamesOf(spec), { scale: true });

  if (existing?.pendingOperationId !== undefined) {
    throw new ArmError(409, 'ContainerAppOperationInProgress', `Cannot modify container app '${name}' because a previous operation (${existing.pendingOperationId}) is still in progress. Wait for it to finish and retry.`);
  }

  const templateChanged = existing === undefined || !jsonEqual(templateOf(existing.spec), templateOf(spec));
  let suffix: string | undefined;
  if (templateChanged) {
    const requested = stringAt(templateOf(spec)?.['revisionSuffix']);
    if (requested !== undefined && requested !== '') {
      assertValidRevisionSuffix(name, requested);
      if (existing?.revisions.some((revision) => revision.suffix === requested)) throw duplicateRevisionSuffix(requested);
      suffix = requested;
    } else {
      suffix = store.newSuffix(name);
    }
  }
  const newRevisionName = suffix === undefined ? undefined : revisionNameFor(name, suffix);
  const revisions = new Map((existing?.revisions ?? []).map((revision) => [revision.name, revision.active] as const));
  normalizeTraffic(spec, { app: name, revisions, newRevisionName }, trafficInRequest(body));

  // ── from here on the write is accepted: change state synchronously, then side effects ──
  const stamp = store.stamp(context.principal);
  const app: AppRecord = existing ?? {
    name,
    location: location ?? store.location,
    tags: undefined,
    identity: undefined,
    spec,
    provisioningState: 'InProgress',
    etag: '',
    created: stamp,
    modified: stamp,
    latestRevisionName: undefined,
    latestReadyRevisionName: undefined,
    pendingOperationId: undefined,
    revisions: [],
    pushedTraffic: undefined,
  };
  app.spec = spec;
  if (method === 'PUT' || body['tags'] !== undefined) app.tags = objectAt(body['tags']);
  if (method === 'PUT' || body['identity'] !== undefined) app.identity = objectAt(body['identity']);
  app.modified = stamp;
  app.etag = store.etagFor(store.appId(name));
  app.provisioningState = 'InProgress';
  store.apps.set(name, app);

  const fault = store.faults.takeProvisioningFailure('app', name);
  const revision = suffix === undefined ? undefined : store.newRevision(name, spec, suffix, store.faults.takeNeverHealthy(name));
  if (revision !== undefined) {
    app.revisions.push(revision);
    app.latestRevisionName = revision.name;
  }
  const failureMessage = (detail: string): string =>
    revision !== undefined ? `Failed to provision revision for container app '${name}'. Error details: ${detail}` : `Failed to update container app '${name}'. Error details: ${detail}`;
  const operation = store.newOperation('app', name, method === 'PUT' ? 'createOrUpdate' : 'update', {
    failure: fault === undefined ? undefined : { code: fault.code ?? 'ContainerAppOperationError', message: fault.message ?? failureMessage('the operation failed (injected by the sandbox).') },
    revisionName: revision?.name,
    executionName: undefined,
  });
  app.pendingOperationId = operation.id;

  if (revision !== undefined && fault === undefined) {
    const error = await store.startInRuntime(app, revision);
    if (error !== undefined && operation.failure === undefined) operation.failure = { code: 'ContainerAppOperationError', message: failureMessage(error) };
  }

  const headers = { etag: app.etag, ...acceptedHeaders(context, operation) };
  if (method === 'PATCH') return { status: 202, headers };
  return { status: existing === undefined ? 201 : 200, body: await renderApp(store, app), headers };
}

import { createHash } from 'node:crypto';
import { CONTAINER_APP_TYPE, JOB_EXECUTION_TYPE, JOB_TYPE, REVISION_TYPE } from './constants.ts';
import { cloneJson, isJsonObject, type Json, type JsonObject } from './json.ts';
import type { AppRecord, ExecutionRecord, JobRecord, RevisionRecord, Stamp } from './model.ts';
import { arrayAt, configurationOf, ingressOf } from './spec.ts';
import type { ArmStore } from './store.ts';
import { trafficWeightOf } from './traffic.ts';

/**
 * The JSON the service answers, field for field as `@azure/arm-appcontainers` 4.0.0 deserialises
 * it (ARM envelope at the top, everything else under `properties`).
 */

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function systemData(created: Stamp, modified: Stamp): JsonObject {
  return {
    createdBy: created.by,
    createdByType: 'Application',
    createdAt: iso(created.at),
    lastModifiedBy: modified.by,
    lastModifiedByType: 'Application',
    lastModifiedAt: iso(modified.at),
  };
}

/** GET shows secret names (and Key Vault references), never values; listSecrets shows values. */
function withoutSecretValues(spec: JsonObject): JsonObject {
  const copy = cloneJson(spec);
  const configuration = configurationOf(copy);
  const secrets = arrayAt(configuration?.['secrets']);
  if (configuration !== undefined && secrets !== undefined) {
    configuration['secrets'] = secrets.filter(isJsonObject).map((secret) => {
      const { value: _value, ...rest } = secret;
      return rest;
    });
  }
  return copy;
}

function verificationId(seed: string): string {
  return createHash('sha256').update(seed).digest('hex').toUpperCase();
}

export async function renderApp(store: ArmStore, app: AppRecord): Promise<JsonObject> {
  const spec = withoutSecretValues(app.spec);
  const ingress = ingressOf(spec);
  if (ingress !== undefined) ingress['fqdn'] = await store.appFqdn(app);
  const latest = app.revisions.find((revision) => revision.name === app.latestRevisionName);
  const latestFqdn = ingress !== undefined && latest !== undefined ? await store.revisionFqdn(app, latest) : '';
  const id = store.appId(app.name);
  const properties: JsonObject = {
    provisioningState: app.provisioningState,
    runningStatus: 'Running',
    managedEnvironmentId: spec['managedEnvironmentId'] ?? spec['environmentId'] ?? store.environmentId,
    environmentId: spec['environmentId'] ?? spec['managedEnvironmentId'] ?? store.environmentId,
    workloadProfileName: spec['workloadProfileName'] ?? 'Consumption',
    outboundIpAddresses: ['127.0.0.1'],
    latestRevisionName: app.latestRevisionName ?? '',
    latestReadyRevisionName: app.latestReadyRevisionName ?? '',
    latestRevisionFqdn: latestFqdn,
    customDomainVerificationId: verificationId(store.subscriptionId),
    configuration: spec['configuration'] ?? {},
    template: spec['template'] ?? {},
  };
  if (spec['networking'] !== undefined) properties['networking'] = spec['networking'];
  return {
    id,
    name: app.name,
    type: CONTAINER_APP_TYPE,
    location: app.location,
    ...(app.tags !== undefined ? { tags: app.tags } : {}),
    ...(app.identity !== undefined ? { identity: app.identity } : {}),
    etag: app.etag,
    systemData: systemData(app.created, app.modified),
    properties,
  };
}

export async function renderRevision(store: ArmStore, app: AppRecord, revision: RevisionRecord): Promise<JsonObject> {
  const status = store.revisionStatus(app, revision);
  const properties: JsonObject = {
    createdTime: iso(revision.createdAt),
    ...(revision.lastActiveAt !== undefined ? { lastActiveTime: iso(revision.lastActiveAt) } : {}),
    fqdn: ingressOf(app.spec) !== undefined ? await store.revisionFqdn(app, revision) : '',
    template: cloneJson(revision.template),
    active: revision.active,
    replicas: status.replicas,
    trafficWeight: trafficWeightOf(app, revision.name),
    healthState: status.health,
    provisioningState: revision.provisioning,
    runningState: status.running,
  };
  if (revision.provisioningError !== undefined) properties['provisioningError'] = revision.provisioningError;
  return { id: `${store.appId(app.name)}/revisions/${revision.name}`, name: revision.name, type: REVISION_TYPE, properties };
}

export function renderJob(store: ArmStore, job: JobRecord): JsonObject {
  const spec = withoutSecretValues(job.spec);
  return {
    id: store.jobId(job.name),
    name: job.name,
    type: JOB_TYPE,
    location: job.location,
    ...(job.tags !== undefined ? { tags: job.tags } : {}),
    ...(job.identity !== undefined ? { identity: job.identity } : {}),
    etag: job.etag,
    systemData: systemData(job.created, job.modified),
    properties: {
      provisioningState: job.provisioningState,
      runningState: 'Ready',
      environmentId: spec['environmentId'] ?? store.environmentId,
      workloadProfileName: spec['workloadProfileName'] ?? 'Consumption',
      outboundIpAddresses: ['127.0.0.1'],
      configuration: spec['configuration'] ?? {},
      template: spec['template'] ?? {},
    },
  };
}

export function executionId(store: ArmStore, job: string, execution: string): string {
  return `${store.jobId(job)}/executions/${execution}`;
}

export function renderExecution(store: ArmStore, job: JobRecord, execution: ExecutionRecord): JsonObject {
  const properties: JsonObject = {
    status: execution.status,
    startTime: iso(execution.startedAt),
    template: cloneJson(execution.template),
  };
  if (execution.endedAt !== undefined) properties['endTime'] = iso(execution.endedAt);
  if (execution.status === 'Failed') {
    properties['reason'] = 'BackoffLimitExceeded';
    properties['message'] = execution.runtimeError ?? 'Job has reached the specified backoff limit: a replica exited with a non-zero code.';
  }
  return { id: executionId(store, job.name, execution.name), name: execution.name, type: JOB_EXECUTION_TYPE, properties };
}

export function renderSecrets(spec: JsonObject): { value: Json[] } {
  return { value: cloneJson(arrayAt(configurationOf(spec)?.['secrets']) ?? []) };
}

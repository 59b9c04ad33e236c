import { schemaId } from '../schema-ids.ts';
import { artifactName, commitSha, envelope, timestamp } from './common.ts';

export const DEPLOY_RECORD_ID = schemaId('deploy-record', 1);
export const DEPLOYMENT_RECORD_ID = schemaId('deployment-record', 1);

export interface TrafficWeight {
  revisionName?: string;
  latestRevision?: boolean;
  label?: string;
  weight: number;
}

export interface RevisionState {
  revision: string | null;
  /** Image reference(s) of the revision's containers, by container name. */
  images: Record<string, string>;
  /** Traffic as the app stored it (`latestRevision: true` entries included). */
  traffic: TrafficWeight[];
  /** What `latestRevision: true` meant at the time, so the traffic can be restored exactly. */
  latestReadyRevision?: string | null;
}

/** `skipped`: not attempted because an earlier step (migration, another app) failed. */
export type AppDeployStatus = 'deployed' | 'unchanged' | 'failed' | 'rolled-back' | 'skipped';

export type RevisionMode = 'Single' | 'Multiple';

/** The HTTP check of the new revision through its own FQDN. */
export interface RevisionHealthCheck {
  status: 'pass' | 'fail' | 'skipped';
  url: string | null;
  reason: string;
}

/** What a rollback put back for one app. */
export interface AppRollback {
  /** `traffic` (Multiple mode), `image` (Single mode: the previous images as a new revision), `nothing` (already as before). */
  restored: 'traffic' | 'image' | 'nothing';
  ok: boolean;
  revision: string | null;
  traffic: TrafficWeight[];
  detail: string;
  at: string;
}

/** One container app's part of a deploy: .artifacts/deploy/<sha>/<app>.json */
export interface DeployRecord {
  $schema?: string;
  schemaVersion: 1;
  kind: 'deploy-record';
  sha: string;
  app: string;
  resourceGroup: string;
  subscriptionId: string;
  status: AppDeployStatus;
  previous: RevisionState;
  current: RevisionState;
  fqdn?: string;
  revisionFqdn?: string;
  revisionMode?: RevisionMode;
  health?: RevisionHealthCheck;
  durationMs?: number;
  rollback?: AppRollback;
  startedAt: string;
  finishedAt: string;
  message?: string;
}

export type DeploymentStatus = 'succeeded' | 'failed' | 'rolled-back';

/** The whole production deploy of one candidate: .artifacts/production/<sha>/deployment-record.json */
export interface DeploymentRecord {
  $schema?: string;
  schemaVersion: 1;
  kind: 'deployment-record';
  sha: string;
  status: DeploymentStatus;
  manifest: { path: string; sha256: string };
  subscriptionId: string;
  resourceGroup: string;
  traffic: string;
  migration?: { job: string; execution: string | null; status: string; image: string };
  apps: Array<{
    app: string;
    status: AppDeployStatus;
    previous: RevisionState;
    current: RevisionState;
    record: string;
    revisionMode?: RevisionMode;
    fqdn?: string;
    health?: RevisionHealthCheck;
    durationMs?: number;
    rollback?: AppRollback;
    message?: string;
  }>;
  /** How many apps were deployed at once. */
  concurrency?: number;
  /** Set when the deploy was rolled back, on failure or later from this record. */
  rollback?: { source: 'on-failure' | 'record'; at: string; reason: string };
  startedAt: string;
  finishedAt: string;
  message?: string;
}

const trafficWeight = {
  type: 'object',
  required: ['weight'],
  additionalProperties: false,
  properties: {
    revisionName: { type: 'string' },
    latestRevision: { type: 'boolean' },
    label: { type: 'string' },
    weight: { type: 'integer', minimum: 0, maximum: 100 },
  },
} as const;

const revisionState = {
  type: 'object',
  required: ['revision', 'images', 'traffic'],
  additionalProperties: false,
  properties: {
    revision: { type: ['string', 'null'] },
    images: { type: 'object', additionalProperties: { type: 'string' } },
    traffic: { type: 'array', items: trafficWeight },
    latestReadyRevision: { type: ['string', 'null'] },
  },
} as const;

const appStatus = { type: 'string', enum: ['deployed', 'unchanged', 'failed', 'rolled-back', 'skipped'] } as const;
const revisionMode = { type: 'string', enum: ['Single', 'Multiple'] } as const;
const durationMs = { type: 'integer', minimum: 0 } as const;

const healthCheck = {
  type: 'object',
  required: ['status', 'url', 'reason'],
  additionalProperties: false,
  properties: {
    status: { type: 'string', enum: ['pass', 'fail', 'skipped'] },
    url: { type: ['string', 'null'] },
    reason: { type: 'string' },
  },
} as const;

const appRollback = {
  type: 'object',
  required: ['restored', 'ok', 'revision', 'traffic', 'detail', 'at'],
  additionalProperties: false,
  properties: {
    restored: { type: 'string', enum: ['traffic', 'image', 'nothing'] },
    ok: { type: 'boolean' },
    revision: { type: ['string', 'null'] },
    traffic: { type: 'array', items: trafficWeight },
    detail: { type: 'string' },
    at: timestamp,
  },
} as const;

export const deployRecordSchema = {
  ...envelope(DEPLOY_RECORD_ID, 'deploy-record', 1, "One container app's deploy for a candidate (.artifacts/deploy/<sha>/<app>.json)."),
  required: ['schemaVersion', 'kind', 'sha', 'app', 'resourceGroup', 'subscriptionId', 'status', 'previous', 'current', 'startedAt', 'finishedAt'],
  additionalProperties: false,
  properties: {
    ...envelope(DEPLOY_RECORD_ID, 'deploy-record', 1, '').properties,
    sha: commitSha,
    app: artifactName,
    resourceGroup: { type: 'string', minLength: 1 },
    subscriptionId: { type: 'string', minLength: 1 },
    status: appStatus,
    previous: revisionState,
    current: revisionState,
    fqdn: { type: 'string' },
    revisionFqdn: { type: 'string' },
    revisionMode,
    health: healthCheck,
    durationMs,
    rollback: appRollback,
    startedAt: timestamp,
    finishedAt: timestamp,
    message: { type: 'string' },
  },
} as const;

export const deploymentRecordSchema = {
  ...envelope(DEPLOYMENT_RECORD_ID, 'deployment-record', 1, 'A production deploy of one candidate, with what it replaced, so rollback is one command (.artifacts/production/<sha>/deployment-record.json).'),
  required: ['schemaVersion', 'kind', 'sha', 'status', 'manifest', 'subscriptionId', 'resourceGroup', 'traffic', 'apps', 'startedAt', 'finishedAt'],
  additionalProperties: false,
  properties: {
    ...envelope(DEPLOYMENT_RECORD_ID, 'deployment-record', 1, '').properties,
    status: { type: 'string', enum: ['succeeded', 'failed', 'rolled-back'] },
    manifest: {
      type: 'object',
      required: ['path', 'sha256'],
      additionalProperties: false,
      properties: { path: { type: 'string' }, sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' } },
    },
    subscriptionId: { type: 'string', minLength: 1 },
    resourceGroup: { type: 'string', minLength: 1 },
    traffic: { type: 'string' },
    migration: {
      type: 'object',
      required: ['job', 'execution', 'status', 'image'],
      additionalProperties: false,
      properties: { job: { type: 'string' }, execution: { type: ['string', 'null'] }, status: { type: 'string' }, image: { type: 'string' } },
    },
    apps: {
      type: 'array',
      items: {
        type: 'object',
        required: ['app', 'status', 'previous', 'current', 'record'],
        additionalProperties: false,
        properties: {
          app: artifactName,
          status: appStatus,
          previous: revisionState,
          current: revisionState,
          record: { type: 'string' },
          revisionMode,
          fqdn: { type: 'string' },
          health: healthCheck,
          durationMs,
          rollback: appRollback,
          message: { type: 'string' },
        },
      },
    },
    concurrency: { type: 'integer', minimum: 1 },
    rollback: {
      type: 'object',
      required: ['source', 'at', 'reason'],
      additionalProperties: false,
      properties: { source: { type: 'string', enum: ['on-failure', 'record'] }, at: timestamp, reason: { type: 'string' } },
    },
    startedAt: timestamp,
    finishedAt: timestamp,
    message: { type: 'string' },
  },
} as const;

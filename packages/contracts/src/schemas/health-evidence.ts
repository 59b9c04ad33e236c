import { schemaId } from '../schema-ids.ts';
import { defineContract } from '../validate.ts';
import { artifactName, commitSha, envelope, timestamp, verdict } from './common.ts';

export const HEALTH_EVIDENCE_ID = schemaId('health-evidence', 1);
export const HEALTH_SAMPLES_ID = schemaId('health-samples', 1);

/** A URL passes, fails on its own, or is stopped because another URL of the same gate failed. */
export type HealthUrlStatus = 'pass' | 'fail' | 'cancelled';

/** What a sample had to satisfy, as the gate ran it. */
export interface HealthCriteria {
  /** e.g. `200`, `200,204`, `2xx`, `4xx`. */
  expectStatus: string;
  expectBody?: string;
  expectJson?: Record<string, unknown>;
  expectErrorCode?: string;
  consecutive: number;
  /** 0 = no limit: keep sampling until the deadline. */
  maxFailures: number;
  timeoutMs: number;
  requestTimeoutMs: number;
  latencyP95Ms?: number;
  intervalMs: number;
  maxIntervalMs: number;
}

export interface HealthUrlSummary {
  url: string;
  status: HealthUrlStatus;
  reason: string;
  samples: number;
  p95Ms: number | null;
  /** The URL's samples file, relative to the artifacts directory. */
  evidence: string;
}

/** One health-gate run: .artifacts/deploy/<sha>/health-<name>.json */
export interface HealthEvidence {
  $schema?: string;
  schemaVersion: 1;
  kind: 'health-evidence';
  sha: string;
  name: string;
  status: 'pass' | 'fail';
  dryRun: boolean;
  reason: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  criteria: HealthCriteria;
  samples: number;
  p95Ms: number | null;
  urls: HealthUrlSummary[];
}

export interface HealthSample {
  n: number;
  /** When the request started. */
  at: string;
  /** Since the gate started. */
  elapsedMs: number;
  latencyMs: number;
  outcome: 'pass' | 'fail';
  httpStatus?: number;
  /** Transport failure: ECONNREFUSED, ECONNRESET, timeout, a TLS code, … */
  error?: string;
  /** Which assertion failed and how, or what the transport error means. */
  failure?: string;
  /** Each redirect followed, as `<status> <location>`. */
  redirects?: string[];
  /** First 512 characters of the body. */
  bodyExcerpt?: string;
}

/** Every sample of one URL of a health-gate run: .artifacts/deploy/<sha>/health-<name>/url-<n>.json */
export interface HealthSamples {
  $schema?: string;
  schemaVersion: 1;
  kind: 'health-samples';
  sha: string;
  name: string;
  url: string;
  status: HealthUrlStatus;
  reason: string;
  samples: HealthSample[];
}

export const BODY_EXCERPT_LIMIT = 512;

const urlStatus = { type: 'string', enum: ['pass', 'fail', 'cancelled'] } as const;
const milliseconds = { type: 'number', minimum: 0 } as const;
const p95 = { type: ['number', 'null'], minimum: 0 } as const;

const criteria = {
  type: 'object',
  required: ['expectStatus', 'consecutive', 'maxFailures', 'timeoutMs', 'requestTimeoutMs', 'intervalMs', 'maxIntervalMs'],
  additionalProperties: false,
  properties: {
    expectStatus: { type: 'string', minLength: 1 },
    expectBody: { type: 'string' },
    expectJson: { type: 'object' },
    expectErrorCode: { type: 'string' },
    consecutive: { type: 'integer', minimum: 1 },
    maxFailures: { type: 'integer', minimum: 0 },
    timeoutMs: milliseconds,
    requestTimeoutMs: milliseconds,
    latencyP95Ms: milliseconds,
    intervalMs: milliseconds,
    maxIntervalMs: milliseconds,
  },
} as const;

export const healthEvidenceSchema = {
  ...envelope(HEALTH_EVIDENCE_ID, 'health-evidence', 1, 'Verdict of one health-gate run over one or more URLs (.artifacts/deploy/<sha>/health-<name>.json).'),
  required: ['schemaVersion', 'kind', 'sha', 'name', 'status', 'dryRun', 'reason', 'startedAt', 'finishedAt', 'durationMs', 'criteria', 'samples', 'p95Ms', 'urls'],
  additionalProperties: false,
  properties: {
    ...envelope(HEALTH_EVIDENCE_ID, 'health-evidence', 1, '').properties,
    sha: commitSha,
    name: artifactName,
    status: verdict,
    dryRun: { type: 'boolean' },
    reason: { type: 'string', minLength: 1 },
    startedAt: timestamp,
    finishedAt: timestamp,
    durationMs: milliseconds,
    criteria,
    samples: { type: 'integer', minimum: 0 },
    p95Ms: p95,
    urls: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['url', 'status', 'reason', 'samples', 'p95Ms', 'evidence'],
        additionalProperties: false,
        properties: {
          url: { type: 'string', minLength: 1 },
          status: urlStatus,
          reason: { type: 'string', minLength: 1 },
          samples: { type: 'integer', minimum: 0 },
          p95Ms: p95,
          evidence: { type: 'string', minLength: 1 },
        },
      },
    },
  },
} as const;

export const healthSamplesSchema = {
  ...envelope(HEALTH_SAMPLES_ID, 'health-samples', 1, 'Every sample one health-gate run took of one URL (.artifacts/deploy/<sha>/health-<name>/url-<n>.json).'),
  required: ['schemaVersion', 'kind', 'sha', 'name', 'url', 'status', 'reason', 'samples'],
  additionalProperties: false,
  properties: {
    ...envelope(HEALTH_SAMPLES_ID, 'health-samples', 1, '').properties,
    sha: commitSha,
    name: artifactName,
    url: { type: 'string', minLength: 1 },
    status: urlStatus,
    reason: { type: 'string', minLength: 1 },
    samples: {
      type: 'array',
      items: {
        type: 'object',
        required: ['n', 'at', 'elapsedMs', 'latencyMs', 'outcome'],
        additionalProperties: false,
        properties: {
          n: { type: 'integer', minimum: 1 },
          at: timestamp,
          elapsedMs: milliseconds,
          latencyMs: milliseconds,
          outcome: verdict,
          httpStatus: { type: 'integer', minimum: 100, maximum: 999 },
          error: { type: 'string', minLength: 1 },
          failure: { type: 'string', minLength: 1 },
          redirects: { type: 'array', items: { type: 'string' } },
          bodyExcerpt: { type: 'string', maxLength: BODY_EXCERPT_LIMIT },
        },
      },
    },
  },
} as const;

export const healthEvidenceContract = defineContract<HealthEvidence>('health-evidence', 1, healthEvidenceSchema);
export const healthSamplesContract = defineContract<HealthSamples>('health-samples', 1, healthSamplesSchema);

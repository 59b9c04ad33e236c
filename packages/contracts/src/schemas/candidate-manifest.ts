import { schemaId } from '../schema-ids.ts';
import { commitSha, digest, digestRef, envelope, sha256HexPattern, timestamp } from './common.ts';

export const CANDIDATE_MANIFEST_ID = schemaId('candidate-manifest', 1);

export interface CandidateImage {
  /** registry/repository@sha256:<digest> — the only form deploy-digest accepts. */
  ref: string;
  digest: string;
  /** The reference the user gave (tag or digest), for people reading the manifest. */
  source: string;
  mediaType?: string;
  platforms?: string[];
}

export interface ChangeScopes {
  runtime: boolean;
  infra: boolean;
  identity: boolean;
  requiresInfraConvergence: boolean;
  migration: boolean;
}

export interface CandidateManifest {
  $schema?: string;
  schemaVersion: 1;
  kind: 'candidate-manifest';
  sha: string;
  repository: string;
  createdAt: string;
  images: Record<string, CandidateImage>;
  scopes: ChangeScopes;
  requiresControlPlaneApproval: boolean;
  /** sha256 of the canonical JSON of every other field; a hand edit after freezing breaks it. */
  integrity: string;
}

const flag = { type: 'boolean' } as const;

export const candidateManifestSchema = {
  ...envelope(CANDIDATE_MANIFEST_ID, 'candidate-manifest', 1, 'A release candidate frozen to immutable image digests for one commit (.artifacts/candidate/<sha>/manifest.json).'),
  required: ['schemaVersion', 'kind', 'sha', 'repository', 'createdAt', 'images', 'scopes', 'requiresControlPlaneApproval', 'integrity'],
  additionalProperties: false,
  properties: {
    ...envelope(CANDIDATE_MANIFEST_ID, 'candidate-manifest', 1, '').properties,
    sha: commitSha,
    repository: { type: 'string', minLength: 1, description: 'owner/name of the source repository.' },
    createdAt: timestamp,
    images: {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$' },
      additionalProperties: {
        type: 'object',
        required: ['ref', 'digest', 'source'],
        additionalProperties: false,
        properties: {
          ref: digestRef,
          digest,
          source: { type: 'string', minLength: 1 },
          mediaType: { type: 'string' },
          platforms: { type: 'array', items: { type: 'string' } },
        },
      },
    },
    scopes: {
      type: 'object',
      required: ['runtime', 'infra', 'identity', 'requiresInfraConvergence', 'migration'],
      additionalProperties: false,
      properties: { runtime: flag, infra: flag, identity: flag, requiresInfraConvergence: flag, migration: flag },
    },
    requiresControlPlaneApproval: flag,
    integrity: { type: 'string', pattern: `^sha256:${sha256HexPattern.pattern.slice(1, -1)}$` },
  },
} as const;

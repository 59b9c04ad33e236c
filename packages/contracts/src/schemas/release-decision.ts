import { schemaId } from '../schema-ids.ts';
import { defineContract } from '../validate.ts';
import { envelope, sha256HexPattern, timestamp } from './common.ts';

export const RELEASE_DECISION_ID = schemaId('release-decision', 1);

export type EvidenceKind = 'candidate' | 'deploy' | 'health' | 'stage';
export type EvidenceStatus = 'pass' | 'fail' | 'missing' | 'invalid';

/** One piece of evidence the decision weighed, and what was found in it. */
export interface DecisionEvidence {
  /** The evidence name, as `required` spells it (candidate, deploy, a health-gate or stage name). */
  name: string;
  kind: EvidenceKind;
  /** The file, relative to the artifacts directory, with forward slashes. */
  path: string;
  status: EvidenceStatus;
  /** Whether this evidence decided the outcome (named in `required`, or every found evidence when `required` is empty). */
  required: boolean;
  /** sha256 of the file's bytes as read. */
  sha256?: string;
  reason: string;
}

/** The release verdict for one commit: .artifacts/release/<sha>/decision.json */
export interface ReleaseDecision {
  $schema?: string;
  schemaVersion: 1;
  kind: 'release-decision';
  sha: string;
  decision: 'YES' | 'NO';
  environment: string;
  decidedAt: string;
  repository?: string;
  runUrl?: string;
  required: string[];
  /** Every reason for the decision: what failed or was missing on NO, what passed on YES. */
  reasons: string[];
  evidence: DecisionEvidence[];
  /** The accepted candidate manifest: its file hash and its own integrity hash; null when none passed. */
  manifest: { path: string; sha256: string; integrity: string } | null;
  /** The GitHub Deployment recorded for this decision, when a token was given and GitHub accepted it. */
  deployment?: { id: number; statusUrl?: string };
}

export const releaseDecisionSchema = {
  ...envelope(RELEASE_DECISION_ID, 'release-decision', 1, 'The auditable YES/NO release decision for one commit, with every reason and the evidence weighed (.artifacts/release/<sha>/decision.json).'),
  required: ['schemaVersion', 'kind', 'sha', 'decision', 'environment', 'decidedAt', 'required', 'reasons', 'evidence', 'manifest'],
  additionalProperties: false,
  properties: {
    ...envelope(RELEASE_DECISION_ID, 'release-decision', 1, '').properties,
    decision: { type: 'string', enum: ['YES', 'NO'] },
    environment: { type: 'string', minLength: 1 },
    decidedAt: timestamp,
    repository: { type: 'string', minLength: 1, description: 'owner/name of the source repository.' },
    runUrl: { type: 'string', minLength: 1, description: 'The CI run that made the decision.' },
    required: { type: 'array', items: { type: 'string', minLength: 1 } },
    reasons: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
    evidence: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'kind', 'path', 'status', 'required', 'reason'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', minLength: 1 },
          kind: { type: 'string', enum: ['candidate', 'deploy', 'health', 'stage'] },
          path: { type: 'string', minLength: 1 },
          status: { type: 'string', enum: ['pass', 'fail', 'missing', 'invalid'] },
          required: { type: 'boolean' },
          sha256: sha256HexPattern,
          reason: { type: 'string', minLength: 1 },
        },
      },
    },
    manifest: {
      oneOf: [
        { type: 'null' },
        {
          type: 'object',
          required: ['path', 'sha256', 'integrity'],
          additionalProperties: false,
          properties: {
            path: { type: 'string', minLength: 1 },
            sha256: sha256HexPattern,
            integrity: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$' },
          },
        },
      ],
    },
    deployment: {
      type: 'object',
      required: ['id'],
      additionalProperties: false,
      properties: { id: { type: 'integer', minimum: 1 }, statusUrl: { type: 'string' } },
    },
  },
} as const;

export const releaseDecisionContract = defineContract<ReleaseDecision>('release-decision', 1, releaseDecisionSchema);

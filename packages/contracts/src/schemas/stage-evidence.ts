import { schemaId } from '../schema-ids.ts';
import { artifactName, envelope, timestamp, verdict } from './common.ts';

export const STAGE_EVIDENCE_ID = schemaId('stage-evidence', 1);

/**
 * Evidence from a stage deploy-kit does not run itself (acceptance tests, a manual approval, a
 * browser smoke run), recorded under .artifacts/evidence/<sha>/<name>.json so that
 * release-decision can weigh it like its own.
 */
export interface StageEvidence {
  $schema?: string;
  schemaVersion: 1;
  kind: 'stage-evidence';
  sha: string;
  name: string;
  status: 'pass' | 'fail';
  recordedAt: string;
  summary?: string;
  url?: string;
  details?: Record<string, unknown>;
}

export const stageEvidenceSchema = {
  ...envelope(STAGE_EVIDENCE_ID, 'stage-evidence', 1, 'Outcome of a pipeline stage recorded for the release decision (.artifacts/evidence/<sha>/<name>.json).'),
  required: ['schemaVersion', 'kind', 'sha', 'name', 'status', 'recordedAt'],
  additionalProperties: false,
  properties: {
    ...envelope(STAGE_EVIDENCE_ID, 'stage-evidence', 1, '').properties,
    name: artifactName,
    status: verdict,
    recordedAt: timestamp,
    summary: { type: 'string' },
    url: { type: 'string' },
    details: { type: 'object' },
  },
} as const;

import { defineContract } from './validate.ts';
import { candidateManifestSchema, type CandidateManifest } from './schemas/candidate-manifest.ts';
import { deployRecordSchema, deploymentRecordSchema, type DeployRecord, type DeploymentRecord } from './schemas/deploy-record.ts';
import { stageEvidenceSchema, type StageEvidence } from './schemas/stage-evidence.ts';
import { healthEvidenceContract, healthSamplesContract } from './schemas/health-evidence.ts';
import { releaseDecisionContract } from './schemas/release-decision.ts';

/** Every artifact contract deploy-kit publishes; `npm run build` writes each to schemas/. */
export const contracts = {
  candidateManifest: defineContract<CandidateManifest>('candidate-manifest', 1, candidateManifestSchema),
  deployRecord: defineContract<DeployRecord>('deploy-record', 1, deployRecordSchema),
  deploymentRecord: defineContract<DeploymentRecord>('deployment-record', 1, deploymentRecordSchema),
  stageEvidence: defineContract<StageEvidence>('stage-evidence', 1, stageEvidenceSchema),
  healthEvidence: healthEvidenceContract,
  healthSamples: healthSamplesContract,
  releaseDecision: releaseDecisionContract,
} as const;

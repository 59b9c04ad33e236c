export { releaseDecisionAction, createReleaseDecisionAction, type ReleaseDecisionDependencies } from './action.ts';
export { decide, failClosedDecision, formatReason, evidenceLabel, type DecisionFacts } from './decide.ts';
export { gatherEvidence, normaliseRequired, type GatherOptions, type GatheredEvidence } from './gather.ts';
export {
  discoverEvidence,
  readCandidate,
  readDeployment,
  readHealth,
  readStage,
  RESERVED_EVIDENCE_NAMES,
  type EvidenceRead,
  type ManifestFacts,
  type SourceContext,
} from './evidence-sources.ts';
export { recordGitHubDeployment, GITHUB_API_URL_ENV, DEFAULT_GITHUB_API_URL, type GitHubDeploymentRequest, type RecordedDeployment } from './github-deployment.ts';
export { renderSummary, renderStageDiagram, type SummaryOptions } from './summary.ts';
export { recordStageEvidence, recordEvidenceAction, type RecordStageEvidenceOptions } from './record-evidence.ts';
export { recordEvidenceSpec } from '@deploy-kit/action-specs';

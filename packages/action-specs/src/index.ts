import { deployDigestSpec } from './deploy-digest.ts';
import { freezeCandidateSpec } from './freeze-candidate.ts';
import { healthGateSpec } from './health-gate.ts';
import { oidcLoginSpec } from './oidc-login.ts';
import { releaseDecisionSpec } from './release-decision.ts';

export { deployDigestSpec, freezeCandidateSpec, healthGateSpec, oidcLoginSpec, releaseDecisionSpec };
export { artifactsDirInput, shaInput } from './common-inputs.ts';
export { pipelineSpec } from './pipeline.ts';
export { identityPreflightSpec, imageTagSpec, recordEvidenceSpec } from './tool-specs.ts';

/** Every action, in pipeline order. */
export const actionSpecs = [oidcLoginSpec, freezeCandidateSpec, deployDigestSpec, healthGateSpec, releaseDecisionSpec] as const;
export { renderActionYml, describeInputType, inputDescription } from './render-action-yml.ts';
export { renderReference, spliceReference, REFERENCE_START, REFERENCE_END } from './render-reference.ts';

export { parseImageList, type ImageRequest } from './image-list.ts';
export { parseScopes, requiresControlPlaneApproval, SCOPE_NAMES } from './scopes.ts';
export { freezeManifest, readCandidate, FrozenCandidateError, TamperedCandidateError, type FreezeResult, type FreezeRequest } from './frozen-manifest.ts';
export { freezeCandidate, type DigestResolver, type FreezeCandidateOptions } from './freeze.ts';
export { identityPreflight, type IdentityConfig, type IdentityPreflightResult } from './identity-preflight.ts';
export { computeTag, type TagStrategy, type TagContext } from './tag-strategy.ts';
export { freezeCandidateAction } from './action.ts';
export { identityPreflightAction, imageTagAction } from './tool-actions.ts';

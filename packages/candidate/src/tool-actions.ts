import { identityPreflightSpec, imageTagSpec } from '@deploy-kit/action-specs';
import type { ActionDefinition } from '@deploy-kit/core';
import { identityPreflight } from './identity-preflight.ts';
import { computeTag, type TagStrategy } from './tag-strategy.ts';

/** `deploy-kit identity-preflight`: seed 003's check, from flags or API_IDENTIFIER_URI / ENTRA_AUDIENCE. */
export const identityPreflightAction: ActionDefinition<typeof identityPreflightSpec> = {
  spec: identityPreflightSpec,
  async run(inputs) {
    const result = identityPreflight({ apiIdentifierUri: inputs['api-identifier-uri'], entraAudience: inputs['entra-audience'] });
    return { ok: true, outputs: { 'identifier-uri': result.identifierUri, source: result.source }, message: `Identity config: ${result.identifierUri} (from ${result.source}).` };
  },
};

/** `deploy-kit image-tag`: the tag to build and resolve; freeze-candidate then pins its digest. */
export const imageTagAction: ActionDefinition<typeof imageTagSpec> = {
  spec: imageTagSpec,
  async run(inputs, { runtime }) {
    const tag = computeTag(inputs.strategy as TagStrategy, { ref: inputs.ref ?? runtime.context.ref, sha: inputs.sha, customTag: inputs['custom-tag'] });
    return { ok: true, outputs: { tag } };
  },
};

import { defineAction } from '@deploy-kit/core';
import { artifactsDirInput, shaInput } from './common-inputs.ts';

/**
 * CLI commands that are not GitHub actions. They take flags, print outputs and write artifacts
 * exactly as the actions do, from the same kind of definition.
 */
export const recordEvidenceSpec = defineAction({
  name: 'record-evidence',
  title: 'deploy-kit record-evidence',
  description: 'Record the outcome of a stage deploy-kit does not run (acceptance, approval, smoke) as evidence for release-decision.',
  inputs: {
    name: { description: 'Evidence name; `required: <name>` in release-decision asks for it.', type: 'string', required: true, example: 'acceptance' },
    status: { description: 'Outcome of the stage.', type: 'enum', values: ['pass', 'fail'], required: true },
    sha: shaInput,
    'artifacts-dir': artifactsDirInput,
    summary: { description: 'One line people read in the decision, e.g. "42 acceptance tests passed".', type: 'string' },
    url: { description: 'Link to the run or report with the details.', type: 'string' },
  },
  outputs: {
    'evidence-path': { description: 'Path of the evidence file written.' },
  },
});

export const identityPreflightSpec = defineAction({
  name: 'identity-preflight',
  title: 'deploy-kit identity-preflight',
  description: "Seed 003's identity config preflight: resolve API_IDENTIFIER_URI, falling back to ENTRA_AUDIENCE; fail if both are set and differ, or if the result is not api://….",
  inputs: {
    'api-identifier-uri': { description: 'Canonical identity URI.', type: 'string', env: 'API_IDENTIFIER_URI' },
    'entra-audience': { description: 'Legacy fallback during the transition.', type: 'string', env: 'ENTRA_AUDIENCE' },
  },
  outputs: {
    'identifier-uri': { description: 'The resolved api://… identifier URI.' },
    source: { description: 'Which setting it came from: API_IDENTIFIER_URI or ENTRA_AUDIENCE.' },
  },
});

export const imageTagSpec = defineAction({
  name: 'image-tag',
  title: 'deploy-kit image-tag',
  description: "The image tag to build and resolve, by seed 001's strategies (auto by branch, semver, commit, custom) or seed 000's short SHA.",
  inputs: {
    strategy: { description: 'auto (main → latest, develop → dev, release/x → x, other branches by name), semver (from a v1.2.3 tag), commit, short-sha, custom.', type: 'enum', values: ['auto', 'semver', 'commit', 'short-sha', 'custom'], default: 'auto' },
    ref: { description: 'Git ref (refs/heads/<branch> or refs/tags/<tag>).', type: 'string', defaultDescription: "the CI's ref" },
    'custom-tag': { description: 'The tag, with strategy custom.', type: 'string' },
    sha: shaInput,
  },
  outputs: {
    tag: { description: 'The computed tag.' },
  },
});

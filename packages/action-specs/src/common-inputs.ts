import type { InputDefinition } from '@deploy-kit/core';

export const shaInput = {
  description: 'Commit SHA of the candidate. Names the artifacts directory of this release.',
  type: 'sha',
  defaultDescription: "the CI's commit SHA (GITHUB_SHA, CIRCLE_SHA1, or `git rev-parse HEAD`)",
} as const satisfies InputDefinition;

export const artifactsDirInput = {
  description: 'Directory that holds the artifacts shared between steps and jobs.',
  type: 'string',
  default: '.artifacts',
} as const satisfies InputDefinition;

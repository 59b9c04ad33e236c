/** Building blocks shared by the artifact schemas. */
export const commitSha = { type: 'string', pattern: '^[0-9a-f]{7,64}$', description: 'Commit SHA, lower-case hex.' } as const;
export const timestamp = { type: 'string', format: 'date-time', description: 'RFC 3339 UTC timestamp.' } as const;
export const sha256HexPattern = { type: 'string', pattern: '^[0-9a-f]{64}$' } as const;
export const digest = { type: 'string', pattern: '^sha256:[0-9a-f]{64}$', description: 'OCI content digest.' } as const;
export const digestRef = {
  type: 'string',
  pattern: '^[a-z0-9.-]+(?::[0-9]+)?/[a-z0-9._/-]+@sha256:[0-9a-f]{64}$',
  description: 'Immutable image reference: registry/repository@sha256:<64 hex>.',
} as const;
export const artifactName = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$' } as const;
export const verdict = { type: 'string', enum: ['pass', 'fail'] } as const;

export function envelope(id: string, kind: string, version: number, description: string) {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: id,
    title: `deploy-kit ${kind} v${version}`,
    description,
    type: 'object',
    required: ['schemaVersion', 'kind', 'sha'],
    properties: {
      $schema: { type: 'string' },
      schemaVersion: { const: version },
      kind: { const: kind },
      sha: commitSha,
    },
  } as const;
}

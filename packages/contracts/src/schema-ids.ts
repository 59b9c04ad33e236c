/** Published schema identifiers. A breaking change to an artifact gets a new version here. */
export const SCHEMA_BASE = 'https://deploy-kit.dev/schemas';

export function schemaId(name: string, version: number): string {
  return `${SCHEMA_BASE}/${name}.v${version}.schema.json`;
}

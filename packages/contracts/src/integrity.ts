import { createHash } from 'node:crypto';
import type { CandidateManifest } from './schemas/candidate-manifest.ts';

/** JSON with object keys sorted at every level: the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * The integrity of a candidate manifest: sha256 over the canonical JSON of every field except
 * `integrity` and `$schema`. A manifest edited after freezing no longer matches.
 */
export function manifestIntegrity(manifest: Omit<CandidateManifest, 'integrity'> & { integrity?: string }): string {
  const { integrity: _integrity, $schema: _schema, ...content } = manifest;
  return `sha256:${createHash('sha256').update(canonicalJson(content)).digest('hex')}`;
}

export function hasValidIntegrity(manifest: CandidateManifest): boolean {
  return manifest.integrity === manifestIntegrity(manifest);
}

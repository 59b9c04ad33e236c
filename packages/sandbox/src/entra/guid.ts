import { createHash } from 'node:crypto';

/**
 * A name-based GUID (the layout of a UUID v5, hashed with SHA-256): the same names always give
 * the same id, so sandbox state, tests and docs stay stable across runs.
 */
export function nameBasedGuid(...names: readonly string[]): string {
  const hex = createHash('sha256').update(names.join('\u0000')).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

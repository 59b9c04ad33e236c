import { createHash } from 'node:crypto';

/** A GUID-shaped id derived from `seed`: same seed, same id, so sandbox runs are reproducible. */
export function deterministicGuid(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * A revision suffix like the ones Container Apps generates when none is given (seven lower-case
 * alphanumerics, e.g. `api--k3d9x2q`); starts with a letter so it also passes the user rule.
 */
export function generatedSuffix(seed: string): string {
  const digest = createHash('sha256').update(seed).digest();
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let suffix = alphabet[digest[0]! % 26]!;
  for (let i = 1; i < 7; i += 1) suffix += alphabet[digest[i]! % alphabet.length]!;
  return suffix;
}

/** An ETag in the form ARM resources carry (quoted, opaque), new for every write. */
export function newEtag(resourceId: string, sequence: number): string {
  const hex = createHash('sha256').update(`${resourceId}#${sequence}`).digest('hex');
  return `"${hex.slice(0, 8)}-0000-0100-0000-${sequence.toString(16).padStart(12, '0')}"`;
}

/** Strips `W/` and quotes, so `"abc"`, `W/"abc"` and `abc` compare equal. */
export function normalizeEtag(value: string): string {
  return value.trim().replace(/^W\//, '').replace(/^"(.*)"$/, '$1');
}

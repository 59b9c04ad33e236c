import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import { base64url, fromBase64url } from './base64url.ts';
import type { SigningKey } from './signing-key.ts';

export interface JwtHeader {
  alg: string;
  typ?: string;
  kid?: string;
  [name: string]: unknown;
}

export type JwtClaims = Record<string, unknown>;

export interface DecodedJwt {
  header: JwtHeader;
  claims: JwtClaims;
  signingInput: string;
  signature: Buffer;
}

/** The token is not three base64url segments holding JSON objects. */
export class MalformedJwtError extends Error {}

function parseSegment(segment: string, what: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(fromBase64url(segment).toString('utf8'));
  } catch {
    throw new MalformedJwtError(`the JWT ${what} is not base64url-encoded JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new MalformedJwtError(`the JWT ${what} is not a JSON object`);
  return value as Record<string, unknown>;
}

export function decodeJwt(token: string): DecodedJwt {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]*$/.test(part))) throw new MalformedJwtError('a JWT has three base64url segments separated by dots');
  const [headerPart, claimsPart, signaturePart] = parts as [string, string, string];
  const header = parseSegment(headerPart, 'header');
  if (typeof header.alg !== 'string') throw new MalformedJwtError("the JWT header has no 'alg'");
  return { header: header as JwtHeader, claims: parseSegment(claimsPart, 'payload'), signingInput: `${headerPart}.${claimsPart}`, signature: fromBase64url(signaturePart) };
}

export function signJwt(claims: JwtClaims, key: SigningKey, header: Record<string, unknown> = {}): string {
  const encodedHeader = base64url(JSON.stringify({ typ: 'JWT', ...header, alg: key.alg, kid: key.kid }));
  const signingInput = `${encodedHeader}.${base64url(JSON.stringify(claims))}`;
  return `${signingInput}.${base64url(key.sign(signingInput))}`;
}

export type SignatureCheck = { ok: true; kid: string | undefined } | { ok: false; reason: string };

/** Verifies against a JWKS: the key is chosen by `kid` (or the only key), and `alg` must match it. */
export function verifyJwtSignature(jwt: DecodedJwt, keys: readonly JsonWebKey[]): SignatureCheck {
  const { alg, kid } = jwt.header;
  if (alg !== 'RS256' && alg !== 'ES256') return { ok: false, reason: `the signing algorithm '${alg}' is not accepted (RS256 or ES256 only)` };
  const candidates = kid === undefined ? (keys.length === 1 ? keys : []) : keys.filter((key) => key.kid === kid);
  const key = candidates[0];
  if (!key) return { ok: false, reason: kid === undefined ? 'the token has no key id (kid) and the issuer publishes several keys' : `the issuer publishes no key with kid '${kid}'` };
  if ((alg === 'RS256') !== (key.kty === 'RSA')) return { ok: false, reason: `the key '${String(kid)}' is a ${String(key.kty)} key, which cannot verify ${alg}` };
  let valid: boolean;
  try {
    const publicKey = createPublicKey({ key, format: 'jwk' });
    valid =
      alg === 'ES256'
        ? verify('sha256', Buffer.from(jwt.signingInput), { key: publicKey, dsaEncoding: 'ieee-p1363' }, jwt.signature)
        : verify('sha256', Buffer.from(jwt.signingInput), publicKey, jwt.signature);
  } catch {
    valid = false;
  }
  return valid ? { ok: true, kid } : { ok: false, reason: `the signature does not verify with the key '${String(key.kid)}'` };
}

/** Reads a numeric-date claim (seconds since the epoch); anything else is undefined. */
export function numericDate(claims: JwtClaims, name: string): number | undefined {
  const value = claims[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

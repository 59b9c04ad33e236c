/**
 * Reads a JWT's claims without verifying it — for explaining failures and choosing audiences.
 * Never include the token itself in an error: only claims that are safe to show.
 */
export interface OidcClaims {
  iss?: string;
  sub?: string;
  aud?: string | string[];
  exp?: number;
  nbf?: number;
  iat?: number;
  [claim: string]: unknown;
}

export function decodeClaims(token: string): OidcClaims | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as unknown;
    return claims !== null && typeof claims === 'object' && !Array.isArray(claims) ? (claims as OidcClaims) : undefined;
  } catch {
    return undefined;
  }
}

export function audiences(claims: OidcClaims): string[] {
  if (claims.aud === undefined) return [];
  return Array.isArray(claims.aud) ? claims.aud : [claims.aud];
}

/** Seconds until the token expires (negative when it already has). */
export function secondsToExpiry(claims: OidcClaims, nowMs: number): number | undefined {
  return claims.exp === undefined ? undefined : claims.exp - Math.floor(nowMs / 1000);
}

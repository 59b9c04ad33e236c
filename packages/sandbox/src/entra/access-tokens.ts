import { randomBytes } from 'node:crypto';
import { epochSeconds, type Clock } from '../jwt/clock.ts';
import { decodeJwt, MalformedJwtError, numericDate, signJwt, verifyJwtSignature, type JwtClaims } from '../jwt/jwt.ts';
import type { SigningKey } from '../jwt/signing-key.ts';
import type { AppRegistration } from './directory.ts';

export interface AccessTokenServiceOptions {
  key: SigningKey;
  clock: Clock;
  tenantId: string;
  lifetimeSeconds: number;
}

export interface IssuedAccessToken {
  accessToken: string;
  expiresIn: number;
  claims: JwtClaims;
}

export type AccessTokenCheck =
  | { ok: true; claims: JwtClaims }
  | { ok: false; reason: 'malformed' | 'signature' }
  | { ok: false; reason: 'expired'; expiresAt: number; now: number }
  | { ok: false; reason: 'not-yet-valid'; notBefore: number; now: number };

/** The v1 issuer ARM tokens carry. */
export function accessTokenIssuer(tenantId: string): string {
  return `https://sts.windows.net/${tenantId}/`;
}

/** App-only access tokens as Entra issues them for `client_credentials`, signed by the tenant key. */
export class AccessTokenService {
  readonly #options: AccessTokenServiceOptions;
  lifetimeSeconds: number;

  constructor(options: AccessTokenServiceOptions) {
    this.#options = options;
    this.lifetimeSeconds = options.lifetimeSeconds;
  }

  issue(app: AppRegistration, audience: string): IssuedAccessToken {
    const { key, clock, tenantId } = this.#options;
    const now = epochSeconds(clock);
    const claims: JwtClaims = {
      aud: audience,
      iss: accessTokenIssuer(tenantId),
      iat: now,
      nbf: now,
      exp: now + this.lifetimeSeconds,
      appid: app.appId,
      appidacr: '2',
      idp: accessTokenIssuer(tenantId),
      idtyp: 'app',
      oid: app.servicePrincipalObjectId,
      sub: app.servicePrincipalObjectId,
      tid: tenantId,
      uti: randomBytes(16).toString('base64url'),
      ver: '1.0',
    };
    return { accessToken: signJwt(claims, key), expiresIn: this.lifetimeSeconds, claims };
  }

  verify(token: string): AccessTokenCheck {
    let decoded;
    try {
      decoded = decodeJwt(token);
    } catch (error) {
      if (error instanceof MalformedJwtError) return { ok: false, reason: 'malformed' };
      throw error;
    }
    if (!verifyJwtSignature(decoded, [this.#options.key.publicJwk]).ok) return { ok: false, reason: 'signature' };
    const now = epochSeconds(this.#options.clock);
    const exp = numericDate(decoded.claims, 'exp');
    const nbf = numericDate(decoded.claims, 'nbf');
    if (exp === undefined) return { ok: false, reason: 'malformed' };
    if (now >= exp) return { ok: false, reason: 'expired', expiresAt: exp, now };
    if (nbf !== undefined && now < nbf) return { ok: false, reason: 'not-yet-valid', notBefore: nbf, now };
    return { ok: true, claims: decoded.claims };
  }
}

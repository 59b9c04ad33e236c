import type { JsonWebKey } from 'node:crypto';

/** An OIDC issuer whose signing keys Entra can look up by the token's `iss`, without a network fetch. */
export interface TrustedIssuer {
  /** The `iss` claim of its tokens, exactly as the real issuer writes it. */
  readonly issuer: string;
  /** Short name used in sandbox state and faults: `github`, `circleci`. */
  readonly name: IssuerName;
  jwks(): { keys: JsonWebKey[] };
}

export type IssuerName = 'github' | 'circleci';

/** Issuer-side faults: a clock that runs ahead (positive) or behind (negative). */
export interface IssuerClockSkew {
  skewSeconds(issuer: IssuerName): number;
}

import type { JsonWebKey } from 'node:crypto';
import { epochSeconds, type Clock } from '../jwt/clock.ts';
import { signJwt, type JwtClaims } from '../jwt/jwt.ts';
import type { SigningKey } from '../jwt/signing-key.ts';
import type { IssuerClockSkew, TrustedIssuer } from './trusted-issuer.ts';

/** The CircleCI project and pipeline a CircleCI-shaped token describes. */
export interface CircleCiProject {
  orgId: string;
  projectId: string;
  /** The user whose action started the pipeline; CircleCI puts it in every subject. */
  userId: string;
  /** `github.com/<org>/<repo>` */
  vcsOrigin: string;
  vcsRef: string;
  contextIds: string[];
}

export type CircleCiTokenVersion = 1 | 2;

export interface CircleCiTokenRequest {
  /** 2 is CIRCLE_OIDC_TOKEN_V2 (subject with vcs-origin and vcs-ref), 1 is CIRCLE_OIDC_TOKEN. */
  version?: CircleCiTokenVersion;
  /** As `circleci run oidc get --claims '{"aud":"…"}'`; without it CircleCI uses the org id. */
  audience?: string;
  /** Any other claim to add or replace, e.g. `sub` to reproduce a mismatch. */
  claims?: JwtClaims;
}

export function circleCiIssuerFor(orgId: string): string {
  return `https://oidc.circleci.com/org/${orgId}`;
}

export function circleCiSubject(project: CircleCiProject, version: CircleCiTokenVersion): string {
  const v1 = `org/${project.orgId}/project/${project.projectId}/user/${project.userId}`;
  return version === 1 ? v1 : `${v1}/vcs-origin/${project.vcsOrigin}/vcs-ref/${project.vcsRef}`;
}

export interface CircleCiIssuerOptions {
  key: SigningKey;
  clock: Clock;
  project: CircleCiProject;
  lifetimeSeconds: number;
  skew: IssuerClockSkew;
}

/** Mints tokens shaped like CircleCI's OIDC tokens (one issuer per organisation). */
export class CircleCiIssuer implements TrustedIssuer {
  readonly issuer: string;
  readonly name = 'circleci' as const;
  readonly project: CircleCiProject;
  readonly #options: CircleCiIssuerOptions;

  constructor(options: CircleCiIssuerOptions) {
    this.#options = options;
    this.project = options.project;
    this.issuer = circleCiIssuerFor(options.project.orgId);
  }

  claims(request: CircleCiTokenRequest = {}): JwtClaims {
    const { project, clock, lifetimeSeconds, skew } = this.#options;
    const version = request.version ?? 2;
    const issuedAt = epochSeconds(clock) + skew.skewSeconds('circleci');
    return {
      iss: this.issuer,
      sub: circleCiSubject(project, version),
      aud: request.audience ?? project.orgId,
      iat: issuedAt,
      nbf: issuedAt,
      exp: issuedAt + lifetimeSeconds,
      'oidc.circleci.com/project-id': project.projectId,
      'oidc.circleci.com/context-ids': project.contextIds,
      ...(version === 2 ? { 'oidc.circleci.com/vcs-origin': project.vcsOrigin, 'oidc.circleci.com/vcs-ref': project.vcsRef, 'oidc.circleci.com/ssh-rerun': false } : {}),
      ...request.claims,
    };
  }

  mint(request: CircleCiTokenRequest = {}): string {
    return signJwt(this.claims(request), this.#options.key);
  }

  jwks(): { keys: JsonWebKey[] } {
    return { keys: [this.#options.key.publicJwk] };
  }
}

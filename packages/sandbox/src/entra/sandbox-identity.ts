import { randomBytes } from 'node:crypto';
import type { RouteHandler } from '../http.ts';
import type { Clock } from '../jwt/clock.ts';
import { loadOrCreateSigningKey } from '../jwt/signing-key.ts';
import { CircleCiIssuer, type CircleCiProject, type CircleCiTokenRequest } from '../oidc/circleci-issuer.ts';
import { GitHubIssuer, type GitHubRun, type GitHubTokenRequest } from '../oidc/github-issuer.ts';
import { circleCiPaths, createOidcRoutes, GITHUB_PATHS } from '../oidc/oidc-routes.ts';
import { AccessTokenService } from './access-tokens.ts';
import { ARM_AUDIENCES, DirectoryArmAuthorizer } from './arm-authorizer.ts';
import { Directory, type DirectoryState } from './directory.ts';
import { createEntraRoutes } from './entra-routes.ts';
import { IdentityEvents, type IdentityEvent } from './identity-events.ts';
import { IdentityFaults } from './identity-faults.ts';

export interface SandboxIdentityOptions {
  /** Where the issuers' and the tenant's signing keys are kept (created on first use). */
  keyDir: string;
  /** `https://localhost:<port>`: the sandbox's authority host and ARM endpoint. */
  baseUrl: string;
  clock: Clock;
  directory: DirectoryState;
  github: GitHubRun;
  circleci: CircleCiProject;
  /** Lifetime of GitHub-shaped ID tokens (GitHub: about 5 minutes). */
  githubTokenLifetimeSeconds: number;
  /** Lifetime of CircleCI-shaped tokens (CircleCI: one hour). */
  circleCiTokenLifetimeSeconds: number;
  /** Lifetime of the access tokens Entra issues (Entra: about an hour). */
  accessTokenLifetimeSeconds: number;
  onEvent?: (event: IdentityEvent) => void;
}

export interface SandboxIdentityState {
  tenantId: string;
  authorityHost: string;
  issuers: { name: string; issuer: string; discovery: string; jwksUri: string }[];
  directory: DirectoryState;
  faults: ReturnType<IdentityFaults['state']>;
  events: ReturnType<IdentityEvents['list']>;
}

/**
 * The sandbox's identity side: GitHub- and CircleCI-shaped OIDC issuers, the Entra tenant that
 * exchanges their tokens for access tokens, and the ARM authorizer that checks those.
 */
export class SandboxIdentity {
  readonly directory: Directory;
  readonly github: GitHubIssuer;
  readonly circleci: CircleCiIssuer;
  readonly faults: IdentityFaults;
  readonly events: IdentityEvents;
  readonly accessTokens: AccessTokenService;
  readonly authorizer: DirectoryArmAuthorizer;
  readonly routes: readonly RouteHandler[];
  /** The bearer token the GitHub-shaped ID-token endpoint demands (ACTIONS_ID_TOKEN_REQUEST_TOKEN). */
  readonly requestToken: string;
  readonly baseUrl: string;

  private constructor(parts: {
    directory: Directory;
    github: GitHubIssuer;
    circleci: CircleCiIssuer;
    faults: IdentityFaults;
    events: IdentityEvents;
    accessTokens: AccessTokenService;
    authorizer: DirectoryArmAuthorizer;
    routes: RouteHandler[];
    requestToken: string;
    baseUrl: string;
  }) {
    this.directory = parts.directory;
    this.github = parts.github;
    this.circleci = parts.circleci;
    this.faults = parts.faults;
    this.events = parts.events;
    this.accessTokens = parts.accessTokens;
    this.authorizer = parts.authorizer;
    this.routes = parts.routes;
    this.requestToken = parts.requestToken;
    this.baseUrl = parts.baseUrl;
  }

  static async create(options: SandboxIdentityOptions): Promise<SandboxIdentity> {
    const { clock, baseUrl } = options;
    const [githubKey, circleKey, tenantKey] = await Promise.all([
      loadOrCreateSigningKey(options.keyDir, 'github-oidc-rs256', 'RS256'),
      loadOrCreateSigningKey(options.keyDir, 'circleci-oidc-rs256', 'RS256'),
      loadOrCreateSigningKey(options.keyDir, 'entra-tenant-rs256', 'RS256'),
    ]);
    const faults = new IdentityFaults();
    const events = new IdentityEvents(() => clock.now(), options.onEvent);
    const directory = new Directory(options.directory);
    const github = new GitHubIssuer({ key: githubKey, clock, run: options.github, lifetimeSeconds: options.githubTokenLifetimeSeconds, skew: faults });
    const circleci = new CircleCiIssuer({ key: circleKey, clock, project: options.circleci, lifetimeSeconds: options.circleCiTokenLifetimeSeconds, skew: faults });
    const accessTokens = new AccessTokenService({ key: tenantKey, clock, tenantId: directory.tenantId, lifetimeSeconds: options.accessTokenLifetimeSeconds });
    const armAudiences = [...ARM_AUDIENCES, baseUrl];
    const authorizer = new DirectoryArmAuthorizer({ accessTokens, directory, audiences: armAudiences });
    const requestToken = randomBytes(24).toString('base64url');
    const routes = [
      createOidcRoutes({ github, circleci, requestToken, baseUrl: () => baseUrl }),
      createEntraRoutes({ directory, issuers: [github, circleci], accessTokens, clock, resources: () => armAudiences, faults, events, tenantJwk: tenantKey.publicJwk, baseUrl: () => baseUrl }),
    ];
    return new SandboxIdentity({ directory, github, circleci, faults, events, accessTokens, authorizer, routes, requestToken, baseUrl });
  }

  /** What ACTIONS_ID_TOKEN_REQUEST_URL holds; `@actions/core` appends `&audience=…`. */
  get idTokenRequestUrl(): string {
    return `${this.baseUrl}${GITHUB_PATHS.idToken}?api-version=2.0`;
  }

  mintGitHubToken(request?: GitHubTokenRequest): string {
    return this.github.mint(request);
  }

  /** The equivalent of `circleci run oidc get --claims '{"aud":…}'` (v2 unless `version: 1`). */
  mintCircleCiToken(request?: CircleCiTokenRequest): string {
    return this.circleci.mint(request);
  }

  state(): SandboxIdentityState {
    const circle = circleCiPaths(this.circleci.project.orgId);
    return {
      tenantId: this.directory.tenantId,
      authorityHost: this.baseUrl,
      issuers: [
        { name: 'github', issuer: this.github.issuer, discovery: `${this.baseUrl}${GITHUB_PATHS.discovery}`, jwksUri: `${this.baseUrl}${GITHUB_PATHS.jwks}` },
        { name: 'circleci', issuer: this.circleci.issuer, discovery: `${this.baseUrl}${circle.discovery}`, jwksUri: `${this.baseUrl}${circle.jwks}` },
      ],
      directory: this.directory.snapshot(),
      faults: this.faults.state(),
      events: this.events.list(),
    };
  }

  reset(): void {
    this.directory.reset();
    this.faults.clear();
    this.events.clear();
  }
}

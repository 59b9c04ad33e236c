import { randomBytes, timingSafeEqual } from 'node:crypto';

export type RegistryAction = 'pull' | 'push';

export interface RegistryUser {
  username: string;
  password: string;
  /** Default: pull and push. */
  actions?: readonly RegistryAction[];
  /** Repositories this user may touch; default all. */
  repositories?: readonly string[];
}

/** What an Azure AD access token presented to `/oauth2/exchange` proves (ACR mode). */
export type AadTokenVerdict = { ok: true; subject: string; actions?: readonly RegistryAction[] } | { ok: false; reason: string };
export type AadTokenVerifier = (accessToken: string) => Promise<AadTokenVerdict>;

/**
 * How the registry authenticates:
 * - `anonymous`: no credentials anywhere;
 * - `basic`: HTTP Basic on every request (`WWW-Authenticate: Basic …`), like a plain htpasswd registry;
 * - `bearer`: the token flow of Docker Hub and GHCR — a challenge naming `/token`, which trades
 *   Basic credentials for a scoped bearer token (`anonymousPull` also issues pull tokens without them);
 * - `acr`: Azure Container Registry's flow — an Azure AD access token is exchanged at
 *   `/oauth2/exchange` for a refresh token, which `/oauth2/token` trades for a scoped access token.
 */
export type RegistryAuthOptions =
  | { mode: 'anonymous' }
  | { mode: 'basic'; users: readonly RegistryUser[] }
  | { mode: 'bearer'; users: readonly RegistryUser[]; anonymousPull?: boolean; tokenLifetimeSeconds?: number }
  | { mode: 'acr'; verifyAadToken: AadTokenVerifier; tokenLifetimeSeconds?: number };

export interface Grant {
  subject: string | undefined;
  /** repository → actions granted in it; a scope the token was asked for but refused maps to an empty set. */
  access: Map<string, Set<RegistryAction>>;
  expiresAt: number;
}

export type AccessDecision =
  | { ok: true; subject: string | undefined }
  /** No usable credentials: answer 401 with a challenge. */
  | { ok: false; status: 401; code: 'UNAUTHORIZED'; message: string }
  /** Authenticated, but not allowed this action on this repository. */
  | { ok: false; status: 403; code: 'DENIED'; message: string };

export const ACR_REFRESH_USERNAME = '00000000-0000-0000-0000-000000000000';

const ALL_ACTIONS: readonly RegistryAction[] = ['pull', 'push'];

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function parseBasic(header: string | undefined): { username: string; password: string } | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

function parseBearer(header: string | undefined): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
}

/** `repository:shop/api:pull,push` scopes, as the token endpoints receive them. */
export function parseScopes(scopes: readonly string[]): Map<string, Set<RegistryAction>> {
  const wanted = new Map<string, Set<RegistryAction>>();
  for (const scope of scopes) {
    for (const one of scope.split(' ')) {
      const match = /^repository:([^:]+):([a-z*,]+)$/.exec(one);
      if (!match) continue;
      const actions = match[2]!.split(',').flatMap((a): RegistryAction[] => (a === '*' ? [...ALL_ACTIONS] : a === 'pull' || a === 'push' ? [a] : []));
      wanted.set(match[1]!, new Set([...(wanted.get(match[1]!) ?? []), ...actions]));
    }
  }
  return wanted;
}

function userAllows(user: RegistryUser, repository: string, action: RegistryAction): boolean {
  return (user.actions ?? ALL_ACTIONS).includes(action) && (user.repositories === undefined || user.repositories.includes(repository));
}

/** Checks credentials on registry requests and issues tokens; holds the live tokens. */
export class RegistryAuthenticator {
  readonly options: RegistryAuthOptions;
  readonly #now: () => number;
  readonly #tokens = new Map<string, Grant>();
  readonly #refreshTokens = new Map<string, { subject: string; actions: readonly RegistryAction[]; expiresAt: number }>();

  constructor(options: RegistryAuthOptions, now: () => number) {
    this.options = options;
    this.#now = now;
  }

  get mode(): RegistryAuthOptions['mode'] {
    return this.options.mode;
  }

  reset(): void {
    this.#tokens.clear();
    this.#refreshTokens.clear();
  }

  #user(username: string, password: string): RegistryUser | undefined {
    if (this.options.mode !== 'basic' && this.options.mode !== 'bearer') return undefined;
    return this.options.users.find((u) => safeEqual(u.username, username) && safeEqual(u.password, password));
  }

  #lifetimeMs(): number {
    const seconds = this.options.mode === 'bearer' || this.options.mode === 'acr' ? this.options.tokenLifetimeSeconds : undefined;
    return (seconds ?? 300) * 1000;
  }

  /** `repository` undefined: the `/v2/` base endpoint, which only asks "who are you". */
  authorize(authorization: string | undefined, repository: string | undefined, action: RegistryAction): AccessDecision {
    switch (this.options.mode) {
      case 'anonymous':
        return { ok: true, subject: undefined };
      case 'basic': {
        const credentials = parseBasic(authorization);
        const user = credentials && this.#user(credentials.username, credentials.password);
        if (!user) return { ok: false, status: 401, code: 'UNAUTHORIZED', message: 'authentication required' };
        if (repository !== undefined && !userAllows(user, repository, action)) {
          return { ok: false, status: 403, code: 'DENIED', message: 'requested access to the resource is denied' };
        }
        return { ok: true, subject: user.username };
      }
      case 'bearer':
      case 'acr': {
        const token = parseBearer(authorization);
        const grant = token === undefined ? undefined : this.#tokens.get(token);
        if (!grant || grant.expiresAt <= this.#now()) return { ok: false, status: 401, code: 'UNAUTHORIZED', message: 'authentication required' };
        if (repository === undefined) return { ok: true, subject: grant.subject };
        const actions = grant.access.get(repository);
        if (actions?.has(action)) return { ok: true, subject: grant.subject };
        // Asked for this repository and refused: an authenticated caller is denied, an anonymous one must authenticate.
        if (actions !== undefined && grant.subject !== undefined) {
          return { ok: false, status: 403, code: 'DENIED', message: 'requested access to the resource is denied' };
        }
        return { ok: false, status: 401, code: 'UNAUTHORIZED', message: 'authentication required' };
      }
    }
  }

  /** The `WWW-Authenticate` value of a 401, for a registry reachable at `origin` (https://host:port). */
  challenge(origin: string, service: string, repository: string | undefined, action: RegistryAction): string {
    if (this.options.mode === 'basic') return 'Basic realm="deploy-kit sandbox registry"';
    const realm = this.options.mode === 'acr' ? `${origin}/oauth2/token` : `${origin}/token`;
    const scope = repository === undefined ? '' : `,scope="repository:${repository}:${action === 'push' ? 'pull,push' : 'pull'}"`;
    return `Bearer realm="${realm}",service="${service}"${scope}`;
  }

  #issue(subject: string | undefined, access: Map<string, Set<RegistryAction>>): { token: string; expiresIn: number } {
    const token = randomBytes(32).toString('base64url');
    const lifetime = this.#lifetimeMs();
    this.#tokens.set(token, { subject, access, expiresAt: this.#now() + lifetime });
    return { token, expiresIn: Math.floor(lifetime / 1000) };
  }

  /**
   * Docker token endpoint (bearer mode): Basic credentials (or none, when anonymous pulls are on)
   * → a token granting the requested scopes the user is allowed. Wrong credentials → undefined.
   */
  issueBearerToken(authorization: string | undefined, scopes: readonly string[]): { token: string; expiresIn: number } | undefined {
    if (this.options.mode !== 'bearer') return undefined;
    const credentials = parseBasic(authorization);
    const user = credentials && this.#user(credentials.username, credentials.password);
    if (credentials && !user) return undefined;
    if (!user && !this.options.anonymousPull && authorization !== undefined) return undefined;
    const granted = new Map<string, Set<RegistryAction>>();
    for (const [repository, actions] of parseScopes(scopes)) {
      const allowed = [...actions].filter((action) => (user ? userAllows(user, repository, action) : this.options.mode === 'bearer' && this.options.anonymousPull === true && action === 'pull'));
      granted.set(repository, new Set(allowed));
    }
    return this.#issue(user?.username, granted);
  }

  /** ACR `/oauth2/exchange`: an Azure AD access token → a registry refresh token. */
  async exchangeAadToken(aadToken: string): Promise<{ ok: true; refreshToken: string } | { ok: false; reason: string }> {
    if (this.options.mode !== 'acr') return { ok: false, reason: 'this registry does not accept Azure AD tokens' };
    const verdict = await this.options.verifyAadToken(aadToken);
    if (!verdict.ok) return verdict;
    const refreshToken = randomBytes(32).toString('base64url');
    // ACR refresh tokens live about three hours.
    this.#refreshTokens.set(refreshToken, { subject: verdict.subject, actions: verdict.actions ?? ALL_ACTIONS, expiresAt: this.#now() + 3 * 3600_000 });
    return { ok: true, refreshToken };
  }

  /** ACR `/oauth2/token`: a refresh token (from the exchange) → a scoped access token. */
  issueAcrAccessToken(refreshToken: string, scopes: readonly string[]): { token: string; expiresIn: number } | undefined {
    const refresh = this.#refreshTokens.get(refreshToken);
    if (!refresh || refresh.expiresAt <= this.#now()) return undefined;
    const granted = new Map<string, Set<RegistryAction>>();
    for (const [repository, actions] of parseScopes(scopes)) granted.set(repository, new Set([...actions].filter((a) => refresh.actions.includes(a))));
    return this.#issue(refresh.subject, granted);
  }
}

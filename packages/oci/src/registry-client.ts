import { type Logger, Redactor, silentLogger } from '@deploy-kit/core';
import { type AuthChallenge, parseChallenges } from './challenge.ts';
import type { RegistryCredentials } from './credentials.ts';
import { RegistryError, RegistryErrorCode } from './errors.ts';
import type { ImageReference } from './reference.ts';
import { accessDeniedRemediation, credentialsRefusedRemediation, credentialsRequiredRemediation } from './remediation.ts';
import { type HttpRequest, type HttpResponse, Transport, TransportFailure } from './transport.ts';

export interface RegistryClientOptions {
  /** Extra CA certificates (PEM) for registries with a private CA, such as the sandbox's. */
  ca?: string | readonly string[];
  /** Registry hosts (`host:port`) spoken to over plain HTTP, like Docker's insecure-registries. */
  plainHttp?: readonly string[];
  logger?: Logger;
  /** Per request; default 30 s. */
  timeoutMs?: number;
  /** Extra tries after a 429, a 502/503/504, a reset connection or a timeout; default 2. */
  retries?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  userAgent?: string;
}

interface CachedAuthorization {
  header: string;
  expiresAt: number;
}

const TRANSIENT_STATUS = new Set([429, 502, 503, 504]);
const TRANSIENT_NETWORK_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
const MAX_RETRY_AFTER_MS = 30_000;
/** Refresh a token this long before it expires, so it does not lapse between check and use. */
const EXPIRY_MARGIN_MS = 10_000;

/** `{"errors":[{"code":"MANIFEST_UNKNOWN","message":"…"}]}` → `MANIFEST_UNKNOWN: …`, or undefined. */
export function distributionErrorSummary(body: Buffer): { code: string; text: string } | undefined {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { errors?: Array<{ code?: unknown; message?: unknown }> };
    const first = parsed.errors?.[0];
    if (!first || typeof first.code !== 'string') return undefined;
    const message = typeof first.message === 'string' ? first.message.slice(0, 300) : '';
    return { code: first.code, text: message ? `${first.code}: ${message}` : first.code };
  } catch {
    return undefined;
  }
}

/**
 * Talks to registries for one run: negotiates Basic, Bearer and ACR authentication on a 401,
 * caches the tokens it earns (per registry and scope), retries transient failures, and turns
 * everything else into a RegistryError. Every secret it handles — passwords, tokens it is
 * given or earns — is registered with its own redactor and scrubbed from any text it reports.
 */
export class RegistryClient {
  readonly #transport: Transport;
  readonly #options: RegistryClientOptions;
  readonly #logger: Logger;
  readonly #redactor = new Redactor();
  readonly #authorizations = new Map<string, CachedAuthorization>();
  readonly #acrRefreshTokens = new Map<string, CachedAuthorization>();

  constructor(options: RegistryClientOptions = {}) {
    this.#options = options;
    this.#logger = options.logger ?? silentLogger;
    this.#transport = new Transport({
      ca: options.ca,
      timeoutMs: options.timeoutMs ?? 30_000,
      maxBodyBytes: 4 * 1024 * 1024,
      userAgent: options.userAgent ?? 'deploy-kit',
    });
  }

  /** Removes every secret this client has seen from `text`. */
  redact(text: string): string {
    return this.#redactor.redact(text);
  }

  #now(): number {
    return (this.#options.now ?? Date.now)();
  }

  #sleep(ms: number): Promise<void> {
    return this.#options.sleep ? this.#options.sleep(ms) : new Promise((resolve) => setTimeout(resolve, ms));
  }

  #registerSecrets(credentials: RegistryCredentials): void {
    if (credentials.kind === 'basic') this.#redactor.add(credentials.password);
    if (credentials.kind === 'registry-token') this.#redactor.add(credentials.token);
  }

  baseUrl(reference: ImageReference): string {
    const plain = this.#options.plainHttp?.includes(reference.apiHost) ?? false;
    return `${plain ? 'http' : 'https'}://${reference.apiHost}`;
  }

  /**
   * A request to the registry's API for `reference`'s repository, authenticated as the registry
   * demands. Resolves with any response other than 401 (which becomes a RegistryError).
   */
  async request(reference: ImageReference, credentials: RegistryCredentials, method: 'GET' | 'HEAD', path: string, accept: string): Promise<HttpResponse> {
    this.#registerSecrets(credentials);
    const scope = `repository:${reference.repository}:pull`;
    const cacheKey = `${reference.apiHost} ${scope}`;
    const url = new URL(path, this.baseUrl(reference));
    let authorization = this.#cached(this.#authorizations, cacheKey);
    let authenticatedWith: 'basic' | 'token' | undefined;
    for (let round = 0; round < 2; round++) {
      const headers: Record<string, string> = { accept };
      if (authorization) headers.authorization = authorization;
      const response = await this.#send(reference, { method, url, headers });
      if (response.status !== 401) return response;
      this.#authorizations.delete(cacheKey);
      // A cached token the registry no longer takes earns one fresh attempt; a fresh one that fails is final.
      if (round === 1) throw this.#rejected(reference, credentials, response, authenticatedWith);
      const challenge = this.#pickChallenge(parseChallenges(response.headers['www-authenticate']));
      if (!challenge) throw this.#rejected(reference, credentials, response, undefined);
      const earned = await this.#authenticate(reference, credentials, challenge, scope);
      authorization = earned.header;
      authenticatedWith = earned.via;
      this.#authorizations.set(cacheKey, { header: earned.header, expiresAt: earned.expiresAt });
    }
    throw new Error('unreachable: the authentication loop always returns or throws');
  }

  #cached(cache: Map<string, CachedAuthorization>, key: string): string | undefined {
    const hit = cache.get(key);
    if (hit && hit.expiresAt - EXPIRY_MARGIN_MS > this.#now()) return hit.header;
    cache.delete(key);
    return undefined;
  }

  #pickChallenge(challenges: AuthChallenge[]): AuthChallenge | undefined {
    return challenges.find((c) => c.scheme === 'bearer' && c.params.realm) ?? challenges.find((c) => c.scheme === 'basic');
  }

  /** The registry said 401 although we answered its challenge (or gave it nothing to challenge). */
  #rejected(reference: ImageReference, credentials: RegistryCredentials, response: HttpResponse, via: 'basic' | 'token' | undefined): RegistryError {
    const { registry, repository } = reference;
    const said = this.said(response);
    if (credentials.kind === 'anonymous') {
      return new RegistryError(RegistryErrorCode.CredentialsRequired, `${registry} requires credentials to read ${repository}${said}.`, {
        registry,
        repository,
        status: 401,
        remediation: credentialsRequiredRemediation(registry),
      });
    }
    // A token earned from the token service but still refused means: who you are is fine, what you may read is not.
    if (via === 'token' && credentials.kind !== 'registry-token') {
      return new RegistryError(RegistryErrorCode.AccessDenied, `${registry} authenticated the credentials but refused to let them read ${repository}${said}.`, {
        registry,
        repository,
        status: 401,
        remediation: accessDeniedRemediation(registry, repository, credentials),
      });
    }
    return new RegistryError(RegistryErrorCode.CredentialsRefused, `${registry} refused the credentials for ${repository}${said}.`, {
      registry,
      repository,
      status: 401,
      remediation: credentialsRefusedRemediation(registry, credentials),
    });
  }

  /** ` (registry said: CODE: message)`, scrubbed of secrets; empty when the body says nothing. */
  said(response: HttpResponse): string {
    const summary = distributionErrorSummary(response.body);
    return summary ? ` (registry said: ${this.redact(summary.text)})` : '';
  }

  async #authenticate(
    reference: ImageReference,
    credentials: RegistryCredentials,
    challenge: AuthChallenge,
    scope: string,
  ): Promise<{ header: string; via: 'basic' | 'token'; expiresAt: number }> {
    const { registry, repository } = reference;
    const forever = Number.MAX_SAFE_INTEGER;
    if (challenge.scheme === 'basic') {
      if (credentials.kind === 'basic') {
        this.#logger.debug(`${registry}: answering a Basic challenge with ${credentials.source ?? 'the configured username/password'}`);
        return { header: `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`, via: 'basic', expiresAt: forever };
      }
      if (credentials.kind === 'anonymous') {
        throw new RegistryError(RegistryErrorCode.CredentialsRequired, `${registry} requires a username and password to read ${repository}.`, {
          registry,
          repository,
          status: 401,
          remediation: credentialsRequiredRemediation(registry),
        });
      }
      throw new RegistryError(RegistryErrorCode.CredentialsRefused, `${registry} asks for HTTP Basic credentials, which ${credentials.kind === 'azure' ? 'an Azure identity' : 'a registry token'} cannot answer.`, {
        registry,
        repository,
        status: 401,
        remediation: `Give a username and password for ${registry} instead.`,
      });
    }
    const realm = this.#realm(reference, challenge);
    const service = challenge.params.service;
    if (credentials.kind === 'registry-token') {
      return { header: `Bearer ${credentials.token}`, via: 'token', expiresAt: forever };
    }
    if (credentials.kind === 'azure') return this.#acrToken(reference, credentials, realm, service, scope);
    const query = new URLSearchParams();
    if (service) query.set('service', service);
    query.set('scope', scope);
    if (credentials.kind === 'basic') query.set('account', credentials.username);
    const tokenUrl = new URL(realm);
    for (const [key, value] of query) tokenUrl.searchParams.append(key, value);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (credentials.kind === 'basic') headers.authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
    this.#logger.debug(`${registry}: bearer challenge; requesting a token for ${scope} from ${tokenUrl.origin}${tokenUrl.pathname}`);
    const response = await this.#send(reference, { method: 'GET', url: tokenUrl, headers });
    const token = this.#tokenFrom(reference, credentials, response, ['token', 'access_token'], 'token service');
    return { header: `Bearer ${token.value}`, via: 'token', expiresAt: this.#now() + token.expiresInMs };
  }

  /** The realm of a Bearer challenge, refusing to send credentials anywhere but over TLS. */
  #realm(reference: ImageReference, challenge: AuthChallenge): URL {
    const { registry, repository } = reference;
    let realm: URL;
    try {
      realm = new URL(challenge.params.realm ?? '');
    } catch {
      throw new RegistryError(RegistryErrorCode.Protocol, `${registry} sent a Bearer challenge without a valid realm URL.`, {
        registry,
        repository,
        status: 401,
        remediation: 'The registry is misconfigured; report it to its operator.',
      });
    }
    const plainAllowed = this.#options.plainHttp?.includes(realm.host) ?? false;
    if (realm.protocol !== 'https:' && !(realm.protocol === 'http:' && plainAllowed)) {
      throw new RegistryError(RegistryErrorCode.Protocol, `${registry} asks for credentials at ${realm.origin}, which is not HTTPS; deploy-kit will not send credentials there.`, {
        registry,
        repository,
        status: 401,
        remediation: `Serve the token endpoint over HTTPS, or (for a local test registry) list ${realm.host} in the plain-HTTP registries.`,
      });
    }
    return realm;
  }

  /**
   * Azure Container Registry: Azure AD access token → ACR refresh token (`/oauth2/exchange`) →
   * repository-scoped access token (`/oauth2/token`, the challenge's realm).
   */
  async #acrToken(
    reference: ImageReference,
    credentials: Extract<RegistryCredentials, { kind: 'azure' }>,
    realm: URL,
    service: string | undefined,
    scope: string,
  ): Promise<{ header: string; via: 'token'; expiresAt: number }> {
    const serviceName = service ?? reference.registry;
    let refreshToken = this.#cached(this.#acrRefreshTokens, realm.origin);
    if (!refreshToken) {
      const aadToken = await credentials.getAccessToken();
      this.#redactor.add(aadToken);
      const form = new URLSearchParams({ grant_type: 'access_token', service: serviceName, access_token: aadToken });
      if (credentials.tenantId) form.set('tenant', credentials.tenantId);
      this.#logger.debug(`${reference.registry}: exchanging the Azure AD token for an ACR refresh token at ${realm.origin}/oauth2/exchange`);
      const response = await this.#send(reference, {
        method: 'POST',
        url: new URL('/oauth2/exchange', realm.origin),
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: form.toString(),
      });
      const exchanged = this.#tokenFrom(reference, credentials, response, ['refresh_token'], 'token exchange');
      refreshToken = exchanged.value;
      // ACR refresh tokens last about three hours; re-exchange well before.
      this.#acrRefreshTokens.set(realm.origin, { header: refreshToken, expiresAt: this.#now() + 60 * 60_000 });
    }
    const form = new URLSearchParams({ grant_type: 'refresh_token', service: serviceName, scope, refresh_token: refreshToken });
    const response = await this.#send(reference, {
      method: 'POST',
      url: realm,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: form.toString(),
    });
    if (response.status === 401) this.#acrRefreshTokens.delete(realm.origin);
    const token = this.#tokenFrom(reference, credentials, response, ['access_token'], 'token service');
    return { header: `Bearer ${token.value}`, via: 'token', expiresAt: this.#now() + token.expiresInMs };
  }

  /** Reads a token out of a token-endpoint response (registering it as a secret), or explains the refusal. */
  #tokenFrom(reference: ImageReference, credentials: RegistryCredentials, response: HttpResponse, fields: readonly string[], what: string): { value: string; expiresInMs: number } {
    const { registry, repository } = reference;
    if (response.status === 401 || response.status === 403) {
      const said = this.said(response);
      if (credentials.kind === 'anonymous') {
        throw new RegistryError(RegistryErrorCode.CredentialsRequired, `${registry}'s ${what} refused an anonymous token for ${repository}${said}.`, {
          registry,
          repository,
          status: response.status,
          remediation: credentialsRequiredRemediation(registry),
        });
      }
      throw new RegistryError(RegistryErrorCode.CredentialsRefused, `${registry}'s ${what} refused the credentials${said}.`, {
        registry,
        repository,
        status: response.status,
        remediation: credentialsRefusedRemediation(registry, credentials),
      });
    }
    if (response.status === 429) throw this.statusError(reference, response, `its ${what}`);
    if (response.status >= 500) throw this.statusError(reference, response, `its ${what}`);
    let parsed: Record<string, unknown> = {};
    try {
      parsed = JSON.parse(response.body.toString('utf8')) as Record<string, unknown>;
    } catch {
      // Reported below as a missing token.
    }
    const value = fields.map((f) => parsed[f]).find((v): v is string => typeof v === 'string' && v.length > 0);
    if (response.status !== 200 || value === undefined) {
      throw new RegistryError(RegistryErrorCode.Protocol, `${registry}'s ${what} answered HTTP ${response.status} without a ${fields.join(' or ')}.`, {
        registry,
        repository,
        status: response.status,
        remediation: 'The registry\'s token service is misbehaving; retry later or report it to the registry operator.',
      });
    }
    this.#redactor.add(value);
    const expiresIn = typeof parsed.expires_in === 'number' && parsed.expires_in > 0 ? parsed.expires_in : 60;
    return { value, expiresInMs: expiresIn * 1000 };
  }

  /** A 429 or 5xx that outlasted the retries. */
  statusError(reference: ImageReference, response: HttpResponse, what?: string): RegistryError {
    const from = what ? ` from ${what}` : '';
    const { registry, repository } = reference;
    if (response.status === 429) {
      const retryAfter = response.headers['retry-after'];
      return new RegistryError(RegistryErrorCode.RateLimited, `${registry} rate-limited the requests (HTTP 429${from})${retryAfter ? `; it asks to wait ${retryAfter} s` : ''}.`, {
        registry,
        repository,
        status: 429,
        remediation: 'Retry later; authenticated pulls have higher limits (GHCR and Docker Hub), and mirroring images into ACR avoids them.',
      });
    }
    return new RegistryError(RegistryErrorCode.Unavailable, `${registry} answered HTTP ${response.status}${from}${this.said(response)}.`, {
      registry,
      repository,
      status: response.status,
      remediation: 'The registry is failing; retry later and check its status page.',
    });
  }

  /** One HTTP exchange with retries for transient failures and redirects; transport failures become RegistryErrors. */
  async #send(reference: ImageReference, request: HttpRequest): Promise<HttpResponse> {
    const attempts = 1 + (this.#options.retries ?? 2);
    let current = request;
    let redirects = 0;
    for (let attempt = 1; ; attempt++) {
      let response: HttpResponse;
      try {
        response = await this.#transport.send(current);
      } catch (error) {
        const failure = error instanceof TransportFailure ? error : new TransportFailure('unreachable', String(error));
        const transient = failure.kind === 'timeout' || (failure.code !== undefined && TRANSIENT_NETWORK_CODES.has(failure.code));
        if (transient && attempt < attempts) {
          this.#logger.debug(`${current.method} ${current.url.origin}${current.url.pathname}: ${failure.message}; retrying`);
          await this.#sleep(this.#backoff(attempt, undefined));
          continue;
        }
        throw this.#transportError(reference, current.url, failure);
      }
      this.#logger.debug(`${current.method} ${current.url.origin}${current.url.pathname} → ${response.status}`);
      if (REDIRECTS.has(response.status) && typeof response.headers.location === 'string' && current.method !== 'POST' && redirects < MAX_REDIRECTS) {
        redirects++;
        const next = new URL(response.headers.location, current.url);
        const headers = { ...current.headers };
        // Credentials are for the registry; a redirect to storage elsewhere must not carry them.
        if (next.origin !== current.url.origin) delete headers.authorization;
        current = { ...current, url: next, headers };
        attempt--;
        continue;
      }
      if (TRANSIENT_STATUS.has(response.status) && attempt < attempts) {
        await this.#sleep(this.#backoff(attempt, response.headers['retry-after']));
        continue;
      }
      return response;
    }
  }

  #backoff(attempt: number, retryAfter: string | undefined): number {
    const seconds = retryAfter === undefined ? NaN : Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, MAX_RETRY_AFTER_MS);
    return Math.min(500 * 2 ** (attempt - 1), MAX_RETRY_AFTER_MS);
  }

  #transportError(reference: ImageReference, url: URL, failure: TransportFailure): RegistryError {
    const { registry, repository } = reference;
    const where = `${url.protocol}//${url.host}`;
    const detail = this.redact(failure.message);
    if (failure.kind === 'tls') {
      const wrongProtocol = /wrong version number|packet length too long|EPROTO/i.test(`${failure.code ?? ''} ${failure.message}`);
      const untrusted = /self.signed|unable to (verify|get)|issuer|untrusted/i.test(`${failure.code ?? ''} ${failure.message}`);
      const remediation = wrongProtocol
        ? `${url.host} does not speak TLS there. If it is a local registry on plain HTTP, list ${url.host} in the plain-HTTP registries; otherwise check the port.`
        : untrusted
          ? `Trust the CA that signed ${url.host}'s certificate: pass its PEM file (the sandbox prints it as NODE_EXTRA_CA_CERTS) to deploy-kit, or set NODE_EXTRA_CA_CERTS before the process starts.`
          : `Check ${url.host}'s certificate (host name, validity dates) and the system clock.`;
      return new RegistryError(RegistryErrorCode.Tls, `TLS with ${where} failed: ${detail}${failure.code ? ` (${failure.code})` : ''}.`, { registry, repository, remediation, cause: failure });
    }
    if (failure.kind === 'too-large') {
      return new RegistryError(RegistryErrorCode.Protocol, `${where} sent an oversized response: ${detail}.`, { registry, repository, remediation: 'A manifest is at most 4 MiB; check that the reference points at a registry.', cause: failure });
    }
    return new RegistryError(RegistryErrorCode.Unreachable, `Cannot reach the registry at ${where}: ${detail}${failure.code ? ` (${failure.code})` : ''}.`, {
      registry,
      repository,
      remediation: `Check the registry host and port in the image reference, DNS and network access from this runner to ${url.host}.`,
      cause: failure,
    });
  }
}

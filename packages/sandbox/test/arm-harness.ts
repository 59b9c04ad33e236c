import { mkdtemp, rm } from 'node:fs/promises';
import https from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TokenCredential } from '@azure/core-auth';
import { ContainerAppsAPIClient } from '@azure/arm-appcontainers';
import { createArmApi, type ArmApi, type ArmApiOptions } from '../src/arm/index.ts';
import { startHttpsServer, type RunningServer } from '../src/http.ts';
import type { ArmAuthorizer } from '../src/service-interfaces.ts';
import { ensureCa, ensureServerCredentials } from '../src/tls.ts';

/** Tokens the test authorizer knows: a Contributor and a Reader on the resource group. */
export const CONTRIBUTOR_TOKEN = 'sandbox-test-contributor-token';
export const READER_TOKEN = 'sandbox-test-reader-token';

export const RESOURCE_GROUP = 'rg-shop-prod';
export const DIGEST_A = `registry.sandbox.localhost/shop/api@sha256:${'a'.repeat(64)}`;
export const DIGEST_B = `registry.sandbox.localhost/shop/api@sha256:${'b'.repeat(64)}`;
export const DIGEST_C = `registry.sandbox.localhost/shop/api@sha256:${'c'.repeat(64)}`;

/**
 * A stand-in for the identity module's authorizer: bearer tokens map to roles, and every decision
 * is recorded so tests can check what the API asked about.
 */
export function recordingAuthorizer(): ArmAuthorizer & { calls: { resourceId: string; action: string }[] } {
  const calls: { resourceId: string; action: string }[] = [];
  return {
    calls,
    authorize(authorization, resourceId, action) {
      calls.push({ resourceId, action });
      if (authorization === `Bearer ${CONTRIBUTOR_TOKEN}`) return { ok: true, principalId: 'contributor-principal', clientId: 'contributor-client' };
      if (authorization === `Bearer ${READER_TOKEN}`) {
        if (action === 'read') return { ok: true, principalId: 'reader-principal', clientId: 'reader-client' };
        return {
          ok: false,
          status: 403,
          code: 'AuthorizationFailed',
          message: `The client 'reader-client' with object id 'reader-principal' does not have authorization to perform action 'Microsoft.App/write' over scope '${resourceId}' or the scope is invalid.`,
        };
      }
      return { ok: false, status: 401, code: 'InvalidAuthenticationToken', message: 'The access token is invalid.' };
    },
  };
}

export function staticCredential(token: string): TokenCredential {
  return { getToken: async () => ({ token, expiresOnTimestamp: Date.now() + 3_600_000 }) };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  json: any;
}

export interface ArmTestSandbox {
  api: ArmApi;
  server: RunningServer;
  authorizer: ReturnType<typeof recordingAuthorizer>;
  /** The real SDK client, trusting the test CA, with short retry delays. */
  client(token?: string): ContainerAppsAPIClient;
  /** A plain HTTPS request, for what the SDK will not send (wrong api-versions, raw headers). */
  raw(method: string, pathAndQuery: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<RawResponse>;
  close(): Promise<void>;
}

/**
 * Serves the ARM API over HTTPS with a CA generated into a temp dir. The client trusts it through
 * the SDK's own `tlsOptions` (NODE_EXTRA_CA_CERTS is read only when a process starts).
 */
export async function startArmSandbox(options: Partial<ArmApiOptions> = {}): Promise<ArmTestSandbox> {
  const dir = await mkdtemp(path.join(tmpdir(), 'deploy-kit-arm-'));
  const ca = await ensureCa(dir);
  const credentials = await ensureServerCredentials(ca, dir);
  const authorizer = recordingAuthorizer();
  const api = await createArmApi({ authorizer, images: { api: DIGEST_A, web: DIGEST_A.replace('/api@', '/web@'), migrate: DIGEST_A }, ...options });
  const server = await startHttpsServer(credentials, [api.handler]);
  return {
    api,
    server,
    authorizer,
    client: (token = CONTRIBUTOR_TOKEN) =>
      new ContainerAppsAPIClient(staticCredential(token), api.subscriptionId, {
        endpoint: server.url,
        tlsOptions: { ca: ca.certPem },
        retryOptions: { retryDelayInMs: 5, maxRetryDelayInMs: 20 },
      }),
    raw: (method, pathAndQuery, rawOptions = {}) =>
      new Promise<RawResponse>((resolve, reject) => {
        const payload = rawOptions.body === undefined ? undefined : JSON.stringify(rawOptions.body);
        const request = https.request(
          `${server.url}${pathAndQuery}`,
          {
            method,
            ca: ca.certPem,
            agent: false,
            headers: {
              authorization: `Bearer ${rawOptions.token ?? CONTRIBUTOR_TOKEN}`,
              ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) }),
              ...rawOptions.headers,
            },
          },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              resolve({ status: response.statusCode ?? 0, headers: response.headers, json: text === '' ? undefined : JSON.parse(text) });
            });
          },
        );
        request.on('error', reject);
        request.end(payload);
      }),
    close: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Fast polling: the sandbox answers one InProgress poll by default. */
export const POLL = { updateIntervalInMs: 5 } as const;

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const result: T[] = [];
  for await (const item of items) result.push(item);
  return result;
}

/** Captures the ETag header of an SDK call (the SDK's models have no etag field). */
export function etagCapture(): { etag: string | undefined; onResponse: (response: { headers: { get(name: string): string | undefined } }) => void } {
  const capture = {
    etag: undefined as string | undefined,
    onResponse: (response: { headers: { get(name: string): string | undefined } }) => {
      capture.etag = response.headers.get('etag');
    },
  };
  return capture;
}

export async function rejection(promise: Promise<unknown>): Promise<Error & { statusCode?: number; code?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { statusCode?: number; code?: string };
  }
  throw new Error('expected the call to fail, but it succeeded');
}

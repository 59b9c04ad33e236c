import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describeError, RecordingLogger } from '@deploy-kit/core';
import { type RunningServer, startHttpsServer } from '../../sandbox/src/http.ts';
import { createSandboxRegistry, type SandboxRegistry, type SandboxRegistryOptions } from '../../sandbox/src/registry/index.ts';
import { ensureCa, ensureServerCredentials } from '../../sandbox/src/tls.ts';
import { DigestResolver, ManifestMediaType, RegistryError, RegistryErrorCode, type ResolveOptions, resolveDigest } from '../src/index.ts';

const PASSWORD = 'correct-horse-battery-staple';
const WRONG_PASSWORD = 'wrong-horse-battery-staple';
const AAD_TOKEN = 'eyJhbGciOiJSUzI1NiJ9.aad-access-token-for-acr.c2lnbmF0dXJl';
const AAD_TOKEN_NO_PULL = 'eyJhbGciOiJSUzI1NiJ9.aad-token-without-acrpull.c2lnbmF0dXJl';

interface Served {
  registry: SandboxRegistry;
  server: RunningServer;
  host: string;
}

let dir: string;
let ca: string;
let credentials: { key: string; cert: string };
const started: Served[] = [];

async function serve(options: SandboxRegistryOptions): Promise<Served> {
  const registry = createSandboxRegistry(options);
  const server = await startHttpsServer(credentials, [registry.handler]);
  const served = { registry, server, host: `localhost:${server.port}` };
  started.push(served);
  return served;
}

/** Captures the error a promise rejects with, failing the test if it resolves. */
async function failure(promise: Promise<unknown>): Promise<RegistryError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(RegistryError);
    return error as RegistryError;
  }
  throw new Error('expected the resolution to fail');
}

/** Everything a user could see of an error: message, remediation, the rendered form, its JSON. */
function everythingShown(error: RegistryError, logger?: RecordingLogger): string {
  return [error.message, error.remediation, describeError(error), String(error), JSON.stringify(error), error.stack, logger?.text()].join('\n');
}

function basicOf(user: string, password: string): string {
  return Buffer.from(`${user}:${password}`).toString('base64');
}

const noSleep = async () => undefined;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dk-oci-'));
  const authority = await ensureCa(dir);
  ca = authority.certPem;
  credentials = await ensureServerCredentials(authority, dir);
});

afterAll(async () => {
  await Promise.all(started.map((s) => s.server.close()));
  await rm(dir, { recursive: true, force: true });
});

describe('anonymous sandbox registry', () => {
  let reg: Served;
  const options = (extra: ResolveOptions = {}): ResolveOptions => ({ ca, sleep: noSleep, ...extra });
  beforeAll(async () => {
    reg = await serve({});
  });
  beforeEach(() => reg.registry.reset());

  test('a tag resolves to its manifest digest with a single HEAD', async () => {
    const expected = reg.registry.state().repositories['shop/api']!.tags['1.0.0']!;
    const resolved = await resolveDigest(`${reg.host}/shop/api:1.0.0`, options());
    expect(resolved).toEqual({
      ref: `${reg.host}/shop/api@${expected}`,
      digest: expected,
      mediaType: ManifestMediaType.OciManifest,
      registry: reg.host,
      repository: 'shop/api',
      tag: '1.0.0',
      isIndex: false,
    });
    expect(resolved.ref).toMatch(/^[a-z0-9.-]+(?::[0-9]+)?\/[a-z0-9._/-]+@sha256:[0-9a-f]{64}$/);
    expect(reg.registry.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['HEAD /v2/shop/api/manifests/1.0.0 200']);
  });

  test('a multi-platform tag keeps the index digest and reports its platforms', async () => {
    const state = reg.registry.state().repositories['shop/api']!;
    const indexDigest = state.tags['1.2.0']!;
    const resolved = await resolveDigest(`${reg.host}/shop/api:1.2.0`, options());
    expect(resolved.digest).toBe(indexDigest);
    expect(resolved.isIndex).toBe(true);
    expect(resolved.mediaType).toBe(ManifestMediaType.OciIndex);
    expect(resolved.platforms).toEqual(['linux/amd64', 'linux/arm64/v8']);
    const children = state.manifests.filter((m) => m.mediaType === ManifestMediaType.OciManifest).map((m) => m.digest);
    expect(children).not.toContain(resolved.digest);
  });

  test('a Docker manifest list and a Docker v2 manifest resolve with their media types', async () => {
    const list = reg.registry.pushImage({ repository: 'legacy/app', tag: 'list', behaviour: 'healthy', platforms: ['linux/amd64', 'linux/arm/v7'], format: 'docker' });
    const single = reg.registry.pushImage({ repository: 'legacy/app', tag: 'v2', behaviour: 'healthy', format: 'docker' });
    const resolver = new DigestResolver(options());
    await expect(resolver.resolve(`${reg.host}/legacy/app:list`)).resolves.toMatchObject({ digest: list, mediaType: ManifestMediaType.DockerManifestList, platforms: ['linux/amd64', 'linux/arm/v7'] });
    await expect(resolver.resolve(`${reg.host}/legacy/app:v2`)).resolves.toMatchObject({ digest: single, mediaType: ManifestMediaType.DockerManifest, isIndex: false });
  });

  test('a digest reference is verified to exist (HEAD by digest) and returned unchanged', async () => {
    const digest = reg.registry.state().repositories['shop/web']!.tags['1.1.0']!;
    const resolved = await resolveDigest(`${reg.host}/shop/web@${digest}`, options());
    expect(resolved.ref).toBe(`${reg.host}/shop/web@${digest}`);
    expect(resolved.tag).toBeUndefined();
    expect(reg.registry.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`HEAD /v2/shop/web/manifests/${digest}`]);
    const index = reg.registry.state().repositories['shop/web']!.tags['1.2.0']!;
    await expect(resolveDigest(`${reg.host}/shop/web:1.2.0@${index}`, options())).resolves.toMatchObject({ digest: index, tag: '1.2.0', platforms: ['linux/amd64', 'linux/arm64/v8'] });
  });

  test('a digest that is not in the repository is a clear error', async () => {
    const missing = `sha256:${'0'.repeat(64)}`;
    const error = await failure(resolveDigest(`${reg.host}/shop/api@${missing}`, options()));
    expect(error.code).toBe(RegistryErrorCode.DigestNotFound);
    expect(error.message).toContain(`Digest ${missing} not found in ${reg.host}/shop/api`);
    expect(error.remediation).toMatch(/freeze the candidate again/);
  });

  test('a missing tag names the repository and lists the tags that exist', async () => {
    const error = await failure(resolveDigest(`${reg.host}/shop/api:9.9.9`, options()));
    expect(error.code).toBe(RegistryErrorCode.TagNotFound);
    expect(error.status).toBe(404);
    expect(error.message).toBe(`Tag 9.9.9 not found in ${reg.host}/shop/api; available tags: slow, error, crash, bad, 1.2.0, 1.1.0, 1.0.0.`);
    expect(error.remediation).toContain(`pushed ${reg.host}/shop/api:9.9.9`);
  });

  test('a missing repository is told apart from a missing tag', async () => {
    const error = await failure(resolveDigest(`${reg.host}/shop/nope:1.0.0`, options()));
    expect(error.code).toBe(RegistryErrorCode.RepositoryNotFound);
    expect(error.message).toBe(`Repository shop/nope not found in ${reg.host}.`);
  });

  test('HEAD without Docker-Content-Digest falls back to GET and hashes the manifest', async () => {
    reg.registry.setQuirks({ omitDigestOnHead: true });
    const expected = reg.registry.state().repositories['shop/api']!.tags['1.1.0']!;
    const resolved = await resolveDigest(`${reg.host}/shop/api:1.1.0`, options());
    expect(resolved.digest).toBe(expected);
    expect(reg.registry.requests.map((r) => r.method)).toEqual(['HEAD', 'GET']);
  });

  test('a registry whose digest header does not match the bytes is refused', async () => {
    reg.registry.setQuirks({ omitDigestOnHead: true, wrongDigestHeader: true });
    const error = await failure(resolveDigest(`${reg.host}/shop/api:1.1.0`, options()));
    expect(error.code).toBe(RegistryErrorCode.DigestMismatch);
    expect(error.remediation).toMatch(/Do not deploy it/);
  });

  test('429 with Retry-After is waited out and retried', async () => {
    reg.registry.injectFault({ status: 429, times: 2, retryAfterSeconds: 4, pathIncludes: '/manifests/' });
    const waits: number[] = [];
    const resolved = await resolveDigest(`${reg.host}/shop/api:1.0.0`, options({ sleep: async (ms) => void waits.push(ms) }));
    expect(resolved.tag).toBe('1.0.0');
    expect(waits).toEqual([4000, 4000]);
  });

  test('persistent 429 and 503 end in rate-limited and unavailable errors after the retries', async () => {
    reg.registry.injectFault({ status: 429, times: 3, retryAfterSeconds: 60 });
    const limited = await failure(resolveDigest(`${reg.host}/shop/api:1.0.0`, options()));
    expect(limited.code).toBe(RegistryErrorCode.RateLimited);
    expect(limited.message).toContain('wait 60 s');
    expect(reg.registry.requests).toHaveLength(3);
    reg.registry.injectFault({ status: 503, times: 2 });
    const unavailable = await failure(resolveDigest(`${reg.host}/shop/api:1.0.0`, options({ retries: 1 })));
    expect(unavailable.code).toBe(RegistryErrorCode.Unavailable);
  });

  test('a dropped connection is retried', async () => {
    reg.registry.injectFault({ status: 'drop', times: 1 });
    const waits: number[] = [];
    await expect(resolveDigest(`${reg.host}/shop/api:1.0.0`, options({ sleep: async (ms) => void waits.push(ms) }))).resolves.toMatchObject({ tag: '1.0.0' });
    expect(waits).toHaveLength(1);
  });

  test('a registry whose CA is not trusted is a TLS error that says how to trust it', async () => {
    const error = await failure(resolveDigest(`${reg.host}/shop/api:1.0.0`, { sleep: noSleep }));
    expect(error.code).toBe(RegistryErrorCode.Tls);
    expect(error.remediation).toMatch(/CA/);
    expect(error.remediation).toContain('NODE_EXTRA_CA_CERTS');
  });

  test('a registry nobody listens on is unreachable, without retries', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(free));
      });
    });
    const waits: number[] = [];
    const error = await failure(resolveDigest(`localhost:${port}/shop/api:1.0.0`, options({ sleep: async (ms) => void waits.push(ms) })));
    expect(error.code).toBe(RegistryErrorCode.Unreachable);
    expect(error.message).toContain(`https://localhost:${port}`);
    expect(waits).toEqual([]);
  });
});

describe('bearer-token sandbox registry (the Docker Hub / GHCR flow)', () => {
  let reg: Served;
  beforeAll(async () => {
    reg = await serve({
      auth: {
        mode: 'bearer',
        users: [
          { username: 'alice', password: PASSWORD },
          { username: 'bob', password: PASSWORD, repositories: ['shop/web'] },
        ],
      },
    });
  });
  beforeEach(() => reg.registry.reset());

  test('the challenge is answered with a scoped token, which is reused for the next image', async () => {
    const logger = new RecordingLogger();
    const resolver = new DigestResolver({ ca, logger, credentials: { kind: 'basic', username: 'alice', password: PASSWORD, source: 'REGISTRY_PASSWORD' } });
    const first = await resolver.resolve(`${reg.host}/shop/api:1.0.0`);
    expect(first.digest).toBe(reg.registry.state().repositories['shop/api']!.tags['1.0.0']);
    expect(reg.registry.requests.map((r) => `${r.method} ${r.path} ${r.status} ${r.auth}`)).toEqual([
      'HEAD /v2/shop/api/manifests/1.0.0 401 none',
      'GET /token 200 basic',
      'HEAD /v2/shop/api/manifests/1.0.0 200 bearer',
    ]);
    reg.registry.clearRequests();
    await resolver.resolve(`${reg.host}/shop/api:1.1.0`);
    expect(reg.registry.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['HEAD 200']);
    const text = logger.text();
    expect(text).toContain('bearer challenge');
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(basicOf('alice', PASSWORD));
    expect(text).not.toMatch(/Bearer\s+[A-Za-z0-9_-]{20,}/);
  });

  test('a wrong password is refused with a clear error that never contains the password', async () => {
    const logger = new RecordingLogger();
    const error = await failure(resolveDigest(`${reg.host}/shop/api:1.0.0`, { ca, logger, credentials: { kind: 'basic', username: 'alice', password: WRONG_PASSWORD, source: 'REGISTRY_PASSWORD' } }));
    expect(error.code).toBe(RegistryErrorCode.CredentialsRefused);
    expect(error.status).toBe(401);
    expect(error.message).toContain(`${reg.host}'s token service refused the credentials`);
    expect(error.remediation).toContain('REGISTRY_PASSWORD');
    const shown = everythingShown(error, logger);
    expect(shown).not.toContain(WRONG_PASSWORD);
    expect(shown).not.toContain(basicOf('alice', WRONG_PASSWORD));
  });

  test('no credentials: the registry requires them, and says so', async () => {
    const error = await failure(resolveDigest(`${reg.host}/shop/api:1.0.0`, { ca }));
    expect(error.code).toBe(RegistryErrorCode.CredentialsRequired);
    expect(error.message).toContain(`${reg.host} requires credentials to read shop/api`);
  });

  test('valid credentials without access to the repository are denied, not "wrong password"', async () => {
    const error = await failure(resolveDigest(`${reg.host}/shop/api:1.0.0`, { ca, credentials: { kind: 'basic', username: 'bob', password: PASSWORD } }));
    expect(error.code).toBe(RegistryErrorCode.AccessDenied);
    expect(error.status).toBe(403);
    await expect(resolveDigest(`${reg.host}/shop/web:1.0.0`, { ca, credentials: { kind: 'basic', username: 'bob', password: PASSWORD } })).resolves.toMatchObject({ tag: '1.0.0' });
  });

  test('a ready registry token is sent as it is; a bad one is refused without being echoed', async () => {
    const token = await new Promise<string>((resolve, reject) => {
      const req = https.request(`https://${reg.host}/token?service=${reg.host}&scope=repository:shop/api:pull`, { ca, agent: false, headers: { authorization: `Basic ${basicOf('alice', PASSWORD)}` } }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve(JSON.parse(body).token));
      });
      req.on('error', reject);
      req.end();
    });
    await expect(resolveDigest(`${reg.host}/shop/api:1.0.0`, { ca, credentials: { kind: 'registry-token', token } })).resolves.toMatchObject({ tag: '1.0.0' });
    const forged = 'forged-registry-token-0123456789';
    const error = await failure(resolveDigest(`${reg.host}/shop/api:1.0.0`, { ca, credentials: { kind: 'registry-token', token: forged, source: 'REGISTRY_TOKEN' } }));
    expect(error.code).toBe(RegistryErrorCode.CredentialsRefused);
    expect(error.remediation).toContain('REGISTRY_TOKEN');
    expect(everythingShown(error)).not.toContain(forged);
  });

  test('a token past its expiry (by the resolver’s clock) is replaced before use', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const resolver = new DigestResolver({ ca, now: () => now, credentials: { kind: 'basic', username: 'alice', password: PASSWORD } });
    await resolver.resolve(`${reg.host}/shop/api:1.0.0`);
    await resolver.resolve(`${reg.host}/shop/api:1.1.0`);
    expect(reg.registry.requests.filter((r) => r.path === '/token')).toHaveLength(1);
    now += 10 * 60_000;
    await resolver.resolve(`${reg.host}/shop/api:bad`);
    expect(reg.registry.requests.filter((r) => r.path === '/token')).toHaveLength(2);
  });

  test('credentials can be chosen per registry host', async () => {
    const seen: string[] = [];
    const resolver = new DigestResolver({
      ca,
      credentials: (registry) => {
        seen.push(registry);
        return registry === reg.host ? { kind: 'basic', username: 'alice', password: PASSWORD } : undefined;
      },
    });
    await expect(resolver.resolve(`${reg.host}/shop/web:bad`)).resolves.toMatchObject({ tag: 'bad' });
    expect(seen).toEqual([reg.host]);
  });
});

describe('basic-auth sandbox registry', () => {
  let reg: Served;
  beforeAll(async () => {
    reg = await serve({ auth: { mode: 'basic', users: [{ username: 'ci', password: PASSWORD }] } });
  });
  beforeEach(() => reg.registry.reset());

  test('a Basic challenge is answered with the username and password', async () => {
    const resolved = await resolveDigest(`${reg.host}/shop/migrate:fail`, { ca, credentials: { kind: 'basic', username: 'ci', password: PASSWORD } });
    expect(resolved.digest).toBe(reg.registry.state().repositories['shop/migrate']!.tags.fail);
    expect(reg.registry.requests.map((r) => `${r.status} ${r.auth}`)).toEqual(['401 none', '200 basic']);
  });

  test('a wrong password, no credentials, and a token where Basic is asked each fail clearly', async () => {
    const wrong = await failure(resolveDigest(`${reg.host}/shop/api:1.0.0`, { ca, credentials: { kind: 'basic', username: 'ci', password: WRONG_PASSWORD } }));
    expect(wrong.code).toBe(RegistryErrorCode.CredentialsRefused);
    expect(wrong.message).toContain(`${reg.host} refused the credentials for shop/api`);
    expect(everythingShown(wrong)).not.toContain(WRONG_PASSWORD);
    const none = await failure(resolveDigest(`${reg.host}/shop/api:1.0.0`, { ca }));
    expect(none.code).toBe(RegistryErrorCode.CredentialsRequired);
    const token = await failure(resolveDigest(`${reg.host}/shop/api:1.0.0`, { ca, credentials: { kind: 'registry-token', token: 'some-registry-token-value' } }));
    expect(token.message).toMatch(/asks for HTTP Basic credentials/);
  });
});

describe('ACR-mode sandbox registry (Azure AD token exchange)', () => {
  let reg: Served;
  const verified: string[] = [];
  beforeAll(async () => {
    reg = await serve({
      auth: {
        mode: 'acr',
        verifyAadToken: async (token) => {
          verified.push(token);
          if (token === AAD_TOKEN) return { ok: true, subject: 'deployer-sp' };
          if (token === AAD_TOKEN_NO_PULL) return { ok: true, subject: 'reader-without-acrpull', actions: [] };
          return { ok: false, reason: 'signature invalid' };
        },
      },
    });
  });
  beforeEach(() => {
    reg.registry.reset();
    verified.length = 0;
  });

  test('the Azure AD token is exchanged for a refresh token, then an access token; the exchange is reused', async () => {
    let asked = 0;
    const logger = new RecordingLogger();
    const resolver = new DigestResolver({
      ca,
      logger,
      credentials: {
        kind: 'azure',
        tenantId: 'tenant-1',
        getAccessToken: async () => {
          asked++;
          return AAD_TOKEN;
        },
      },
    });
    const api = await resolver.resolve(`${reg.host}/shop/api:1.0.0`);
    expect(api.digest).toBe(reg.registry.state().repositories['shop/api']!.tags['1.0.0']);
    expect(reg.registry.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'HEAD /v2/shop/api/manifests/1.0.0 401',
      'POST /oauth2/exchange 200',
      'POST /oauth2/token 200',
      'HEAD /v2/shop/api/manifests/1.0.0 200',
    ]);
    await resolver.resolve(`${reg.host}/shop/web:1.0.0`);
    expect(asked).toBe(1);
    expect(verified).toEqual([AAD_TOKEN]);
    expect(reg.registry.requests.filter((r) => r.path === '/oauth2/exchange')).toHaveLength(1);
    expect(logger.text()).not.toContain(AAD_TOKEN);
  });

  test('an Azure AD token the registry refuses is a credentials error that never echoes the token', async () => {
    const bad = 'eyJhbGciOiJSUzI1NiJ9.not-a-valid-aad-token.c2lnbmF0dXJl';
    const error = await failure(resolveDigest(`${reg.host}/shop/api:1.0.0`, { ca, credentials: { kind: 'azure', getAccessToken: async () => bad, source: 'oidc-login' } }));
    expect(error.code).toBe(RegistryErrorCode.CredentialsRefused);
    expect(error.message).toContain('token exchange refused the credentials');
    expect(error.remediation).toContain('oidc-login');
    expect(everythingShown(error)).not.toContain(bad);
  });

  test('an identity without pull rights is denied', async () => {
    const error = await failure(resolveDigest(`${reg.host}/shop/api:1.0.0`, { ca, credentials: { kind: 'azure', getAccessToken: async () => AAD_TOKEN_NO_PULL } }));
    expect(error.code).toBe(RegistryErrorCode.AccessDenied);
  });
});

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { type RunningServer, startHttpsServer } from '../../sandbox/src/http.ts';
import { ensureCa, ensureServerCredentials } from '../../sandbox/src/tls.ts';
import { RegistryError, RegistryErrorCode, resolveDigest } from '../src/index.ts';
import { accessDeniedRemediation, credentialsRefusedRemediation, credentialsRequiredRemediation } from '../src/remediation.ts';

/**
 * Registry behaviours the sandbox registry does not have, served by small purpose-built HTTPS
 * servers: redirects, legacy manifests, token realms that are not HTTPS, broken token services.
 */

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

let dir: string;
let ca: string;
let credentials: { key: string; cert: string };
const servers: RunningServer[] = [];

async function serve(handler: Handler): Promise<{ host: string; seen: IncomingMessage[] }> {
  const seen: IncomingMessage[] = [];
  const server = await startHttpsServer(credentials, [
    async (req, res) => {
      seen.push(req);
      handler(req, res);
      return true;
    },
  ]);
  servers.push(server);
  return { host: `localhost:${server.port}`, seen };
}

async function failure(promise: Promise<unknown>): Promise<RegistryError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(RegistryError);
    return error as RegistryError;
  }
  throw new Error('expected the resolution to fail');
}

const MANIFEST = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { digest: `sha256:${'c'.repeat(64)}`, size: 2 }, layers: [] }));
const MANIFEST_DIGEST = `sha256:${createHash('sha256').update(MANIFEST).digest('hex')}`;
const PASSWORD = 'edge-case-password-42';

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dk-oci-edge-'));
  const authority = await ensureCa(dir);
  ca = authority.certPem;
  credentials = await ensureServerCredentials(authority, dir);
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await rm(dir, { recursive: true, force: true });
});

describe('protocol edge cases', () => {
  test('a redirect to another origin is followed without the credentials', async () => {
    const storage = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json', 'content-length': MANIFEST.length });
      res.end(req.method === 'HEAD' ? undefined : MANIFEST);
    });
    const registry = await serve((req, res) => {
      if (req.headers.authorization !== `Basic ${Buffer.from(`ci:${PASSWORD}`).toString('base64')}`) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="edge"' });
        res.end();
        return;
      }
      res.writeHead(307, { location: `https://${storage.host}/manifests/blob` });
      res.end();
    });
    const resolved = await resolveDigest(`${registry.host}/edge/app:1`, { ca, credentials: { kind: 'basic', username: 'ci', password: PASSWORD } });
    expect(resolved.digest).toBe(MANIFEST_DIGEST);
    expect(storage.seen.length).toBeGreaterThan(0);
    for (const req of storage.seen) expect(req.headers.authorization).toBeUndefined();
  });

  test('a Docker schema 1 manifest is refused as unpinnable', async () => {
    const registry = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/vnd.docker.distribution.manifest.v1+prettyjws', 'docker-content-digest': MANIFEST_DIGEST });
      res.end();
    });
    const error = await failure(resolveDigest(`${registry.host}/old/app:1`, { ca }));
    expect(error.code).toBe(RegistryErrorCode.UnsupportedManifest);
    expect(error.message).toContain('schema 1');
  });

  test('credentials are never sent to a token realm that is not HTTPS', async () => {
    const registry = await serve((_req, res) => {
      res.writeHead(401, { 'www-authenticate': 'Bearer realm="http://127.0.0.1:9/token",service="edge"' });
      res.end();
    });
    const error = await failure(resolveDigest(`${registry.host}/edge/app:1`, { ca, credentials: { kind: 'basic', username: 'ci', password: PASSWORD } }));
    expect(error.code).toBe(RegistryErrorCode.Protocol);
    expect(error.message).toContain('not HTTPS');
    expect(registry.seen).toHaveLength(1);
  });

  test('a token service that answers without a token is a protocol error', async () => {
    let host = '';
    const registry = await serve((req, res) => {
      if (req.url?.startsWith('/token')) {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html>login</html>');
        return;
      }
      res.writeHead(401, { 'www-authenticate': `Bearer realm="https://${host}/token",service="edge"` });
      res.end();
    });
    host = registry.host;
    const error = await failure(resolveDigest(`${registry.host}/edge/app:1`, { ca }));
    expect(error.code).toBe(RegistryErrorCode.Protocol);
    expect(error.message).toContain('without a token or access_token');
  });

  test('a manifest GET whose bytes do not hash to the requested digest is refused', async () => {
    const registry = await serve((req, res) => {
      // HEAD without a digest forces the GET; the GET serves some other manifest.
      res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' });
      res.end(req.method === 'HEAD' ? undefined : MANIFEST);
    });
    const asked = `sha256:${'d'.repeat(64)}`;
    const error = await failure(resolveDigest(`${registry.host}/edge/app@${asked}`, { ca }));
    expect(error.code).toBe(RegistryErrorCode.DigestMismatch);
    expect(error.message).toContain(`asked for ${asked}`);
  });
});

describe('remediation for the registries in the seeds', () => {
  const ghcrPat = { kind: 'basic', username: 'octocat', password: 'ghp_x', source: 'GHCR_TOKEN' } as const;

  test('GHCR: a PAT with read:packages, and package access for the repository', () => {
    expect(credentialsRefusedRemediation('ghcr.io', ghcrPat)).toMatch(/GHCR_TOKEN.*read:packages/);
    expect(accessDeniedRemediation('ghcr.io', 'acme/schematica', ghcrPat)).toMatch(/Manage Actions access/);
    expect(credentialsRequiredRemediation('ghcr.io')).toMatch(/read:packages/);
  });

  test('ACR: the AcrPull role for the Azure identity', () => {
    const azure = { kind: 'azure', getAccessToken: async () => 'x', source: 'oidc-login' } as const;
    expect(accessDeniedRemediation('myacr.azurecr.io', 'shop/api', azure)).toMatch(/AcrPull/);
    expect(credentialsRefusedRemediation('myacr.azurecr.io', azure)).toMatch(/oidc-login/);
    expect(credentialsRequiredRemediation('myacr.azurecr.io')).toMatch(/AcrPull/);
  });

  test('no remediation repeats a secret', () => {
    for (const text of [credentialsRefusedRemediation('ghcr.io', ghcrPat), accessDeniedRemediation('ghcr.io', 'a/b', ghcrPat)]) expect(text).not.toContain('ghp_x');
  });
});

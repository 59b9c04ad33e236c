import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import https from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { type RunningServer, startHttpsServer } from '../src/http.ts';
import { BEHAVIOUR_LABEL } from '../src/service-interfaces.ts';
import { ensureCa, ensureServerCredentials } from '../src/tls.ts';
import { buildImage, createSandboxRegistry, MediaType, parseBehaviour, formatBehaviour, SandboxImageNotFoundError, type SandboxRegistry } from '../src/registry/index.ts';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

let dir: string;
let ca: string;
let credentials: { key: string; cert: string };

function sha256(bytes: Buffer | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

function send(server: RunningServer, method: string, pathAndQuery: string, options: { headers?: Record<string, string>; body?: Buffer | string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = https.request(new URL(pathAndQuery, server.url), { method, headers: options.headers, ca, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const ALL_MANIFESTS = [MediaType.OciIndex, MediaType.DockerManifestList, MediaType.OciManifest, MediaType.DockerManifest].join(', ');
const json = (reply: Reply) => JSON.parse(reply.body.toString('utf8'));
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

async function start(registry: SandboxRegistry): Promise<RunningServer> {
  return startHttpsServer(credentials, [registry.handler]);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dk-registry-'));
  const authority = await ensureCa(dir);
  ca = authority.certPem;
  credentials = await ensureServerCredentials(authority, dir);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('anonymous registry', () => {
  const registry = createSandboxRegistry();
  let server: RunningServer;
  beforeAll(async () => {
    server = await start(registry);
  });
  afterAll(() => server.close());
  beforeEach(() => registry.reset());

  test('GET /v2/ answers 200 with the distribution API version header', async () => {
    const reply = await send(server, 'GET', '/v2/');
    expect(reply.status).toBe(200);
    expect(reply.headers['docker-distribution-api-version']).toBe('registry/2.0');
  });

  test('HEAD and GET of a seeded tag agree on digest, type and length, and the digest is the bytes’ sha256', async () => {
    const head = await send(server, 'HEAD', '/v2/shop/api/manifests/1.0.0', { headers: { accept: ALL_MANIFESTS } });
    const get = await send(server, 'GET', '/v2/shop/api/manifests/1.0.0', { headers: { accept: ALL_MANIFESTS } });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-type']).toBe(MediaType.OciManifest);
    expect(head.headers['docker-content-digest']).toBe(sha256(get.body));
    expect(Number(head.headers['content-length'])).toBe(get.body.length);
    expect(get.headers['docker-content-digest']).toBe(head.headers['docker-content-digest']);
    expect(registry.state().repositories['shop/api']!.tags['1.0.0']).toBe(head.headers['docker-content-digest']);
  });

  test('tags with the same behaviour still have different digests', async () => {
    const tags = registry.state().repositories['shop/api']!.tags;
    expect(tags['1.0.0']).not.toBe(tags['1.1.0']);
  });

  test('a multi-platform tag is an OCI index whose children are fetchable by digest', async () => {
    const reply = await send(server, 'GET', '/v2/shop/api/manifests/1.2.0', { headers: { accept: ALL_MANIFESTS } });
    expect(reply.headers['content-type']).toBe(MediaType.OciIndex);
    const index = json(reply);
    expect(index.manifests.map((m: { platform: { architecture: string } }) => m.platform.architecture)).toEqual(['amd64', 'arm64']);
    for (const child of index.manifests) {
      const head = await send(server, 'HEAD', `/v2/shop/api/manifests/${child.digest}`, { headers: { accept: ALL_MANIFESTS } });
      expect(head.status).toBe(200);
      expect(head.headers['docker-content-digest']).toBe(child.digest);
    }
  });

  test('a client that does not accept an index gets the linux/amd64 manifest, as Docker’s registry does', async () => {
    const index = json(await send(server, 'GET', '/v2/shop/api/manifests/1.2.0', { headers: { accept: ALL_MANIFESTS } }));
    const narrow = await send(server, 'HEAD', '/v2/shop/api/manifests/1.2.0', { headers: { accept: MediaType.OciManifest } });
    expect(narrow.headers['content-type']).toBe(MediaType.OciManifest);
    expect(narrow.headers['docker-content-digest']).toBe(index.manifests[0].digest);
  });

  test('blobs are served by digest with their length, and config carries the behaviour label', async () => {
    const manifest = json(await send(server, 'GET', '/v2/shop/api/manifests/bad', { headers: { accept: ALL_MANIFESTS } }));
    const config = await send(server, 'GET', `/v2/shop/api/blobs/${manifest.config.digest}`);
    expect(config.status).toBe(200);
    expect(sha256(config.body)).toBe(manifest.config.digest);
    expect(json(config).config.Labels[BEHAVIOUR_LABEL]).toBe('unhealthy');
    const layer = await send(server, 'HEAD', `/v2/shop/api/blobs/${manifest.layers[0].digest}`);
    expect(Number(layer.headers['content-length'])).toBe(manifest.layers[0].size);
  });

  test('errors use the distribution spec’s shape and codes', async () => {
    const tag = await send(server, 'GET', '/v2/shop/api/manifests/9.9.9', { headers: { accept: ALL_MANIFESTS } });
    expect(tag.status).toBe(404);
    expect(json(tag).errors[0].code).toBe('MANIFEST_UNKNOWN');
    const repo = await send(server, 'GET', '/v2/shop/nope/manifests/1.0.0');
    expect(json(repo).errors[0].code).toBe('NAME_UNKNOWN');
    const tags = await send(server, 'GET', '/v2/shop/nope/tags/list');
    expect(tags.status).toBe(404);
    expect(json(tags).errors[0].code).toBe('NAME_UNKNOWN');
    const blob = await send(server, 'GET', `/v2/shop/api/blobs/${sha256('nothing')}`);
    expect(json(blob).errors[0].code).toBe('BLOB_UNKNOWN');
    const name = await send(server, 'GET', '/v2/Shop/API/manifests/1.0.0');
    expect(json(name).errors[0].code).toBe('NAME_INVALID');
    const head = await send(server, 'HEAD', '/v2/shop/api/manifests/9.9.9');
    expect(head.status).toBe(404);
    expect(head.body.length).toBe(0);
  });

  test('tags/list lists a repository’s tags, sorted, with n/last pagination', async () => {
    const all = json(await send(server, 'GET', '/v2/shop/api/tags/list'));
    expect(all).toEqual({ name: 'shop/api', tags: ['1.0.0', '1.1.0', '1.2.0', 'bad', 'crash', 'error', 'slow'] });
    const page = await send(server, 'GET', '/v2/shop/api/tags/list?n=2&last=1.0.0');
    expect(json(page).tags).toEqual(['1.1.0', '1.2.0']);
    expect(page.headers.link).toContain('last=1.2.0');
  });

  test('an image pushed over HTTP (chunked upload, monolithic upload, manifest PUT) is served back byte for byte', async () => {
    const image = buildImage({ behaviour: 'slow:1s', name: 'shop/worker', version: '7' });
    const [config, layer] = image.manifests[0]!.blobs;
    const start = await send(server, 'POST', '/v2/shop/worker/blobs/uploads/');
    expect(start.status).toBe(202);
    const location = start.headers.location!;
    const patched = await send(server, 'PATCH', location, { body: layer!.bytes.subarray(0, 10) });
    expect(patched.headers.range).toBe('0-9');
    const put = await send(server, 'PUT', `${location}?digest=${layer!.digest}`, { body: layer!.bytes.subarray(10) });
    expect(put.status).toBe(201);
    expect(put.headers['docker-content-digest']).toBe(layer!.digest);
    const monolithic = await send(server, 'POST', `/v2/shop/worker/blobs/uploads/?digest=${config!.digest}`, { body: config!.bytes });
    expect(monolithic.status).toBe(201);
    const manifest = await send(server, 'PUT', '/v2/shop/worker/manifests/7', { headers: { 'content-type': image.mediaType }, body: image.bytes });
    expect(manifest.status).toBe(201);
    expect(manifest.headers['docker-content-digest']).toBe(image.digest);
    const back = await send(server, 'GET', '/v2/shop/worker/manifests/7', { headers: { accept: ALL_MANIFESTS } });
    expect(back.body.equals(image.bytes)).toBe(true);
    expect(json(await send(server, 'GET', '/v2/shop/worker/tags/list')).tags).toEqual(['7']);
    await expect(registry.catalog.behaviourOf('localhost:1/shop/worker:7')).resolves.toEqual({ kind: 'slow', delayMs: 1000 });
  });

  test('pushes are checked: wrong digest, manifest naming unknown blobs, digest reference that does not match', async () => {
    const wrong = await send(server, 'POST', `/v2/shop/x/blobs/uploads/?digest=${sha256('other')}`, { body: 'content' });
    expect(wrong.status).toBe(400);
    expect(json(wrong).errors[0].code).toBe('DIGEST_INVALID');
    const image = buildImage({ behaviour: 'healthy', name: 'shop/x', version: '1' });
    const orphan = await send(server, 'PUT', '/v2/shop/x/manifests/1', { headers: { 'content-type': image.mediaType }, body: image.bytes });
    expect(orphan.status).toBe(400);
    expect(json(orphan).errors[0].code).toBe('MANIFEST_BLOB_UNKNOWN');
    const existing = json(await send(server, 'GET', '/v2/shop/api/manifests/1.0.0', { headers: { accept: ALL_MANIFESTS } }));
    const mismatched = await send(server, 'PUT', `/v2/shop/api/manifests/${sha256('x')}`, { headers: { 'content-type': MediaType.OciManifest }, body: JSON.stringify(existing) });
    expect(json(mismatched).errors[0].code).toBe('DIGEST_INVALID');
  });

  test('pushImage returns the digest the registry then serves; platforms make an index; docker format a manifest list', async () => {
    const single = registry.pushImage({ repository: 'team/svc', tag: 'a', behaviour: 'healthy' });
    const head = await send(server, 'HEAD', '/v2/team/svc/manifests/a', { headers: { accept: ALL_MANIFESTS } });
    expect(head.headers['docker-content-digest']).toBe(single);
    const multi = registry.pushImage({ repository: 'team/svc', tag: 'm', behaviour: 'healthy', platforms: ['linux/amd64', 'linux/arm64/v8', 'windows/amd64'] });
    const index = await send(server, 'GET', '/v2/team/svc/manifests/m', { headers: { accept: ALL_MANIFESTS } });
    expect(index.headers['docker-content-digest']).toBe(multi);
    expect(json(index).manifests).toHaveLength(3);
    expect(json(index).manifests[1].platform).toEqual({ os: 'linux', architecture: 'arm64', variant: 'v8' });
    registry.pushImage({ repository: 'team/svc', tag: 'd', behaviour: 'healthy', platforms: ['linux/amd64', 'linux/arm64'], format: 'docker' });
    const list = await send(server, 'HEAD', '/v2/team/svc/manifests/d', { headers: { accept: ALL_MANIFESTS } });
    expect(list.headers['content-type']).toBe(MediaType.DockerManifestList);
    const dockerSingle = registry.pushImage({ repository: 'team/svc', tag: 'ds', behaviour: 'healthy', format: 'docker' });
    const v2 = await send(server, 'HEAD', '/v2/team/svc/manifests/ds', { headers: { accept: ALL_MANIFESTS } });
    expect(v2.headers['content-type']).toBe(MediaType.DockerManifest);
    expect(v2.headers['docker-content-digest']).toBe(dockerSingle);
  });

  test('reset returns to the seed and forgets pushes and the request log; snapshot/restore round-trips', async () => {
    const snapshot = registry.snapshot();
    registry.pushImage({ repository: 'shop/api', tag: 'extra', behaviour: 'healthy' });
    await send(server, 'GET', '/v2/');
    expect(registry.requests.length).toBeGreaterThan(0);
    registry.restore(snapshot);
    expect(registry.state().repositories['shop/api']!.tags.extra).toBeUndefined();
    registry.pushImage({ repository: 'other/repo', tag: 'x', behaviour: 'healthy' });
    registry.reset();
    expect(Object.keys(registry.state().repositories)).toEqual(['shop/api', 'shop/migrate', 'shop/web']);
    expect(registry.requests).toHaveLength(0);
  });

  test('an injected 429 is answered with Retry-After the given number of times, then requests succeed', async () => {
    registry.injectFault({ status: 429, times: 2, retryAfterSeconds: 3, pathIncludes: '/manifests/' });
    const first = await send(server, 'HEAD', '/v2/shop/api/manifests/1.0.0');
    const second = await send(server, 'GET', '/v2/shop/api/manifests/1.0.0');
    const third = await send(server, 'HEAD', '/v2/shop/api/manifests/1.0.0');
    expect([first.status, second.status, third.status]).toEqual([429, 429, 200]);
    expect(first.headers['retry-after']).toBe('3');
    expect(json(second).errors[0].code).toBe('TOOMANYREQUESTS');
    expect(registry.requests.map((r) => r.status)).toEqual([429, 429, 200]);
  });

  test('quirks: HEAD without Docker-Content-Digest, and a digest header that lies', async () => {
    registry.setQuirks({ omitDigestOnHead: true });
    const head = await send(server, 'HEAD', '/v2/shop/api/manifests/1.0.0', { headers: { accept: ALL_MANIFESTS } });
    expect(head.status).toBe(200);
    expect(head.headers['docker-content-digest']).toBeUndefined();
    registry.setQuirks({ wrongDigestHeader: true });
    const get = await send(server, 'GET', '/v2/shop/api/manifests/1.0.0', { headers: { accept: ALL_MANIFESTS } });
    expect(get.headers['docker-content-digest']).not.toBe(sha256(get.body));
  });
});

describe('behaviourOf (the ImageCatalog the runtime uses)', () => {
  const registry = createSandboxRegistry();

  test('seeded tags carry their behaviours', async () => {
    const of = (ref: string) => registry.catalog.behaviourOf(ref);
    await expect(of('localhost:5000/shop/api:1.0.0')).resolves.toEqual({ kind: 'healthy' });
    await expect(of('localhost:5000/shop/web:bad')).resolves.toEqual({ kind: 'unhealthy' });
    await expect(of('localhost:5000/shop/api:slow')).resolves.toEqual({ kind: 'slow-start', delayMs: 3000 });
    await expect(of('localhost:5000/shop/api:crash')).resolves.toEqual({ kind: 'crash', afterMs: 0 });
    await expect(of('localhost:5000/shop/api:error')).resolves.toEqual({ kind: 'error-500' });
    await expect(of('localhost:5000/shop/migrate:1.0.0')).resolves.toEqual({ kind: 'job-success', durationMs: 500 });
    await expect(of('localhost:5000/shop/migrate:fail')).resolves.toEqual({ kind: 'job-fail', durationMs: 500 });
  });

  test('digest references, indexes (first manifest) and host-less references resolve', async () => {
    const digest = registry.pushImage({ repository: 'shop/api', tag: 'canary', behaviour: { kind: 'slow', delayMs: 250 } });
    await expect(registry.catalog.behaviourOf(`localhost:5000/shop/api@${digest}`)).resolves.toEqual({ kind: 'slow', delayMs: 250 });
    await expect(registry.catalog.behaviourOf(`shop/api:canary@${digest}`)).resolves.toEqual({ kind: 'slow', delayMs: 250 });
    const index = registry.pushImage({ repository: 'shop/api', tag: 'multi-bad', behaviour: 'unhealthy', platforms: ['linux/amd64', 'linux/arm64'] });
    await expect(registry.catalog.behaviourOf(`127.0.0.1:9/shop/api@${index}`)).resolves.toEqual({ kind: 'unhealthy' });
  });

  test('a missing tag, digest or repository is a SandboxImageNotFoundError naming the reference', async () => {
    await expect(registry.catalog.behaviourOf('localhost:5000/shop/api:9.9.9')).rejects.toThrow(SandboxImageNotFoundError);
    await expect(registry.catalog.behaviourOf('localhost:5000/shop/api:9.9.9')).rejects.toThrow(/shop\/api:9\.9\.9.*no tag or digest '9\.9\.9'/);
    await expect(registry.catalog.behaviourOf('localhost:5000/nope/api:1')).rejects.toThrow(/no repository 'nope\/api'/);
    await expect(registry.catalog.behaviourOf(`localhost:5000/shop/api@${sha256('x')}`)).rejects.toThrow(SandboxImageNotFoundError);
  });

  test('behaviour labels parse and format both ways; bad labels are refused', () => {
    for (const text of ['healthy', 'unhealthy', 'error-500', 'slow-start:3s', 'slow:2s', 'crash:1s', 'job-success:500ms', 'job-fail:2s']) {
      expect(formatBehaviour(parseBehaviour(text)!)).toBe(text);
    }
    expect(parseBehaviour('slow-start')).toEqual({ kind: 'slow-start', delayMs: 3000 });
    expect(parseBehaviour('healthy:1s')).toBeUndefined();
    expect(parseBehaviour('sleepy')).toBeUndefined();
    expect(parseBehaviour('slow:soon')).toBeUndefined();
    expect(() => registry.pushImage({ repository: 'a/b', tag: 't', behaviour: 'sleepy' })).toThrow(/not a sandbox image behaviour/);
  });
});

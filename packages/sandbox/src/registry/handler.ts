import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson, type RouteHandler } from '../http.ts';
import { ACR_REFRESH_USERNAME, parseBasic, type RegistryAction, type RegistryAuthenticator } from './auth.ts';
import { DistributionErrorCode, sendDistributionError } from './distribution-errors.ts';
import { sha256Digest } from './image-builder.ts';
import { isIndexMediaType, MANIFEST_MEDIA_TYPES } from './media-types.ts';
import type { RegistryStore, StoredManifest } from './store.ts';

export interface RegistryRequestRecord {
  method: string;
  path: string;
  status: number;
  /** Which kind of credentials came with the request; never the credentials themselves. */
  auth: 'none' | 'basic' | 'bearer' | 'other';
}

/** Makes the next `times` matching `/v2/` requests fail: with an HTTP status, or by dropping the connection. */
export interface RegistryFault {
  status: number | 'drop';
  times: number;
  retryAfterSeconds?: number;
  /** Only requests whose path contains this; default every `/v2/` request. */
  pathIncludes?: string;
}

/** Misbehaviours of real registries, for testing clients against them. */
export interface RegistryQuirks {
  /** HEAD on a manifest answers without `Docker-Content-Digest` (some registries and proxies do). */
  omitDigestOnHead?: boolean;
  /** `Docker-Content-Digest` names a digest that is not the content's. */
  wrongDigestHeader?: boolean;
}

export interface RegistryContext {
  store: RegistryStore;
  auth: RegistryAuthenticator;
  /** The `service` of bearer challenges; default the request's Host (what ACR does). */
  service: string | undefined;
  requests: RegistryRequestRecord[];
  faults: RegistryFault[];
  quirks: RegistryQuirks;
}

const NAME = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const MANIFEST_LIMIT = 4 * 1024 * 1024;
const API_VERSION = { 'docker-distribution-api-version': 'registry/2.0' };

function authKind(header: string | undefined): RegistryRequestRecord['auth'] {
  if (!header) return 'none';
  if (/^basic\s/i.test(header)) return 'basic';
  if (/^bearer\s/i.test(header)) return 'bearer';
  return 'other';
}

function accepted(req: IncomingMessage): Set<string> {
  const header = req.headers.accept;
  const values = Array.isArray(header) ? header.join(',') : (header ?? '');
  return new Set(values.split(',').map((v) => v.split(';')[0]!.trim()).filter(Boolean));
}

function formFields(body: Buffer): URLSearchParams {
  return new URLSearchParams(body.toString('utf8'));
}

export function createRegistryHandler(ctx: RegistryContext): RouteHandler {
  const origin = (req: IncomingMessage) => `https://${req.headers.host ?? 'localhost'}`;
  const service = (req: IncomingMessage) => ctx.service ?? req.headers.host ?? 'localhost';

  /** Sends the 401/403 and returns false when the request may not proceed. */
  function authorize(req: IncomingMessage, res: ServerResponse, repository: string | undefined, action: RegistryAction): boolean {
    const decision = ctx.auth.authorize(req.headers.authorization, repository, action);
    if (decision.ok) return true;
    const headers: Record<string, string> = decision.status === 401 ? { 'www-authenticate': ctx.auth.challenge(origin(req), service(req), repository, action) } : {};
    const detail = repository === undefined ? undefined : [{ Type: 'repository', Name: repository, Action: action }];
    sendDistributionError(res, req.method, decision.status, decision.code, decision.message, { headers, detail });
    return false;
  }

  function injectedFault(req: IncomingMessage, res: ServerResponse, path: string): boolean {
    const fault = ctx.faults.find((f) => f.times > 0 && (f.pathIncludes === undefined || path.includes(f.pathIncludes)));
    if (!fault) return false;
    fault.times -= 1;
    if (fault.status === 'drop') {
      req.socket.destroy();
      return true;
    }
    const headers: Record<string, string> = fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) };
    const code = fault.status === 429 ? DistributionErrorCode.TooManyRequests : DistributionErrorCode.Unsupported;
    sendDistributionError(res, req.method, fault.status, code, fault.status === 429 ? 'too many requests' : 'injected fault', { headers });
    return true;
  }

  async function tokenEndpoint(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const path = url.pathname;
    if (ctx.auth.mode === 'bearer' && path === '/token' && req.method === 'GET') {
      const issued = ctx.auth.issueBearerToken(req.headers.authorization, url.searchParams.getAll('scope'));
      if (!issued) {
        sendDistributionError(res, req.method, 401, DistributionErrorCode.Unauthorized, 'incorrect username or password');
        return true;
      }
      sendJson(res, 200, { token: issued.token, access_token: issued.token, expires_in: issued.expiresIn, issued_at: new Date().toISOString() });
      return true;
    }
    if (ctx.auth.mode !== 'acr') return false;
    if (path === '/oauth2/exchange' && req.method === 'POST') {
      const form = formFields(await readBody(req, 64 * 1024));
      const accessToken = form.get('access_token');
      if (form.get('grant_type') !== 'access_token' || !accessToken || !form.get('service')) {
        sendDistributionError(res, req.method, 400, DistributionErrorCode.Unsupported, 'grant_type=access_token, service and access_token are required');
        return true;
      }
      const exchanged = await ctx.auth.exchangeAadToken(accessToken);
      if (!exchanged.ok) {
        sendDistributionError(res, req.method, 401, DistributionErrorCode.Unauthorized, `the Azure AD access token was refused: ${exchanged.reason}`);
        return true;
      }
      sendJson(res, 200, { refresh_token: exchanged.refreshToken });
      return true;
    }
    if (path === '/oauth2/token' && (req.method === 'POST' || req.method === 'GET')) {
      // POST: the documented form exchange. GET with Basic (the all-zero user + refresh token): what `docker login` does.
      let refreshToken: string | undefined;
      let scopes: string[];
      if (req.method === 'POST') {
        const form = formFields(await readBody(req, 64 * 1024));
        if (form.get('grant_type') !== 'refresh_token') {
          sendDistributionError(res, req.method, 400, DistributionErrorCode.Unsupported, 'grant_type must be refresh_token');
          return true;
        }
        refreshToken = form.get('refresh_token') ?? undefined;
        scopes = form.getAll('scope');
      } else {
        const basic = parseBasic(req.headers.authorization);
        refreshToken = basic?.username === ACR_REFRESH_USERNAME ? basic.password : undefined;
        scopes = url.searchParams.getAll('scope');
      }
      const issued = refreshToken === undefined ? undefined : ctx.auth.issueAcrAccessToken(refreshToken, scopes);
      if (!issued) {
        sendDistributionError(res, req.method, 401, DistributionErrorCode.Unauthorized, 'the refresh token is invalid or expired');
        return true;
      }
      sendJson(res, 200, { access_token: issued.token, expires_in: issued.expiresIn });
      return true;
    }
    return false;
  }

  function serveManifest(req: IncomingMessage, res: ServerResponse, repository: string, reference: string): void {
    let manifest = ctx.store.manifest(repository, reference);
    if (!manifest) {
      const known = ctx.store.repository(repository) !== undefined;
      sendDistributionError(res, req.method, 404, known ? DistributionErrorCode.ManifestUnknown : DistributionErrorCode.NameUnknown, known ? 'manifest unknown' : 'repository name not known to registry', {
        detail: known ? { Tag: reference } : { Name: repository },
      });
      return;
    }
    // Like Docker's registry: a client that does not accept an index gets the linux/amd64 image instead.
    if (isIndexMediaType(manifest.mediaType) && !accepted(req).has(manifest.mediaType)) manifest = defaultPlatformManifest(repository, manifest) ?? manifest;
    const digestHeader = ctx.quirks.wrongDigestHeader ? sha256Digest(Buffer.concat([manifest.bytes, Buffer.from('tampered')])) : manifest.digest;
    const headers: Record<string, string | number> = {
      ...API_VERSION,
      'content-type': manifest.mediaType,
      'content-length': manifest.bytes.length,
      etag: `"${manifest.digest}"`,
    };
    if (!(req.method === 'HEAD' && ctx.quirks.omitDigestOnHead)) headers['docker-content-digest'] = digestHeader;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : manifest.bytes);
  }

  function defaultPlatformManifest(repository: string, index: StoredManifest): StoredManifest | undefined {
    const children = (JSON.parse(index.bytes.toString('utf8')) as { manifests?: Array<{ digest: string; platform?: { os?: string; architecture?: string } }> }).manifests ?? [];
    const preferred = children.find((c) => c.platform?.os === 'linux' && c.platform.architecture === 'amd64') ?? children[0];
    return preferred && ctx.store.manifest(repository, preferred.digest);
  }

  async function putManifest(req: IncomingMessage, res: ServerResponse, repository: string, reference: string): Promise<void> {
    const body = await readBody(req, MANIFEST_LIMIT);
    let parsed: { schemaVersion?: number; mediaType?: string; config?: { digest?: string }; layers?: Array<{ digest?: string }>; manifests?: Array<{ digest?: string }> };
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      sendDistributionError(res, req.method, 400, DistributionErrorCode.ManifestInvalid, 'manifest invalid: not JSON');
      return;
    }
    const contentType = (req.headers['content-type'] ?? '').split(';')[0]!.trim();
    const mediaType = MANIFEST_MEDIA_TYPES.includes(contentType) ? contentType : (parsed.mediaType ?? '');
    if (!MANIFEST_MEDIA_TYPES.includes(mediaType) || parsed.schemaVersion !== 2) {
      sendDistributionError(res, req.method, 400, DistributionErrorCode.ManifestInvalid, `manifest invalid: unsupported media type '${mediaType || contentType}' or schemaVersion`);
      return;
    }
    const digest = sha256Digest(body);
    if (DIGEST.test(reference) && reference !== digest) {
      sendDistributionError(res, req.method, 400, DistributionErrorCode.DigestInvalid, 'provided digest did not match uploaded content', { detail: { expected: reference, actual: digest } });
      return;
    }
    if (!DIGEST.test(reference) && !TAG.test(reference)) {
      sendDistributionError(res, req.method, 400, DistributionErrorCode.ManifestInvalid, `'${reference}' is neither a tag nor a sha256 digest`);
      return;
    }
    const repo = ctx.store.repository(repository);
    const missing = isIndexMediaType(mediaType)
      ? (parsed.manifests ?? []).map((m) => m.digest).filter((d) => !d || !repo?.manifests.has(d))
      : [parsed.config?.digest, ...(parsed.layers ?? []).map((l) => l.digest)].filter((d) => !d || !repo?.blobs.has(d));
    if (missing.length > 0) {
      sendDistributionError(res, req.method, 400, DistributionErrorCode.ManifestBlobUnknown, 'blob unknown to registry', { detail: missing });
      return;
    }
    ctx.store.putManifest(repository, { digest, mediaType, bytes: body }, DIGEST.test(reference) ? undefined : reference);
    res.writeHead(201, { ...API_VERSION, location: `/v2/${repository}/manifests/${digest}`, 'docker-content-digest': digest, 'content-length': 0 });
    res.end();
  }

  async function uploads(req: IncomingMessage, res: ServerResponse, url: URL, repository: string, id: string): Promise<void> {
    const location = (uuid: string) => `/v2/${repository}/blobs/uploads/${uuid}`;
    const finish = (digest: string, bytes: Buffer): void => {
      if (!DIGEST.test(digest) || sha256Digest(bytes) !== digest) {
        sendDistributionError(res, req.method, 400, DistributionErrorCode.DigestInvalid, 'provided digest did not match uploaded content', { detail: { expected: digest } });
        return;
      }
      ctx.store.putBlob(repository, digest, bytes);
      res.writeHead(201, { ...API_VERSION, location: `/v2/${repository}/blobs/${digest}`, 'docker-content-digest': digest, 'content-length': 0 });
      res.end();
    };
    if (id === '' && req.method === 'POST') {
      const mount = url.searchParams.get('mount');
      const from = url.searchParams.get('from');
      if (mount && from && ctx.store.repository(from)?.blobs.has(mount)) {
        ctx.store.putBlob(repository, mount, ctx.store.blobs.get(mount)!);
        res.writeHead(201, { ...API_VERSION, location: `/v2/${repository}/blobs/${mount}`, 'docker-content-digest': mount, 'content-length': 0 });
        res.end();
        return;
      }
      const monolithic = url.searchParams.get('digest');
      if (monolithic) {
        finish(monolithic, await readBody(req));
        return;
      }
      const uuid = randomUUID();
      ctx.store.uploads.set(uuid, { repository, chunks: [] });
      res.writeHead(202, { ...API_VERSION, location: location(uuid), 'docker-upload-uuid': uuid, range: '0-0', 'content-length': 0 });
      res.end();
      return;
    }
    const upload = ctx.store.uploads.get(id);
    if (!upload || upload.repository !== repository) {
      sendDistributionError(res, req.method, 404, DistributionErrorCode.BlobUploadUnknown, 'blob upload unknown to registry');
      return;
    }
    const size = () => upload.chunks.reduce((n, c) => n + c.length, 0);
    switch (req.method) {
      case 'PATCH':
        upload.chunks.push(await readBody(req));
        res.writeHead(202, { ...API_VERSION, location: location(id), 'docker-upload-uuid': id, range: `0-${Math.max(size() - 1, 0)}`, 'content-length': 0 });
        res.end();
        return;
      case 'PUT': {
        upload.chunks.push(await readBody(req));
        ctx.store.uploads.delete(id);
        finish(url.searchParams.get('digest') ?? '', Buffer.concat(upload.chunks));
        return;
      }
      case 'GET':
        res.writeHead(204, { ...API_VERSION, location: location(id), 'docker-upload-uuid': id, range: `0-${Math.max(size() - 1, 0)}` });
        res.end();
        return;
      case 'DELETE':
        ctx.store.uploads.delete(id);
        res.writeHead(204, API_VERSION);
        res.end();
        return;
      default:
        sendDistributionError(res, req.method, 405, DistributionErrorCode.Unsupported, `${req.method} is not supported on uploads`);
    }
  }

  function blobs(req: IncomingMessage, res: ServerResponse, repository: string, digest: string): void {
    const bytes = ctx.store.repository(repository)?.blobs.has(digest) ? ctx.store.blobs.get(digest) : undefined;
    if (!bytes) {
      sendDistributionError(res, req.method, 404, DistributionErrorCode.BlobUnknown, 'blob unknown to registry', { detail: digest });
      return;
    }
    res.writeHead(200, { ...API_VERSION, 'content-type': 'application/octet-stream', 'content-length': bytes.length, 'docker-content-digest': digest, etag: `"${digest}"` });
    res.end(req.method === 'HEAD' ? undefined : bytes);
  }

  function tags(req: IncomingMessage, res: ServerResponse, url: URL, repository: string): void {
    const repo = ctx.store.repository(repository);
    if (!repo) {
      sendDistributionError(res, req.method, 404, DistributionErrorCode.NameUnknown, 'repository name not known to registry', { detail: { Name: repository } });
      return;
    }
    let names = [...repo.tags.keys()].sort();
    const last = url.searchParams.get('last');
    if (last) names = names.filter((t) => t > last);
    const n = Number(url.searchParams.get('n') ?? NaN);
    const headers: Record<string, string> = {};
    if (Number.isInteger(n) && n >= 0 && names.length > n) {
      names = names.slice(0, n);
      headers.link = `</v2/${repository}/tags/list?n=${n}&last=${encodeURIComponent(names.at(-1) ?? '')}>; rel="next"`;
    }
    sendJson(res, 200, { name: repository, tags: names }, { ...API_VERSION, ...headers });
  }

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const read = method === 'GET' || method === 'HEAD';
    if (path === '/v2/' || path === '/v2') {
      if (!authorize(req, res, undefined, 'pull')) return;
      sendJson(res, 200, {}, API_VERSION);
      return;
    }
    if (path === '/v2/_catalog' && read) {
      if (!authorize(req, res, undefined, 'pull')) return;
      sendJson(res, 200, { repositories: [...ctx.store.repositories.keys()].sort() }, API_VERSION);
      return;
    }
    const match =
      /^\/v2\/(.+)\/blobs\/uploads\/?([^/]*)$/.exec(path) ?? /^\/v2\/(.+)\/(manifests|blobs)\/([^/]+)$/.exec(path) ?? /^\/v2\/(.+)\/(tags)\/list$/.exec(path);
    if (!match) {
      sendDistributionError(res, method, 404, DistributionErrorCode.Unsupported, `no registry route for ${method} ${path}`);
      return;
    }
    const repository = match[1]!;
    if (!NAME.test(repository) || repository.length > 255) {
      sendDistributionError(res, method, 400, DistributionErrorCode.NameInvalid, 'invalid repository name', { detail: { Name: repository } });
      return;
    }
    const isUpload = path.includes('/blobs/uploads');
    const action: RegistryAction = read && !isUpload ? 'pull' : 'push';
    if (!authorize(req, res, repository, action)) return;
    if (isUpload) return uploads(req, res, url, repository, match[2] ?? '');
    const kind = match[2]!;
    const reference = match[3] ?? '';
    if (kind === 'tags' && method === 'GET') return tags(req, res, url, repository);
    if (kind === 'blobs' && read && DIGEST.test(reference)) return blobs(req, res, repository, reference);
    if (kind === 'manifests' && read) return serveManifest(req, res, repository, reference);
    if (kind === 'manifests' && method === 'PUT') return putManifest(req, res, repository, reference);
    sendDistributionError(res, method, 405, DistributionErrorCode.Unsupported, `${method} is not supported on ${kind}`);
  }

  function servesTokenPath(path: string): boolean {
    if (ctx.auth.mode === 'bearer') return path === '/token';
    if (ctx.auth.mode === 'acr') return path === '/oauth2/exchange' || path === '/oauth2/token';
    return false;
  }

  return async (req, res, url) => {
    const path = url.pathname;
    const isTokenPath = servesTokenPath(path);
    if (!isTokenPath && path !== '/v2' && !path.startsWith('/v2/')) return false;
    const record: RegistryRequestRecord = { method: req.method ?? 'GET', path, status: 0, auth: authKind(req.headers.authorization) };
    ctx.requests.push(record);
    // A dropped connection never finishes; its record keeps status 0.
    res.once('finish', () => {
      record.status = res.statusCode;
    });
    if (isTokenPath) return tokenEndpoint(req, res, url);
    if (injectedFault(req, res, path)) return true;
    await route(req, res, url);
    return true;
  };
}

#!/usr/bin/env node
/**
 * The sandbox's sample app: what every sandbox "container" runs. Plain JavaScript with no
 * imports outside node: so it runs from a source checkout, from an npm install (Node does not
 * strip types under node_modules) and next to an ncc bundle alike.
 *
 * Environment (set by the revision runtime; runnable by hand too):
 *   PORT                          port to listen on, 127.0.0.1 (0 or unset: an ephemeral port)
 *   DEPLOYKIT_SANDBOX_BEHAVIOUR   the image's behaviour as JSON, e.g. {"kind":"slow-start","delayMs":2000}
 *   DEPLOYKIT_SANDBOX_APP, DEPLOYKIT_SANDBOX_REVISION, DEPLOYKIT_SANDBOX_IMAGE   what it reports
 *   SANDBOX_ALLOWED_CLIENT_IDS    optional comma list for /protected (see below)
 *
 * Once listening it tells the parent its port over IPC ({type:'listening', port}) or, when run
 * by hand, prints `listening on http://127.0.0.1:<port>`. It exits when the IPC channel closes,
 * so a dead parent never leaves it behind.
 *
 * Behaviours (every response carries x-sandbox-revision and x-sandbox-image):
 *   healthy      /health 200 {"status":"healthy"}, /ready 200 {"status":"ready"}
 *   slow-start   503 {"status":"starting"} on every route until delayMs after start, then healthy
 *   crash        healthy until afterMs after start, then exits with code 1
 *   unhealthy    /health 200 {"status":"unhealthy"} — a 200 on purpose, so a check that only
 *                looks at the status (or for the substring "healthy") passes it wrongly;
 *                /ready 503 {"status":"not-ready"}
 *   error-500    500 {"status":"error"} on every route
 *   slow         healthy, but every response is sent delayMs after the request arrives
 *   job-success / job-fail   no server: runs durationMs, then exits 0 / 1
 * Routes: GET / → {app, revision, image, digest, behaviour, pid, uptimeMs}; /echo → the request
 * as received (method, path, headers with Authorization redacted, body); /protected → an authenticated smoke endpoint
 * (no bearer: 401 invalid_token; a client id not in SANDBOX_ALLOWED_CLIENT_IDS: 403
 * assignment_denied; otherwise 200). Anything else: 404.
 */
import http from 'node:http';

const startedAt = Date.now();
const behaviour = parseBehaviour(process.env.DEPLOYKIT_SANDBOX_BEHAVIOUR);
const identity = {
  app: process.env.DEPLOYKIT_SANDBOX_APP ?? 'sample-app',
  revision: process.env.DEPLOYKIT_SANDBOX_REVISION ?? 'sample-app--local',
  image: process.env.DEPLOYKIT_SANDBOX_IMAGE ?? 'sandbox/sample-app:local',
};
const digest = /@(sha256:[0-9a-f]{64})$/.exec(identity.image)?.[1] ?? null;

function parseBehaviour(text) {
  if (!text) return { kind: 'healthy' };
  try {
    const parsed = JSON.parse(text);
    if (parsed && typeof parsed.kind === 'string') return parsed;
  } catch {
    // fall through to the message below
  }
  process.stderr.write(`sample-app: DEPLOYKIT_SANDBOX_BEHAVIOUR is not a behaviour: ${text}\n`);
  process.exit(2);
}

// The runtime owns our lifetime: when its IPC channel goes, so do we.
if (process.send) process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));

if (behaviour.kind === 'job-success' || behaviour.kind === 'job-fail') {
  runJob(behaviour);
} else {
  serve();
}

function runJob(job) {
  const code = job.kind === 'job-success' ? 0 : 1;
  process.stdout.write(`job ${identity.revision} running for ${job.durationMs ?? 0}ms\n`);
  setTimeout(() => {
    process.stdout.write(`job ${identity.revision} ${code === 0 ? 'succeeded' : 'failed'}\n`);
    process.exit(code);
  }, Math.max(0, Number(job.durationMs) || 0));
}

function serve() {
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const delay = behaviour.kind === 'slow' ? Math.max(0, Number(behaviour.delayMs) || 0) : 0;
      const respond = () => handle(req, Buffer.concat(chunks), res);
      if (delay > 0) setTimeout(respond, delay);
      else respond();
    });
  });
  server.keepAliveTimeout = 5000;
  server.listen(Number(process.env.PORT ?? 0) || 0, '127.0.0.1', () => {
    const port = server.address().port;
    if (process.send) process.send({ type: 'listening', port });
    else process.stdout.write(`listening on http://127.0.0.1:${port}\n`);
  });
  if (behaviour.kind === 'crash') {
    setTimeout(() => {
      process.stderr.write(`sample-app: crashing as the image says (after ${behaviour.afterMs}ms)\n`);
      process.exit(1);
    }, Math.max(0, Number(behaviour.afterMs) || 0));
  }
}

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'x-sandbox-revision': identity.revision,
    'x-sandbox-image': identity.image,
  });
  res.end(text);
}

function handle(req, body, res) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (behaviour.kind === 'slow-start' && Date.now() - startedAt < (Number(behaviour.delayMs) || 0)) {
    return send(res, 503, { status: 'starting' });
  }
  if (behaviour.kind === 'error-500') return send(res, 500, { status: 'error', message: 'this image answers 500 on purpose' });
  switch (url.pathname) {
    case '/health':
      return behaviour.kind === 'unhealthy' ? send(res, 200, { status: 'unhealthy' }) : send(res, 200, { status: 'healthy' });
    case '/ready':
      return behaviour.kind === 'unhealthy' ? send(res, 503, { status: 'not-ready' }) : send(res, 200, { status: 'ready' });
    case '/':
      return send(res, 200, { ...identity, digest, behaviour: behaviour.kind, pid: process.pid, uptimeMs: Date.now() - startedAt });
    case '/echo':
      return send(res, 200, {
        method: req.method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        // Echoed answers end up in logs and evidence files; a bearer token must not.
        headers: { ...req.headers, ...(req.headers.authorization ? { authorization: '[redacted]' } : {}) },
        body: body.toString('utf8'),
      });
    case '/protected':
      return protectedRoute(req, res);
    default:
      return send(res, 404, { error: 'not_found', path: url.pathname });
  }
}

/** Models an API behind Entra app-role assignment: the token's client must be assigned. */
function protectedRoute(req, res) {
  const match = /^Bearer\s+([^.\s]+)\.([^.\s]+)\.[^.\s]*$/i.exec(req.headers.authorization ?? '');
  let claims;
  try {
    claims = match ? JSON.parse(Buffer.from(match[2], 'base64url').toString('utf8')) : undefined;
  } catch {
    claims = undefined;
  }
  if (!claims || typeof claims !== 'object') {
    return send(res, 401, { error: 'invalid_token', error_description: 'A bearer token (JWT) is required.' });
  }
  const clientId = claims.azp ?? claims.appid ?? null;
  const allowed = (process.env.SANDBOX_ALLOWED_CLIENT_IDS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (allowed.length > 0 && !allowed.includes(clientId)) {
    return send(res, 403, { error: 'assignment_denied', error_description: `Client ${clientId} is not assigned to this application.` });
  }
  return send(res, 200, { status: 'ok', clientId, revision: identity.revision });
}

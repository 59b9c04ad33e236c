import https from 'node:https';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { RecordingLogger } from '@deploy-kit/core';
import { createRevisionRuntime, type RevisionChange, type SandboxRevisionRuntime } from '../src/runtime/index.ts';
import type { ImageBehaviour, ImageCatalog } from '../src/service-interfaces.ts';
import { ensureCa, ensureServerCredentials } from '../src/tls.ts';

const digestOf = (n: number): string => `sha256:${n.toString(16).padStart(64, '0')}`;
const image = (name: string, n: number): string => `sandbox.localhost/shop/${name}@${digestOf(n)}`;

const IMAGES = {
  healthy: image('api', 1),
  healthyV2: image('api', 2),
  slowStart: image('api', 3),
  crash: image('api', 4),
  unhealthy: image('api', 5),
  error500: image('api', 6),
  slow: image('api', 7),
} as const;

const BEHAVIOURS: Record<string, ImageBehaviour> = {
  [IMAGES.healthy]: { kind: 'healthy' },
  [IMAGES.healthyV2]: { kind: 'healthy' },
  [IMAGES.slowStart]: { kind: 'slow-start', delayMs: 3000 },
  [IMAGES.crash]: { kind: 'crash', afterMs: 300 },
  [IMAGES.unhealthy]: { kind: 'unhealthy' },
  [IMAGES.error500]: { kind: 'error-500' },
  [IMAGES.slow]: { kind: 'slow', delayMs: 30_000 },
};

/** The registry's part, reduced to a map: image reference → behaviour. */
class MapCatalog implements ImageCatalog {
  async behaviourOf(imageRef: string): Promise<ImageBehaviour> {
    const behaviour = BEHAVIOURS[imageRef];
    if (!behaviour) throw new Error(`manifest unknown: ${imageRef}`);
    return behaviour;
  }
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: () => any;
}

let caPem = '';

function request(fqdn: string, pathname: string, options: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = https.request(`https://${fqdn}${pathname}`, { method: options.method ?? 'GET', headers: options.headers, ca: caPem, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A process that is gone or a zombie waiting for a reaper counts as dead. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

async function eventually<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, deadlineMs = 15_000): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const healthy = (s: { health: string }): boolean => s.health === 'Healthy';
const pidOf = (runtime: SandboxRevisionRuntime, app: string, revision: string): number | null =>
  runtime.snapshot().apps.find((a) => a.app === app)?.revisions.find((r) => r.revision === revision)?.pid ?? null;

let dir: string;
let runtime: SandboxRevisionRuntime;
const logger = new RecordingLogger();
const changes: RevisionChange[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'deploy-kit-runtime-'));
  const ca = await ensureCa(dir);
  caPem = ca.certPem;
  runtime = await createRevisionRuntime({ credentials: await ensureServerCredentials(ca, dir), catalog: new MapCatalog(), logger });
  runtime.onRevisionChange((change) => changes.push(change));
});

afterAll(async () => {
  await runtime?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('a healthy revision', () => {
  test('starts Processing, becomes Running/Healthy, and serves through its revision FQDN and the app FQDN', async () => {
    await runtime.startRevision('api', 'api--rev-a1', IMAGES.healthy, { GREETING: 'hello' });
    expect(runtime.revisionState('api', 'api--rev-a1')).toMatchObject({ running: 'Processing', health: 'None' });

    const state = await runtime.waitForRevision('api', 'api--rev-a1', healthy, 15_000);
    expect(state).toEqual({ health: 'Healthy', running: 'Running', replicas: 1 });

    const revisionFqdn = await runtime.revisionFqdn('api', 'api--rev-a1');
    expect(revisionFqdn).toMatch(/^localhost:\d+$/);
    const direct = await request(revisionFqdn, '/health');
    expect(direct.status).toBe(200);
    expect(direct.json()).toEqual({ status: 'healthy' });
    expect(direct.headers['x-sandbox-revision']).toBe('api--rev-a1');
    expect(direct.headers['x-sandbox-image']).toBe(IMAGES.healthy);

    await runtime.setTraffic('api', [{ revisionName: 'api--rev-a1', weight: 100 }]);
    const appFqdn = await runtime.appFqdn('api');
    expect(appFqdn).not.toBe(revisionFqdn);
    const viaApp = await request(appFqdn, '/ready');
    expect(viaApp.status).toBe(200);
    expect(viaApp.json()).toEqual({ status: 'ready' });
    expect(viaApp.headers['x-sandbox-revision']).toBe('api--rev-a1');
  });

  test('`/` says which revision, app and image (digest) answered', async () => {
    const answer = await request(await runtime.appFqdn('api'), '/');
    expect(answer.status).toBe(200);
    expect(answer.json()).toMatchObject({ app: 'api', revision: 'api--rev-a1', image: IMAGES.healthy, digest: digestOf(1), behaviour: 'healthy' });
    expect(answer.json().pid).toBe(pidOf(runtime, 'api', 'api--rev-a1'));
  });

  test('the router passes method, path, query, headers and body through, and says it forwarded over https', async () => {
    const answer = await request(await runtime.appFqdn('api'), '/echo?x=1&y=two', {
      method: 'POST',
      body: JSON.stringify({ hello: 'world' }),
      headers: { 'content-type': 'application/json', 'x-custom': 'kept', authorization: 'Bearer secret-token-value' },
    });
    expect(answer.status).toBe(200);
    const echoed = answer.json();
    expect(echoed).toMatchObject({ method: 'POST', path: '/echo', query: { x: '1', y: 'two' }, body: '{"hello":"world"}' });
    expect(echoed.headers).toMatchObject({ 'x-custom': 'kept', 'content-type': 'application/json', 'x-forwarded-proto': 'https' });
    expect(echoed.headers.host).toBe(await runtime.appFqdn('api'));
    // The token reached the app (it was forwarded) but is never echoed back into evidence.
    expect(echoed.headers.authorization).toBe('[redacted]');
    expect(answer.text).not.toContain('secret-token-value');
  });

  test('a revision gets the container environment of its template', async () => {
    await runtime.startRevision('guarded', 'guarded--r1', IMAGES.healthy, { SANDBOX_ALLOWED_CLIENT_IDS: 'allowed-client' });
    await runtime.waitForRevision('guarded', 'guarded--r1', healthy, 15_000);
    const fqdn = await runtime.revisionFqdn('guarded', 'guarded--r1');
    const jwt = (claims: object): string => `Bearer e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;
    expect((await request(fqdn, '/protected')).status).toBe(401);
    const denied = await request(fqdn, '/protected', { headers: { authorization: jwt({ azp: 'other-client' }) } });
    expect(denied.status).toBe(403);
    expect(denied.json().error).toBe('assignment_denied');
    const allowed = await request(fqdn, '/protected', { headers: { authorization: jwt({ azp: 'allowed-client' }) } });
    expect(allowed.status).toBe(200);
    expect(allowed.json()).toMatchObject({ status: 'ok', clientId: 'allowed-client', revision: 'guarded--r1' });
  });
});

describe('health follows the process', () => {
  test('a slow-start revision goes Processing → Running/Healthy and answers 503 "starting" meanwhile', async () => {
    await runtime.startRevision('slow', 'slow--r1', IMAGES.slowStart);
    const fqdn = await runtime.revisionFqdn('slow', 'slow--r1');
    // The app listens at once and says it is starting until its 3 s delay has passed.
    const starting = await eventually('the app to answer', async () => {
      const answer = await request(fqdn, '/health');
      return answer.headers['x-sandbox-image'] ? answer : undefined;
    });
    expect(starting.status).toBe(503);
    expect(starting.json()).toEqual({ status: 'starting' });
    expect(runtime.revisionState('slow', 'slow--r1')).toMatchObject({ running: 'Processing', health: 'None' });

    await runtime.waitForRevision('slow', 'slow--r1', healthy, 20_000);
    expect((await request(fqdn, '/health')).json()).toEqual({ status: 'healthy' });
    const seen = changes.filter((c) => c.app === 'slow').map((c) => `${c.state.running}/${c.state.health}`);
    expect(seen[0]).toBe('Processing/None');
    expect(seen.at(-1)).toBe('Running/Healthy');
    expect(seen).not.toContain('Failed/Unhealthy');
  });

  test('a crashing revision becomes Failed and the routers answer 503', async () => {
    await runtime.startRevision('crashy', 'crashy--r1', IMAGES.crash);
    await runtime.setTraffic('crashy', [{ revisionName: 'crashy--r1', weight: 100 }]);
    const state = await runtime.waitForRevision('crashy', 'crashy--r1', (s) => s.running === 'Failed', 15_000);
    expect(state).toMatchObject({ running: 'Failed', health: 'Unhealthy', replicas: 0 });
    expect(state.detail).toContain('exit code 1');
    const pid = pidOf(runtime, 'crashy', 'crashy--r1');
    expect(pid).not.toBeNull();
    expect(isAlive(pid!)).toBe(false);

    for (const fqdn of [await runtime.appFqdn('crashy'), await runtime.revisionFqdn('crashy', 'crashy--r1')]) {
      const answer = await request(fqdn, '/health');
      expect(answer.status).toBe(503);
      expect(answer.json().error.code).toBe('RevisionUnavailable');
      expect(answer.headers['x-sandbox-revision']).toBe('crashy--r1');
    }
  });

  test('a process that dies under a request is a 502', async () => {
    await runtime.startRevision('dying', 'dying--r1', IMAGES.slow);
    await runtime.setTraffic('dying', [{ revisionName: 'dying--r1', weight: 100 }]);
    const fqdn = await runtime.appFqdn('dying');
    // The slow image answers after 30 s; the probe's 5 s timeout keeps it Processing meanwhile.
    const port = await eventually('the process to listen', () => runtime.snapshot().apps.find((a) => a.app === 'dying')?.revisions[0]?.port ?? undefined);
    expect(port).toBeGreaterThan(0);
    const pending = request(fqdn, '/');
    await eventually('the router to take the request', () => (runtime.snapshot().apps.find((a) => a.app === 'dying')?.requests?.byRevision['dying--r1'] ? true : undefined));
    process.kill(pidOf(runtime, 'dying', 'dying--r1')!, 'SIGKILL');
    const answer = await pending;
    expect(answer.status).toBe(502);
    expect(answer.json().error.code).toBe('BadGateway');
    await runtime.waitForRevision('dying', 'dying--r1', (s) => s.running === 'Failed', 15_000);
  });

  test('an unhealthy image is Degraded/Unhealthy, and its 200 {"status":"unhealthy"} still reaches the caller', async () => {
    await runtime.startRevision('sick', 'sick--r1', IMAGES.unhealthy);
    const state = await runtime.waitForRevision('sick', 'sick--r1', (s) => s.health === 'Unhealthy', 15_000);
    expect(state).toMatchObject({ running: 'Degraded', replicas: 1 });
    const fqdn = await runtime.revisionFqdn('sick', 'sick--r1');
    const health = await request(fqdn, '/health');
    expect(health.status).toBe(200);
    expect(health.json()).toEqual({ status: 'unhealthy' });
    expect((await request(fqdn, '/ready')).status).toBe(503);
  });

  test('an error-500 image is Unhealthy and answers 500 everywhere', async () => {
    await runtime.startRevision('broken', 'broken--r1', IMAGES.error500);
    await runtime.waitForRevision('broken', 'broken--r1', (s) => s.health === 'Unhealthy', 15_000);
    const fqdn = await runtime.revisionFqdn('broken', 'broken--r1');
    for (const route of ['/health', '/ready', '/']) expect((await request(fqdn, route)).status).toBe(500);
  });

  test('an image the registry does not know fails the revision, without a process, and the start says why', async () => {
    await expect(runtime.startRevision('ghost', 'ghost--r1', 'sandbox.localhost/shop/ghost@' + digestOf(99))).rejects.toThrow(/could not be resolved: manifest unknown/);
    const state = runtime.revisionState('ghost', 'ghost--r1');
    expect(state).toMatchObject({ running: 'Failed', health: 'Unhealthy', replicas: 0 });
    expect(state.detail).toContain('manifest unknown');
    expect(pidOf(runtime, 'ghost', 'ghost--r1')).toBeNull();
    expect(logger.text()).toContain('ghost--r1');
  });
});

describe('traffic', () => {
  test('a 90/10 canary gets exactly 10% of 200 requests, and each label FQDN always reaches its revision', async () => {
    await Promise.all([runtime.startRevision('web', 'web--stable', IMAGES.healthy), runtime.startRevision('web', 'web--canary', IMAGES.healthyV2)]);
    await Promise.all([runtime.waitForRevision('web', 'web--stable', healthy, 15_000), runtime.waitForRevision('web', 'web--canary', healthy, 15_000)]);
    await runtime.setTraffic('web', [
      { revisionName: 'web--stable', weight: 90, label: 'stable' },
      { revisionName: 'web--canary', weight: 10, label: 'canary' },
    ]);
    const fqdn = await runtime.appFqdn('web');
    const byRevision: Record<string, number> = {};
    for (let i = 0; i < 200; i += 1) {
      const answer = await request(fqdn, '/');
      expect(answer.status).toBe(200);
      const revision = String(answer.headers['x-sandbox-revision']);
      // The router's header and the app's own report agree on who answered.
      expect(answer.json().revision).toBe(revision);
      byRevision[revision] = (byRevision[revision] ?? 0) + 1;
    }
    expect(byRevision).toEqual({ 'web--stable': 180, 'web--canary': 20 });
    expect(runtime.snapshot().apps.find((a) => a.app === 'web')?.requests).toEqual({ byRevision: { 'web--stable': 180, 'web--canary': 20 }, unrouted: 0 });

    const canaryFqdn = await runtime.labelFqdn('web', 'canary');
    const stableFqdn = await runtime.labelFqdn('web', 'stable');
    for (let i = 0; i < 10; i += 1) {
      const canary = await request(canaryFqdn, '/');
      expect(canary.headers['x-sandbox-revision']).toBe('web--canary');
      expect(canary.json().image).toBe(IMAGES.healthyV2);
      expect((await request(stableFqdn, '/')).headers['x-sandbox-revision']).toBe('web--stable');
    }
    const labels = runtime.snapshot().apps.find((a) => a.app === 'web')?.labels;
    expect(labels).toEqual(
      expect.arrayContaining([
        { label: 'canary', fqdn: canaryFqdn, revision: 'web--canary', requests: { byRevision: { 'web--canary': 10 }, unrouted: 0 } },
        { label: 'stable', fqdn: stableFqdn, revision: 'web--stable', requests: { byRevision: { 'web--stable': 10 }, unrouted: 0 } },
      ]),
    );
  });

  test('a label moves with the traffic, a weight of 0 gets no app traffic, and an unknown label is a 404', async () => {
    const canaryFqdn = await runtime.labelFqdn('web', 'canary');
    await runtime.setTraffic('web', [
      { revisionName: 'web--stable', weight: 100 },
      { revisionName: 'web--canary', weight: 0, label: 'canary' },
    ]);
    const appFqdn = await runtime.appFqdn('web');
    for (let i = 0; i < 10; i += 1) expect((await request(appFqdn, '/')).headers['x-sandbox-revision']).toBe('web--stable');
    expect((await request(canaryFqdn, '/')).headers['x-sandbox-revision']).toBe('web--canary');

    // Same label FQDN, now pointing at the other revision (a blue/green swap).
    await runtime.setTraffic('web', [
      { revisionName: 'web--stable', weight: 100, label: 'canary' },
      { revisionName: 'web--canary', weight: 0 },
    ]);
    expect((await request(canaryFqdn, '/')).headers['x-sandbox-revision']).toBe('web--stable');

    const unknown = await request(await runtime.labelFqdn('web', 'nobody'), '/');
    expect(unknown.status).toBe(404);
    expect(unknown.json().error.code).toBe('LabelNotFound');
  });

  test('an app without weighted traffic answers 503, and negative weights are refused', async () => {
    await runtime.setTraffic('empty', []);
    const answer = await request(await runtime.appFqdn('empty'), '/');
    expect(answer.status).toBe(503);
    expect(answer.json().error.code).toBe('NoTrafficTargets');
    await expect(runtime.setTraffic('empty', [{ revisionName: 'x', weight: -5 }])).rejects.toThrow(/non-negative/);
  });
});

describe('stop and restart', () => {
  test('a restarted revision gets a new process; a stopped one has none and its FQDN stops serving', async () => {
    await runtime.startRevision('cycle', 'cycle--r1', IMAGES.healthy);
    await runtime.waitForRevision('cycle', 'cycle--r1', healthy, 15_000);
    const firstPid = pidOf(runtime, 'cycle', 'cycle--r1')!;
    const fqdn = await runtime.revisionFqdn('cycle', 'cycle--r1');

    await runtime.startRevision('cycle', 'cycle--r1', IMAGES.healthy);
    expect(isAlive(firstPid)).toBe(false);
    await runtime.waitForRevision('cycle', 'cycle--r1', healthy, 15_000);
    const secondPid = pidOf(runtime, 'cycle', 'cycle--r1')!;
    expect(secondPid).not.toBe(firstPid);
    expect(runtime.snapshot().apps.find((a) => a.app === 'cycle')?.revisions[0]?.restarts).toBe(1);
    // The revision keeps its FQDN across a restart.
    expect(await runtime.revisionFqdn('cycle', 'cycle--r1')).toBe(fqdn);
    expect((await request(fqdn, '/')).json().pid).toBe(secondPid);

    await runtime.setTraffic('cycle', [{ revisionName: 'cycle--r1', weight: 100 }]);
    await runtime.stopRevision('cycle', 'cycle--r1');
    expect(runtime.revisionState('cycle', 'cycle--r1')).toEqual({ health: 'None', running: 'Stopped', replicas: 0 });
    expect(isAlive(secondPid)).toBe(false);
    const direct = await request(fqdn, '/');
    expect(direct.status).toBe(404);
    expect(direct.json().error.code).toBe('RevisionNotActive');
    expect((await request(await runtime.appFqdn('cycle'), '/')).status).toBe(503);
    expect(runtime.snapshot().apps.find((a) => a.app === 'cycle')?.revisions[0]).toMatchObject({ active: false, port: null, running: 'Stopped' });
  });

  test('removing an app stops its revisions and closes its FQDNs', async () => {
    await runtime.startRevision('doomed', 'doomed--r1', IMAGES.healthy);
    await runtime.waitForRevision('doomed', 'doomed--r1', healthy, 15_000);
    const pid = pidOf(runtime, 'doomed', 'doomed--r1')!;
    const fqdn = await runtime.revisionFqdn('doomed', 'doomed--r1');
    await runtime.removeApp('doomed');
    expect(isAlive(pid)).toBe(false);
    expect(runtime.snapshot().apps.map((a) => a.app)).not.toContain('doomed');
    await expect(request(fqdn, '/')).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('state', () => {
  test('the snapshot lists revisions with pids, ports, FQDNs, health and traffic, as JSON', () => {
    const snapshot = runtime.snapshot();
    const web = snapshot.apps.find((a) => a.app === 'web')!;
    expect(web.fqdn).toMatch(/^localhost:\d+$/);
    expect(web.traffic.map((t) => t.revisionName).sort()).toEqual(['web--canary', 'web--stable']);
    const stable = web.revisions.find((r) => r.revision === 'web--stable')!;
    expect(stable).toMatchObject({ image: IMAGES.healthy, behaviour: { kind: 'healthy' }, active: true, health: 'Healthy', running: 'Running', replicas: 1 });
    expect(stable.pid).toBeGreaterThan(0);
    expect(stable.port).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });
});

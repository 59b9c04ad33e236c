import { systemClock, type Clock } from '@deploy-kit/health-gate';
import type { TrafficWeight } from '@azure/arm-appcontainers';
import { FAST, getJson, SHA_1, SHA_2, SHA_3, startHarness, type Harness } from './support/sandbox-deploy.ts';

/**
 * Automatic rollback on failure, in Multiple revision mode (traffic restored) and Single mode
 * (image restored), and the canary: weights per step, a failure at its second step, a label.
 */
let h: Harness;
const refs: Record<string, string> = {};
const CANARY_MS = 123;

beforeAll(async () => {
  h = await startHarness();
  refs.api1 = h.image('api', 'm-1', 'healthy');
  refs.web1 = h.image('web', 'm-1', 'healthy');
  refs.api2 = h.image('api', 'm-2', 'healthy');
  refs.web2 = h.image('web', 'm-2', 'healthy');
  refs.api3 = h.image('api', 'm-3', 'healthy');
});
afterAll(async () => {
  await h?.close();
});

/** `api` in Multiple revision mode; `web` in Single mode; both with one healthy revision. */
async function seed(): Promise<void> {
  h.sandbox.faults.clear();
  await h.sandbox.arm.state.seed({
    apps: [
      { name: 'api', image: refs.api1!, activeRevisionsMode: 'Multiple', minReplicas: 1 },
      { name: 'web', image: refs.web1!, activeRevisionsMode: 'Single', minReplicas: 1 },
    ],
    jobs: [],
  });
}

async function app(name: string): Promise<any> {
  return (await h.sandbox.state()).arm.apps.find((candidate: any) => candidate.name === name);
}
async function revision(appName: string, revisionName: string): Promise<any> {
  return ((await h.sandbox.state()).arm.revisions[appName] as any[]).find((candidate) => candidate.name === revisionName);
}
async function setTraffic(name: string, traffic: TrafficWeight[]): Promise<void> {
  const { value, etag } = await h.arm.getApp(name);
  await h.arm.patchApp(name, { location: value.location, configuration: { ingress: { traffic } } }, etag);
}
/** Who answers `count` requests through the app's FQDN, by revision. */
async function split(fqdn: string, count: number): Promise<Record<string, number>> {
  const answers: Record<string, number> = {};
  for (let i = 0; i < count; i += 1) {
    const { body } = await getJson(`https://${fqdn}/`);
    answers[body.revision] = (answers[body.revision] ?? 0) + 1;
  }
  return answers;
}

describe('a revision that never gets healthy', () => {
  it('is rolled back automatically: the exact previous traffic (Multiple mode), the previous image (Single mode)', async () => {
    await seed();
    const seeded = (await app('api')).properties.latestReadyRevisionName as string;
    await h.freeze(SHA_1, { api: refs.api2!, web: refs.web2! });
    expect((await h.deploy(SHA_1, { apps: ['api=api'], traffic: 'all' })).ok).toBe(true);
    // A split with labels, as a team doing blue/green leaves it.
    await setTraffic('api', [
      { revisionName: seeded, weight: 70, label: 'green' },
      { latestRevision: true, weight: 30, label: 'blue' },
    ]);
    const before = (await app('api')).properties;
    expect(before.latestReadyRevisionName).toBe('api--rev-1a2b3c4');
    const trafficBefore = (await app('api')).properties.configuration.ingress.traffic;
    const webBefore = (await app('web')).properties;
    h.sandbox.faults.arm.neverHealthy({ app: 'api' });

    await h.freeze(SHA_2, { api: refs.api3!, web: refs.web2! });
    // One at a time, web first: web is deployed and healthy before api fails.
    const result = await h.deploy(SHA_2, { apps: ['web=web', 'api=api'], revisionTimeoutMs: 1500, concurrency: 1 });

    expect(result.ok).toBe(false);
    expect(result.record.status).toBe('rolled-back');
    const api = result.record.apps.find((a) => a.app === 'api')!;
    expect(api.message).toMatch(/Revision api--rev-2b3c4d5 of api did not become healthy within 1.5s \(last: .*health Unhealthy/);
    expect(api.rollback).toMatchObject({ restored: 'traffic', ok: true });
    // Exactly as before, `latestRevision: true` included: it still means the same revision,
    // because the failed one never became ready — and it is deactivated so it never can.
    const after = await app('api');
    expect(after.properties.configuration.ingress.traffic).toEqual(trafficBefore);
    expect(after.properties.latestReadyRevisionName).toBe(before.latestReadyRevisionName);
    expect((await revision('api', 'api--rev-2b3c4d5')).properties.active).toBe(false);
    expect(api.rollback!.detail).toContain('api--rev-2b3c4d5 deactivated');
    expect(await split(after.properties.configuration.ingress.fqdn, 10)).toEqual({ [seeded]: 7, 'api--rev-1a2b3c4': 3 });

    // web (Single mode) deployed fine but is rolled back with the rest: its previous image runs again.
    const web = result.record.apps.find((a) => a.app === 'web')!;
    expect(web.status).toBe('rolled-back');
    expect(web.rollback).toMatchObject({ restored: 'image', ok: true, revision: 'web--rev-2b3c4d5-rb' });
    expect((await getJson(`https://${webBefore.configuration.ingress.fqdn}/`)).body).toMatchObject({ revision: 'web--rev-2b3c4d5-rb', image: refs.web1 });
    expect(result.summary).toContain('rollback (traffic, ok): traffic restored to');
  });
});

describe('a revision whose image runs but answers unhealthy', () => {
  it('fails on its own health check instead of waiting out the revision timeout, and is rolled back', async () => {
    await seed();
    const before = (await app('api')).properties;
    const bad = h.image('api', 'm-bad', 'unhealthy');
    const sha = SHA_3.replace('3c', '7c');
    await h.freeze(sha, { api: bad, web: refs.web1! });
    // A revision timeout far beyond this test's own: only failing on the health check can end it in time.
    const result = await h.deploy(sha, { apps: ['api=api'], revisionTimeoutMs: 3_600_000 });

    expect(result.ok).toBe(false);
    const api = result.record.apps.find((a) => a.app === 'api')!;
    expect(api.status).toBe('rolled-back');
    expect(api.message).toMatch(/its revision FQDN https:\/\/localhost:\d+\/health/);
    expect(api.message).toContain('"status":"unhealthy"');
    expect((await app('api')).properties.configuration.ingress.traffic).toEqual(before.configuration.ingress.traffic);
  }, 30_000);
});

describe('a revision that fails to provision', () => {
  it('fails the deploy at once, stops the apps still deploying, and rolls every changed app back', async () => {
    await seed();
    const webBefore = (await app('web')).properties;
    const apiBefore = (await app('api')).properties;
    const slowWeb = h.image('web', 'm-slow', 'slow-start:3s');
    await h.freeze(SHA_2.replace('2b', '9b'), { api: refs.api2!, web: slowWeb });
    h.sandbox.faults.arm.failProvisioning({ app: 'api' });

    const result = await h.deploy(SHA_2.replace('2b', '9b'), { apps: ['web=web', 'api=api'], concurrency: 2 });

    expect(result.ok).toBe(false);
    const [web, api] = result.record.apps;
    expect(api!.message).toContain("Failed to provision revision for container app 'api'");
    expect(api!.message).toContain('az containerapp revision list -n api');
    // web was still starting (slow-start) when api failed: its wait was cut short.
    expect(web!.message).toBe('Stopped because api failed.');
    expect(result.message).toMatch(/^api: Updating container app api failed: .*; web stopped — rolled back$/);
    expect([web!.status, api!.status]).toEqual(['rolled-back', 'rolled-back']);
    expect(web!.rollback).toMatchObject({ restored: 'image', ok: true });
    // The traffic pinned in the failed write is put back as it was stored.
    expect(api!.rollback).toMatchObject({ restored: 'traffic', ok: true });
    expect((await getJson(`https://${webBefore.configuration.ingress.fqdn}/`)).body).toMatchObject({ image: refs.web1 });
    expect((await app('api')).properties.configuration.ingress.traffic).toEqual(apiBefore.configuration.ingress.traffic);
    expect(await split(apiBefore.configuration.ingress.fqdn, 3)).toEqual({ [apiBefore.latestReadyRevisionName]: 3 });
  });
});

describe('canary', () => {
  /** Runs `hook(step)` while the deploy waits at each canary step; other waits pass through. */
  function canaryClock(hook: (step: number) => Promise<void>): Clock {
    let step = 0;
    return {
      now: () => systemClock.now(),
      async sleep(ms, signal) {
        if (ms === CANARY_MS) {
          step += 1;
          await hook(step);
        }
        return systemClock.sleep(ms, signal);
      },
    };
  }

  it('moves traffic step by step, checking the new revision at each, and ends at 100%', async () => {
    await seed();
    await h.freeze(SHA_3, { api: refs.api2!, web: refs.web2! });
    const fqdn = (await app('api')).properties.configuration.ingress.fqdn;
    const seen: Array<Record<string, number>> = [];
    const clock = canaryClock(async () => {
      seen.push(await split(fqdn, 20));
    });
    const result = await h.deploy(SHA_3, { apps: ['api=api'], traffic: 'canary:25,50,100', canaryIntervalMs: CANARY_MS, clock });

    expect(result.ok).toBe(true);
    const seeded = result.record.apps[0]!.previous.revision!;
    expect(seen).toEqual([
      { [seeded]: 15, 'api--rev-3c4d5e6': 5 },
      { [seeded]: 10, 'api--rev-3c4d5e6': 10 },
      { 'api--rev-3c4d5e6': 20 },
    ]);
    expect((await app('api')).properties.configuration.ingress.traffic).toEqual([{ revisionName: 'api--rev-3c4d5e6', weight: 100 }]);
  });

  it('fails at its second step when the new revision dies there, and is rolled back to the exact previous traffic', async () => {
    await seed();
    await h.freeze(SHA_3, { api: refs.api2!, web: refs.web2! });
    const before = (await app('api')).properties;
    const fqdn = before.configuration.ingress.fqdn;
    const atStep: Array<{ traffic: unknown; split: Record<string, number> }> = [];
    const clock = canaryClock(async (step) => {
      atStep.push({ traffic: (await app('api')).properties.configuration.ingress.traffic, split: await split(fqdn, 100) });
      if (step === 2) {
        // The canary crashes under load at 50%: its process is killed, as an OOM kill would.
        const snapshot = h.sandbox.runtime.snapshot().apps.find((a) => a.app === 'api')!;
        const canary = snapshot.revisions.find((r) => r.revision === 'api--rev-3c4d5e6')!;
        process.kill(canary.pid!, 'SIGKILL');
        await h.sandbox.runtime.waitForRevision('api', 'api--rev-3c4d5e6', (state) => state.running === 'Failed', 5000);
      }
    });

    const result = await h.deploy(SHA_3, { apps: ['api=api'], traffic: 'canary:10,50,100', canaryIntervalMs: CANARY_MS, clock });

    expect(result.ok).toBe(false);
    expect(result.record.status).toBe('rolled-back');
    expect(atStep.map((s) => s.traffic)).toEqual([
      [
        { revisionName: 'api--rev-3c4d5e6', weight: 10 },
        { revisionName: before.latestReadyRevisionName, weight: 90 },
      ],
      [
        { revisionName: 'api--rev-3c4d5e6', weight: 50 },
        { revisionName: before.latestReadyRevisionName, weight: 50 },
      ],
    ]);
    // The routers honour the weights exactly (smooth weighted round-robin over 100 requests).
    expect(atStep[0]!.split).toEqual({ [before.latestReadyRevisionName]: 90, 'api--rev-3c4d5e6': 10 });
    const api = result.record.apps[0]!;
    expect(api.message).toMatch(/api--rev-3c4d5e6 of api (stopped running|is no longer healthy) .*at canary step 2 \(50%\)/);
    // The canary became the latest ready revision at step 1, so `latestRevision: true` is written
    // as the revision it meant before the deploy.
    expect((await app('api')).properties.configuration.ingress.traffic).toEqual([{ revisionName: before.latestReadyRevisionName, weight: 100 }]);
    expect(await split(fqdn, 5)).toEqual({ [before.latestReadyRevisionName]: 5 });
    expect(api.rollback).toMatchObject({ restored: 'traffic', ok: true, revision: before.latestReadyRevisionName });
  });

  it('notices traffic changed by someone else between two steps, stops, and leaves their change alone', async () => {
    await seed();
    await h.freeze(SHA_3, { api: refs.api2!, web: refs.web2! });
    const before = (await app('api')).properties;
    const theirs: TrafficWeight[] = [
      { revisionName: before.latestReadyRevisionName, weight: 100 },
      { revisionName: 'api--rev-3c4d5e6', weight: 0, label: 'investigate' },
    ];
    const clock = canaryClock(async (step) => {
      // An operator pulls the canary by hand while it sits at 10%.
      if (step === 1) await setTraffic('api', theirs);
    });

    const result = await h.deploy(SHA_3, { apps: ['api=api'], traffic: 'canary:10,50,100', canaryIntervalMs: CANARY_MS, clock });

    expect(result.ok).toBe(false);
    expect(result.record.status).toBe('failed');
    const api = result.record.apps[0]!;
    expect(api.message).toContain('Container app api was changed by someone else during the deploy (its traffic is');
    expect(api.rollback).toMatchObject({ restored: 'nothing', ok: false, detail: expect.stringContaining('restoring it would overwrite that change') });
    expect((await app('api')).properties.configuration.ingress.traffic).toEqual(theirs);
  });

  it("stages a revision with no traffic and a label: the label's FQDN answers from it, the app's from the old one", async () => {
    await seed();
    await h.freeze(SHA_3, { api: refs.api2!, web: refs.web2! });
    const before = (await app('api')).properties;
    const result = await h.deploy(SHA_3, { apps: ['api=api'], traffic: 'none', label: 'green' });

    expect(result.ok).toBe(true);
    expect((await app('api')).properties.configuration.ingress.traffic).toEqual([
      { revisionName: before.latestReadyRevisionName, weight: 100 },
      { revisionName: 'api--rev-3c4d5e6', weight: 0, label: 'green' },
    ]);
    // The label's own FQDN (`api---green.<env domain>` in Azure) is where a blue/green check goes.
    const labelFqdn = await h.sandbox.runtime.labelFqdn('api', 'green');
    expect((await getJson(`https://${labelFqdn}/`)).body).toMatchObject({ revision: 'api--rev-3c4d5e6', image: refs.api2 });
    expect(await split(before.configuration.ingress.fqdn, 5)).toEqual({ [before.latestReadyRevisionName]: 5 });
  });
});

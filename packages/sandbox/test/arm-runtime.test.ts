import https from 'node:https';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ContainerApp, ContainerAppsAPIClient } from '@azure/arm-appcontainers';
import { createRevisionRuntime, type SandboxRevisionRuntime } from '../src/runtime/index.ts';
import type { ImageBehaviour, ImageCatalog, RevisionHealth, RevisionRunning, RevisionRuntime, TrafficTarget } from '../src/service-interfaces.ts';
import { ensureCa, ensureServerCredentials } from '../src/tls.ts';
import { collect, DIGEST_A, DIGEST_B, DIGEST_C, POLL, rejection, RESOURCE_GROUP, startArmSandbox, type ArmTestSandbox } from './arm-harness.ts';

/**
 * A RevisionRuntime whose revisions' health the test decides, recording every call the ARM API
 * makes — the contract between the two halves, checked without processes.
 */
class ScriptedRuntime implements RevisionRuntime {
  readonly calls: string[] = [];
  readonly started: { app: string; revision: string; image: string; env: Record<string, string> }[] = [];
  readonly traffic = new Map<string, TrafficTarget[]>();
  readonly states = new Map<string, { health: RevisionHealth; running: RevisionRunning; replicas: number }>();
  readonly jobs: { job: string; execution: string; image: string; options: unknown }[] = [];
  refuseStart: string | undefined;
  jobResult: 'Succeeded' | 'Failed' = 'Succeeded';

  async startRevision(app: string, revision: string, image: string, env: Record<string, string> = {}): Promise<void> {
    this.calls.push(`start ${revision}`);
    if (this.refuseStart !== undefined) throw new Error(this.refuseStart);
    this.started.push({ app, revision, image, env });
    this.states.set(revision, { health: 'None', running: 'Processing', replicas: 0 });
  }
  async stopRevision(_app: string, revision: string): Promise<void> {
    this.calls.push(`stop ${revision}`);
    this.states.set(revision, { health: 'None', running: 'Stopped', replicas: 0 });
  }
  revisionState(_app: string, revision: string) {
    const state = this.states.get(revision);
    if (state === undefined) throw new Error(`unknown revision ${revision}`);
    return state;
  }
  healthy(revision: string): void {
    this.states.set(revision, { health: 'Healthy', running: 'Running', replicas: 1 });
  }
  async setTraffic(app: string, targets: readonly TrafficTarget[]): Promise<void> {
    this.calls.push(`traffic ${app} ${targets.map((target) => `${target.revisionName}=${target.weight}${target.label ? `(${target.label})` : ''}`).join(',')}`);
    this.traffic.set(app, [...targets]);
  }
  async appFqdn(app: string): Promise<string> {
    return `localhost:1${app.length}000`;
  }
  async revisionFqdn(_app: string, revision: string): Promise<string> {
    return `localhost:2${revision.length}00`;
  }
  async labelFqdn(_app: string, label: string): Promise<string> {
    return `localhost:3${label.length}00`;
  }
  async runJob(job: string, execution: string, image: string, options?: unknown): Promise<'Succeeded' | 'Failed'> {
    this.jobs.push({ job, execution, image, options });
    return this.jobResult;
  }
  async close(): Promise<void> {}
}

function withImage(app: ContainerApp, image: string, revisionSuffix: string): ContainerApp {
  const [first, ...rest] = app.template!.containers!;
  return { location: app.location, template: { ...app.template, revisionSuffix, containers: [{ ...first!, image }, ...rest] } };
}

describe('the ARM API driving a runtime (contract)', () => {
  let sandbox: ArmTestSandbox;
  let client: ContainerAppsAPIClient;
  const runtime = new ScriptedRuntime();

  beforeAll(async () => {
    sandbox = await startArmSandbox({ runtime });
    client = sandbox.client();
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it('starts the seeded revisions with their image and resolved environment, and routes all traffic to them', async () => {
    const api = runtime.started.find((entry) => entry.app === 'api')!;
    expect(api.image).toBe(DIGEST_A);
    expect(api.env).toMatchObject({
      APP_ENV: 'production',
      DATABASE_PASSWORD: 'sandbox-not-a-real-password',
      CONTAINER_APP_NAME: 'api',
      CONTAINER_APP_REVISION: api.revision,
      CONTAINER_APP_ENV_DNS_SUFFIX: 'cae-shop-prod.sandbox.localhost',
    });
    expect(runtime.traffic.get('api')).toEqual([{ revisionName: api.revision, weight: 100 }]);
    // Health comes from the runtime: still Processing until it says otherwise.
    expect((await client.containerAppsRevisions.getRevision(RESOURCE_GROUP, 'api', api.revision)).runningState).toBe('Processing');
    runtime.healthy(api.revision);
    expect(await client.containerAppsRevisions.getRevision(RESOURCE_GROUP, 'api', api.revision)).toMatchObject({ healthState: 'Healthy', runningState: 'Running', replicas: 1, fqdn: `localhost:2${api.revision.length}00` });
    expect((await client.containerApps.get(RESOURCE_GROUP, 'api')).configuration?.ingress?.fqdn).toBe('localhost:13000');
  });

  it('cuts over in Single mode only once the runtime reports the new revision healthy', async () => {
    const before = await client.containerApps.get(RESOURCE_GROUP, 'api');
    const old = before.latestRevisionName!;
    runtime.healthy(old);
    const updated = await client.containerApps.beginUpdateAndWait(RESOURCE_GROUP, 'api', withImage(before, DIGEST_B, 'rev-two'), POLL);
    expect(runtime.started.at(-1)).toMatchObject({ revision: 'api--rev-two', image: DIGEST_B });
    expect(updated.latestReadyRevisionName).toBe(old);
    expect(runtime.traffic.get('api')).toEqual([{ revisionName: old, weight: 100 }]);
    expect(runtime.calls).not.toContain(`stop ${old}`);

    runtime.healthy('api--rev-two');
    const after = await client.containerApps.get(RESOURCE_GROUP, 'api');
    expect(after.latestReadyRevisionName).toBe('api--rev-two');
    expect(runtime.traffic.get('api')).toEqual([{ revisionName: 'api--rev-two', weight: 100 }]);
    expect(runtime.calls.indexOf(`stop ${old}`)).toBeGreaterThan(runtime.calls.indexOf('start api--rev-two'));
  });

  it('pushes weights and labels to the runtime in Multiple mode', async () => {
    const app = await client.containerApps.get(RESOURCE_GROUP, 'web');
    const old = app.latestRevisionName!;
    runtime.healthy(old);
    await client.containerApps.beginUpdateAndWait(
      RESOURCE_GROUP,
      'web',
      { location: app.location, configuration: { activeRevisionsMode: 'Multiple', ingress: { traffic: [{ revisionName: old, weight: 90, label: 'blue' }, { revisionName: 'web--rev-green', weight: 10, label: 'green' }] } }, template: withImage(app, DIGEST_C, 'rev-green').template },
      POLL,
    );
    expect(runtime.traffic.get('web')).toEqual([
      { revisionName: old, weight: 90, label: 'blue' },
      { revisionName: 'web--rev-green', weight: 10, label: 'green' },
    ]);
  });

  it('fails the operation when the runtime cannot start the revision', async () => {
    const app = await client.containerApps.get(RESOURCE_GROUP, 'api');
    runtime.refuseStart = 'manifest unknown';
    try {
      const error = await rejection(client.containerApps.beginUpdateAndWait(RESOURCE_GROUP, 'api', withImage(app, DIGEST_C, 'rev-unknown'), POLL));
      expect(error.message).toContain("Failed to provision revision for container app 'api'. Error details: manifest unknown");
    } finally {
      runtime.refuseStart = undefined;
    }
  });

  it('runs job executions in the runtime, with the job’s env and replicaTimeout, and reports its result', async () => {
    runtime.jobResult = 'Failed';
    const started = await client.jobs.beginStartAndWait(RESOURCE_GROUP, 'migrate', POLL);
    expect(runtime.jobs.at(-1)).toMatchObject({ job: 'migrate', execution: started.name, image: DIGEST_A, options: { timeoutMs: 1_800_000, env: { CONTAINER_APP_JOB_NAME: 'migrate' } } });
    expect((await client.jobExecution(RESOURCE_GROUP, 'migrate', started.name!)).status).toBe('Failed');
  });
});

// ── with the real runtime: revisions are processes, traffic goes through its routers ─────────

const HEALTHY_V1 = `sandbox.localhost/shop/api@sha256:${'1'.repeat(64)}`;
const HEALTHY_V2 = `sandbox.localhost/shop/api@sha256:${'2'.repeat(64)}`;
const WEB_V1 = `sandbox.localhost/shop/web@sha256:${'3'.repeat(64)}`;
const MIGRATE = `sandbox.localhost/shop/migrate@sha256:${'4'.repeat(64)}`;
const BEHAVIOURS: Record<string, ImageBehaviour> = {
  [HEALTHY_V1]: { kind: 'healthy' },
  [HEALTHY_V2]: { kind: 'healthy' },
  [WEB_V1]: { kind: 'healthy' },
  [MIGRATE]: { kind: 'job-success', durationMs: 50 },
};
const catalog: ImageCatalog = {
  behaviourOf: async (imageRef) => {
    const behaviour = BEHAVIOURS[imageRef];
    if (behaviour === undefined) throw new Error(`manifest unknown: ${imageRef}`);
    return behaviour;
  },
};

describe('the ARM API with the sandbox revision runtime', () => {
  let sandbox: ArmTestSandbox;
  let client: ContainerAppsAPIClient;
  let runtime: SandboxRevisionRuntime;
  let dir: string;
  let caPem: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'deploy-kit-arm-runtime-'));
    const ca = await ensureCa(dir);
    caPem = ca.certPem;
    runtime = await createRevisionRuntime({ credentials: await ensureServerCredentials(ca, dir), catalog, probe: { startupIntervalMs: 50, steadyIntervalMs: 200 } });
    sandbox = await startArmSandbox({ runtime, images: { api: HEALTHY_V1, web: WEB_V1, migrate: MIGRATE } });
    client = sandbox.client();
  });
  afterAll(async () => {
    await sandbox?.close();
    await runtime?.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function untilRevision(name: string, healthState: string): Promise<void> {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const revision = await client.containerAppsRevisions.getRevision(RESOURCE_GROUP, 'api', name);
      if (revision.healthState === healthState && revision.runningState === 'Running') return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`revision ${name} never became ${healthState}`);
  }

  function get(fqdn: string, pathname: string): Promise<{ status: number; json: { revision: string; image: string } }> {
    return new Promise((resolve, reject) => {
      https
        .get(`https://${fqdn}${pathname}`, { ca: caPem, agent: false }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
        })
        .on('error', reject);
    });
  }

  it('deploys a new image to a running process, checks it on its revision FQDN, then splits traffic 90/10 through the app FQDN', async () => {
    const before = await client.containerApps.get(RESOURCE_GROUP, 'api');
    const old = before.latestRevisionName!;
    await untilRevision(old, 'Healthy');

    await client.containerApps.beginUpdateAndWait(
      RESOURCE_GROUP,
      'api',
      { location: before.location, configuration: { activeRevisionsMode: 'Multiple', ingress: { traffic: [{ revisionName: old, weight: 100 }] } }, template: withImage(before, HEALTHY_V2, 'rev-v2').template },
      POLL,
    );
    await untilRevision('api--rev-v2', 'Healthy');
    const fresh = await client.containerAppsRevisions.getRevision(RESOURCE_GROUP, 'api', 'api--rev-v2');
    expect(fresh.trafficWeight).toBe(0);
    const direct = await get(fresh.fqdn!, '/');
    expect(direct.json).toMatchObject({ revision: 'api--rev-v2', image: HEALTHY_V2 });

    const app = await client.containerApps.get(RESOURCE_GROUP, 'api');
    await client.containerApps.beginUpdateAndWait(RESOURCE_GROUP, 'api', { location: app.location, configuration: { ingress: { traffic: [{ revisionName: old, weight: 90 }, { revisionName: 'api--rev-v2', weight: 10 }] } } }, POLL);
    const answered: Record<string, number> = {};
    for (let i = 0; i < 100; i += 1) {
      const { json } = await get(app.configuration!.ingress!.fqdn!, '/');
      answered[json.revision] = (answered[json.revision] ?? 0) + 1;
    }
    expect(answered).toEqual({ [old]: 90, 'api--rev-v2': 10 });
    expect((await collect(client.containerAppsRevisions.listRevisions(RESOURCE_GROUP, 'api'))).map((revision) => [revision.name, revision.trafficWeight])).toEqual([
      [old, 90],
      ['api--rev-v2', 10],
    ]);
  });

  it('runs the migration job as a process until it succeeds', async () => {
    const started = await client.jobs.beginStartAndWait(RESOURCE_GROUP, 'migrate', POLL);
    let status = 'Running';
    for (let attempt = 0; attempt < 200 && status === 'Running'; attempt += 1) {
      status = (await client.jobExecution(RESOURCE_GROUP, 'migrate', started.name!)).status!;
      if (status === 'Running') await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(status).toBe('Succeeded');
  });
});

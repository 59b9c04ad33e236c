import { ArtifactPaths, contracts } from '@deploy-kit/contracts';
import { rollbackFromRecord } from '@deploy-kit/deploy-digest';
import { FAST, getJson, SHA_1, SHA_2, startHarness, type Harness } from './support/sandbox-deploy.ts';

/**
 * One sandbox, one story: deploy a candidate, replay it, deploy the next one, roll it back
 * from its record, replay it again, and refuse a rollback that would undo a later deploy.
 * The tests run in order and each starts from where the previous one left the apps.
 */
let h: Harness;
const refs: Record<string, string> = {};
beforeAll(async () => {
  h = await startHarness();
  refs.api1 = h.image('api', '2.0.0', 'healthy');
  refs.web1 = h.image('web', '2.0.0', 'healthy');
  refs.migrate1 = h.image('migrate', '2.0.0', 'job-success:300ms');
  refs.api2 = h.image('api', '3.0.0', 'healthy');
  refs.web2 = h.image('web', '3.0.0', 'healthy');
  await h.freeze(SHA_1, { api: refs.api1!, web: refs.web1!, migrate: refs.migrate1! }, { migration: true });
  await h.freeze(SHA_2, { api: refs.api2!, web: refs.web2! });
});
afterAll(async () => {
  await h?.close();
});

const writes = () => h.sandbox.arm.state.requests().filter((r) => r.method !== 'GET');
const revisionsOf = async (app: string) => ((await h.sandbox.state()).arm.revisions[app] ?? []).map((r: any) => r.name as string);
async function servedBy(fqdn: string | undefined): Promise<{ revision: string; image: string }> {
  return (await getJson(`https://${fqdn}/`)).body;
}

describe("seed 003's production sequence", () => {
  // Seed 003 runs the migration with the API image. A sandbox image is either a server or a job
  // (its behaviour), so the candidate carries the migration build as an image of its own here.
  it('updates the migration job to the candidate digest, runs it, then deploys API and Web by digest until healthy', async () => {
    const result = await h.deploy(SHA_1, { migration: 'migrate=migrate' });

    expect(h.logger.records.filter((r) => r.level === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.record.status).toBe('succeeded');
    expect(result.migration).toMatchObject({ job: 'migrate', image: refs.migrate1, status: 'Succeeded' });
    const state = await h.sandbox.state();
    const job = state.arm.jobs.find((j: any) => j.name === 'migrate') as any;
    expect(job.properties.template.containers[0].image).toBe(refs.migrate1);
    const executions = state.arm.executions['migrate'] as any[];
    expect(executions.map((e) => [e.name, e.properties.status])).toEqual([[result.migration!.execution, 'Succeeded']]);

    // The migration ran, and finished, before any app was written to.
    const requests = h.sandbox.arm.state.requests();
    const start = requests.findIndex((r) => r.method === 'POST' && r.path.endsWith('/jobs/migrate/start'));
    const firstAppWrite = requests.findIndex((r) => r.method === 'PATCH' && r.path.includes('/containerApps/'));
    const lastExecutionPoll = requests.findLastIndex((r) => r.path.includes(`/executions/${result.migration!.execution}`));
    expect(start).toBeGreaterThanOrEqual(0);
    expect(lastExecutionPoll).toBeGreaterThan(start);
    expect(firstAppWrite).toBeGreaterThan(lastExecutionPoll);

    for (const [app, ref] of [['api', refs.api1], ['web', refs.web1]] as const) {
      const entry = result.record.apps.find((a) => a.app === app)!;
      expect(entry.status).toBe('deployed');
      expect(entry.current.revision).toBe(`${app}--rev-1a2b3c4`);
      expect(entry.current.images).toEqual({ [app]: ref });
      expect(entry.previous.revision).toMatch(new RegExp(`^${app}--`));
      expect(entry.previous.revision).not.toBe(entry.current.revision);
      // The health check went to the new revision's own FQDN, which only it answers.
      const revision = ((await h.sandbox.state()).arm.revisions[app] as any[]).find((r) => r.name === `${app}--rev-1a2b3c4`);
      expect(entry.health).toEqual({ status: 'pass', url: `https://${revision.properties.fqdn}/health`, reason: expect.stringContaining('passing samples in a row') });
      const runtime = h.sandbox.runtime.snapshot().apps.find((a) => a.app === app)!;
      const counts = runtime.revisions.find((r) => r.revision === `${app}--rev-1a2b3c4`)!.requests!.byRevision;
      expect(Object.keys(counts)).toEqual([`${app}--rev-1a2b3c4`]);
      expect(counts[`${app}--rev-1a2b3c4`]).toBeGreaterThanOrEqual(2);
      // The sample app reports what it runs: the app's FQDN is now answered by the new revision.
      expect(await servedBy(entry.fqdn)).toMatchObject({ revision: `${app}--rev-1a2b3c4`, image: ref });
      const record = await h.store.read(contracts.deployRecord, new ArtifactPaths(h.artifactsDir, SHA_1).deployRecord(app));
      expect(record.value).toMatchObject({ status: 'deployed', current: { revision: `${app}--rev-1a2b3c4` }, previous: { revision: entry.previous.revision } });
    }
    const onDisk = await h.store.read(contracts.deploymentRecord, result.recordPath);
    expect(onDisk.value.manifest).toEqual({ path: `candidate/${SHA_1}/manifest.json`, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(onDisk.value.migration).toMatchObject({ job: 'migrate', status: 'Succeeded' });
    expect(result.summary).toMatch(/\| api \| api--\S+ → api--rev-1a2b3c4 \| sha256:[0-9a-f]{12}… \| api--rev-1a2b3c4=100% \| pass \| \d+m?s \| ✅ deployed \|/);
  });

  it('replays the same candidate as a no-op: no write, no new revision, and the record still knows what came before', async () => {
    const before = { api: await revisionsOf('api'), web: await revisionsOf('web') };
    const first = (await h.store.read(contracts.deploymentRecord, new ArtifactPaths(h.artifactsDir, SHA_1).deploymentRecord())).value;
    h.sandbox.arm.state.clearRequests();

    const result = await h.deploy(SHA_1, { migration: 'migrate=migrate' });

    expect(result.ok).toBe(true);
    expect(result.record.apps.map((a) => [a.app, a.status])).toEqual([
      ['api', 'unchanged'],
      ['web', 'unchanged'],
    ]);
    // Not even the migration job runs again: it ran when these digests were deployed.
    expect(writes()).toEqual([]);
    expect(result.migration).toMatchObject({ status: 'NotRun', execution: null });
    expect({ api: await revisionsOf('api'), web: await revisionsOf('web') }).toEqual(before);
    for (const app of result.record.apps) {
      expect(app.previous).toEqual(first.apps.find((a) => a.app === app.app)!.previous);
    }
    expect(result.message).toContain('nothing changed');
    expect(h.logger.text()).toContain('Migration job migrate not run: this is a replay');
  });

  it('deploys the next candidate without the migration and keeps every revision of the first', async () => {
    const result = await h.deploy(SHA_2);
    expect(result.ok).toBe(true);
    const api = result.record.apps.find((a) => a.app === 'api')!;
    expect(api).toMatchObject({ status: 'deployed', previous: { revision: 'api--rev-1a2b3c4', images: { api: refs.api1 } }, current: { revision: 'api--rev-2b3c4d5', images: { api: refs.api2 } } });
    expect(await servedBy(api.fqdn)).toMatchObject({ image: refs.api2 });
    expect(result.record.migration).toBeUndefined();
  });

  it('rolls back from the deployment record: the previous image runs again (Single mode), the record says so', async () => {
    const result = await rollbackFromRecord(
      { sha: SHA_2, artifactsDir: h.artifactsDir, apps: [], force: false, concurrency: 2, revisionTimeoutMs: 20_000 },
      { arm: h.arm, store: h.store, logger: h.logger, pollIntervalMs: FAST.pollIntervalMs },
    );

    expect(result.ok).toBe(true);
    expect(result.record.status).toBe('rolled-back');
    expect(result.record.rollback).toMatchObject({ source: 'record' });
    for (const [app, ref] of [['api', refs.api1], ['web', refs.web1]] as const) {
      const entry = result.record.apps.find((a) => a.app === app)!;
      expect(entry.status).toBe('rolled-back');
      expect(entry.rollback).toMatchObject({ restored: 'image', ok: true, revision: `${app}--rev-2b3c4d5-rb` });
      expect(await servedBy(entry.fqdn)).toEqual(expect.objectContaining({ revision: `${app}--rev-2b3c4d5-rb`, image: ref }));
      const record = await h.store.read(contracts.deployRecord, new ArtifactPaths(h.artifactsDir, SHA_2).deployRecord(app));
      expect(record.value).toMatchObject({ status: 'rolled-back', rollback: { restored: 'image', ok: true } });
    }
    expect(result.summary).toContain('↩️ rolled back');
  });

  it('replays an earlier accepted candidate: its digests are deployed again under a numbered suffix', async () => {
    const result = await h.deploy(SHA_2);
    expect(result.ok).toBe(true);
    const api = result.record.apps.find((a) => a.app === 'api')!;
    expect(api).toMatchObject({ status: 'deployed', previous: { revision: 'api--rev-2b3c4d5-rb', images: { api: refs.api1 } }, current: { revision: 'api--rev-2b3c4d5-2', images: { api: refs.api2 } } });
    expect(await servedBy(api.fqdn)).toMatchObject({ revision: 'api--rev-2b3c4d5-2', image: refs.api2 });
  });

  it('refuses to roll back a record whose deploy a later one replaced, and changes nothing', async () => {
    h.sandbox.arm.state.clearRequests();
    const result = await rollbackFromRecord(
      { sha: SHA_1, artifactsDir: h.artifactsDir, apps: ['api'], force: false, concurrency: 1, revisionTimeoutMs: 20_000 },
      { arm: h.arm, store: h.store, logger: h.logger, pollIntervalMs: FAST.pollIntervalMs },
    );
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/api: refused: api now runs .*shop\/api@sha256:.*not what this record deployed/);
    expect(writes()).toEqual([]);
  });
});

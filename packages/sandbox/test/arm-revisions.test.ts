import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { ContainerAppsAPIClient } from '@azure/arm-appcontainers';
import { collect, DIGEST_B, POLL, rejection, RESOURCE_GROUP, startArmSandbox, type ArmTestSandbox } from './arm-harness.ts';

let sandbox: ArmTestSandbox;
let client: ContainerAppsAPIClient;

beforeAll(async () => {
  sandbox = await startArmSandbox();
  client = sandbox.client();
});
afterAll(async () => {
  await sandbox.close();
});
beforeEach(async () => {
  await sandbox.api.state.reset();
  sandbox.api.faults.reset();
});

/** Switches `api` to Multiple mode with a second revision that gets no traffic; answers both names. */
async function twoRevisions(): Promise<{ old: string; fresh: string }> {
  const app = await client.containerApps.get(RESOURCE_GROUP, 'api');
  const old = app.latestRevisionName!;
  const [container] = app.template!.containers!;
  await client.containerApps.beginUpdateAndWait(
    RESOURCE_GROUP,
    'api',
    {
      location: app.location,
      configuration: { activeRevisionsMode: 'Multiple', ingress: { traffic: [{ revisionName: old, weight: 100 }] } },
      template: { ...app.template, revisionSuffix: 'rev-green', containers: [{ ...container!, image: DIGEST_B }] },
    },
    POLL,
  );
  return { old, fresh: 'api--rev-green' };
}

describe('revisions', () => {
  it('lists and gets revisions with their state', async () => {
    const app = await client.containerApps.get(RESOURCE_GROUP, 'api');
    const listed = await collect(client.containerAppsRevisions.listRevisions(RESOURCE_GROUP, 'api'));
    expect(listed).toHaveLength(1);
    const revision = await client.containerAppsRevisions.getRevision(RESOURCE_GROUP, 'api', app.latestRevisionName!);
    expect(revision).toMatchObject({
      name: app.latestRevisionName,
      type: 'Microsoft.App/containerApps/revisions',
      active: true,
      trafficWeight: 100,
      replicas: 1,
      healthState: 'Healthy',
      runningState: 'Running',
      provisioningState: 'Provisioned',
    });
    expect(revision.id).toBe(`${app.id}/revisions/${app.latestRevisionName}`);
    expect(revision.template).toEqual(app.template);
    expect((await rejection(client.containerAppsRevisions.getRevision(RESOURCE_GROUP, 'api', 'api--nope'))).code).toBe('ResourceNotFound');
  });

  it('deactivates a revision without traffic and activates it again', async () => {
    const { fresh } = await twoRevisions();
    await client.containerAppsRevisions.deactivateRevision(RESOURCE_GROUP, 'api', fresh);
    expect(await client.containerAppsRevisions.getRevision(RESOURCE_GROUP, 'api', fresh)).toMatchObject({ active: false, runningState: 'Stopped', replicas: 0, healthState: 'None' });
    expect((await client.containerAppsRevisions.getRevision(RESOURCE_GROUP, 'api', fresh)).lastActiveTime).toBeInstanceOf(Date);
    await client.containerAppsRevisions.activateRevision(RESOURCE_GROUP, 'api', fresh);
    expect(await client.containerAppsRevisions.getRevision(RESOURCE_GROUP, 'api', fresh)).toMatchObject({ active: true, runningState: 'Running', healthState: 'Healthy' });
  });

  it('refuses to deactivate a revision that still gets traffic', async () => {
    const { old } = await twoRevisions();
    const error = await rejection(client.containerAppsRevisions.deactivateRevision(RESOURCE_GROUP, 'api', old));
    expect(error.statusCode).toBe(400);
    expect(error.code).toBe('ContainerAppRevisionHasTraffic');
    expect((await client.containerAppsRevisions.getRevision(RESOURCE_GROUP, 'api', old)).active).toBe(true);
  });

  it('refuses to activate an old revision in Single mode', async () => {
    const app = await client.containerApps.get(RESOURCE_GROUP, 'api');
    const old = app.latestRevisionName!;
    const [container] = app.template!.containers!;
    await client.containerApps.beginUpdateAndWait(RESOURCE_GROUP, 'api', { location: app.location, template: { ...app.template, containers: [{ ...container!, image: DIGEST_B }] } }, POLL);
    const error = await rejection(client.containerAppsRevisions.activateRevision(RESOURCE_GROUP, 'api', old));
    expect(error.statusCode).toBe(400);
    expect(error.message).toContain('Single revision mode');
  });

  it('restarts an active revision and refuses an inactive one', async () => {
    const { fresh } = await twoRevisions();
    await client.containerAppsRevisions.restartRevision(RESOURCE_GROUP, 'api', fresh);
    await client.containerAppsRevisions.deactivateRevision(RESOURCE_GROUP, 'api', fresh);
    expect((await rejection(client.containerAppsRevisions.restartRevision(RESOURCE_GROUP, 'api', fresh))).code).toBe('ContainerAppRevisionInactive');
  });

  it('authorises revision actions as writes', async () => {
    const { fresh } = await twoRevisions();
    await client.containerAppsRevisions.restartRevision(RESOURCE_GROUP, 'api', fresh);
    expect(sandbox.authorizer.calls.at(-1)).toEqual({ resourceId: expect.stringMatching(/\/containerApps\/api\/revisions\/api--rev-green$/), action: 'write' });
  });
});

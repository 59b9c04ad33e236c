import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { ContainerApp, ContainerAppsAPIClient } from '@azure/arm-appcontainers';
import { ARM_API_VERSION, SANDBOX_SUBSCRIPTION_ID } from '../src/arm/index.ts';
import { collect, DIGEST_A, DIGEST_B, DIGEST_C, etagCapture, POLL, READER_TOKEN, rejection, RESOURCE_GROUP, startArmSandbox, type ArmTestSandbox } from './arm-harness.ts';

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

/** The PATCH deploy-digest sends: the app's own template with a new image and suffix. */
function imageUpdate(app: ContainerApp, image: string, revisionSuffix?: string): ContainerApp {
  const [first, ...rest] = app.template!.containers!;
  return { location: app.location, template: { ...app.template, revisionSuffix, containers: [{ ...first!, image }, ...rest] } };
}

async function revisions(app: string) {
  return collect(client.containerAppsRevisions.listRevisions(RESOURCE_GROUP, app));
}

describe('reading container apps', () => {
  it('answers the seeded apps with the fields the SDK models, in Single mode with ingress and one warm replica', async () => {
    const api = await client.containerApps.get(RESOURCE_GROUP, 'api');
    expect(api.id).toBe(`/subscriptions/${SANDBOX_SUBSCRIPTION_ID}/resourceGroups/${RESOURCE_GROUP}/providers/Microsoft.App/containerApps/api`);
    expect(api.type).toBe('Microsoft.App/containerApps');
    expect(api.location).toBe('West Europe');
    expect(api.provisioningState).toBe('Succeeded');
    expect(api.configuration?.activeRevisionsMode).toBe('Single');
    expect(api.configuration?.ingress?.fqdn).toBe('api.cae-shop-prod.sandbox.localhost');
    expect(api.configuration?.ingress?.traffic).toEqual([{ weight: 100, latestRevision: true }]);
    expect(api.template?.scale?.minReplicas).toBe(1);
    expect(api.template?.containers?.[0]?.image).toBe(DIGEST_A);
    expect(api.latestRevisionName).toMatch(/^api--[a-z][a-z0-9]{6}$/);
    expect(api.latestReadyRevisionName).toBe(api.latestRevisionName);
    expect(api.latestRevisionFqdn).toBe(`${api.latestRevisionName}.cae-shop-prod.sandbox.localhost`);
    // Secret values never come back from GET, only their names.
    expect(api.configuration?.secrets).toEqual([{ name: 'database-password' }]);
  });

  it('lists the apps of the resource group', async () => {
    const apps = await collect(client.containerApps.listByResourceGroup(RESOURCE_GROUP));
    expect(apps.map((app) => app.name).sort()).toEqual(['api', 'web']);
  });

  it('sends and accepts exactly the api-version of the installed SDK, and refuses others as ARM does', async () => {
    await client.containerApps.get(RESOURCE_GROUP, 'web');
    expect(sandbox.api.state.requests().at(-1)?.apiVersion).toBe(ARM_API_VERSION);

    const base = `/subscriptions/${SANDBOX_SUBSCRIPTION_ID}/resourceGroups/${RESOURCE_GROUP}/providers/Microsoft.App/containerApps/web`;
    const older = await sandbox.raw('GET', `${base}?api-version=2023-05-01`);
    expect(older.status).toBe(400);
    expect(older.json.error.code).toBe('NoRegisteredProviderFound');
    expect(older.json.error.message).toContain(ARM_API_VERSION);
    expect((await sandbox.raw('GET', base)).json.error.code).toBe('MissingApiVersionParameter');
    expect((await sandbox.raw('GET', `${base}?api-version=latest`)).json.error.code).toBe('InvalidApiVersionParameter');
  });

  it('refuses what this SDK release does not know: Labels revision mode, other resource types, other methods', async () => {
    const app = await client.containerApps.get(RESOURCE_GROUP, 'web');
    const labels = await rejection(client.containerApps.beginUpdateAndWait(RESOURCE_GROUP, 'web', { location: app.location, configuration: { activeRevisionsMode: 'Labels' } }, POLL));
    expect(labels.statusCode).toBe(400);
    expect(labels.message).toContain("Allowed values are 'Single' and 'Multiple'");
    const base = `/subscriptions/${SANDBOX_SUBSCRIPTION_ID}/resourceGroups/${RESOURCE_GROUP}/providers/Microsoft.App`;
    expect((await sandbox.raw('GET', `${base}/managedEnvironments/cae-shop-prod?api-version=${ARM_API_VERSION}`)).json.error.code).toBe('InvalidResourceType');
    expect((await sandbox.raw('DELETE', `${base}/containerApps/web?api-version=${ARM_API_VERSION}`)).status).toBe(405);
    expect((await sandbox.raw('GET', `/subscriptions/00000000-0000-0000-0000-000000000999/resourceGroups/${RESOURCE_GROUP}/providers/Microsoft.App/containerApps?api-version=${ARM_API_VERSION}`)).json.error.code).toBe('SubscriptionNotFound');
    expect((await sandbox.raw('GET', `/subscriptions/${SANDBOX_SUBSCRIPTION_ID}/resourceGroups/rg-other/providers/Microsoft.App/containerApps?api-version=${ARM_API_VERSION}`)).json.error.code).toBe('ResourceGroupNotFound');
  });

  it('answers a missing app with ARM’s ResourceNotFound', async () => {
    const error = await rejection(client.containerApps.get(RESOURCE_GROUP, 'nope'));
    expect(error.statusCode).toBe(404);
    expect(error.code).toBe('ResourceNotFound');
    expect(error.message).toContain("The Resource 'Microsoft.App/containerApps/nope' under resource group 'rg-shop-prod' was not found");
  });

  it('asks the authorizer about every request, and answers its refusals in ARM’s shape', async () => {
    await client.containerApps.get(RESOURCE_GROUP, 'api');
    expect(sandbox.authorizer.calls.at(-1)).toEqual({ resourceId: `/subscriptions/${SANDBOX_SUBSCRIPTION_ID}/resourceGroups/${RESOURCE_GROUP}/providers/Microsoft.App/containerApps/api`, action: 'read' });

    const reader = sandbox.client(READER_TOKEN);
    const app = await reader.containerApps.get(RESOURCE_GROUP, 'api');
    const denied = await rejection(reader.containerApps.beginUpdateAndWait(RESOURCE_GROUP, 'api', imageUpdate(app, DIGEST_B), POLL));
    expect(denied.statusCode).toBe(403);
    expect(denied.code).toBe('AuthorizationFailed');

    const stranger = await rejection(sandbox.client('not-a-token').containerApps.get(RESOURCE_GROUP, 'api'));
    expect(stranger.statusCode).toBe(401);
    expect(stranger.code).toBe('InvalidAuthenticationToken');
  });
});

describe('an image update through a long-running operation', () => {
  it('creates a new revision that runs and takes all traffic, and the SDK really polls the operation', async () => {
    const before = await client.containerApps.get(RESOURCE_GROUP, 'api');
    const previous = before.latestRevisionName!;
    sandbox.api.state.clearRequests();

    const progress: string[] = [];
    const poller = client.containerApps.update(RESOURCE_GROUP, 'api', imageUpdate(before, DIGEST_B, 'rev-b1b2c3d'), POLL);
    poller.onProgress((state) => progress.push(state.status));
    const updated = await poller.pollUntilDone();

    expect(updated.provisioningState).toBe('Succeeded');
    expect(updated.latestRevisionName).toBe('api--rev-b1b2c3d');
    expect(updated.latestReadyRevisionName).toBe('api--rev-b1b2c3d');
    expect(updated.template?.containers?.[0]?.image).toBe(DIGEST_B);

    const log = sandbox.api.state.requests().map((request) => `${request.method} ${request.status} ${request.path.split('/').slice(-2).join('/')}`);
    expect(log[0]).toBe('PATCH 202 containerApps/api');
    const statusPolls = log.filter((line) => line.includes('containerappOperationStatuses/'));
    expect(statusPolls.length).toBeGreaterThanOrEqual(2);
    expect(log.at(-1)).toMatch(/^GET 200 containerappOperationResults\//);
    expect(progress).toContain('running');

    const all = await revisions('api');
    const fresh = all.find((revision) => revision.name === 'api--rev-b1b2c3d')!;
    expect(fresh).toMatchObject({ active: true, trafficWeight: 100, healthState: 'Healthy', runningState: 'Running', provisioningState: 'Provisioned', replicas: 1 });
    expect(fresh.template?.containers?.[0]?.image).toBe(DIGEST_B);
    expect(fresh.createdTime).toBeInstanceOf(Date);
    expect(fresh.fqdn).toBe('api--rev-b1b2c3d.cae-shop-prod.sandbox.localhost');
    // Single mode: the old revision is deactivated once the new one is ready.
    expect(all.find((revision) => revision.name === previous)).toMatchObject({ active: false, trafficWeight: 0, runningState: 'Stopped' });
  });

  it('shows provisioningState InProgress while the operation runs, then Succeeded', async () => {
    sandbox.api.faults.slowOperations({ inProgressPolls: 3 });
    const before = await client.containerApps.get(RESOURCE_GROUP, 'web');
    const poller = client.containerApps.update(RESOURCE_GROUP, 'web', imageUpdate(before, DIGEST_C.replace('/api@', '/web@')), POLL);
    await poller.submitted();
    const during = await client.containerApps.get(RESOURCE_GROUP, 'web');
    expect(during.provisioningState).toBe('InProgress');
    const during2 = await client.containerAppsRevisions.getRevision(RESOURCE_GROUP, 'web', during.latestRevisionName!);
    expect(during2.provisioningState).toBe('Provisioning');
    expect(during.latestReadyRevisionName).toBe(before.latestRevisionName);
    const after = await poller.pollUntilDone();
    expect(after.provisioningState).toBe('Succeeded');
  });

  it('creates the app with PUT (201 + Azure-AsyncOperation), waiting on the operation status', async () => {
    const api = await client.containerApps.get(RESOURCE_GROUP, 'api');
    sandbox.api.state.clearRequests();
    const created = await client.containerApps.beginCreateOrUpdateAndWait(
      RESOURCE_GROUP,
      'worker',
      { location: 'westeurope', environmentId: api.environmentId, configuration: { activeRevisionsMode: 'multiple' }, template: { containers: [{ name: 'worker', image: DIGEST_C }], scale: { minReplicas: 0, maxReplicas: 2 } } },
      POLL,
    );
    expect(created.provisioningState).toBe('Succeeded');
    expect(created.configuration?.activeRevisionsMode).toBe('Multiple');
    expect(created.configuration?.ingress).toBeUndefined();
    expect(created.latestRevisionFqdn).toBe('');
    const log = sandbox.api.state.requests();
    expect(log[0]).toMatchObject({ method: 'PUT', status: 201 });
    expect(log.at(-1)).toMatchObject({ method: 'GET', status: 200 });
    expect(log.at(-1)!.path.endsWith('/containerApps/worker')).toBe(true);
  });

  it('surfaces a failed provisioning as an error of beginUpdateAndWait, and the old revision keeps serving', async () => {
    const before = await client.containerApps.get(RESOURCE_GROUP, 'api');
    sandbox.api.faults.failProvisioning({ app: 'api' });
    const error = await rejection(client.containerApps.beginUpdateAndWait(RESOURCE_GROUP, 'api', imageUpdate(before, DIGEST_B, 'rev-broken'), POLL));
    expect(error.message).toContain('The long-running operation has failed');
    expect(error.message).toContain('ContainerAppOperationError');
    expect(error.message).toContain("Failed to provision revision for container app 'api'");

    const after = await client.containerApps.get(RESOURCE_GROUP, 'api');
    expect(after.provisioningState).toBe('Failed');
    expect(after.latestRevisionName).toBe('api--rev-broken');
    expect(after.latestReadyRevisionName).toBe(before.latestRevisionName);
    const all = await revisions('api');
    expect(all.find((revision) => revision.name === 'api--rev-broken')).toMatchObject({ provisioningState: 'Failed', healthState: 'Unhealthy', runningState: 'Failed', trafficWeight: 0 });
    expect(all.find((revision) => revision.name === 'api--rev-broken')?.provisioningError).toContain('Failed to provision revision');
    expect(all.find((revision) => revision.name === before.latestRevisionName)).toMatchObject({ active: true, trafficWeight: 100, healthState: 'Healthy' });

    // The fault is spent: the next deploy goes through.
    const retried = await client.containerApps.beginUpdateAndWait(RESOURCE_GROUP, 'api', imageUpdate(after, DIGEST_B, 'rev-fixed'), POLL);
    expect(retried.latestReadyRevisionName).toBe('api--rev-fixed');
  });

  it('keeps the old revision active and ready when the new one never becomes healthy', async () => {
    const before = await client.containerApps.get(RESOURCE_GROUP, 'api');
    sandbox.api.faults.neverHealthy({ app: 'api' });
    const updated = await client.containerApps.beginUpdateAndWait(RESOURCE_GROUP, 'api', imageUpdate(before, DIGEST_B, 'rev-sick'), POLL);
    expect(updated.provisioningState).toBe('Succeeded');
    expect(updated.latestRevisionName).toBe('api--rev-sick');
    expect(updated.latestReadyRevisionName).toBe(before.latestRevisionName);
    const sick = await client.containerAppsRevisions.getRevision(RESOURCE_GROUP, 'api', 'api--rev-sick');
    expect(sick).toMatchObject({ provisioningState: 'Provisioned', healthState: 'Unhealthy', active: true, trafficWeight: 0 });
    const old = await client.containerAppsRevisions.getRevision(RESOURCE_GROUP, 'api', before.latestRevisionName!);
    expect(old).toMatchObject({ active: true, trafficWeight: 100, healthState: 'Healthy' });
  });
});

describe('revision suffixes', () => {
  it.each([
    ['Rev-Upper', 'upper case'],
    ['1abc', 'starting with a digit'],
    ['rev--two', "containing '--'"],
    ['rev-', "ending with '-'"],
    ['rev_x', 'with an underscore'],
    ['r'.repeat(50), 'making the revision name longer than 54 characters'],
  ])('refuses %s (%s) with 400 ContainerAppInvalidRevisionName before any change', async (suffix) => {
    const before = await client.containerApps.get(RESOURCE_GROUP, 'api');
    const error = await rejection(client.containerApps.beginUpdateAndWait(RESOURCE_GROUP, 'api', imageUpdate(before, DIGEST_B, suffix), POLL));
    expect(error.statusCode).toBe(400);
    expect(error.code).toBe('ContainerAppInvalidRevisionName');
    expect(error.message).toContain(`'api--${suffix}'`);
    const after = await client.containerApps.get(RESOURCE_GROUP, 'api');
    expect(after.latestRevisionName).toBe(before.latestRevisionName);
    expect(after.template?.containers?.[0]?.image).toBe(DIGEST_A);
  });

  it('accepts a suffix that makes the revision name exactly 54 characters', async () => {
    const before = await client.containerApps.get(RESOURCE_GROUP, 'api');
    const suffix = `r${'0'.repeat(54 - 'api--'.length - 1)}`;
    const updated = await client.containerApps.beginUpdateAndWait(RESOURCE_GROUP, 'api', imageUpdate(before, DIGEST_B, suffix), POLL);
    expect(updated.latestRevisionName).toHaveLength(54);
  });

  it('refuses a template change that reuses the suffix of an existing revision, as the service does', async () => {
    const before = await client.containerApps.get(RESOURCE_GROUP, 'api');
    const first = await client.containerApps.beginUpdateAndWait(RESOURCE_GROUP, 'api', imageUpdate(before, DIGEST_B, 'rev-1234567'), POLL);
    const error = await rejection(client.containerApps.beginUpdateAndWait(RESOURCE_GROUP, 'api', imageUpdate(first, DIGEST_C, 'rev-1234567'), POLL));
    expect(error.statusCode).toBe(400);
    expect(error.code).toBe('InvalidParameterValueInContainerTemplate');
    expect(error.message).toContain("Field 'template.revisionsuffix' is invalid");
    expect(error.message).toContain('revision with suffix rev-1234567 already exists');
  });

  it('treats a repeat of the same template and suffix as no revision change (a replay is a no-op)', async () => {
    const before = await client.containerApps.get(RESOURCE_GROUP, 'api');
    const first = await client.containerApps.beginUpdateAndWait(RESOURCE_GROUP, 'api', imageUpdate(before, DIGEST_B, 'rev-1234567'), POLL);
    const again = await client.containerApps.beginUpdateAndWait(RESOURCE_GROUP, 'api', imageUpdate(first, DIGEST_B, 'rev-1234567'), POLL);
    expect(again.latestRevisionName).toBe('api--rev-1234567');
    expect((await revisions('api')).map((revision) => revision.name)).toEqual([before.latestRevisionName, 'api--rev-1234567']);
  });
});

describe('traffic in Multiple revision mode', () => {
  async function toMultipleWithNewRevision(): Promise<{ old: string; fresh: string }> {
    const before = await client.containerApps.get(RESOURCE_GROUP, 'api');
    const old = before.latestRevisionName!;
    await client.containerApps.beginUpdateAndWait(
      RESOURCE_GROUP,
      'api',
      {
        location: before.location,
        configuration: { activeRevisionsMode: 'Multiple', ingress: { traffic: [{ revisionName: old, weight: 100 }, { revisionName: 'api--rev-canary1', weight: 0, label: 'canary' }] } },
        template: imageUpdate(before, DIGEST_B, 'rev-canary1').template,
      },
      POLL,
    );
    return { old, fresh: 'api--rev-canary1' };
  }

  it('gives a new revision named in the traffic no weight until told, and keeps its label', async () => {
    const { old, fresh } = await toMultipleWithNewRevision();
    const all = await revisions('api');
    expect(all.find((revision) => revision.name === fresh)).toMatchObject({ active: true, trafficWeight: 0, healthState: 'Healthy' });
    expect(all.find((revision) => revision.name === old)).toMatchObject({ active: true, trafficWeight: 100 });
    const app = await client.containerApps.get(RESOURCE_GROUP, 'api');
    expect(app.configuration?.ingress?.traffic).toEqual([
      { revisionName: old, weight: 100 },
      { revisionName: fresh, weight: 0, label: 'canary' },
    ]);
  });

  it('splits traffic by weight without creating a revision (a pure traffic change)', async () => {
    const { old, fresh } = await toMultipleWithNewRevision();
    const app = await client.containerApps.get(RESOURCE_GROUP, 'api');
    const updated = await client.containerApps.beginUpdateAndWait(
      RESOURCE_GROUP,
      'api',
      { location: app.location, configuration: { ingress: { traffic: [{ revisionName: old, weight: 90, label: 'stable' }, { revisionName: fresh, weight: 10, label: 'canary' }] } } },
      POLL,
    );
    expect(updated.latestRevisionName).toBe(fresh);
    expect(updated.configuration?.ingress?.traffic).toEqual([
      { revisionName: old, weight: 90, label: 'stable' },
      { revisionName: fresh, weight: 10, label: 'canary' },
    ]);
    const all = await revisions('api');
    expect(all).toHaveLength(2);
    expect(Object.fromEntries(all.map((revision) => [revision.name, revision.trafficWeight]))).toEqual({ [old]: 90, [fresh]: 10 });
    // Nothing else of the app changed: the template and its settings are as before.
    expect(updated.template).toEqual(app.template);
  });

  it('refuses weights that do not sum to 100, unknown revisions, duplicate labels and weight on inactive revisions', async () => {
    const { old, fresh } = await toMultipleWithNewRevision();
    const app = await client.containerApps.get(RESOURCE_GROUP, 'api');
    const patch = (traffic: object[]) => client.containerApps.beginUpdateAndWait(RESOURCE_GROUP, 'api', { location: app.location, configuration: { ingress: { traffic } } }, POLL);
    for (const [traffic, text] of [
      [[{ revisionName: old, weight: 60 }, { revisionName: fresh, weight: 30 }], 'must be 100 (got 90)'],
      [[{ revisionName: 'api--ghost', weight: 100 }], "Revision 'api--ghost' in the traffic configuration does not exist"],
      [[{ revisionName: old, weight: 50, label: 'x' }, { revisionName: fresh, weight: 50, label: 'x' }], "label 'x' is used more than once"],
      [[{ revisionName: old, latestRevision: true, weight: 100 }], 'not both'],
    ] as const) {
      const error = await rejection(patch([...traffic]));
      expect(error.statusCode).toBe(400);
      expect(error.code).toBe('ContainerAppInvalidTrafficWeight');
      expect(error.message).toContain(text);
    }
    await client.containerApps.beginUpdateAndWait(RESOURCE_GROUP, 'api', { location: app.location, configuration: { ingress: { traffic: [{ revisionName: fresh, weight: 100 }] } } }, POLL);
    await client.containerAppsRevisions.deactivateRevision(RESOURCE_GROUP, 'api', old);
    const inactive = await rejection(patch([{ revisionName: old, weight: 100 }]));
    expect(inactive.message).toContain('is inactive');
  });

  it('points latestRevision traffic at the latest revision only once it is ready', async () => {
    const { fresh } = await toMultipleWithNewRevision();
    const app = await client.containerApps.get(RESOURCE_GROUP, 'api');
    await client.containerApps.beginUpdateAndWait(RESOURCE_GROUP, 'api', { location: app.location, configuration: { ingress: { traffic: [{ latestRevision: true, weight: 100 }] } } }, POLL);
    expect((await client.containerAppsRevisions.getRevision(RESOURCE_GROUP, 'api', fresh)).trafficWeight).toBe(100);

    sandbox.api.faults.neverHealthy({ app: 'api' });
    const current = await client.containerApps.get(RESOURCE_GROUP, 'api');
    await client.containerApps.beginUpdateAndWait(RESOURCE_GROUP, 'api', imageUpdate(current, DIGEST_C, 'rev-sick'), POLL);
    expect((await client.containerAppsRevisions.getRevision(RESOURCE_GROUP, 'api', fresh)).trafficWeight).toBe(100);
    expect((await client.containerAppsRevisions.getRevision(RESOURCE_GROUP, 'api', 'api--rev-sick')).trafficWeight).toBe(0);
  });

  it('refuses a traffic split in Single mode', async () => {
    const app = await client.containerApps.get(RESOURCE_GROUP, 'api');
    const error = await rejection(
      client.containerApps.beginUpdateAndWait(RESOURCE_GROUP, 'api', { location: app.location, template: imageUpdate(app, DIGEST_B, 'rev-two').template, configuration: { ingress: { traffic: [{ revisionName: app.latestRevisionName, weight: 50 }, { revisionName: 'api--rev-two', weight: 50 }] } } }, POLL),
    );
    expect(error.statusCode).toBe(400);
    expect(error.message).toContain("only when configuration.activeRevisionsMode is 'Multiple'");
  });
});

describe('ETags', () => {
  it('changes the ETag on every write and refuses a stale If-Match with 412', async () => {
    const read = etagCapture();
    const app = await client.containerApps.get(RESOURCE_GROUP, 'api', { onResponse: read.onResponse });
    const first = read.etag!;
    expect(first).toMatch(/^".+"$/);

    await client.containerApps.beginUpdateAndWait(RESOURCE_GROUP, 'api', imageUpdate(app, DIGEST_B, 'rev-one'), { ...POLL, requestOptions: { headers: { 'If-Match': first } } });
    const reread = etagCapture();
    await client.containerApps.get(RESOURCE_GROUP, 'api', { onResponse: reread.onResponse });
    expect(reread.etag).not.toBe(first);

    const stale = await rejection(client.containerApps.beginUpdateAndWait(RESOURCE_GROUP, 'api', imageUpdate(app, DIGEST_C, 'rev-two'), { ...POLL, requestOptions: { headers: { 'If-Match': first } } }));
    expect(stale.statusCode).toBe(412);
    expect(stale.code).toBe('PreconditionFailed');
    expect((await client.containerApps.get(RESOURCE_GROUP, 'api')).template?.containers?.[0]?.image).toBe(DIGEST_B);
  });

  it('honours If-Match: * (must exist) and If-None-Match: * (must not exist)', async () => {
    const app = await client.containerApps.get(RESOURCE_GROUP, 'web');
    await client.containerApps.beginUpdateAndWait(RESOURCE_GROUP, 'web', { location: app.location, tags: { team: 'shop' } }, { ...POLL, requestOptions: { headers: { 'If-Match': '*' } } });
    const spec = { location: app.location, template: { containers: [{ name: 'x', image: DIGEST_C }] } };
    const missing = await rejection(client.containerApps.beginCreateOrUpdateAndWait(RESOURCE_GROUP, 'fresh', spec, { ...POLL, requestOptions: { headers: { 'If-Match': '*' } } }));
    expect(missing.statusCode).toBe(412);
    const exists = await rejection(client.containerApps.beginCreateOrUpdateAndWait(RESOURCE_GROUP, 'web', spec, { ...POLL, requestOptions: { headers: { 'If-None-Match': '*' } } }));
    expect(exists.statusCode).toBe(412);
    const created = await client.containerApps.beginCreateOrUpdateAndWait(RESOURCE_GROUP, 'fresh', spec, { ...POLL, requestOptions: { headers: { 'If-None-Match': '*' } } });
    expect(created.provisioningState).toBe('Succeeded');
  });
});

describe('fields a deploy must not touch', () => {
  it('keeps env, secrets, probes, scale and ingress through an image PATCH, and listSecrets still has the value', async () => {
    const before = await client.containerApps.get(RESOURCE_GROUP, 'api');
    const after = await client.containerApps.beginUpdateAndWait(RESOURCE_GROUP, 'api', imageUpdate(before, DIGEST_B, 'rev-keep'), POLL);
    const { image: _before, ...restBefore } = before.template!.containers![0]!;
    const { image: _after, ...restAfter } = after.template!.containers![0]!;
    expect(restAfter).toEqual(restBefore);
    expect(after.template?.scale).toEqual(before.template?.scale);
    expect({ ...after.configuration, ingress: { ...after.configuration?.ingress } }).toEqual({ ...before.configuration, ingress: { ...before.configuration?.ingress } });
    expect((await client.containerApps.listSecrets(RESOURCE_GROUP, 'api')).value).toEqual([{ name: 'database-password', value: 'sandbox-not-a-real-password' }]);
  });

  it('refuses a secret without a value it cannot keep, instead of clearing it', async () => {
    const app = await client.containerApps.get(RESOURCE_GROUP, 'api');
    const error = await rejection(client.containerApps.beginUpdateAndWait(RESOURCE_GROUP, 'api', { location: app.location, configuration: { secrets: [{ name: 'new-secret' }] } }, POLL));
    expect(error.statusCode).toBe(400);
    expect(error.code).toBe('ContainerAppSecretInvalid');
  });

  it('refuses a template whose env references an undeclared secret', async () => {
    const app = await client.containerApps.get(RESOURCE_GROUP, 'web');
    const [container] = app.template!.containers!;
    const error = await rejection(
      client.containerApps.beginUpdateAndWait(RESOURCE_GROUP, 'web', { location: app.location, template: { ...app.template, containers: [{ ...container!, env: [{ name: 'X', secretRef: 'missing' }] }] } }, POLL),
    );
    expect(error.statusCode).toBe(400);
    expect(error.code).toBe('InvalidParameterValueInContainerTemplate');
  });

  it('refuses minReplicas above maxReplicas', async () => {
    const app = await client.containerApps.get(RESOURCE_GROUP, 'web');
    const error = await rejection(client.containerApps.beginUpdateAndWait(RESOURCE_GROUP, 'web', { location: app.location, template: { ...app.template, scale: { minReplicas: 5, maxReplicas: 2 } } }, POLL));
    expect(error.statusCode).toBe(400);
    expect(error.message).toContain('minReplicas must not be greater than maxReplicas');
  });
});

describe('concurrent writes', () => {
  it('answers 409 while an operation on the app is still running', async () => {
    sandbox.api.faults.slowOperations({ inProgressPolls: 50 });
    const app = await client.containerApps.get(RESOURCE_GROUP, 'web');
    const poller = client.containerApps.update(RESOURCE_GROUP, 'web', { location: app.location, tags: { a: '1' } }, POLL);
    await poller.submitted();
    const error = await rejection(client.containerApps.beginUpdateAndWait(RESOURCE_GROUP, 'web', { location: app.location, tags: { b: '2' } }, POLL));
    expect(error.statusCode).toBe(409);
    expect(error.code).toBe('ContainerAppOperationInProgress');
    sandbox.api.faults.slowOperations({ inProgressPolls: 0 });
  });
});

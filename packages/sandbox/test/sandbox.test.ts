import { existsSync, readFileSync } from 'node:fs';
import { ContainerAppsAPIClient } from '@azure/arm-appcontainers';
import { TEST_SANDBOX_CA_DIR } from '../../../test/setup/sandbox-ca.ts';
import { Sandbox, SANDBOX_ENV_KEYS } from '../src/sandbox.ts';
import { DEFAULT_CIRCLECI_PROJECT, SANDBOX_IDS } from '../src/sandbox-defaults.ts';
import { claimsOf, EXCHANGE_AUDIENCE, federatedCredential } from './identity-helpers.ts';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await Sandbox.start({ caDir: TEST_SANDBOX_CA_DIR });
});

afterAll(async () => {
  await sandbox.stop();
});

afterEach(async () => {
  await sandbox.reset();
});

describe('Sandbox', () => {
  it('gives exactly the environment a pipeline needs', () => {
    const env = sandbox.env();
    expect(Object.keys(env).sort()).toEqual(
      [
        'NODE_EXTRA_CA_CERTS',
        'AZURE_AUTHORITY_HOST',
        'DEPLOYKIT_ARM_ENDPOINT',
        'ACTIONS_ID_TOKEN_REQUEST_URL',
        'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
        'CIRCLE_OIDC_TOKEN_V2',
        'AZURE_TENANT_ID',
        'AZURE_CLIENT_ID',
        'AZURE_SUBSCRIPTION_ID',
        'DEPLOYKIT_RESOURCE_GROUP',
        'DEPLOYKIT_REGISTRY',
      ].sort(),
    );
    expect([...SANDBOX_ENV_KEYS].sort()).toEqual(Object.keys(env).sort());
    expect(readFileSync(env.NODE_EXTRA_CA_CERTS, 'utf8')).toContain('BEGIN CERTIFICATE');
    expect(env.AZURE_AUTHORITY_HOST).toMatch(/^https:\/\/localhost:\d+$/);
    expect(env.DEPLOYKIT_ARM_ENDPOINT).toBe(env.AZURE_AUTHORITY_HOST);
    expect(env.ACTIONS_ID_TOKEN_REQUEST_URL).toBe(`${sandbox.url}/github/idtoken?api-version=2.0`);
    expect(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN.length).toBeGreaterThanOrEqual(32);
    expect(claimsOf(env.CIRCLE_OIDC_TOKEN_V2).aud).toBe(DEFAULT_CIRCLECI_PROJECT.orgId);
    expect(env).toMatchObject({
      AZURE_TENANT_ID: SANDBOX_IDS.tenantId,
      AZURE_CLIENT_ID: SANDBOX_IDS.deployer.appId,
      AZURE_SUBSCRIPTION_ID: SANDBOX_IDS.subscriptionId,
      DEPLOYKIT_RESOURCE_GROUP: SANDBOX_IDS.resourceGroup,
      DEPLOYKIT_REGISTRY: `localhost:${sandbox.port}`,
    });
  });

  it('serves its state at /_sandbox/state, and resets over HTTP', async () => {
    sandbox.directory.addApplication({ displayName: 'added-by-test' });
    sandbox.faults.issuerClockSkew(900);
    const state = (await (await fetch(`${sandbox.url}/_sandbox/state`)).json()) as Awaited<ReturnType<Sandbox['state']>>;
    expect(state.url).toBe(sandbox.url);
    expect(state.resourceGroupId).toBe(`/subscriptions/${SANDBOX_IDS.subscriptionId}/resourceGroups/${SANDBOX_IDS.resourceGroup}`);
    expect(state.identity.directory.applications.map((a) => a.displayName)).toContain('added-by-test');
    expect(state.identity.faults.issuerClockSkewSeconds).toEqual({ github: 900, circleci: 900 });
    expect(state.identity.issuers.map((i) => i.issuer)).toEqual(['https://token.actions.githubusercontent.com', `https://oidc.circleci.com/org/${DEFAULT_CIRCLECI_PROJECT.orgId}`]);

    expect(state.arm.apps.map((app) => app.name)).toEqual(['api', 'web']);
    expect(state.arm.jobs.map((job) => job.name)).toEqual(['migrate']);
    expect(Object.keys(state.registry.repositories)).toEqual(expect.arrayContaining(['shop/api', 'shop/web', 'shop/migrate']));
    expect(state.runtime.apps.map((app) => app.app).sort()).toEqual(['api', 'web']);

    const reset = await fetch(`${sandbox.url}/_sandbox/reset`, { method: 'POST' });
    expect(reset.status).toBe(200);
    expect(sandbox.identity.state().directory.applications.map((a) => a.displayName)).toEqual(['shop-deployer', 'shop-reader', 'shop-no-role']);
    expect(sandbox.identity.state().faults).toEqual({ issuerClockSkewSeconds: { github: 0, circleci: 0 }, entraOutage: null });
  });

  it('seeds api and web running the registry images by digest', async () => {
    const { arm, registry } = await sandbox.state();
    const apiDigest = registry.repositories['shop/api']!.tags['1.0.0'];
    const api = arm.apps.find((app) => app.name === 'api') as { properties: { template: { containers: { image: string }[] } } };
    expect(api.properties.template.containers[0]!.image).toBe(`localhost:${sandbox.port}/shop/api@${apiDigest}`);
  });

  it('lets the real ARM client in with a federated token, and keeps a principal without a role out', async () => {
    const github = async () => sandbox.mintGitHubToken({ audience: EXCHANGE_AUDIENCE });
    const deployer = new ContainerAppsAPIClient(federatedCredential(sandbox, SANDBOX_IDS.deployer.appId, github), sandbox.subscriptionId, { endpoint: sandbox.url });
    const app = await deployer.containerApps.get(sandbox.resourceGroup, 'api');
    expect(app.name).toBe('api');
    expect(app.latestRevisionName).toMatch(/^api--/);

    // What ARM saw is in the state; the token it saw is not.
    const accessToken = (await federatedCredential(sandbox, SANDBOX_IDS.deployer.appId, github).getToken('https://management.azure.com/.default')).token;
    const state = JSON.stringify(await sandbox.state());
    expect(state).toContain('/containerApps/api');
    for (const part of [accessToken, ...accessToken.split('.')]) expect(state).not.toContain(part);

    const outsider = new ContainerAppsAPIClient(federatedCredential(sandbox, SANDBOX_IDS.unassigned.appId, github), sandbox.subscriptionId, { endpoint: sandbox.url });
    await expect(outsider.containerApps.get(sandbox.resourceGroup, 'api')).rejects.toMatchObject({
      statusCode: 403,
      code: 'AuthorizationFailed',
      message: expect.stringContaining(`The client '${SANDBOX_IDS.unassigned.servicePrincipalObjectId}' with object id '${SANDBOX_IDS.unassigned.servicePrincipalObjectId}' does not have authorization to perform action 'Microsoft.App/containerApps/read'`),
    });
  });

  it('takes faults over HTTP, for a shell rehearsing a failure', async () => {
    const post = (body: unknown) => fetch(`${sandbox.url}/_sandbox/faults`, { method: 'POST', body: JSON.stringify(body) });
    expect((await post({ issuerClockSkew: { seconds: 3600, issuer: 'circleci' } })).status).toBe(200);
    expect(sandbox.identity.faults.skewSeconds('circleci')).toBe(3600);
    const armFault = await post({ arm: { throttle: [2, { retryAfterSeconds: 1 }] } });
    expect(await armFault.json()).toMatchObject({ arm: { requestFaults: [{ kind: 'throttle', remaining: 2 }] } });
    expect((await post({ arm: { deleteEverything: [] } })).status).toBe(400);
    expect((await post({ entraOutage: { failures: 1 }, clear: true })).status).toBe(400);
    expect((await post({ clear: true })).status).toBe(200);
    expect(sandbox.identity.faults.skewSeconds('circleci')).toBe(0);
    expect((await sandbox.state()).arm.faults.requestFaults).toEqual([]);
  });

  it('clears faults without touching the directory', async () => {
    sandbox.directory.addApplication({ displayName: 'kept' });
    sandbox.faults.entraOutage({ failures: 3 });
    sandbox.faults.arm.throttle(2);
    sandbox.faults.clear();
    expect(sandbox.identity.state().faults.entraOutage).toBeNull();
    expect((await sandbox.state()).arm.faults.requestFaults).toEqual([]);
    expect(sandbox.identity.state().directory.applications.map((a) => a.displayName)).toContain('kept');
    await sandbox.reset();
  });

  it('answers unknown paths with a JSON 404', async () => {
    const response = await fetch(`${sandbox.url}/nowhere`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'NotFound' } });
  });

  it('runs side by side with another sandbox on the same CA, with short-lived tokens', async () => {
    const other = await Sandbox.start({ caDir: TEST_SANDBOX_CA_DIR, tokenLifetimeSeconds: 5, accessTokenLifetimeSeconds: 60 });
    try {
      expect(other.port).not.toBe(sandbox.port);
      expect(other.env().NODE_EXTRA_CA_CERTS).toBe(sandbox.env().NODE_EXTRA_CA_CERTS);
      for (const token of [other.mintGitHubToken(), other.env().CIRCLE_OIDC_TOKEN_V2]) {
        const claims = claimsOf(token);
        expect(Number(claims.exp) - Number(claims.iat)).toBe(5);
      }
      // A token that short is never served from MSAL's cache: every request is a fresh exchange.
      const credential = federatedCredential(other, SANDBOX_IDS.deployer.appId, async () => other.mintGitHubToken({ audience: EXCHANGE_AUDIENCE }));
      const first = await credential.getToken('https://management.azure.com/.default');
      expect(first.expiresOnTimestamp).toBeLessThan(Date.now() + 120_000);
      await credential.getToken('https://management.azure.com/.default');
      expect(other.identity.state().events.map((e) => e.outcome)).toEqual(['issued', 'issued']);
    } finally {
      await other.stop();
    }
  });

  it('without a directory, works in a temporary one and removes it when stopped', async () => {
    const own = await Sandbox.start();
    expect(existsSync(own.ca.certFile)).toBe(true);
    expect(own.ca.certFile.startsWith(own.dir)).toBe(true);
    await own.stop();
    expect(existsSync(own.dir)).toBe(false);
    await own.stop();
  });
});

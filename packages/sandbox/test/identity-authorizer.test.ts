import { TEST_SANDBOX_CA_DIR } from '../../../test/setup/sandbox-ca.ts';
import { armOperation } from '../src/entra/arm-authorizer.ts';
import { Sandbox } from '../src/sandbox.ts';
import { resourceGroupId, SANDBOX_IDS } from '../src/sandbox-defaults.ts';
import { ARM_SCOPE, EXCHANGE_AUDIENCE, federatedCredential, manualClock, type ManualClock } from './identity-helpers.ts';

let sandbox: Sandbox;
let clock: ManualClock;
const group = resourceGroupId(SANDBOX_IDS.subscriptionId, SANDBOX_IDS.resourceGroup);
const apiApp = `${group}/providers/Microsoft.App/containerApps/api`;

/** A real access token for `clientId`, obtained through the real credential. */
async function accessTokenFor(clientId: string, scope = ARM_SCOPE): Promise<string> {
  const credential = federatedCredential(sandbox, clientId, async () => sandbox.mintGitHubToken({ audience: EXCHANGE_AUDIENCE }));
  return (await credential.getToken(scope)).token;
}

beforeAll(async () => {
  clock = manualClock();
  sandbox = await Sandbox.start({ caDir: TEST_SANDBOX_CA_DIR, clock, accessTokenLifetimeSeconds: 600 });
});

afterAll(async () => {
  await sandbox.stop();
});

afterEach(async () => {
  await sandbox.reset();
});

describe('ARM authorizer', () => {
  it('lets the seeded Contributor read and write in its resource group', async () => {
    const bearer = `Bearer ${await accessTokenFor(SANDBOX_IDS.deployer.appId)}`;
    expect(sandbox.identity.authorizer.authorize(bearer, apiApp, 'write')).toEqual({ ok: true, principalId: SANDBOX_IDS.deployer.servicePrincipalObjectId, clientId: SANDBOX_IDS.deployer.appId });
    expect(sandbox.identity.authorizer.authorize(bearer, `${apiApp}/revisions/api--rev-a8975fa`, 'read')).toMatchObject({ ok: true });
  });

  it('refuses the Contributor outside the scope it was granted, with 403 AuthorizationFailed', async () => {
    const bearer = `Bearer ${await accessTokenFor(SANDBOX_IDS.deployer.appId)}`;
    const elsewhere = `/subscriptions/${SANDBOX_IDS.subscriptionId}/resourceGroups/rg-shop-prod-eu/providers/Microsoft.App/containerApps/api`;
    expect(sandbox.identity.authorizer.authorize(bearer, elsewhere, 'read')).toMatchObject({ ok: false, status: 403, code: 'AuthorizationFailed' });
  });

  it('lets a Reader read but not write', async () => {
    const bearer = `Bearer ${await accessTokenFor(SANDBOX_IDS.reader.appId)}`;
    expect(sandbox.identity.authorizer.authorize(bearer, apiApp, 'read')).toMatchObject({ ok: true });
    const write = sandbox.identity.authorizer.authorize(bearer, apiApp, 'write');
    expect(write).toMatchObject({ ok: false, status: 403, code: 'AuthorizationFailed' });
  });

  it('answers 403 AuthorizationFailed in ARM’s words for a principal without a role assignment', async () => {
    const bearer = `Bearer ${await accessTokenFor(SANDBOX_IDS.unassigned.appId)}`;
    const oid = SANDBOX_IDS.unassigned.servicePrincipalObjectId;
    expect(sandbox.identity.authorizer.authorize(bearer, apiApp, 'write')).toEqual({
      ok: false,
      status: 403,
      code: 'AuthorizationFailed',
      message: `The client '${oid}' with object id '${oid}' does not have authorization to perform action 'Microsoft.App/containerApps/write' over scope '${apiApp}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
    });
  });

  it('honours a role granted later, and its removal', async () => {
    const bearer = `Bearer ${await accessTokenFor(SANDBOX_IDS.unassigned.appId)}`;
    const assignment = sandbox.directory.assignRole({ principalId: SANDBOX_IDS.unassigned.servicePrincipalObjectId, role: 'Contributor', scope: apiApp });
    expect(sandbox.identity.authorizer.authorize(bearer, apiApp, 'write')).toMatchObject({ ok: true });
    expect(sandbox.identity.authorizer.authorize(bearer, `${group}/providers/Microsoft.App/containerApps/web`, 'write')).toMatchObject({ status: 403 });
    sandbox.directory.removeRoleAssignment(assignment.id);
    expect(sandbox.identity.authorizer.authorize(bearer, apiApp, 'write')).toMatchObject({ status: 403 });
  });

  it('answers 401 ExpiredAuthenticationToken once the access token has expired', async () => {
    const bearer = `Bearer ${await accessTokenFor(SANDBOX_IDS.deployer.appId)}`;
    clock.advance(599);
    expect(sandbox.identity.authorizer.authorize(bearer, apiApp, 'read')).toMatchObject({ ok: true });
    clock.advance(2);
    const result = sandbox.identity.authorizer.authorize(bearer, apiApp, 'read');
    expect(result).toMatchObject({ ok: false, status: 401, code: 'ExpiredAuthenticationToken' });
    expect(result.ok === false && result.message).toMatch(/^The access token expiry UTC time '\d+\/\d+\/\d{4} \d+:\d\d:\d\d [AP]M' is earlier than current UTC time '.+'\.$/);
  });

  it('answers 401 for a missing, malformed, forged or wrongly addressed token', async () => {
    const authorize = (header: string | undefined) => sandbox.identity.authorizer.authorize(header, apiApp, 'read');
    expect(authorize(undefined)).toMatchObject({ status: 401, code: 'AuthenticationFailed' });
    expect(authorize('Basic abc')).toMatchObject({ status: 401, code: 'AuthenticationFailed' });
    expect(authorize('Bearer not-a-jwt')).toMatchObject({ status: 401, code: 'InvalidAuthenticationToken', message: 'The access token is invalid.' });
    // An OIDC token is signed, but not by the tenant: ARM refuses it.
    expect(authorize(`Bearer ${sandbox.mintGitHubToken()}`)).toMatchObject({ status: 401, code: 'InvalidAuthenticationToken' });
    const [header, payload, signature] = (await accessTokenFor(SANDBOX_IDS.unassigned.appId)).split('.');
    const deployerPayload = (await accessTokenFor(SANDBOX_IDS.deployer.appId)).split('.')[1];
    expect(authorize(`Bearer ${header}.${deployerPayload}.${signature}`)).toMatchObject({ status: 401, code: 'InvalidAuthenticationToken' });
    expect(authorize(`Bearer ${header}.${payload}.${signature}`)).toMatchObject({ status: 403 });
  });

  it('answers 401 InvalidAuthenticationTokenAudience for a token issued for another resource', async () => {
    sandbox.directory.addApplication({ displayName: 'compass-api', identifierUris: ['api://compass-api'] });
    const token = await accessTokenFor(SANDBOX_IDS.deployer.appId, 'api://compass-api/.default');
    expect(sandbox.identity.authorizer.authorize(`Bearer ${token}`, apiApp, 'read')).toMatchObject({ status: 401, code: 'InvalidAuthenticationTokenAudience' });
  });

  it('accepts tokens for the sandbox ARM endpoint as an audience', async () => {
    const token = await accessTokenFor(SANDBOX_IDS.deployer.appId, `${sandbox.url}/.default`);
    expect(sandbox.identity.authorizer.authorize(`Bearer ${token}`, apiApp, 'write')).toMatchObject({ ok: true });
  });
});

describe('armOperation', () => {
  it.each([
    [`${group}/providers/Microsoft.App/containerApps/api`, 'write', 'Microsoft.App/containerApps/write'],
    [`${group}/providers/Microsoft.App/containerApps/api/revisions/api--rev-1`, 'read', 'Microsoft.App/containerApps/revisions/read'],
    [`${group}/providers/Microsoft.App/jobs`, 'read', 'Microsoft.App/jobs/read'],
    [group, 'read', 'Microsoft.Resources/subscriptions/resourceGroups/read'],
  ] as const)('names %s %s as %s', (id, action, operation) => {
    expect(armOperation(id, action)).toBe(operation);
  });
});

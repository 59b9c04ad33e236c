import { Directory, MAX_FEDERATED_CREDENTIALS, scopeCovers } from '../src/entra/directory.ts';
import { matchFederatedCredential } from '../src/entra/federation.ts';
import { circleCiIssuerFor } from '../src/oidc/circleci-issuer.ts';
import { DEFAULT_CIRCLECI_PROJECT, DEFAULT_GITHUB_RUN, defaultDirectorySeed, SANDBOX_IDS } from '../src/sandbox-defaults.ts';

const GITHUB = 'https://token.actions.githubusercontent.com';

function emptyDirectory(): Directory {
  return new Directory({ tenantId: SANDBOX_IDS.tenantId, tenantDisplayName: 'test', applications: [], roleAssignments: [] });
}

describe('Directory', () => {
  it('is seeded with fixed ids, the deployer’s credentials and its Contributor role', () => {
    const seed = defaultDirectorySeed({ subscriptionId: SANDBOX_IDS.subscriptionId, resourceGroup: SANDBOX_IDS.resourceGroup, github: DEFAULT_GITHUB_RUN, circleci: DEFAULT_CIRCLECI_PROJECT });
    expect(seed).toEqual(defaultDirectorySeed({ subscriptionId: SANDBOX_IDS.subscriptionId, resourceGroup: SANDBOX_IDS.resourceGroup, github: DEFAULT_GITHUB_RUN, circleci: DEFAULT_CIRCLECI_PROJECT }));
    const deployer = seed.applications.find((a) => a.appId === SANDBOX_IDS.deployer.appId)!;
    expect(deployer.federatedCredentials.map((c) => [c.name, c.subject, c.audiences])).toEqual([
      ['github-production', 'repo:acme/shop:environment:production', ['api://AzureADTokenExchange']],
      [
        'circleci-main',
        `org/${DEFAULT_CIRCLECI_PROJECT.orgId}/project/${DEFAULT_CIRCLECI_PROJECT.projectId}/user/${DEFAULT_CIRCLECI_PROJECT.userId}/vcs-origin/github.com/acme/shop/vcs-ref/refs/heads/main`,
        [DEFAULT_CIRCLECI_PROJECT.orgId],
      ],
    ]);
    expect(seed.roleAssignments).toContainEqual(
      expect.objectContaining({ principalId: SANDBOX_IDS.deployer.servicePrincipalObjectId, roleDefinitionName: 'Contributor', scope: `/subscriptions/${SANDBOX_IDS.subscriptionId}/resourceGroups/rg-shop-prod` }),
    );
  });

  it(`allows at most ${MAX_FEDERATED_CREDENTIALS} federated credentials per application, as Entra does`, () => {
    const directory = emptyDirectory();
    const app = directory.addApplication({ displayName: 'many-users' });
    for (let i = 0; i < MAX_FEDERATED_CREDENTIALS; i++) directory.addFederatedCredential(app.appId, { name: `user-${i}`, issuer: GITHUB, subject: `repo:acme/shop:environment:e${i}` });
    expect(() => directory.addFederatedCredential(app.appId, { name: 'one-too-many', issuer: GITHUB, subject: 'repo:acme/shop:environment:x' })).toThrow(/maximum of 20 federated identity credentials/);
  });

  it('refuses what Graph refuses: two audiences, a duplicate issuer and subject, a flexible credential for CircleCI', () => {
    const directory = emptyDirectory();
    const app = directory.addApplication({ displayName: 'strict' });
    expect(() => directory.addFederatedCredential(app.appId, { name: 'two', issuer: GITHUB, subject: 's', audiences: ['a', 'b'] })).toThrow(/exactly one audience/);
    directory.addFederatedCredential(app.appId, { name: 'first', issuer: GITHUB, subject: 'repo:acme/shop:ref:refs/heads/main' });
    expect(() => directory.addFederatedCredential(app.appId, { name: 'second', issuer: GITHUB, subject: 'repo:acme/shop:ref:refs/heads/main' })).toThrow(/already has a federated credential for issuer/);
    expect(() =>
      directory.addFederatedCredential(app.appId, { name: 'flex', issuer: circleCiIssuerFor('o'), claimsMatchingExpression: { value: "claims['sub'] matches 'org/o/*'", languageVersion: 1 } }),
    ).toThrow(/not supported for the issuer/);
    expect(() => directory.addFederatedCredential(app.appId, { name: 'x', issuer: GITHUB, subject: 'y' })).toThrow(/name 'x' is invalid/);
  });

  it('matches GitHub flexible credentials by expression, and CircleCI subjects only exactly', () => {
    const directory = emptyDirectory();
    const app = directory.addApplication({ displayName: 'flexible' });
    directory.addFederatedCredential(app.appId, { name: 'branches', issuer: GITHUB, claimsMatchingExpression: { value: "claims['sub'] matches 'repo:acme/shop:ref:refs/heads/*'", languageVersion: 1 } });
    directory.addFederatedCredential(app.appId, { name: 'circle-wildcard', issuer: circleCiIssuerFor('o'), subject: 'org/o/project/*' });
    const registered = directory.application(app.appId)!;
    const aud = 'api://AzureADTokenExchange';
    expect(matchFederatedCredential(registered, { iss: GITHUB, sub: 'repo:acme/shop:ref:refs/heads/feature-x', aud })).toMatchObject({ ok: true, credential: { name: 'branches' } });
    expect(matchFederatedCredential(registered, { iss: GITHUB, sub: 'repo:acme/shop:environment:production', aud })).toMatchObject({ ok: false, code: 70021 });
    expect(matchFederatedCredential(registered, { iss: circleCiIssuerFor('o'), sub: 'org/o/project/p/user/u', aud })).toMatchObject({ ok: false, code: 70021, hint: expect.stringContaining('wildcard') });
    expect(matchFederatedCredential(registered, { iss: circleCiIssuerFor('o'), sub: 'org/o/project/*', aud })).toMatchObject({ ok: true });
  });

  it('resets to its seed', () => {
    const directory = emptyDirectory();
    directory.addApplication({ displayName: 'temporary' });
    directory.reset();
    expect(directory.snapshot().applications).toEqual([]);
  });

  it('covers a resource from any enclosing scope, case-insensitively, on segment boundaries', () => {
    expect(scopeCovers('/subscriptions/S/resourceGroups/rg', '/subscriptions/s/resourcegroups/RG/providers/Microsoft.App/containerApps/api')).toBe(true);
    expect(scopeCovers('/subscriptions/s/resourceGroups/rg', '/subscriptions/s/resourceGroups/rg-other')).toBe(false);
  });
});

import { SANDBOX_RESOURCE_GROUP, SANDBOX_SUBSCRIPTION_ID } from './arm/constants.ts';
import { Directory, type DirectoryState } from './entra/directory.ts';
import { circleCiIssuerFor, circleCiSubject, type CircleCiProject } from './oidc/circleci-issuer.ts';
import { GITHUB_ISSUER, githubSubject, type GitHubRun } from './oidc/github-issuer.ts';

/**
 * The sandbox's fixed identities. They never change between runs, so tests, docs and a user's
 * env file stay valid. None of them exists in real Azure.
 */
export const SANDBOX_IDS = {
  tenantId: '535050a9-042e-40c6-b6d8-6e1b28c30a6a',
  tenantDisplayName: 'deploy-kit sandbox',
  /** Shared with the ARM API's own defaults, so either part alone agrees with the whole. */
  subscriptionId: SANDBOX_SUBSCRIPTION_ID,
  resourceGroup: SANDBOX_RESOURCE_GROUP,
  /** Contributor on the resource group; trusts the GitHub and CircleCI tokens the sandbox mints. */
  deployer: {
    displayName: 'shop-deployer',
    appId: '75f2b5a5-1738-41da-8e84-61c26ab3bf40',
    objectId: '029f000a-905f-411e-9411-4c2f0d6d05e7',
    servicePrincipalObjectId: '7810757c-cd4f-4cff-bfc4-b50af6ac521c',
  },
  /** Reader on the resource group; trusts the GitHub token. */
  reader: {
    displayName: 'shop-reader',
    appId: '3d49aabb-3572-491d-b446-157ce1308b6d',
    objectId: '642b594f-8e9c-4ea2-8e43-ad41ff80e7ff',
    servicePrincipalObjectId: '60d00bde-4e63-45f4-a6e2-50f2e885d74f',
  },
  /** Trusts the GitHub token but holds no role anywhere: ARM answers 403 AuthorizationFailed. */
  unassigned: {
    displayName: 'shop-no-role',
    appId: '04a80231-d6a9-4163-adc0-eb3000fdbc2c',
    objectId: '484c2534-dd76-45b6-b052-2517e498c84c',
    servicePrincipalObjectId: '1b875472-c10a-4ec2-939a-ae7f2543b760',
  },
} as const;

export const DEFAULT_GITHUB_RUN: GitHubRun = {
  repository: 'acme/shop',
  repositoryId: '781203456',
  repositoryOwnerId: '90412377',
  environment: 'production',
  ref: 'refs/heads/main',
  sha: 'a8975fad10d52814d9ad601d9b9f358d311929ec',
  eventName: 'push',
  workflow: 'deploy',
  workflowPath: '.github/workflows/deploy.yml',
  actor: 'octocat',
  actorId: '583231',
  runId: '9876543210',
  runNumber: '42',
  runAttempt: '1',
};

export const DEFAULT_CIRCLECI_PROJECT: CircleCiProject = {
  orgId: '81a4b78e-f99d-4952-97d9-c12891edbb88',
  projectId: '770c2a16-5238-42c1-aa81-bfe847c33beb',
  userId: '360c83a8-4a86-4a4e-8f59-f5ad8d8aa864',
  vcsOrigin: 'github.com/acme/shop',
  vcsRef: 'refs/heads/main',
  contextIds: ['cedbc79b-db9d-4a1e-a3b1-443c4e878287'],
};

export function resourceGroupId(subscriptionId: string, resourceGroup: string): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}`;
}

export interface DirectorySeedOptions {
  subscriptionId: string;
  resourceGroup: string;
  github: GitHubRun;
  circleci: CircleCiProject;
}

/**
 * The directory the sandbox starts with. The deployer trusts the GitHub-shaped token
 * (`repo:acme/shop:environment:production`, audience `api://AzureADTokenExchange`) and
 * CIRCLE_OIDC_TOKEN_V2 as CircleCI injects it (v2 subject, audience = the organization id).
 * Entra allows one credential per issuer and subject, and one audience per credential, so a
 * CircleCI token minted with `aud: api://AzureADTokenExchange` needs a credential of its own.
 */
export function defaultDirectorySeed(options: DirectorySeedOptions): DirectoryState {
  const directory = new Directory({ tenantId: SANDBOX_IDS.tenantId, tenantDisplayName: SANDBOX_IDS.tenantDisplayName, applications: [], roleAssignments: [] });
  const scope = resourceGroupId(options.subscriptionId, options.resourceGroup);
  const github = { issuer: GITHUB_ISSUER, subject: githubSubject(options.github) };
  const circleIssuer = circleCiIssuerFor(options.circleci.orgId);
  const circleSubject = circleCiSubject(options.circleci, 2);

  const deployer = directory.addApplication({ ...SANDBOX_IDS.deployer });
  directory.addFederatedCredential(deployer.appId, { name: 'github-production', ...github, description: 'GitHub Actions, environment production' });
  directory.addFederatedCredential(deployer.appId, {
    name: 'circleci-main',
    issuer: circleIssuer,
    subject: circleSubject,
    audiences: [options.circleci.orgId],
    description: 'CircleCI main branch: CIRCLE_OIDC_TOKEN_V2 as CircleCI injects it (aud = organization id)',
  });
  directory.assignRole({ principalId: deployer.servicePrincipalObjectId, role: 'Contributor', scope });

  const reader = directory.addApplication({ ...SANDBOX_IDS.reader });
  directory.addFederatedCredential(reader.appId, { name: 'github-production', ...github });
  directory.assignRole({ principalId: reader.servicePrincipalObjectId, role: 'Reader', scope });

  const unassigned = directory.addApplication({ ...SANDBOX_IDS.unassigned });
  directory.addFederatedCredential(unassigned.appId, { name: 'github-production', ...github });
  return directory.snapshot();
}

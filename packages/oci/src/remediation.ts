import { describeSource, isAcr, isDockerHub, isGhcr, type RegistryCredentials } from './credentials.ts';

/** What to do when a registry wants credentials and none were configured. */
export function credentialsRequiredRemediation(registry: string): string {
  if (isGhcr(registry)) {
    return 'The GHCR package is private: give a GitHub username and a token with read:packages (a classic PAT, or GITHUB_TOKEN with `permissions: packages: read` in a workflow whose repository has access to the package).';
  }
  if (isAcr(registry)) {
    return `Authenticate to ${registry} with the Azure identity from oidc-login (it needs the AcrPull role on the registry), or give a registry username and password.`;
  }
  if (isDockerHub(registry)) return 'Give a Docker Hub username and access token; private repositories (and rate limits) need them.';
  return `Give the username and password (or token) for ${registry}.`;
}

/** What to do when the credentials given were rejected outright. */
export function credentialsRefusedRemediation(registry: string, credentials: RegistryCredentials): string {
  const source = describeSource(credentials);
  if (isGhcr(registry)) {
    return `Check ${source}: GHCR needs your GitHub username and a personal access token (classic) with the read:packages scope (plus repo for private repositories) that has not expired or been revoked; in GitHub Actions, GITHUB_TOKEN works when the job has \`permissions: packages: read\`. Test it with: echo "$TOKEN" | docker login ghcr.io -u <username> --password-stdin`;
  }
  if (isAcr(registry)) {
    if (credentials.kind === 'azure') {
      return `Check ${source}: its Azure AD token must be for the registry's tenant, and the registry must accept Entra authentication (authentication-as-arm enabled). Run oidc-login first in the same job.`;
    }
    return `Check ${source} for ${registry}: the admin user must be enabled for admin credentials, and tokens or service-principal secrets must not have expired.`;
  }
  if (isDockerHub(registry)) return `Check ${source}: Docker Hub needs your username and a personal access token that has not been revoked.`;
  return `Check ${source} for ${registry}.`;
}

/** What to do when authenticated credentials may not pull the repository. */
export function accessDeniedRemediation(registry: string, repository: string, credentials: RegistryCredentials): string {
  const source = describeSource(credentials);
  if (isGhcr(registry)) {
    return `The token from ${source} is valid but cannot read ${registry}/${repository}: give it read:packages, and in the package settings (Manage Actions access) grant this repository at least Read.`;
  }
  if (isAcr(registry)) {
    return `The identity from ${source} is valid but cannot pull ${repository}: assign it the AcrPull role on the registry (az role assignment create --role AcrPull --assignee <client-id> --scope <registry resource id>), or a repository-scoped token with pull.`;
  }
  if (isDockerHub(registry)) return `Docker Hub refused ${repository} for ${source}: check the repository name (Docker Hub answers the same for a missing repository) and that the account may read it.`;
  return `Grant ${source} pull access to ${repository} on ${registry}, or check the repository name.`;
}

/**
 * Where registry credentials come from. `source` names the setting the user controls (a secret,
 * an environment variable, an input) so that errors can say which one to check; it is never a
 * secret itself.
 *
 * - `basic`: a username and password. Sent as HTTP Basic to registries that ask for it, and
 *   traded for a bearer token at the realm of a Bearer challenge. GHCR: your GitHub username and a
 *   personal access token with `read:packages` (or the workflow's GITHUB_TOKEN) as the password;
 *   Docker Hub: username and access token; ACR: admin user, token or service principal.
 * - `registry-token`: a registry access token already minted for this registry, sent as-is.
 * - `azure`: Azure Container Registry with an Azure AD (Entra) identity. `getAccessToken` returns an
 *   Azure AD access token for ACR (scope `https://containerregistry.azure.net/.default`, or ARM's);
 *   it is exchanged at `/oauth2/exchange` for an ACR refresh token, then at `/oauth2/token` for a
 *   repository-scoped access token, as ACR documents.
 */
export type RegistryCredentials =
  | { kind: 'anonymous' }
  | { kind: 'basic'; username: string; password: string; source?: string }
  | { kind: 'registry-token'; token: string; source?: string }
  | { kind: 'azure'; getAccessToken: () => Promise<string>; tenantId?: string; source?: string };

/** Credentials per registry host (`registry` as in the reference, e.g. `ghcr.io`, `docker.io`). */
export type CredentialsProvider = (registry: string) => RegistryCredentials | undefined;

export function credentialsFor(option: RegistryCredentials | CredentialsProvider | undefined, registry: string): RegistryCredentials {
  const credentials = typeof option === 'function' ? option(registry) : option;
  return credentials ?? { kind: 'anonymous' };
}

export function describeSource(credentials: RegistryCredentials): string {
  switch (credentials.kind) {
    case 'anonymous':
      return 'no credentials (anonymous)';
    case 'basic':
      return credentials.source ? `the username/password from ${credentials.source}` : `the password for user '${credentials.username}'`;
    case 'registry-token':
      return credentials.source ? `the registry token from ${credentials.source}` : 'the registry token';
    case 'azure':
      return credentials.source ? `the Azure identity from ${credentials.source}` : 'the Azure identity';
  }
}

export function isGhcr(registry: string): boolean {
  return registry === 'ghcr.io';
}

export function isAcr(registry: string): boolean {
  // Public cloud, Azure China, Azure US Government.
  return /\.azurecr\.(io|cn|us)$/.test(registry);
}

export function isDockerHub(registry: string): boolean {
  return registry === 'docker.io';
}

import type { TokenCredential } from '@azure/identity';
import { ConfigurationError, type CiRuntime } from '@deploy-kit/core';
import { createAzureCredential } from './credential.ts';
import { LOGIN_ENV } from './login.ts';
import { OidcAssertionSource } from './oidc-assertions.ts';

export interface AzureSession {
  credential: TokenCredential;
  armEndpoint: string;
  subscriptionId: string | undefined;
  /** How many OIDC tokens were fetched from the CI so far (a long job fetches more than one). */
  assertionFetches(): number;
}

const DEFAULT_AUTHORITY = 'https://login.microsoftonline.com';
const DEFAULT_ARM = 'https://management.azure.com';

/**
 * The Azure session a later step inherits from oidc-login: the variables it exported, plus
 * fresh OIDC assertions from the CI whenever the previous one is close to expiry. No secret is
 * passed between steps.
 */
export function azureSessionFromEnvironment(runtime: CiRuntime): AzureSession {
  const env = runtime.env;
  const clientId = env[LOGIN_ENV.clientId];
  const tenantId = env[LOGIN_ENV.tenantId];
  if (!clientId || !tenantId) {
    throw new ConfigurationError('No Azure login in this job: AZURE_CLIENT_ID and AZURE_TENANT_ID are not set.', {
      remediation: 'Run the oidc-login step (deploy-kit oidc-login) earlier in the same job.',
    });
  }
  const audience = env[LOGIN_ENV.audience] ?? 'api://AzureADTokenExchange';
  const assertions = new OidcAssertionSource({ runtime, audience, tokenFile: env[LOGIN_ENV.tokenFile] });
  const credential = createAzureCredential({ clientId, tenantId, audience, authorityHost: env[LOGIN_ENV.authorityHost] ?? DEFAULT_AUTHORITY }, assertions);
  return {
    credential,
    armEndpoint: env[LOGIN_ENV.armEndpoint] ?? DEFAULT_ARM,
    subscriptionId: env[LOGIN_ENV.subscriptionId],
    assertionFetches: () => assertions.fetchCount,
  };
}

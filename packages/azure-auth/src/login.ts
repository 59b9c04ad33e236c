import path from 'node:path';
import type { CiRuntime } from '@deploy-kit/core';
import { readSubscription, type SubscriptionInfo } from './arm-read.ts';
import { createAzureCredential, getTokenWithRetry, type RetryOptions } from './credential.ts';
import { OidcAssertionSource } from './oidc-assertions.ts';

export interface AzureLoginConfig {
  clientId: string;
  tenantId: string;
  subscriptionId: string;
  audience: string;
  authorityHost: string;
  armEndpoint: string;
}

export interface AzureLoginResult {
  subscription: SubscriptionInfo;
  expiresOn: Date;
  subject: string | undefined;
  issuer: string | undefined;
  tokenFile: string;
}

/** Variables later steps read: @azure/identity's WorkloadIdentityCredential, `az login --federated-token`, and deploy-kit. */
export const LOGIN_ENV = {
  clientId: 'AZURE_CLIENT_ID',
  tenantId: 'AZURE_TENANT_ID',
  subscriptionId: 'AZURE_SUBSCRIPTION_ID',
  authorityHost: 'AZURE_AUTHORITY_HOST',
  tokenFile: 'AZURE_FEDERATED_TOKEN_FILE',
  armEndpoint: 'DEPLOYKIT_ARM_ENDPOINT',
  audience: 'DEPLOYKIT_OIDC_AUDIENCE',
} as const;

export function armScope(armEndpoint: string): string {
  return `${new URL(armEndpoint).origin}/.default`;
}

export function defaultTokenFile(runtime: CiRuntime): string {
  return path.join(runtime.context.tempDir, 'deploy-kit', `azure-federated-token-${process.pid}.jwt`);
}

/**
 * Exchanges the CI's OIDC token for an ARM token, proves it with one ARM read, and exports
 * what later steps need (never the access token itself).
 */
export async function azureLogin(config: AzureLoginConfig, runtime: CiRuntime, options: { retry?: RetryOptions; tokenFile?: string } = {}): Promise<AzureLoginResult> {
  const tokenFile = options.tokenFile ?? defaultTokenFile(runtime);
  const assertions = new OidcAssertionSource({ runtime, audience: config.audience, tokenFile });
  // The CI's token first: a missing OIDC permission is reported as such, not as a failed exchange.
  await assertions.getAssertion();
  const credential = createAzureCredential(config, assertions);
  const accessToken = await getTokenWithRetry(credential, armScope(config.armEndpoint), { config, assertions, log: runtime.log }, options.retry);
  runtime.setSecret(accessToken.token);
  const subscription = await readSubscription(config.armEndpoint, config.subscriptionId, accessToken.token);

  runtime.exportVariable(LOGIN_ENV.clientId, config.clientId);
  runtime.exportVariable(LOGIN_ENV.tenantId, config.tenantId);
  runtime.exportVariable(LOGIN_ENV.subscriptionId, config.subscriptionId);
  runtime.exportVariable(LOGIN_ENV.authorityHost, config.authorityHost);
  runtime.exportVariable(LOGIN_ENV.tokenFile, tokenFile);
  runtime.exportVariable(LOGIN_ENV.armEndpoint, config.armEndpoint);
  runtime.exportVariable(LOGIN_ENV.audience, config.audience);

  return {
    subscription,
    expiresOn: new Date(accessToken.expiresOnTimestamp),
    subject: assertions.claims?.sub,
    issuer: assertions.claims?.iss,
    tokenFile,
  };
}

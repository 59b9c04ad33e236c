import { ClientAssertionCredential, type AccessToken } from '@azure/identity';
import { DeployKitError, type Logger } from '@deploy-kit/core';
import { entraFailure, isRetryable } from './aadsts.ts';
import { explainEntraFailure, AzureLoginError, type LoginSubject } from './explain.ts';
import type { OidcAssertionSource } from './oidc-assertions.ts';

const PUBLIC_AUTHORITIES = new Set(['login.microsoftonline.com', 'login.microsoftonline.us', 'login.chinacloudapi.cn', 'login.partner.microsoftonline.cn']);

export interface AzureCredentialConfig extends LoginSubject {
  authorityHost: string;
}

/**
 * A ClientAssertionCredential fed by the CI's OIDC tokens. Instance discovery is turned off for
 * authorities Microsoft does not know (the sandbox, private clouds): MSAL would otherwise ask
 * the public cloud about them.
 */
export function createAzureCredential(config: AzureCredentialConfig, assertions: OidcAssertionSource): ClientAssertionCredential {
  const host = new URL(config.authorityHost).hostname;
  return new ClientAssertionCredential(config.tenantId, config.clientId, () => assertions.getAssertion(), {
    authorityHost: config.authorityHost,
    disableInstanceDiscovery: !PUBLIC_AUTHORITIES.has(host),
  });
}

export interface RetryOptions {
  attempts?: number;
  baseDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** Gets a token, retrying clock skew (AADSTS700024) and transient failures with backoff. */
export async function getTokenWithRetry(
  credential: ClientAssertionCredential,
  scope: string,
  context: { config: AzureCredentialConfig; assertions: OidcAssertionSource; log: Logger },
  retry: RetryOptions = {},
): Promise<AccessToken> {
  const attempts = retry.attempts ?? 4;
  const sleep = retry.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      const token = await credential.getToken(scope);
      if (!token) throw new AzureLoginError('Entra returned no access token.', 'Retry the job; if it persists, check the Entra service health.');
      return token;
    } catch (error) {
      const failure = entraFailure(error);
      if (attempt < attempts && isRetryable(failure, error)) {
        const delay = (retry.baseDelayMs ?? 1000) * 2 ** (attempt - 1);
        context.log.warning(`Token exchange failed (${failure ? `AADSTS${failure.code}` : (error as Error).message.split('\n')[0]}); retrying in ${delay} ms (attempt ${attempt + 1} of ${attempts}).`);
        await sleep(delay);
        continue;
      }
      if (failure) throw explainEntraFailure(failure, context.assertions.claims, context.config, error);
      // Our own errors (from fetching the OIDC assertion) arrive wrapped by the SDK; say them as they are.
      const own = ownError(error);
      if (own) throw own;
      throw new AzureLoginError(`Token exchange with ${context.config.authorityHost} failed: ${(error as Error).message.split('\n')[0]}`, "Check 'authority-host' and network access to it.", undefined, error);
    }
  }
}

function ownError(error: unknown): DeployKitError | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof DeployKitError) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

import { ClientAssertionCredential } from '@azure/identity';
import { decodeJwt, type JwtClaims } from '../src/jwt/jwt.ts';
import type { Clock } from '../src/jwt/clock.ts';
import type { Sandbox } from '../src/sandbox.ts';

export const ARM_SCOPE = 'https://management.azure.com/.default';
export const EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';

export interface ManualClock extends Clock {
  advance(seconds: number): void;
}

/** A clock the test moves; starts at the real time so MSAL's own checks see sane values. */
export function manualClock(startMs = Date.now()): ManualClock {
  let now = startMs;
  return {
    now: () => now,
    advance: (seconds) => {
      now += seconds * 1000;
    },
  };
}

/** The real credential, pointed at the sandbox as oidc-login points it at a sovereign cloud. */
export function federatedCredential(sandbox: Sandbox, clientId: string, getAssertion: () => Promise<string>, tenantId = sandbox.tenantId): ClientAssertionCredential {
  return new ClientAssertionCredential(tenantId, clientId, getAssertion, { authorityHost: sandbox.url, disableInstanceDiscovery: true });
}

export function claimsOf(token: string): JwtClaims {
  return decodeJwt(token).claims;
}

/** Runs a token request that must fail; returns the error so the test can look at it. */
export async function tokenFailure(credential: ClientAssertionCredential, scope = ARM_SCOPE): Promise<Error> {
  try {
    await credential.getToken(scope);
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the token request to fail, and it succeeded');
}

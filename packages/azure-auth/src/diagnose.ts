import type { CiRuntime } from '@deploy-kit/core';
import { describeClaims, federatedCredentialAdvice } from './explain.ts';
import { decodeClaims } from './jwt-claims.ts';

/**
 * `deploy-kit oidc-login --explain`: what token this CI would present and which federated
 * credential would accept it, without exchanging anything.
 */
export async function explainLogin(runtime: CiRuntime, subject: { clientId: string; tenantId: string; audience: string }): Promise<string> {
  const token = await runtime.oidcToken(subject.audience);
  runtime.setSecret(token);
  const claims = decodeClaims(token);
  return [`Runtime: ${runtime.kind}`, describeClaims(claims), federatedCredentialAdvice(claims, subject)].filter(Boolean).join('\n');
}

import { InputError } from '@deploy-kit/core';
import type { ChangeScopes } from '@deploy-kit/contracts';

export const SCOPE_NAMES = ['runtime', 'infra', 'identity', 'requiresInfraConvergence', 'migration'] as const satisfies ReadonlyArray<keyof ChangeScopes>;

/** Accepts the seed's camelCase names and kebab-case, case-insensitively. */
export function parseScopes(items: readonly string[], input = 'scopes'): ChangeScopes {
  const scopes: ChangeScopes = { runtime: false, infra: false, identity: false, requiresInfraConvergence: false, migration: false };
  const byKey = new Map(SCOPE_NAMES.map((name) => [name.toLowerCase(), name]));
  for (const item of items) {
    const key = byKey.get(item.replace(/-/g, '').toLowerCase());
    if (!key) throw new InputError(input, `'${item}' is not a change scope.`, `Use any of: ${SCOPE_NAMES.join(', ')}.`);
    scopes[key] = true;
  }
  return scopes;
}

/** Seed 003: control-plane approval is required when infra, identity or infra convergence is in scope. */
export function requiresControlPlaneApproval(scopes: ChangeScopes): boolean {
  return scopes.infra || scopes.identity || scopes.requiresInfraConvergence;
}

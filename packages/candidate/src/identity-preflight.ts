import { ConfigurationError } from '@deploy-kit/core';

export interface IdentityConfig {
  /** Canonical identity URI (API_IDENTIFIER_URI). */
  apiIdentifierUri?: string;
  /** Legacy fallback during the transition (ENTRA_AUDIENCE). */
  entraAudience?: string;
}

export interface IdentityPreflightResult {
  identifierUri: string;
  source: 'API_IDENTIFIER_URI' | 'ENTRA_AUDIENCE';
}

/**
 * Seed 003's identity config preflight: resolve API_IDENTIFIER_URI first, fall back to
 * ENTRA_AUDIENCE, fail if both are set and differ, fail unless the result is `api://…`.
 */
export function identityPreflight(config: IdentityConfig): IdentityPreflightResult {
  const canonical = config.apiIdentifierUri?.trim() || undefined;
  const legacy = config.entraAudience?.trim() || undefined;
  if (canonical && legacy && canonical !== legacy) {
    throw new ConfigurationError(`API_IDENTIFIER_URI ('${canonical}') and ENTRA_AUDIENCE ('${legacy}') are both set and differ.`, {
      remediation: 'Set them to the same api://… value, or remove ENTRA_AUDIENCE now that API_IDENTIFIER_URI is the canonical setting.',
    });
  }
  const resolved = canonical ?? legacy;
  if (!resolved) {
    throw new ConfigurationError('Neither API_IDENTIFIER_URI nor ENTRA_AUDIENCE is set.', {
      remediation: "Set API_IDENTIFIER_URI in the environment's variables to the API's identifier URI (api://…).",
    });
  }
  if (!resolved.startsWith('api://') || resolved.length <= 'api://'.length) {
    throw new ConfigurationError(`${canonical ? 'API_IDENTIFIER_URI' : 'ENTRA_AUDIENCE'} is '${resolved}', which is not an api://… identifier URI.`, {
      remediation: "Use the app registration's Application ID URI, e.g. api://compass-api.",
    });
  }
  return { identifierUri: resolved, source: canonical ? 'API_IDENTIFIER_URI' : 'ENTRA_AUDIENCE' };
}

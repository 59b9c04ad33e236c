import { readFile } from 'node:fs/promises';
import { ConfigurationError } from '../errors.ts';
import { DeployKitEnv, type Env } from './ci-runtime.ts';

/**
 * CircleCI injects its OIDC tokens as environment variables. V2 carries richer subject claims;
 * V1 is the fallback for older projects.
 */
export function circleCiOidcToken(env: Env): string {
  const token = env.CIRCLE_OIDC_TOKEN_V2 || env.CIRCLE_OIDC_TOKEN;
  if (!token) {
    throw new ConfigurationError('No CircleCI OIDC token: neither CIRCLE_OIDC_TOKEN_V2 nor CIRCLE_OIDC_TOKEN is set.', {
      remediation: 'Run the job with a context (OIDC tokens are only injected into jobs that use at least one context), on CircleCI cloud.',
    });
  }
  return token;
}

/** On a laptop or another CI the token comes from a file or a variable the user provides. */
export async function cliOidcToken(env: Env): Promise<string> {
  const file = env[DeployKitEnv.oidcTokenFile] || env.AZURE_FEDERATED_TOKEN_FILE;
  if (file) {
    try {
      return (await readFile(file, 'utf8')).trim();
    } catch (error) {
      throw new ConfigurationError(`Cannot read the OIDC token file ${file}: ${(error as Error).message}`, {
        remediation: `Point ${DeployKitEnv.oidcTokenFile} at a readable file holding one JWT.`,
      });
    }
  }
  const token = env[DeployKitEnv.oidcToken];
  if (token) return token.trim();
  throw new ConfigurationError('No OIDC token source is configured for this shell.', {
    remediation: `Set ${DeployKitEnv.oidcTokenFile} to a file holding the JWT (or ${DeployKitEnv.oidcToken} to the JWT itself).`,
  });
}

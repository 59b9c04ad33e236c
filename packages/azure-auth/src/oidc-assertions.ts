import { execFile } from 'node:child_process';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { ConfigurationError, type CiRuntime, type Logger } from '@deploy-kit/core';
import { CIRCLECI_ISSUER_PREFIX } from './federated-credential.ts';
import { audiences, decodeClaims, secondsToExpiry, type OidcClaims } from './jwt-claims.ts';

const run = promisify(execFile);

/** Re-fetch an assertion this long before it expires, so an exchange never races expiry. */
const EXPIRY_MARGIN_SECONDS = 60;

export interface AssertionSourceOptions {
  runtime: CiRuntime;
  audience: string;
  /** Where to keep the current token for later steps and `az login --federated-token`. */
  tokenFile?: string;
  now?: () => number;
  /** Mints a CircleCI token for another audience; defaults to `circleci run oidc get`. */
  mintCircleCi?: (audience: string, env: Readonly<Record<string, string | undefined>>) => Promise<string | undefined>;
}

async function circleCiCliMint(audience: string, env: Readonly<Record<string, string | undefined>>): Promise<string | undefined> {
  try {
    const { stdout } = await run('circleci', ['run', 'oidc', 'get', '--claims', JSON.stringify({ aud: audience })], { timeout: 30_000, env: env as NodeJS.ProcessEnv });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Supplies OIDC assertions to @azure/identity. Each call returns a token valid for at least a
 * minute, fetching a fresh one from the CI when the cached one is about to expire — which is
 * how a job longer than one token's life keeps working.
 */
export class OidcAssertionSource {
  readonly #options: AssertionSourceOptions;
  #current: { token: string; claims: OidcClaims | undefined } | undefined;
  #fetches = 0;

  constructor(options: AssertionSourceOptions) {
    this.#options = options;
  }

  get fetchCount(): number {
    return this.#fetches;
  }

  get claims(): OidcClaims | undefined {
    return this.#current?.claims;
  }

  async getAssertion(): Promise<string> {
    const now = (this.#options.now ?? Date.now)();
    const remaining = this.#current?.claims ? secondsToExpiry(this.#current.claims, now) : undefined;
    if (this.#current && remaining !== undefined && remaining > EXPIRY_MARGIN_SECONDS) return this.#current.token;
    const token = await this.#fetch(this.#options.runtime.log);
    this.#current = { token, claims: decodeClaims(token) };
    if (this.#options.tokenFile) await writeTokenFile(this.#options.tokenFile, token);
    return token;
  }

  async #fetch(log: Logger): Promise<string> {
    const { runtime, audience } = this.#options;
    this.#fetches++;
    let token = await runtime.oidcToken(audience);
    runtime.setSecret(token);
    const claims = decodeClaims(token);
    if (claims?.iss?.startsWith(CIRCLECI_ISSUER_PREFIX) && !audiences(claims).includes(audience)) {
      const minted = await (this.#options.mintCircleCi ?? circleCiCliMint)(audience, runtime.env);
      if (minted) {
        runtime.setSecret(minted);
        log.debug(`Minted a CircleCI OIDC token for audience ${audience}.`);
        token = minted;
      } else {
        const orgId = claims.iss.slice(CIRCLECI_ISSUER_PREFIX.length);
        log.warning(
          `The CircleCI token's audience is the organization id '${orgId}', not '${audience}', and 'circleci run oidc get' is not available here. ` +
            `Set the 'audience' input to '${orgId}' and register it as the federated credential's audience.`,
        );
      }
    }
    return token;
  }
}

export async function writeTokenFile(file: string, token: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, token, { mode: 0o600 });
  await chmod(file, 0o600);
}

export function requireClaims(claims: OidcClaims | undefined): OidcClaims {
  if (!claims) throw new ConfigurationError('The CI returned an OIDC token that is not a JWT.', { remediation: 'Check the OIDC token source configured for this runtime.' });
  return claims;
}

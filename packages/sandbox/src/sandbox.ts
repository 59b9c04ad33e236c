import { mkdtemp, rm } from 'node:fs/promises';
import { silentLogger, type Logger } from '@deploy-kit/core';
import os from 'node:os';
import path from 'node:path';
import { createArmApi, type ArmApi, type ArmFaults, type ArmStateSnapshot } from './arm/index.ts';
import { startHttpsServer, type RouteHandler, type RunningServer } from './http.ts';
import { createAdminRoutes } from './sandbox-admin.ts';
import type { SandboxEnv } from './sandbox-env.ts';
import { systemClock, type Clock } from './jwt/clock.ts';
import type { DirectoryState } from './entra/directory.ts';
import type { EntraOutageOptions, IdentityFaults } from './entra/identity-faults.ts';
import type { IdentityEvent } from './entra/identity-events.ts';
import { SandboxIdentity, type SandboxIdentityState } from './entra/sandbox-identity.ts';
import type { CircleCiProject, CircleCiTokenRequest } from './oidc/circleci-issuer.ts';
import type { GitHubRun, GitHubTokenRequest } from './oidc/github-issuer.ts';
import type { IssuerName } from './oidc/trusted-issuer.ts';
import { DEFAULT_CIRCLECI_PROJECT, DEFAULT_GITHUB_RUN, defaultDirectorySeed, resourceGroupId, SANDBOX_IDS } from './sandbox-defaults.ts';
import { createSandboxRegistry, type RegistryFault, type RegistryState, type SandboxRegistry } from './registry/index.ts';
import { createRevisionRuntime, type RuntimeSnapshot, type SandboxRevisionRuntime } from './runtime/index.ts';
import { ensureCa, ensureServerCredentials, type SandboxCa, type ServerCredentials } from './tls.ts';

export interface SandboxOptions {
  /** The sandbox's working directory; also holds its CA, certificate and signing keys unless `caDir` is given. Default: a temporary directory removed by `stop()`. */
  dir?: string;
  /**
   * A directory holding (or to hold) the CA, the localhost certificate and the signing keys,
   * e.g. the one the test setup trusts. Create it once before starting sandboxes in parallel.
   */
  caDir?: string;
  /** Default: an ephemeral port. The sandbox listens on 127.0.0.1 only. */
  port?: number;
  /** Where the identity side reads the time; tests pass one they can move. */
  clock?: Clock;
  /** Lifetime of the GitHub- and CircleCI-shaped ID tokens. Default: 300 s (GitHub), 3600 s (CircleCI). */
  tokenLifetimeSeconds?: number;
  /** Lifetime of Entra access tokens. Default: 3600 s. */
  accessTokenLifetimeSeconds?: number;
  subscriptionId?: string;
  resourceGroup?: string;
  github?: Partial<GitHubRun>;
  circleci?: Partial<CircleCiProject>;
  /** Replaces the seeded directory (app registrations, federated credentials, role assignments). */
  directory?: DirectoryState;
  /** Called for each token exchange (never with a token), e.g. to print what happens. */
  onIdentityEvent?: (event: IdentityEvent) => void;
  /** Where the revision runtime logs what its processes do. Default: nowhere. */
  logger?: Logger;
}

export { SANDBOX_ENV_KEYS } from './sandbox-env.ts';
export type { SandboxEnv, SandboxEnvKey } from './sandbox-env.ts';

/** The Container Apps side: the ARM API, the revisions it runs as processes, the registry they pull from. */
interface SandboxParts {
  registry: SandboxRegistry;
  runtime: SandboxRevisionRuntime;
  arm: ArmApi;
}

export interface SandboxFaults {
  /** Tokens from `issuer` (both when omitted) carry iat/nbf/exp shifted by `seconds` (beyond ±300 s: AADSTS700024). */
  issuerClockSkew(seconds: number, issuer?: IssuerName): void;
  /** The next `failures` Entra token requests fail with 503 (or `status`), then Entra recovers. */
  entraOutage(options: EntraOutageOptions): void;
  readonly identity: IdentityFaults;
  /** Container Apps faults: throttling, 5xx, dropped connections, slow or failed operations, unhealthy revisions, failed job executions. */
  readonly arm: ArmFaults;
  /** The next `times` registry requests (matching `pathIncludes`) fail with `status` or a dropped connection; cleared by `reset()`. */
  registry(fault: RegistryFault): void;
  /** Clears the identity and ARM faults (registry faults are spent by requests, or cleared by `reset()`). */
  clear(): void;
}

export interface SandboxState {
  url: string;
  subscriptionId: string;
  resourceGroup: string;
  resourceGroupId: string;
  identity: SandboxIdentityState;
  arm: ArmStateSnapshot;
  runtime: RuntimeSnapshot;
  registry: RegistryState;
}

/**
 * The local Azure sandbox: Entra, OIDC issuers, and (when present) Container Apps ARM, the
 * revision runtime and a registry, all behind one HTTPS server on 127.0.0.1 whose certificate
 * is signed by a CA the sandbox creates.
 */
export class Sandbox {
  readonly url: string;
  readonly port: number;
  readonly ca: SandboxCa;
  readonly dir: string;
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly identity: SandboxIdentity;
  /** Container Apps (Microsoft.App) ARM API: its state, faults and request log. */
  readonly arm: ArmApi;
  /** Revisions and job executions as local processes, behind routers that honour traffic weights. */
  readonly runtime: SandboxRevisionRuntime;
  /** The OCI registry at DEPLOYKIT_REGISTRY; tests push images with `registry.pushImage`. */
  readonly registry: SandboxRegistry;
  readonly faults: SandboxFaults;
  readonly #server: RunningServer;
  readonly #ownsDir: boolean;
  #stopped = false;

  private constructor(init: { server: RunningServer; ca: SandboxCa; dir: string; ownsDir: boolean; identity: SandboxIdentity; parts: SandboxParts; subscriptionId: string; resourceGroup: string }) {
    this.#server = init.server;
    this.url = init.server.url;
    this.port = init.server.port;
    this.ca = init.ca;
    this.dir = init.dir;
    this.#ownsDir = init.ownsDir;
    this.identity = init.identity;
    this.arm = init.parts.arm;
    this.runtime = init.parts.runtime;
    this.registry = init.parts.registry;
    this.subscriptionId = init.subscriptionId;
    this.resourceGroup = init.resourceGroup;
    const identityFaults = init.identity.faults;
    const { arm, registry } = init.parts;
    this.faults = {
      identity: identityFaults,
      arm: arm.faults,
      issuerClockSkew: (seconds, issuer) => identityFaults.issuerClockSkew(seconds, issuer),
      entraOutage: (options) => identityFaults.entraOutage(options),
      registry: (fault) => registry.injectFault(fault),
      clear: () => {
        identityFaults.clear();
        arm.faults.reset();
      },
    };
  }

  static async start(options: SandboxOptions = {}): Promise<Sandbox> {
    const ownsDir = options.dir === undefined;
    const dir = options.dir ?? (await mkdtemp(path.join(os.tmpdir(), 'deploy-kit-sandbox-')));
    const trustDir = options.caDir ?? dir;
    const ca = await ensureCa(trustDir);
    const credentials = await ensureServerCredentials(ca, trustDir);
    // Handlers are added once the URL is known; none can be asked before `start` returns.
    const routes: RouteHandler[] = [];
    const server = await startHttpsServer(credentials, routes, { port: options.port });
    let parts: SandboxParts | undefined;
    try {
      const clock = options.clock ?? systemClock;
      const subscriptionId = options.subscriptionId ?? SANDBOX_IDS.subscriptionId;
      const resourceGroup = options.resourceGroup ?? SANDBOX_IDS.resourceGroup;
      const github = { ...DEFAULT_GITHUB_RUN, ...options.github };
      const circleci = { ...DEFAULT_CIRCLECI_PROJECT, ...options.circleci };
      const identity = await SandboxIdentity.create({
        keyDir: path.join(trustDir, 'keys'),
        baseUrl: server.url,
        clock,
        directory: options.directory ?? defaultDirectorySeed({ subscriptionId, resourceGroup, github, circleci }),
        github,
        circleci,
        githubTokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 300,
        circleCiTokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 3600,
        accessTokenLifetimeSeconds: options.accessTokenLifetimeSeconds ?? 3600,
        onEvent: options.onIdentityEvent,
      });
      parts = await createParts({ host: new URL(server.url).host, credentials, identity, subscriptionId, resourceGroup, clock, logger: options.logger ?? silentLogger });
      const sandbox = new Sandbox({ server, ca, dir, ownsDir, identity, parts, subscriptionId, resourceGroup });
      routes.push(createAdminRoutes(sandbox), ...identity.routes, parts.registry.handler, parts.arm.handler);
      return sandbox;
    } catch (error) {
      await parts?.runtime.close();
      await server.close();
      if (ownsDir) await rm(dir, { recursive: true, force: true });
      throw error;
    }
  }

  /** `localhost:<port>`: the registry host (and the host of every sandbox URL). */
  get host(): string {
    return new URL(this.url).host;
  }

  get tenantId(): string {
    return this.identity.directory.tenantId;
  }

  get clientId(): string {
    return SANDBOX_IDS.deployer.appId;
  }

  /** The environment a pipeline needs; CIRCLE_OIDC_TOKEN_V2 is minted fresh on each call. */
  env(): SandboxEnv {
    return {
      NODE_EXTRA_CA_CERTS: this.ca.certFile,
      AZURE_AUTHORITY_HOST: this.url,
      DEPLOYKIT_ARM_ENDPOINT: this.url,
      ACTIONS_ID_TOKEN_REQUEST_URL: this.identity.idTokenRequestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: this.identity.requestToken,
      CIRCLE_OIDC_TOKEN_V2: this.identity.mintCircleCiToken({ version: 2 }),
      AZURE_TENANT_ID: this.tenantId,
      AZURE_CLIENT_ID: this.clientId,
      AZURE_SUBSCRIPTION_ID: this.subscriptionId,
      DEPLOYKIT_RESOURCE_GROUP: this.resourceGroup,
      DEPLOYKIT_REGISTRY: this.host,
    };
  }

  mintGitHubToken(request?: GitHubTokenRequest): string {
    return this.identity.mintGitHubToken(request);
  }

  /** The equivalent of `circleci run oidc get --claims '{"aud":…}'`. */
  mintCircleCiToken(request?: CircleCiTokenRequest): string {
    return this.identity.mintCircleCiToken(request);
  }

  get directory(): SandboxIdentity['directory'] {
    return this.identity.directory;
  }

  /** Everything, JSON-serialisable; also at `GET /_sandbox/state`. Never holds a token. */
  async state(): Promise<SandboxState> {
    return {
      url: this.url,
      subscriptionId: this.subscriptionId,
      resourceGroup: this.resourceGroup,
      resourceGroupId: resourceGroupId(this.subscriptionId, this.resourceGroup),
      identity: this.identity.state(),
      arm: await this.arm.state.read(),
      runtime: this.runtime.snapshot(),
      registry: this.registry.state(),
    };
  }

  /** Back to the seeded state (directory, images, apps, revisions, jobs), with no faults. */
  async reset(): Promise<void> {
    this.identity.reset();
    this.registry.reset();
    await this.arm.state.reset();
    this.arm.faults.reset();
  }

  /** Stops every revision process, then the server; removes the directory the sandbox created. */
  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    try {
      await this.runtime.close();
    } finally {
      await this.#server.close();
      if (this.#ownsDir) await rm(this.dir, { recursive: true, force: true });
    }
  }
}

interface PartsContext {
  /** `localhost:<port>`: the registry's host in image references. */
  host: string;
  credentials: ServerCredentials;
  identity: SandboxIdentity;
  subscriptionId: string;
  resourceGroup: string;
  clock: Clock;
  logger: Logger;
}

/**
 * The Container Apps side, seeded so a pipeline can run at once: `api` and `web` run the
 * registry's `shop/api:1.0.0` and `shop/web:1.0.0` by digest, and the `migrate` job runs
 * `shop/migrate:1.0.0` (an image that exits 0).
 */
async function createParts(context: PartsContext): Promise<SandboxParts> {
  const registry = createSandboxRegistry({ now: () => context.clock.now() });
  const digestRef = (repository: string, tag: string): string => {
    const digest = registry.state().repositories[repository]?.tags[tag];
    if (!digest) throw new Error(`the sandbox registry seed has no ${repository}:${tag}`);
    return `${context.host}/${repository}@${digest}`;
  };
  const runtime = await createRevisionRuntime({ credentials: context.credentials, catalog: registry.catalog, logger: context.logger, now: () => new Date(context.clock.now()) });
  try {
    const arm = await createArmApi({
      authorizer: context.identity.authorizer,
      runtime,
      clock: () => context.clock.now(),
      subscriptionId: context.subscriptionId,
      resourceGroup: context.resourceGroup,
      images: { api: digestRef('shop/api', '1.0.0'), web: digestRef('shop/web', '1.0.0'), migrate: digestRef('shop/migrate', '1.0.0') },
    });
    return { registry, runtime, arm };
  } catch (error) {
    await runtime.close();
    throw error;
  }
}

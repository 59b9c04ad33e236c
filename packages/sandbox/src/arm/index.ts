import { setTimeout as sleepFor } from 'node:timers/promises';
import type { RouteHandler } from '../http.ts';
import type { ArmAuthorizer, RevisionRuntime } from '../service-interfaces.ts';
import {
  ARM_API_VERSION,
  SANDBOX_ENVIRONMENT_DOMAIN,
  SANDBOX_ENVIRONMENT_NAME,
  SANDBOX_LOCATION,
  SANDBOX_RESOURCE_GROUP,
  SANDBOX_SUBSCRIPTION_ID,
} from './constants.ts';
import { FaultBook, type ArmFaults, type FaultSummary, type LroTiming } from './faults.ts';
import { createArmHandler } from './handler.ts';
import type { JsonObject } from './json.ts';
import type { ArmClock } from './model.ts';
import { RequestLog, type ArmRequestRecord } from './request-log.ts';
import { defaultArmSeed, PLACEHOLDER_IMAGES, type ArmSeed, type SeedImages } from './seed.ts';
import { ArmStore } from './store.ts';
import { renderApp, renderExecution, renderJob, renderRevision } from './views.ts';

export { ARM_API_VERSION, SANDBOX_RESOURCE_GROUP, SANDBOX_SUBSCRIPTION_ID, SANDBOX_LOCATION, SANDBOX_ENVIRONMENT_DOMAIN } from './constants.ts';
export type { ArmFaults, FaultSummary, LroTiming, RequestMatcher } from './faults.ts';
export type { ArmRequestRecord } from './request-log.ts';
export type { ArmSeed, ArmSeedApp, ArmSeedJob, SeedImages } from './seed.ts';
export { defaultArmSeed } from './seed.ts';
export type { ArmClock } from './model.ts';
export { MAX_REVISION_NAME_LENGTH, revisionSuffixProblem } from './revision-name.ts';

export interface ArmApiOptions {
  /** Decides every request from its bearer token (the identity module's, or a test's). */
  authorizer: ArmAuthorizer;
  /** Runs revisions and job executions as processes; without it they are simulated. */
  runtime?: RevisionRuntime;
  /** Sandbox time (ms since the epoch); defaults to Date.now. */
  clock?: ArmClock;
  subscriptionId?: string;
  resourceGroup?: string;
  /** Display name, as Container Apps reports it (default 'West Europe'). */
  location?: string;
  environmentName?: string;
  /** DNS suffix of the managed environment, used for FQDNs when no runtime gives them. */
  environmentDomain?: string;
  /** Images the default seed runs (api, web; migrate runs the API image, as in seed 003). */
  images?: Partial<SeedImages>;
  /** Replaces the default seed entirely. */
  seed?: ArmSeed;
  /** api-versions accepted for Microsoft.App; default: exactly the installed SDK's. */
  apiVersions?: readonly string[];
  /** Default LRO/execution timing (default: one InProgress poll, no minimum duration). */
  lro?: Partial<LroTiming>;
  /** Retry-After (seconds) on running operations; default none, so clients poll at their own interval. */
  pollRetryAfterSeconds?: number;
  /** How injected latency waits (tests may pass a fake). */
  sleep?: (ms: number) => Promise<void>;
}

export interface ArmStateSnapshot {
  subscriptionId: string;
  resourceGroup: string;
  location: string;
  environmentId: string;
  apiVersions: readonly string[];
  /** Apps as GET answers them. */
  apps: JsonObject[];
  /** Revisions per app, as the revisions list answers them. */
  revisions: Record<string, JsonObject[]>;
  jobs: JsonObject[];
  executions: Record<string, JsonObject[]>;
  operations: { id: string; kind: string; target: string; action: string; status: string; startTime: string; endTime?: string; error?: { code: string; message: string } }[];
  faults: FaultSummary;
  requests: { count: number; log: ArmRequestRecord[] };
}

export interface ArmState {
  /** Everything, JSON-serialisable (what `GET /_sandbox/state` shows for ARM). */
  read(): Promise<ArmStateSnapshot>;
  /** Replaces apps, revisions, jobs and operations with `seed` (runtime revisions restarted). */
  seed(seed: ArmSeed): Promise<void>;
  /** Back to the initial seed, with an empty request log. Faults are reset by `faults.reset()`. */
  reset(): Promise<void>;
  /** Requests in arrival order: method, path, api-version, status, fault. */
  requests(): readonly ArmRequestRecord[];
  readonly requestCount: number;
  clearRequests(): void;
}

export interface ArmApi {
  handler: RouteHandler;
  state: ArmState;
  faults: ArmFaults;
  subscriptionId: string;
  resourceGroup: string;
  location: string;
  environmentId: string;
  apiVersions: readonly string[];
}

/**
 * The Container Apps (Microsoft.App) ARM API of the sandbox, ready to mount on the sandbox's HTTPS
 * server: `startHttpsServer(credentials, [api.handler, …])`. Resolves once the seeded revisions
 * run (when a runtime is given).
 */
export async function createArmApi(options: ArmApiOptions): Promise<ArmApi> {
  const faults = new FaultBook({ inProgressPolls: options.lro?.inProgressPolls ?? 1, durationMs: options.lro?.durationMs ?? 0 });
  const store = new ArmStore({
    subscriptionId: options.subscriptionId ?? SANDBOX_SUBSCRIPTION_ID,
    resourceGroup: options.resourceGroup ?? SANDBOX_RESOURCE_GROUP,
    location: options.location ?? SANDBOX_LOCATION,
    environmentName: options.environmentName ?? SANDBOX_ENVIRONMENT_NAME,
    environmentDomain: options.environmentDomain ?? SANDBOX_ENVIRONMENT_DOMAIN,
    clock: options.clock ?? Date.now,
    runtime: options.runtime,
    faults,
  });
  const initialSeed = options.seed ?? defaultArmSeed({ ...PLACEHOLDER_IMAGES, ...options.images });
  const log = new RequestLog();
  const apiVersions = options.apiVersions ?? [ARM_API_VERSION];
  await store.load(initialSeed);

  const handler = createArmHandler({
    store,
    authorizer: options.authorizer,
    log,
    apiVersions,
    pollRetryAfterSeconds: options.pollRetryAfterSeconds,
    sleep: options.sleep ?? ((ms) => sleepFor(ms)),
  });

  const state: ArmState = {
    async read() {
      await store.reconcileAll();
      const revisions: Record<string, JsonObject[]> = {};
      const apps: JsonObject[] = [];
      for (const app of store.apps.values()) {
        apps.push(await renderApp(store, app));
        revisions[app.name] = [];
        for (const revision of app.revisions) revisions[app.name]!.push(await renderRevision(store, app, revision));
      }
      const executions: Record<string, JsonObject[]> = {};
      for (const job of store.jobs.values()) executions[job.name] = job.executions.map((execution) => renderExecution(store, job, execution));
      return {
        subscriptionId: store.subscriptionId,
        resourceGroup: store.resourceGroup,
        location: store.location,
        environmentId: store.environmentId,
        apiVersions,
        apps,
        revisions,
        jobs: [...store.jobs.values()].map((job) => renderJob(store, job)),
        executions,
        operations: [...store.operations.values()].map((operation) => ({
          id: operation.id,
          kind: operation.kind,
          target: operation.target,
          action: operation.action,
          status: operation.status,
          startTime: new Date(operation.startedAt).toISOString(),
          ...(operation.endedAt !== undefined ? { endTime: new Date(operation.endedAt).toISOString() } : {}),
          ...(operation.failure !== undefined ? { error: { ...operation.failure } } : {}),
        })),
        faults: faults.describe(),
        requests: { count: log.count, log: [...log.records] },
      };
    },
    seed: (seed) => store.load(seed),
    async reset() {
      await store.load(initialSeed);
      log.clear();
    },
    requests: () => log.records,
    get requestCount() {
      return log.count;
    },
    clearRequests: () => log.clear(),
  };

  return {
    handler,
    state,
    faults,
    subscriptionId: store.subscriptionId,
    resourceGroup: store.resourceGroup,
    location: store.location,
    environmentId: store.environmentId,
    apiVersions,
  };
}

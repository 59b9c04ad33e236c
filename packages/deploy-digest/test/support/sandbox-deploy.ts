import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ClientAssertionCredential } from '@azure/identity';
import { freezeManifest } from '@deploy-kit/candidate';
import { ArtifactStore, type CandidateImage, type ChangeScopes } from '@deploy-kit/contracts';
import { RecordingLogger, type Logger } from '@deploy-kit/core';
import type { Clock } from '@deploy-kit/health-gate';
import { Sandbox, type ImageBehaviour } from '@deploy-kit/sandbox';
import { ContainerAppsArm, createContainerAppsClient, DEFAULT_HEALTH, deployCandidate, parseAppTargets, parseJobTarget, parseTraffic, type ArmRequestLog, type DeploySettings } from '@deploy-kit/deploy-digest';
import { TEST_SANDBOX_CA_DIR } from '../../../../test/setup/sandbox-ca.ts';

export const SHA_1 = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d';
export const SHA_2 = '2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e';
export const SHA_3 = '3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f';

/** Fast but real: short polls, short SDK retry delays, a short canary wait. */
export const FAST = { pollIntervalMs: 40, retryDelayMs: 50, healthIntervalMs: 100 } as const;

export type DeployOptions = Partial<Omit<DeploySettings, 'apps' | 'migration' | 'traffic'>> & { apps?: string[]; migration?: string; traffic?: string | DeploySettings['traffic']; clock?: Clock; logger?: Logger };

export interface Harness {
  sandbox: Sandbox;
  artifactsDir: string;
  store: ArtifactStore;
  logger: RecordingLogger;
  arm: ContainerAppsArm;
  clientLog: ArmRequestLog;
  /** Pushes `shop/<repository>:<tag>` with a behaviour and returns its digest reference. */
  image(repository: string, tag: string, behaviour: ImageBehaviour | string): string;
  /** Freezes a candidate for `sha` with these image refs and scopes. */
  freeze(sha: string, images: Record<string, string>, scopes?: Partial<ChangeScopes>): Promise<{ path: string; sha256: string; manifest: Awaited<ReturnType<typeof freezeManifest>>['manifest'] }>;
  /** deployCandidate with the test defaults; `apps` and `migration` are written as the inputs are. */
  deploy(sha: string, options?: DeployOptions): ReturnType<typeof deployCandidate>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const sandbox = await Sandbox.start({ caDir: TEST_SANDBOX_CA_DIR });
  const artifactsDir = await mkdtemp(path.join(os.tmpdir(), 'deploy-digest-'));
  const store = new ArtifactStore();
  const logger = new RecordingLogger();
  const credential = new ClientAssertionCredential(sandbox.tenantId, sandbox.clientId, async () => sandbox.mintGitHubToken({ audience: 'api://AzureADTokenExchange' }), {
    authorityHost: sandbox.url,
    disableInstanceDiscovery: true,
  });
  const { client, log: clientLog } = createContainerAppsClient({ credential, subscriptionId: sandbox.subscriptionId, armEndpoint: sandbox.url, logger, retryDelayMs: FAST.retryDelayMs });
  const arm = new ContainerAppsArm(client, sandbox.resourceGroup, { pollIntervalMs: FAST.pollIntervalMs });
  const candidates = new Map<string, { path: string; sha256: string; manifest: Awaited<ReturnType<typeof freezeManifest>>['manifest'] }>();

  const harness: Harness = {
    sandbox,
    artifactsDir,
    store,
    logger,
    arm,
    clientLog,
    image(repository, tag, behaviour) {
      const digest = sandbox.registry.pushImage({ repository: `shop/${repository}`, tag, behaviour });
      return `${sandbox.host}/shop/${repository}@${digest}`;
    },
    async freeze(sha, images, scopes = {}) {
      const entries: Record<string, CandidateImage> = {};
      for (const [name, ref] of Object.entries(images)) entries[name] = { ref, digest: ref.slice(ref.indexOf('@') + 1), source: ref };
      const frozen = await freezeManifest(store, {
        artifactsDir,
        sha,
        repository: 'acme/shop',
        images: entries,
        scopes: { runtime: true, infra: false, identity: false, requiresInfraConvergence: false, migration: false, ...scopes },
        now: new Date(),
      });
      const candidate = { path: frozen.path, sha256: frozen.sha256, manifest: frozen.manifest };
      candidates.set(sha, candidate);
      return candidate;
    },
    async deploy(sha, options = {}) {
      const candidate = candidates.get(sha);
      if (!candidate) throw new Error(`freeze ${sha} first`);
      const { apps = ['api=api', 'web=web'], migration, traffic = 'all', clock, logger: deployLogger, ...rest } = options;
      return deployCandidate(
        {
          sha,
          subscriptionId: sandbox.subscriptionId,
          resourceGroup: sandbox.resourceGroup,
          artifactsDir,
          candidate,
          apps: parseAppTargets(apps, candidate.manifest),
          migration: migration ? parseJobTarget(migration, candidate.manifest) : undefined,
          revisionSuffix: undefined,
          traffic: typeof traffic === 'string' ? parseTraffic(traffic) : traffic,
          label: undefined,
          minReplicas: 1,
          rollbackOnFailure: true,
          concurrency: 5,
          canaryIntervalMs: 0,
          revisionTimeoutMs: 20_000,
          jobTimeoutMs: 20_000,
          health: { ...DEFAULT_HEALTH, intervalMs: FAST.healthIntervalMs, timeoutMs: 10_000, maxFailures: 3 },
          ...rest,
        },
        { arm, store, logger: deployLogger ?? logger, pollIntervalMs: FAST.pollIntervalMs, ...(clock ? { clock } : {}) },
      );
    },
    async close() {
      await sandbox.stop();
      await rm(artifactsDir, { recursive: true, force: true });
    },
  };
  return harness;
}

/** GETs a URL through the sandbox's HTTPS routers; answers status and JSON body. */
export async function getJson(url: string): Promise<{ status: number; body: any }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: response.status, body };
}

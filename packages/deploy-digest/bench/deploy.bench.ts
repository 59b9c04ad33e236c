/**
 * Wall time and ARM request count of a deploy of 1, 5 and 22 apps (seed 001's services) on the
 * sandbox with 200 ms injected on every ARM request, deployed 5 at a time next to the same apps
 * one after another (what the seeds' `az containerapp update` loop does). Everything else is the
 * same real path: the SDK, long-running operations, revisions as processes, a health check of
 * each new revision through its own FQDN. Returns figures; prints nothing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { ClientAssertionCredential } from '@azure/identity';
import { freezeManifest } from '@deploy-kit/candidate';
import { ArtifactStore } from '@deploy-kit/contracts';
import { silentLogger } from '@deploy-kit/core';
import { Sandbox } from '@deploy-kit/sandbox';
import { ContainerAppsArm } from '../src/arm.ts';
import { createContainerAppsClient } from '../src/arm-client.ts';
import { parseAppTargets } from '../src/app-targets.ts';
import { deployCandidate } from '../src/deploy.ts';
import { DEFAULT_HEALTH } from '../src/revision-health.ts';

export interface Figure {
  label: string;
  value: string;
}

const ARM_LATENCY_MS = 200;
const CONCURRENCY = 5;
const POLL_INTERVAL_MS = 250;
const SERVICES = [
  'backend-gateway', 'admin-service', 'analytics-service', 'audit-service', 'auth-service', 'call-service', 'channel-service', 'file-service',
  'huddle-service', 'media-service', 'message-service', 'ml-service', 'moderation-service', 'notification-service', 'permission-service',
  'presence-service', 'realtime-service', 'search-service', 'sentiment-service', 'thread-service', 'user-service', 'workspace-service',
];

export async function benchDeploy(): Promise<Figure[]> {
  const sandbox = await Sandbox.start();
  // This process did not start with NODE_EXTRA_CA_CERTS: trust the sandbox's CA directly.
  tls.setDefaultCACertificates([...tls.getCACertificates('default'), sandbox.ca.certPem]);
  const artifactsDir = await mkdtemp(path.join(os.tmpdir(), 'deploy-digest-bench-'));
  const figures: Figure[] = [];
  try {
    const store = new ArtifactStore();
    const credential = new ClientAssertionCredential(sandbox.tenantId, sandbox.clientId, async () => sandbox.mintGitHubToken({ audience: 'api://AzureADTokenExchange' }), {
      authorityHost: sandbox.url,
      disableInstanceDiscovery: true,
    });
    const { client } = createContainerAppsClient({ credential, subscriptionId: sandbox.subscriptionId, armEndpoint: sandbox.url });
    const arm = new ContainerAppsArm(client, sandbox.resourceGroup, { pollIntervalMs: POLL_INTERVAL_MS });
    const v1 = `${sandbox.host}/shop/svc@${sandbox.registry.pushImage({ repository: 'shop/svc', tag: '1', behaviour: 'healthy' })}`;
    const v2 = `${sandbox.host}/shop/svc@${sandbox.registry.pushImage({ repository: 'shop/svc', tag: '2', behaviour: 'healthy' })}`;
    let run = 0;

    const measure = async (count: number, concurrency: number): Promise<{ ms: number; requests: number }> => {
      const apps = SERVICES.slice(0, count);
      await sandbox.arm.state.seed({ apps: apps.map((name) => ({ name, image: v1, minReplicas: 1 })), jobs: [] });
      run += 1;
      const sha = `${run.toString(16).padStart(2, '0')}${'0'.repeat(38)}`;
      const frozen = await freezeManifest(store, {
        artifactsDir,
        sha,
        repository: 'acme/quikapp',
        images: { svc: { ref: v2, digest: v2.slice(v2.indexOf('@') + 1), source: `${sandbox.host}/shop/svc:2` } },
        scopes: { runtime: true, infra: false, identity: false, requiresInfraConvergence: false, migration: false },
        now: new Date(),
      });
      sandbox.arm.faults.setLatency(ARM_LATENCY_MS);
      sandbox.arm.state.clearRequests();
      const started = performance.now();
      const result = await deployCandidate(
        {
          sha,
          subscriptionId: sandbox.subscriptionId,
          resourceGroup: sandbox.resourceGroup,
          artifactsDir,
          candidate: { manifest: frozen.manifest, path: frozen.path, sha256: frozen.sha256 },
          apps: parseAppTargets(apps.map((name) => `${name}=svc`), frozen.manifest),
          migration: undefined,
          revisionSuffix: undefined,
          traffic: { kind: 'all' },
          label: undefined,
          minReplicas: 1,
          rollbackOnFailure: true,
          concurrency,
          canaryIntervalMs: 0,
          revisionTimeoutMs: 120_000,
          jobTimeoutMs: 120_000,
          health: { ...DEFAULT_HEALTH, intervalMs: 200 },
        },
        { arm, store, logger: silentLogger, pollIntervalMs: POLL_INTERVAL_MS },
      );
      const ms = performance.now() - started;
      sandbox.arm.faults.setLatency(0);
      if (!result.ok) throw new Error(`bench deploy of ${count} app(s) failed: ${result.message}`);
      return { ms, requests: sandbox.arm.state.requestCount };
    };

    for (const count of [1, 5, 22]) {
      const parallel = await measure(count, CONCURRENCY);
      const serial = await measure(count, 1);
      const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
      figures.push({
        label: `${count} app${count === 1 ? '' : 's'}, ${Math.min(CONCURRENCY, count)} at a time`,
        value: `${seconds(parallel.ms)}, ${parallel.requests} ARM requests`,
      });
      figures.push({ label: `${count} app${count === 1 ? '' : 's'}, one after another`, value: `${seconds(serial.ms)}, ${serial.requests} ARM requests (×${(serial.ms / parallel.ms).toFixed(1)} the time)` });
    }
    figures.push({ label: 'setup', value: `${ARM_LATENCY_MS} ms added to every ARM request; LRO/revision polls every ${POLL_INTERVAL_MS} ms; health check of each new revision through its own FQDN` });
  } finally {
    await sandbox.stop();
    await rm(artifactsDir, { recursive: true, force: true });
  }
  return figures;
}

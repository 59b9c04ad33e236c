import type { TokenCredential } from '@azure/identity';
import { deployDigestSpec } from '@deploy-kit/action-specs';
import { azureSessionFromEnvironment } from '@deploy-kit/azure-auth';
import { readCandidate } from '@deploy-kit/candidate';
import { ArtifactPaths, ArtifactStore } from '@deploy-kit/contracts';
import { ConfigurationError, type ActionDefinition, type CiRuntime, type InputValues } from '@deploy-kit/core';
import type { Clock } from '@deploy-kit/health-gate';
import { parseAppTargets, parseJobTarget } from './app-targets.ts';
import { ContainerAppsArm } from './arm.ts';
import { createContainerAppsClient } from './arm-client.ts';
import { deployCandidate } from './deploy.ts';
import { rollbackFromRecord } from './record-rollback.ts';
import { DEFAULT_HEALTH, parseHealthPaths } from './revision-health.ts';
import { parseTraffic } from './traffic.ts';

type Inputs = InputValues<typeof deployDigestSpec>;

export interface AzureAccess {
  credential: TokenCredential;
  armEndpoint: string;
  subscriptionId: string | undefined;
}

/** What tests (and embedders) may replace; production uses the defaults. */
export interface DeployDigestActionOptions {
  /** Default: the Azure session oidc-login left for later steps. */
  azure?: (runtime: CiRuntime) => AzureAccess;
  clock?: Clock;
  pollIntervalMs?: number;
  retryDelayMs?: number;
  healthIntervalMs?: number;
}

function armFor(runtime: CiRuntime, inputs: Inputs, options: DeployDigestActionOptions): { arm: ContainerAppsArm; subscriptionId: string } {
  const azure = (options.azure ?? azureSessionFromEnvironment)(runtime);
  const subscriptionId = inputs['subscription-id'] ?? azure.subscriptionId;
  if (!subscriptionId) {
    throw new ConfigurationError("No subscription: 'subscription-id' is empty and oidc-login did not export AZURE_SUBSCRIPTION_ID.", {
      remediation: "Set 'subscription-id', or run oidc-login with 'subscription-id' earlier in the job.",
    });
  }
  const { client } = createContainerAppsClient({
    credential: azure.credential,
    subscriptionId,
    armEndpoint: azure.armEndpoint,
    logger: runtime.log,
    ...(options.retryDelayMs === undefined ? {} : { retryDelayMs: options.retryDelayMs }),
  });
  return { arm: new ContainerAppsArm(client, inputs['resource-group'], { pollIntervalMs: options.pollIntervalMs }), subscriptionId };
}

export function createDeployDigestAction(options: DeployDigestActionOptions = {}): ActionDefinition<typeof deployDigestSpec> {
  return {
    spec: deployDigestSpec,
    async run(inputs, { runtime }) {
      const sha = inputs.sha;
      const artifactsDir = inputs['artifacts-dir'];
      const store = new ArtifactStore();
      // After a rollback the revision that serves is the restored one.
      const outputsOf = (apps: Array<{ app: string; current: { revision: string | null }; fqdn?: string; rollback?: { ok: boolean; revision: string | null } }>, recordPath: string) => ({
        revisions: Object.fromEntries(apps.map((app) => [app.app, app.rollback?.ok && app.rollback.revision ? app.rollback.revision : app.current.revision])),
        fqdns: Object.fromEntries(apps.filter((app) => app.fqdn).map((app) => [app.app, app.fqdn])),
        'record-path': recordPath,
      });

      if (inputs.mode === 'rollback') {
        const { arm } = armFor(runtime, inputs, options);
        // The same `apps` lines as the deploy are accepted: only the app names count here.
        const apps = [...new Set(inputs.apps.map((entry) => entry.split('=')[0]!.split('/')[0]!.trim()).filter(Boolean))];
        const result = await rollbackFromRecord(
          { sha, artifactsDir, apps, force: inputs.force, concurrency: inputs.concurrency, revisionTimeoutMs: inputs['revision-timeout'] },
          { arm, store, logger: runtime.log, ...(options.clock ? { clock: options.clock } : {}), ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}) },
        );
        return { ok: result.ok, outputs: outputsOf(result.record.apps, result.recordPath), summary: result.summary, message: result.message };
      }

      // Everything about the candidate is checked before Azure is asked anything.
      const manifestPath = inputs.manifest ?? new ArtifactPaths(artifactsDir, sha).candidateManifest();
      const candidate = await readCandidate(store, manifestPath);
      const apps = parseAppTargets(inputs.apps, candidate.manifest);
      const migration = inputs['migration-job'] ? parseJobTarget(inputs['migration-job'], candidate.manifest) : undefined;
      const traffic = parseTraffic(inputs.traffic);
      const healthPaths = parseHealthPaths(inputs['health-path'], apps.map((app) => app.app));
      const { arm, subscriptionId } = armFor(runtime, inputs, options);
      const result = await deployCandidate(
        {
          sha,
          subscriptionId,
          resourceGroup: inputs['resource-group'],
          artifactsDir,
          candidate: { manifest: candidate.manifest, path: manifestPath, sha256: candidate.sha256 },
          apps,
          migration,
          revisionSuffix: inputs['revision-suffix'],
          traffic,
          label: inputs.label,
          minReplicas: inputs['min-replicas'],
          rollbackOnFailure: inputs['rollback-on-failure'],
          concurrency: inputs.concurrency,
          canaryIntervalMs: inputs['canary-interval'],
          revisionTimeoutMs: inputs['revision-timeout'],
          jobTimeoutMs: inputs['job-timeout'],
          health: {
            ...DEFAULT_HEALTH,
            path: healthPaths.fallback,
            expectJson: Object.keys(inputs['health-expect-json']).length > 0 ? inputs['health-expect-json'] : undefined,
            timeoutMs: inputs['health-timeout'],
            ...(options.healthIntervalMs ? { intervalMs: options.healthIntervalMs } : {}),
          },
          healthPaths: healthPaths.byApp,
        },
        { arm, store, logger: runtime.log, ...(options.clock ? { clock: options.clock } : {}), ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}) },
      );
      return { ok: result.ok, outputs: outputsOf(result.record.apps, result.recordPath), summary: result.summary, message: result.message };
    },
  };
}

export const deployDigestAction = createDeployDigestAction();

import { ArtifactPaths, contracts, type ArtifactStore, type DeploymentRecord } from '@deploy-kit/contracts';
import { ConfigurationError, type Logger } from '@deploy-kit/core';
import { systemClock, type Clock } from '@deploy-kit/health-gate';
import type { ContainerAppsArm } from './arm.ts';
import { mapBounded } from './concurrency.ts';
import { sameImages } from './image-update.ts';
import { restoreApp } from './rollback.ts';
import { renderDeploySummary } from './summary.ts';

export interface RecordRollbackSettings {
  sha: string;
  artifactsDir: string;
  /** Only these apps (all of the record's when empty). */
  apps: readonly string[];
  /** Roll back even when an app now runs something newer than the record deployed. */
  force: boolean;
  concurrency: number;
  revisionTimeoutMs: number;
}

export interface RecordRollbackDeps {
  arm: ContainerAppsArm;
  store: ArtifactStore;
  logger: Logger;
  clock?: Clock;
  pollIntervalMs?: number;
  now?: () => Date;
}

export interface RecordRollbackResult {
  ok: boolean;
  record: DeploymentRecord;
  recordPath: string;
  summary: string;
  message: string;
}

function suffixOf(revision: string | null): string {
  const at = revision?.indexOf('--') ?? -1;
  return revision && at >= 0 ? revision.slice(at + 2) : 'rollback';
}

/**
 * `deploy-kit rollback --sha <sha>`: puts back, app by app, what the deploy of <sha> replaced,
 * as its deployment record says — the previous traffic (Multiple mode) or the previous images
 * (Single mode). Apps the deploy did not change, or that were already rolled back, are left alone.
 */
export async function rollbackFromRecord(settings: RecordRollbackSettings, deps: RecordRollbackDeps): Promise<RecordRollbackResult> {
  const clock = deps.clock ?? systemClock;
  const now = deps.now ?? (() => new Date());
  const paths = new ArtifactPaths(settings.artifactsDir, settings.sha);
  const recordPath = paths.deploymentRecord();
  const { value: record } = await deps.store.read(contracts.deploymentRecord, recordPath);
  if (record.resourceGroup.toLowerCase() !== deps.arm.resourceGroup.toLowerCase()) {
    throw new ConfigurationError(`The deployment record of ${settings.sha} is for resource group '${record.resourceGroup}', not '${deps.arm.resourceGroup}'.`, {
      remediation: `Pass 'resource-group: ${record.resourceGroup}', or the record of a deploy to '${deps.arm.resourceGroup}'.`,
    });
  }
  const unknown = settings.apps.filter((app) => !record.apps.some((entry) => entry.app === app));
  if (unknown.length > 0) {
    throw new ConfigurationError(`The deployment record of ${settings.sha} has no app ${unknown.join(', ')} (it has ${record.apps.map((entry) => entry.app).join(', ')}).`, {
      remediation: 'Name apps from the record, or leave the list empty to roll back all of them.',
    });
  }
  const chosen = record.apps.filter((entry) => settings.apps.length === 0 || settings.apps.includes(entry.app));
  const restorable = chosen.filter((entry) => {
    if (entry.status === 'skipped' || entry.status === 'rolled-back' || entry.rollback?.ok) return false;
    return entry.previous.revision !== entry.current.revision || !sameImages(entry.previous.images, entry.current.images);
  });
  for (const entry of chosen) if (!restorable.includes(entry)) deps.logger.info(`${entry.app}: nothing to roll back (${entry.status}).`);

  await deps.logger.group(`Rolling back ${restorable.length} app(s) to what ${settings.sha.slice(0, 7)} replaced`, () =>
    mapBounded(restorable, settings.concurrency, async (entry) => {
      entry.rollback = await restoreApp(
        { app: entry.app, previous: entry.previous, deployed: entry.current, force: settings.force, suffixBase: `${suffixOf(entry.current.revision)}-rb` },
        { arm: deps.arm, clock, logger: deps.logger, revisionTimeoutMs: settings.revisionTimeoutMs, pollIntervalMs: deps.pollIntervalMs ?? 2000, now },
      );
      if (entry.rollback.ok) entry.status = 'rolled-back';
    }),
  );

  const failed = restorable.filter((entry) => !entry.rollback?.ok);
  const ok = failed.length === 0;
  const at = now().toISOString();
  const reason = `rollback of ${settings.sha.slice(0, 7)} requested${settings.apps.length ? ` for ${settings.apps.join(', ')}` : ''}`;
  const updated: DeploymentRecord = {
    ...record,
    status: ok && restorable.length > 0 && record.apps.every((entry) => entry.status !== 'deployed') ? 'rolled-back' : record.status,
    rollback: { source: 'record', at, reason },
  };
  await deps.store.write(contracts.deploymentRecord, recordPath, updated);
  for (const entry of restorable) {
    const file = paths.deployRecord(entry.app);
    try {
      const { value } = await deps.store.read(contracts.deployRecord, file);
      await deps.store.write(contracts.deployRecord, file, { ...value, status: entry.status, ...(entry.rollback ? { rollback: entry.rollback } : {}) });
    } catch (error) {
      deps.logger.warning(`${entry.app}: could not update ${file}: ${(error as Error).message}`);
    }
  }
  const message = ok
    ? restorable.length === 0
      ? `Nothing to roll back for ${settings.sha.slice(0, 7)}.`
      : `Rolled back ${restorable.map((entry) => `${entry.app} (${entry.rollback!.restored})`).join(', ')} to what ${settings.sha.slice(0, 7)} replaced.`
    : `Rollback failed for ${failed.map((entry) => `${entry.app}: ${entry.rollback?.detail ?? 'not attempted'}`).join('; ')}`;
  return { ok, record: updated, recordPath, summary: renderDeploySummary(updated, 'Rollback'), message };
}

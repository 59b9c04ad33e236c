import path from 'node:path';
import { ArtifactPaths, contracts, type ArtifactStore, type DeployRecord, type DeploymentRecord, type DeploymentStatus } from '@deploy-kit/contracts';
import { describeError } from '@deploy-kit/core';
import type { AppOutcome } from './app-deploy.ts';
import type { MigrationResult } from './migration.ts';

/** Paths inside a record are relative to the artifacts directory, so records move with it. */
export function relativeArtifact(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

export interface RecordContext {
  store: ArtifactStore;
  artifactsDir: string;
  sha: string;
  subscriptionId: string;
  resourceGroup: string;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function appRecordOf(outcome: AppOutcome, context: RecordContext): DeployRecord {
  const message = outcome.error ? describeError(outcome.error) : undefined;
  return {
    schemaVersion: 1,
    kind: 'deploy-record',
    sha: context.sha,
    app: outcome.plan.target.app,
    resourceGroup: context.resourceGroup,
    subscriptionId: context.subscriptionId,
    status: outcome.status,
    previous: outcome.plan.previous,
    current: outcome.current,
    ...(outcome.fqdn ? { fqdn: outcome.fqdn } : {}),
    ...(outcome.revisionFqdn ? { revisionFqdn: outcome.revisionFqdn } : {}),
    revisionMode: outcome.plan.mode,
    health: outcome.health,
    durationMs: Math.max(0, Math.round(outcome.finishedAt - outcome.startedAt)),
    ...(outcome.rollback ? { rollback: outcome.rollback } : {}),
    startedAt: iso(outcome.startedAt),
    finishedAt: iso(outcome.finishedAt),
    ...(message ? { message } : {}),
  };
}

export async function writeAppRecord(record: DeployRecord, context: RecordContext): Promise<string> {
  const file = new ArtifactPaths(context.artifactsDir, context.sha).deployRecord(record.app);
  await context.store.write(contracts.deployRecord, file, record);
  return file;
}

export interface DeploymentSummary {
  status: DeploymentStatus;
  manifest: { path: string; sha256: string };
  traffic: string;
  concurrency: number;
  migration: MigrationResult | undefined;
  apps: Array<{ record: DeployRecord; file: string }>;
  rollback?: DeploymentRecord['rollback'];
  startedAt: number;
  finishedAt: number;
  message: string | undefined;
}

export function deploymentRecordOf(summary: DeploymentSummary, context: RecordContext): DeploymentRecord {
  return {
    schemaVersion: 1,
    kind: 'deployment-record',
    sha: context.sha,
    status: summary.status,
    manifest: summary.manifest,
    subscriptionId: context.subscriptionId,
    resourceGroup: context.resourceGroup,
    traffic: summary.traffic,
    ...(summary.migration ? { migration: { job: summary.migration.job, execution: summary.migration.execution, status: summary.migration.status, image: summary.migration.image } } : {}),
    apps: summary.apps.map(({ record, file }) => ({
      app: record.app,
      status: record.status,
      previous: record.previous,
      current: record.current,
      record: relativeArtifact(context.artifactsDir, file),
      ...(record.revisionMode ? { revisionMode: record.revisionMode } : {}),
      ...(record.fqdn ? { fqdn: record.fqdn } : {}),
      ...(record.health ? { health: record.health } : {}),
      ...(record.durationMs !== undefined ? { durationMs: record.durationMs } : {}),
      ...(record.rollback ? { rollback: record.rollback } : {}),
      ...(record.message ? { message: record.message } : {}),
    })),
    concurrency: summary.concurrency,
    ...(summary.rollback ? { rollback: summary.rollback } : {}),
    startedAt: iso(summary.startedAt),
    finishedAt: iso(summary.finishedAt),
    ...(summary.message ? { message: summary.message } : {}),
  };
}

export async function writeDeploymentRecord(record: DeploymentRecord, context: RecordContext): Promise<string> {
  const file = new ArtifactPaths(context.artifactsDir, context.sha).deploymentRecord();
  await context.store.write(contracts.deploymentRecord, file, record);
  return file;
}

/** The record of an earlier run for this commit, if there is a readable one. */
export async function readDeploymentRecordIfAny(context: RecordContext): Promise<DeploymentRecord | undefined> {
  const file = new ArtifactPaths(context.artifactsDir, context.sha).deploymentRecord();
  try {
    return (await context.store.read(contracts.deploymentRecord, file)).value;
  } catch {
    return undefined;
  }
}

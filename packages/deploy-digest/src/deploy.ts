import type { ArtifactStore, CandidateManifest, DeploymentRecord, DeploymentStatus } from '@deploy-kit/contracts';
import { ConfigurationError, describeError, errorMessage, formatDuration, type Logger } from '@deploy-kit/core';
import { systemClock, type Clock } from '@deploy-kit/health-gate';
import { deployApp, skippedOutcome, type AppOutcome } from './app-deploy.ts';
import { planApp, type AppPlan } from './app-plan.ts';
import type { AppTarget, JobTarget } from './app-targets.ts';
import type { ContainerAppsArm } from './arm.ts';
import { mapBounded } from './concurrency.ts';
import { ConcurrentChangeError, DeployAbortedError, MigrationFailedError } from './errors.ts';
import { planMigration, runMigration, type MigrationPlan, type MigrationResult } from './migration.ts';
import { appRecordOf, deploymentRecordOf, readDeploymentRecordIfAny, relativeArtifact, writeAppRecord, writeDeploymentRecord, type RecordContext } from './records.ts';
import type { HealthCheckSettings } from './revision-health.ts';
import { defaultRevisionSuffix, validateRevisionSuffix } from './revision-suffix.ts';
import { restoreApp } from './rollback.ts';
import { renderDeploySummary } from './summary.ts';
import { describeTraffic, type TrafficPlan } from './traffic.ts';

export interface DeploySettings {
  sha: string;
  subscriptionId: string;
  resourceGroup: string;
  artifactsDir: string;
  /** The frozen candidate, already read and integrity-checked (readCandidate). */
  candidate: { manifest: CandidateManifest; path: string; sha256: string };
  apps: AppTarget[];
  migration: JobTarget | undefined;
  /** Given by the user; undefined means rev-<short sha>. */
  revisionSuffix: string | undefined;
  traffic: TrafficPlan;
  /** Traffic label for the new revision (blue/green checks through the label's FQDN). */
  label: string | undefined;
  minReplicas: number;
  rollbackOnFailure: boolean;
  /** Apps deployed at once. */
  concurrency: number;
  canaryIntervalMs: number;
  revisionTimeoutMs: number;
  jobTimeoutMs: number;
  health: HealthCheckSettings;
  /** Health paths of apps that differ from `health.path` ('' = no HTTP check). */
  healthPaths?: Readonly<Record<string, string>>;
}

export interface DeployDeps {
  arm: ContainerAppsArm;
  store: ArtifactStore;
  logger: Logger;
  clock?: Clock;
  /** Between polls of a revision or a job execution. Default 2 s. */
  pollIntervalMs?: number;
  now?: () => Date;
}

export interface DeployResult {
  ok: boolean;
  record: DeploymentRecord;
  recordPath: string;
  summary: string;
  message: string;
  outcomes: AppOutcome[];
  migration: MigrationResult | undefined;
}

const LABEL = /^[a-z]([a-z0-9-]{0,62}[a-z0-9])?$/;

function checkSettings(settings: DeploySettings, suffix: string): void {
  validateRevisionSuffix(suffix, settings.apps.map((app) => app.app), settings.revisionSuffix !== undefined);
  if (settings.label !== undefined && !LABEL.test(settings.label)) {
    throw new ConfigurationError(`Label '${settings.label}' is not a valid traffic label.`, { remediation: "Use lower-case letters, digits and '-', starting with a letter, e.g. 'green'." });
  }
  if (settings.candidate.manifest.sha !== settings.sha) {
    throw new ConfigurationError(`The candidate manifest ${settings.candidate.path} is for commit ${settings.candidate.manifest.sha}, not ${settings.sha}.`, {
      remediation: "Pass the manifest of the commit being deployed (or leave 'manifest' empty to use <artifacts-dir>/candidate/<sha>/manifest.json).",
    });
  }
  if (settings.candidate.manifest.scopes.migration && settings.migration === undefined) {
    throw new ConfigurationError(`The candidate for ${settings.sha} has the 'migration' scope set, but no 'migration-job' was given; deploying would skip a migration the release needs.`, {
      remediation: "Set 'migration-job' (e.g. 'compass-migrate=api'), or freeze the candidate without the migration scope.",
    });
  }
  const names = new Set(settings.apps.map((app) => app.app));
  if (settings.migration && names.has(settings.migration.job)) {
    throw new ConfigurationError(`'${settings.migration.job}' is listed both as an app and as the migration job.`, { remediation: 'A migration job is a Container Apps job, not an app; list it only in migration-job.' });
  }
}

/**
 * Seed 003's production sequence for one frozen candidate: read and check everything first (no
 * change before every app and the job passed their checks), run the migration job, deploy the
 * apps with bounded concurrency, roll back every changed app when any fails, and record it all.
 */
export async function deployCandidate(settings: DeploySettings, deps: DeployDeps): Promise<DeployResult> {
  const clock = deps.clock ?? systemClock;
  const now = deps.now ?? (() => new Date());
  const pollIntervalMs = deps.pollIntervalMs ?? 2000;
  const { arm, logger } = deps;
  const startedAt = clock.now();
  const suffix = settings.revisionSuffix ?? defaultRevisionSuffix(settings.sha);
  checkSettings(settings, suffix);
  const recordContext: RecordContext = { store: deps.store, artifactsDir: settings.artifactsDir, sha: settings.sha, subscriptionId: settings.subscriptionId, resourceGroup: settings.resourceGroup };
  const earlier = await readDeploymentRecordIfAny(recordContext);

  const { migrationPlan, plans } = await logger.group(`Checking ${settings.apps.length} app(s)${settings.migration ? ` and job ${settings.migration.job}` : ''} in ${settings.resourceGroup}`, async () => {
    const migrationPlan: MigrationPlan | undefined = settings.migration ? await planMigration(arm, settings.migration, settings.candidate.manifest.scopes.migration) : undefined;
    const plans = await mapBounded(settings.apps, settings.concurrency, (target) =>
      planApp(arm, target, { suffix, explicitSuffix: settings.revisionSuffix !== undefined, traffic: settings.traffic, label: settings.label, minReplicas: settings.minReplicas }),
    );
    if (migrationPlan?.run && !migrationPlan.needsUpdate && plans.every((plan) => plan.action === 'unchanged')) {
      migrationPlan.skipReason = 'this is a replay: the job and every app already run this candidate, so its migration ran when it was deployed';
    }
    for (const plan of plans) logger.info(`${plan.target.app}: ${plan.action === 'create' ? `new revision ${plan.revision}` : plan.action === 'resume' ? `continue with ${plan.revision}` : 'unchanged'} (${plan.mode} mode, serving ${plan.previous.revision ?? 'nothing'})`);
    return { migrationPlan, plans };
  });

  let migration: MigrationResult | undefined;
  let outcomes: AppOutcome[];
  let failure: string | undefined;
  if (migrationPlan) {
    try {
      migration = await logger.group(`Migration job ${migrationPlan.target.job}`, () => runMigration(migrationPlan, { arm, clock, logger, timeoutMs: settings.jobTimeoutMs, pollIntervalMs }));
    } catch (error) {
      failure = describeError(error);
      const execution = error instanceof MigrationFailedError ? error.execution : null;
      const status = error instanceof MigrationFailedError ? error.status : 'Failed';
      migration = { job: migrationPlan.target.job, image: migrationPlan.target.image.ref, execution, status, updated: migrationPlan.needsUpdate };
      logger.error(failure);
    }
  }

  if (failure !== undefined) {
    outcomes = plans.map((plan) => skippedOutcome(plan, clock.now(), 'not deployed: the migration failed'));
  } else {
    const stop = new AbortController();
    outcomes = await logger.group(`Deploying ${plans.length} app(s), ${Math.min(settings.concurrency, plans.length)} at a time, traffic ${describeTraffic(settings.traffic)}`, () =>
      mapBounded(
        plans,
        settings.concurrency,
        async (plan) => {
          const outcome = await deployApp(plan, {
            arm,
            clock,
            logger,
            health: { ...settings.health, path: settings.healthPaths?.[plan.target.app] ?? settings.health.path },
            traffic: settings.traffic,
            label: settings.label,
            revisionTimeoutMs: settings.revisionTimeoutMs,
            canaryIntervalMs: settings.canaryIntervalMs,
            pollIntervalMs,
            signal: stop.signal,
          });
          if (outcome.status === 'failed') {
            logger.error(`${plan.target.app}: ${describeError(outcome.error)}`);
            if (!stop.signal.aborted) stop.abort(new Error(`${plan.target.app} failed`));
          } else logger.info(`${plan.target.app}: ${outcome.status} in ${formatDuration(outcome.finishedAt - outcome.startedAt)}`);
          return outcome;
        },
        { stop: () => stop.signal.aborted, skipped: (plan) => skippedOutcome(plan, clock.now(), 'not started: another app failed') },
      ),
    );
    // The apps that failed first name the failure; the ones stopped because of them are counted.
    const failed = outcomes.filter((outcome) => outcome.status === 'failed');
    const stopped = failed.filter((outcome) => outcome.error instanceof DeployAbortedError);
    const primary = failed.filter((outcome) => !(outcome.error instanceof DeployAbortedError));
    if (failed.length > 0) {
      failure = primary.map((outcome) => `${outcome.plan.target.app}: ${errorMessage(outcome.error)}`).join('; ');
      if (stopped.length > 0) failure += `; ${stopped.map((outcome) => outcome.plan.target.app).join(', ')} stopped`;
    }
  }

  let rolledBack = false;
  const changed = outcomes.filter((outcome) => outcome.changed);
  // Someone else changed these during the deploy: putting our "before" back would overwrite them.
  const contested = changed.filter((outcome) => outcome.error instanceof ConcurrentChangeError);
  const restorable = changed.filter((outcome) => !contested.includes(outcome));
  if (failure !== undefined && settings.rollbackOnFailure && changed.length > 0) {
    for (const outcome of contested) {
      outcome.rollback = {
        restored: 'nothing',
        ok: false,
        revision: null,
        traffic: [],
        detail: `not rolled back: ${outcome.plan.target.app} was changed by someone else during the deploy, and restoring it would overwrite that change. Check it by hand (az containerapp ingress traffic show -n ${outcome.plan.target.app}).`,
        at: now().toISOString(),
      };
      logger.error(`${outcome.plan.target.app}: rollback — ${outcome.rollback.detail}`);
    }
    await logger.group(`Rolling back ${restorable.length} app(s)`, () =>
      mapBounded(restorable, settings.concurrency, async (outcome) => {
        const plan = outcome.plan;
        outcome.rollback = await restoreApp(
          {
            app: plan.target.app,
            previous: plan.previous,
            ...(plan.action === 'create' ? { discardRevision: plan.revision } : {}),
            suffixBase: `${plan.suffix ?? suffix}-rb`,
          },
          { arm, clock, logger, revisionTimeoutMs: settings.revisionTimeoutMs, pollIntervalMs, now },
        );
        if (outcome.rollback.ok) outcome.status = 'rolled-back';
      }),
    );
    rolledBack = changed.every((outcome) => outcome.rollback?.ok);
  } else if (failure !== undefined && changed.length > 0) {
    logger.warning(`rollback-on-failure is off: ${changed.map((outcome) => outcome.plan.target.app).join(', ')} keep(s) the failed deploy's state.`);
  }

  keepEarlierPrevious(outcomes, earlier);
  const status: DeploymentStatus = failure === undefined ? 'succeeded' : rolledBack ? 'rolled-back' : 'failed';
  const apps = [];
  for (const outcome of outcomes) {
    const record = appRecordOf(outcome, recordContext);
    apps.push({ record, file: await writeAppRecord(record, recordContext) });
  }
  const message = failure === undefined ? successMessage(outcomes, settings.sha) : `${failure}${rolledBack ? ' — rolled back' : changed.length > 0 && settings.rollbackOnFailure ? ' — rollback did not fully succeed' : ''}`;
  const record = deploymentRecordOf(
    {
      status,
      manifest: { path: relativeArtifact(settings.artifactsDir, settings.candidate.path), sha256: settings.candidate.sha256 },
      traffic: describeTraffic(settings.traffic),
      concurrency: settings.concurrency,
      migration,
      apps,
      ...(failure !== undefined && settings.rollbackOnFailure && changed.length > 0 ? { rollback: { source: 'on-failure' as const, at: now().toISOString(), reason: failure } } : {}),
      startedAt: startedAt,
      finishedAt: clock.now(),
      message: failure === undefined ? undefined : message,
    },
    recordContext,
  );
  const recordPath = await writeDeploymentRecord(record, recordContext);
  return { ok: status === 'succeeded', record, recordPath, summary: renderDeploySummary(record), message, outcomes, migration };
}

function successMessage(outcomes: readonly AppOutcome[], sha: string): string {
  const deployed = outcomes.filter((outcome) => outcome.status === 'deployed').length;
  const unchanged = outcomes.length - deployed;
  if (deployed === 0) return `Every app already runs ${sha.slice(0, 7)}; nothing changed.`;
  return `Deployed ${sha.slice(0, 7)} to ${deployed} app(s)${unchanged ? ` (${unchanged} unchanged)` : ''}.`;
}

/**
 * A replay finds the apps unchanged; keep what the first deploy of this commit replaced, so the
 * record still says what a rollback goes back to.
 */
function keepEarlierPrevious(outcomes: AppOutcome[], earlier: DeploymentRecord | undefined): void {
  if (!earlier) return;
  for (const outcome of outcomes) {
    if (outcome.status !== 'unchanged') continue;
    const entry = earlier.apps.find((app) => app.app === outcome.plan.target.app);
    if (entry && entry.current.revision === outcome.current.revision && entry.previous.revision !== entry.current.revision) {
      outcome.plan = { ...outcome.plan, previous: entry.previous };
    }
  }
}

export type { AppPlan };

import type { ContainerApp } from '@azure/arm-appcontainers';
import type { AppDeployStatus, AppRollback, RevisionHealthCheck, RevisionState } from '@deploy-kit/contracts';
import { errorMessage, type Logger } from '@deploy-kit/core';
import type { Clock } from '@deploy-kit/health-gate';
import type { AppPlan } from './app-plan.ts';
import type { ContainerAppsArm } from './arm.ts';
import { ConcurrentChangeError, DeployAbortedError, HealthCheckFailedError, RevisionFailedError } from './errors.ts';
import { fromSdkTraffic, imagesByContainer, templatePatch, trafficPatch } from './image-update.ts';
import { checkHealth, type HealthCheckSettings, type HealthOutcome } from './revision-health.ts';
import { formatTraffic, pinLatest, sameTraffic, stagedTraffic, stepTraffic, type TrafficPlan, type Weight } from './traffic.ts';
import { isRevisionReady, revisionFailure, waitForRevision } from './wait-for-revision.ts';

export interface AppDeployContext {
  arm: ContainerAppsArm;
  clock: Clock;
  logger: Logger;
  health: HealthCheckSettings;
  traffic: TrafficPlan;
  label: string | undefined;
  revisionTimeoutMs: number;
  /** Wait after each canary step before its health check. */
  canaryIntervalMs: number;
  pollIntervalMs: number;
  /** Aborted when another app failed: waits stop, the app ends failed and is rolled back. */
  signal: AbortSignal;
}

export interface AppOutcome {
  plan: AppPlan;
  status: AppDeployStatus;
  /** true once a write was sent that may have changed the app (what rollback must undo). */
  changed: boolean;
  current: RevisionState;
  fqdn: string | undefined;
  revisionFqdn: string | undefined;
  health: RevisionHealthCheck;
  startedAt: number;
  finishedAt: number;
  error: Error | undefined;
  rollback: AppRollback | undefined;
}

function stateOf(app: ContainerApp, revision: string | null, images: Record<string, string>): RevisionState {
  return { revision, images, traffic: fromSdkTraffic(app.configuration?.ingress?.traffic), latestReadyRevision: app.latestReadyRevisionName ?? null };
}

function healthRecord(outcome: HealthOutcome): RevisionHealthCheck {
  return { status: outcome.status, url: outcome.url, reason: outcome.reason };
}

export function skippedOutcome(plan: AppPlan, now: number, reason: string): AppOutcome {
  return {
    plan,
    status: 'skipped',
    changed: false,
    current: plan.previous,
    fqdn: plan.app.configuration?.ingress?.fqdn,
    revisionFqdn: undefined,
    health: { status: 'skipped', url: null, reason },
    startedAt: now,
    finishedAt: now,
    error: undefined,
    rollback: undefined,
  };
}

/**
 * Deploys one planned app: new revision (or the resumed one), wait until it is provisioned,
 * running and healthy, check it through its own FQDN, then move traffic as the plan says.
 * Never throws: the outcome carries the error, and whether anything was changed.
 */
export async function deployApp(plan: AppPlan, context: AppDeployContext): Promise<AppOutcome> {
  const { arm, logger } = context;
  const name = plan.target.app;
  const outcome: AppOutcome = { ...skippedOutcome(plan, context.clock.now(), 'not checked'), status: 'failed' };
  const abortIfStopped = () => {
    if (context.signal.aborted) throw new DeployAbortedError(name, errorMessage(context.signal.reason));
  };
  const desiredImages = imagesByContainer(plan.desiredContainers);
  const multiple = plan.mode === 'Multiple' && plan.hasIngress;
  const pinned = pinLatest(plan.previous.traffic, plan.previous.latestReadyRevision ?? undefined);
  // What the stored traffic should be before each of our traffic writes; anything else means someone else changed it.
  let expectedTraffic: Weight[] = plan.previous.traffic;

  const setTraffic = async (traffic: Weight[], why: string): Promise<void> => {
    const { value: app, etag } = await arm.getApp(name);
    if (!sameTraffic(fromSdkTraffic(app.configuration?.ingress?.traffic), expectedTraffic)) {
      const now = formatTraffic(fromSdkTraffic(app.configuration?.ingress?.traffic));
      throw new ConcurrentChangeError(`Container app ${name}`, etag, `its traffic is ${now}; deploy-digest left ${formatTraffic(expectedTraffic)}`);
    }
    logger.info(`${name}: traffic ${why}: ${formatTraffic(traffic)}`);
    outcome.changed = true;
    await arm.patchApp(name, trafficPatch(app, traffic), etag);
    expectedTraffic = traffic;
  };

  const checkRevision = async (where: string): Promise<void> => {
    const revision = await arm.getRevision(name, plan.revision);
    const failure = revisionFailure(revision);
    if (failure) throw new RevisionFailedError(name, plan.revision, `${failure} ${where}`);
    if (!isRevisionReady(revision)) {
      const state = revision === undefined ? 'not found' : `health ${revision.healthState ?? '?'}, running ${revision.runningState ?? '?'}`;
      throw new RevisionFailedError(name, plan.revision, `is no longer healthy ${where} (${state})`);
    }
  };

  const checkUrl = async (fqdn: string | undefined, where: string): Promise<HealthOutcome> => {
    const result = await checkHealth(fqdn, context.health, { clock: context.clock, logger });
    if (result.status === 'fail') {
      outcome.health = healthRecord({ ...result, reason: `${where}: ${result.reason}` });
      throw new HealthCheckFailedError(name, `${where} ${result.url}`, result.reason);
    }
    return result;
  };

  try {
    if (plan.action === 'unchanged') {
      logger.info(`${name}: already runs ${Object.values(desiredImages).join(', ')} in ${plan.revision}; nothing to do.`);
      outcome.status = 'unchanged';
      outcome.current = { ...plan.previous, revision: plan.revision, images: desiredImages };
      outcome.health = { status: 'skipped', url: null, reason: 'unchanged: the app already runs this candidate' };
      return outcome;
    }
    abortIfStopped();
    if (plan.action === 'create') {
      // A `latestRevision: true` entry would hand traffic to the new revision the moment it is
      // ready, before we checked it; name the revisions it means now instead.
      const pin = multiple && !sameTraffic(pinned, plan.previous.traffic) ? pinned : undefined;
      logger.info(`${name}: new revision ${plan.revision} with ${Object.values(desiredImages).join(', ')}${pin ? ` (traffic pinned: ${formatTraffic(pin)})` : ''}`);
      outcome.changed = true;
      try {
        await arm.patchApp(name, templatePatch(plan.app, plan.desiredContainers, plan.suffix!, pin), plan.etag);
      } catch (error) {
        if (error instanceof ConcurrentChangeError) outcome.changed = false;
        throw error;
      }
      if (pin) expectedTraffic = pin;
    } else {
      logger.info(`${name}: the template already has ${Object.values(desiredImages).join(', ')}; continuing with ${plan.revision}.`);
      const existing = plan.revisions.find((revision) => revision.name === plan.revision);
      if (existing && existing.active === false) {
        outcome.changed = true;
        await arm.activateRevision(name, plan.revision);
      }
    }

    const waitStarted = context.clock.now();
    const wait = { arm, app: name, revision: plan.revision, clock: context.clock, logger, pollIntervalMs: context.pollIntervalMs, signal: context.signal };
    let ready = await waitForRevision({ ...wait, timeoutMs: context.revisionTimeoutMs, returnWhenRunningUnhealthy: true });
    outcome.revisionFqdn = ready.fqdn;
    abortIfStopped();
    // Through the revision's own FQDN: only the new revision can answer this one. A revision that
    // runs but fails its probes is checked at once, so a bad image fails within the health
    // timeout instead of the whole revision timeout.
    const health = await checkUrl(ready.fqdn, 'its revision FQDN');
    if (!isRevisionReady(ready)) {
      ready = await waitForRevision({ ...wait, timeoutMs: Math.max(1, context.revisionTimeoutMs - (context.clock.now() - waitStarted)), statedTimeoutMs: context.revisionTimeoutMs });
    }
    outcome.health = healthRecord(health);

    if (multiple) {
      const appFqdn = plan.app.configuration?.ingress?.fqdn;
      if (context.traffic.kind === 'all') {
        await setTraffic(stepTraffic(pinned, plan.revision, 100, context.label), 'all to the new revision');
      } else if (context.traffic.kind === 'canary') {
        for (const [index, percent] of context.traffic.steps.entries()) {
          abortIfStopped();
          await setTraffic(stepTraffic(pinned, plan.revision, percent, context.label), `canary step ${index + 1}/${context.traffic.steps.length}`);
          if (context.canaryIntervalMs > 0) await context.clock.sleep(context.canaryIntervalMs, context.signal);
          abortIfStopped();
          const where = `at canary step ${index + 1} (${percent}%)`;
          await checkRevision(where);
          await checkUrl(ready.fqdn, `its revision FQDN ${where},`);
          await checkUrl(appFqdn, `the app FQDN ${where},`);
        }
      } else if (context.label !== undefined) {
        await setTraffic(stagedTraffic(pinned, plan.revision, context.label), `label '${context.label}' on the new revision, no traffic`);
      }
    }

    const { value: app } = await arm.getApp(name);
    outcome.current = stateOf(app, plan.revision, desiredImages);
    outcome.fqdn = app.configuration?.ingress?.fqdn;
    outcome.status = 'deployed';
    return outcome;
  } catch (error) {
    outcome.status = 'failed';
    outcome.error = error instanceof Error ? error : new Error(String(error));
    outcome.current = { ...plan.previous, revision: outcome.changed ? plan.revision : plan.previous.revision, images: outcome.changed ? desiredImages : plan.previous.images, traffic: expectedTraffic };
    return outcome;
  } finally {
    outcome.finishedAt = context.clock.now();
    outcome.fqdn ??= plan.app.configuration?.ingress?.fqdn;
  }
}

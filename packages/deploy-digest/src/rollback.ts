import type { AppRollback, RevisionState } from '@deploy-kit/contracts';
import { describeError, errorMessage, type Logger } from '@deploy-kit/core';
import type { Clock } from '@deploy-kit/health-gate';
import type { ContainerAppsArm } from './arm.ts';
import { containersWithImages, fromSdkTraffic, imagesByContainer, sameImages, templatePatch, trafficPatch } from './image-update.ts';
import { nextFreeSuffix } from './revision-suffix.ts';
import { formatTraffic, pinLatest, sameTraffic, type Weight } from './traffic.ts';
import { waitForRevision } from './wait-for-revision.ts';

export interface RestoreRequest {
  app: string;
  /** What to go back to. */
  previous: RevisionState;
  /**
   * What the deploy put in place. Given for a rollback from a record: the app must still run it,
   * or the rollback would undo a later deploy (unless `force`).
   */
  deployed?: RevisionState;
  force?: boolean;
  /** A revision the deploy created that nothing should route to any more; deactivated after the traffic is restored. */
  discardRevision?: string;
  /** Base of the suffix for a Single-mode image restore, e.g. `rev-1a2b3c4-rb`. */
  suffixBase: string;
}

export interface RestoreContext {
  arm: ContainerAppsArm;
  clock: Clock;
  logger: Logger;
  revisionTimeoutMs: number;
  pollIntervalMs: number;
  now: () => Date;
}

/**
 * The traffic to put back. Exactly as it was stored when `latestRevision: true` still means the
 * same revision; otherwise (the new revision became the latest ready one) written with the
 * revision it meant then, so the restore does not follow the new revision.
 */
export function restoredTraffic(previous: RevisionState, latestReadyNow: string | undefined): Weight[] {
  const usesLatest = previous.traffic.some((entry) => entry.latestRevision);
  if (!usesLatest || (previous.latestReadyRevision ?? undefined) === latestReadyNow) return previous.traffic.map((entry) => ({ ...entry }));
  return pinLatest(previous.traffic, previous.latestReadyRevision ?? undefined);
}

/**
 * Puts one app back as it was before a deploy: the previous traffic in Multiple mode (seed 000
 * §10.8.1 option 1), the previous images as a new revision in Single mode (option 2). Never
 * throws; the answer says what was restored and whether it worked.
 */
export async function restoreApp(request: RestoreRequest, context: RestoreContext): Promise<AppRollback> {
  const { arm, logger } = context;
  const name = request.app;
  const result = (restored: AppRollback['restored'], ok: boolean, revision: string | null, traffic: Weight[], detail: string): AppRollback => {
    if (ok) logger.info(`${name}: rollback — ${detail}`);
    else logger.error(`${name}: rollback — ${detail}`);
    return { restored, ok, revision, traffic, detail, at: context.now().toISOString() };
  };
  try {
    const { value: app, etag } = await arm.getApp(name);
    const currentTraffic = fromSdkTraffic(app.configuration?.ingress?.traffic);
    const currentImages = imagesByContainer(app.template?.containers);
    if (request.deployed && !request.force && !sameImages(currentImages, request.deployed.images)) {
      return result(
        'nothing',
        false,
        app.latestReadyRevisionName ?? null,
        currentTraffic,
        `refused: ${name} now runs ${Object.values(currentImages).join(', ')}, not what this record deployed (${Object.values(request.deployed.images).join(', ')}); rolling back would undo a later deploy. Replay the candidate you want instead (deploy-digest with its sha), or pass --force.`,
      );
    }
    const multiple = (app.configuration?.activeRevisionsMode ?? 'Single').toLowerCase() === 'multiple' && app.configuration?.ingress != null;
    if (multiple) {
      const target = restoredTraffic(request.previous, app.latestReadyRevisionName);
      if (sameTraffic(currentTraffic, target)) {
        await discard(request, context);
        return result('nothing', true, request.previous.revision, target, `traffic already as before (${formatTraffic(target)})`);
      }
      // A revision that is to get traffic again must be active (a later cleanup may have stopped it).
      const revisions = await arm.listRevisions(name);
      for (const entry of target) {
        const revision = revisions.find((candidate) => candidate.name === entry.revisionName);
        if (entry.weight > 0 && revision && revision.active === false) {
          logger.info(`${name}: activating ${revision.name} to give it its traffic back`);
          await arm.activateRevision(name, revision.name!);
          await waitForRevision({ arm, app: name, revision: revision.name!, clock: context.clock, logger, timeoutMs: context.revisionTimeoutMs, pollIntervalMs: context.pollIntervalMs });
        }
      }
      await arm.patchApp(name, trafficPatch(app, target), etag);
      const discarded = await discard(request, context);
      return result('traffic', true, request.previous.revision, target, `traffic restored to ${formatTraffic(target)}${discarded}`);
    }

    if (Object.keys(request.previous.images).length === 0) {
      return result('nothing', false, app.latestReadyRevisionName ?? null, currentTraffic, 'the record has no previous images to restore');
    }
    if (sameImages(currentImages, request.previous.images) && app.latestRevisionName === app.latestReadyRevisionName) {
      return result('nothing', true, app.latestReadyRevisionName ?? null, currentTraffic, `already runs ${Object.values(currentImages).join(', ')}`);
    }
    const containers = containersWithImages(
      name,
      app.template?.containers ?? [],
      Object.entries(request.previous.images)
        .filter(([container]) => (app.template?.containers ?? []).some((candidate) => candidate.name === container))
        .map(([container, ref]) => ({ container, imageName: container, ref })),
    );
    const revisions = await arm.listRevisions(name);
    const suffix = nextFreeSuffix(name, request.suffixBase, new Set(revisions.map((revision) => revision.name ?? '')));
    const revision = `${name}--${suffix}`;
    logger.info(`${name}: restoring ${Object.values(request.previous.images).join(', ')} as revision ${revision}`);
    await arm.patchApp(name, templatePatch(app, containers, suffix), etag);
    await waitForRevision({ arm, app: name, revision, clock: context.clock, logger, timeoutMs: context.revisionTimeoutMs, pollIntervalMs: context.pollIntervalMs });
    const { value: after } = await arm.getApp(name);
    return result('image', true, revision, fromSdkTraffic(after.configuration?.ingress?.traffic), `previous image(s) ${Object.values(request.previous.images).join(', ')} running again as ${revision}`);
  } catch (error) {
    return result('nothing', false, null, [], `failed: ${describeError(error)}`);
  }
}

/**
 * Deactivates the revision the failed deploy created, so a `latestRevision: true` entry can never
 * follow it if it turns healthy later. A revision that failed to provision cannot become ready
 * (and cannot be deactivated). Best effort: the traffic is what matters and is already restored.
 */
async function discard(request: RestoreRequest, context: RestoreContext): Promise<string> {
  const revision = request.discardRevision;
  if (!revision || request.previous.traffic.some((entry) => entry.revisionName === revision)) return '';
  try {
    const current = await context.arm.getRevision(request.app, revision);
    if (!current || current.active === false || current.provisioningState === 'Failed') return '';
    await context.arm.deactivateRevision(request.app, revision);
    return `; ${revision} deactivated`;
  } catch (error) {
    context.logger.warning(`${request.app}: could not deactivate ${revision}: ${errorMessage(error)}`);
    return `; ${revision} could not be deactivated (${errorMessage(error)})`;
  }
}

import type { Container, ContainerApp, Revision } from '@azure/arm-appcontainers';
import type { RevisionMode, RevisionState } from '@deploy-kit/contracts';
import type { AppTarget } from './app-targets.ts';
import type { ContainerAppsArm } from './arm.ts';
import { PolicyError, RevisionSuffixTakenError } from './errors.ts';
import { containersWithImages, fromSdkTraffic, imagesByContainer, sameImages } from './image-update.ts';
import { nextFreeSuffix, revisionName } from './revision-suffix.ts';
import { effectiveWeights, type TrafficPlan, type Weight } from './traffic.ts';
import { revisionFailure } from './wait-for-revision.ts';

/**
 * What deploy-digest will do to one app, worked out from a single read before anything changes:
 *   unchanged — the app already runs the digests the way the plan asks (a replay is a no-op);
 *   resume    — the template already has the digests (an earlier run created the revision) but
 *               traffic does not reach it yet: carry on with that revision, no new one;
 *   create    — a new revision with the suffix.
 */
export type AppAction = 'unchanged' | 'resume' | 'create';

export interface AppPlan {
  target: AppTarget;
  app: ContainerApp;
  etag: string | undefined;
  mode: RevisionMode;
  hasIngress: boolean;
  action: AppAction;
  /** The revision the deploy ends on: the new one, the resumed one, or the one already running. */
  revision: string;
  /** Only for `create`. */
  suffix: string | undefined;
  currentContainers: Container[];
  desiredContainers: Container[];
  previous: RevisionState;
  revisions: Revision[];
}

export interface PlanSettings {
  /** The suffix to use; `explicit` when the user chose it (a taken one is then an error, not renumbered). */
  suffix: string;
  explicitSuffix: boolean;
  traffic: TrafficPlan;
  label: string | undefined;
  minReplicas: number;
}

function modeOf(app: string, value: ContainerApp): RevisionMode {
  const mode = value.configuration?.activeRevisionsMode ?? 'Single';
  if (mode.toLowerCase() === 'single') return 'Single';
  if (mode.toLowerCase() === 'multiple') return 'Multiple';
  throw new PolicyError(`${app} uses revision mode '${mode}', which deploy-digest does not handle.`, "Switch the app to 'single' or 'multiple' revision mode (az containerapp revision set-mode).");
}

/** The policy and mode checks that must hold before any app (or the migration) is touched. */
function checkPolicy(name: string, app: ContainerApp, mode: RevisionMode, hasIngress: boolean, settings: PlanSettings): void {
  const minReplicas = app.template?.scale?.minReplicas ?? 0;
  if (minReplicas < settings.minReplicas) {
    throw new PolicyError(
      `${name} has minReplicas ${minReplicas}, below the policy's ${settings.minReplicas} (seed 003 keeps API and Web at 1 to avoid cold starts). Nothing was deployed.`,
      `Raise it first (az containerapp update -n ${name} --min-replicas ${settings.minReplicas}), or lower 'min-replicas' if this app may scale to zero.`,
    );
  }
  const needsMultiple = settings.traffic.kind !== 'all' || settings.label !== undefined;
  if (needsMultiple && mode !== 'Multiple') {
    const what = settings.traffic.kind === 'all' ? `a 'label'` : `traffic '${settings.traffic.kind}'`;
    throw new PolicyError(
      `${name} is in Single revision mode, where the newest healthy revision always gets all traffic; ${what} needs Multiple mode. Nothing was deployed.`,
      `Switch it once with 'az containerapp revision set-mode -n ${name} --mode multiple', or deploy with traffic 'all'.`,
    );
  }
  if (needsMultiple && !hasIngress) {
    throw new PolicyError(`${name} has no ingress, so there is no traffic to split or label. Nothing was deployed.`, "Deploy it with traffic 'all' and no label.");
  }
}

/** The revision traffic mostly goes to (Single mode: the latest ready one). */
function servingRevision(mode: RevisionMode, traffic: readonly Weight[], latestReady: string | undefined, hasIngress: boolean): string | null {
  if (mode === 'Single' || !hasIngress) return latestReady ?? null;
  let best: [string, number] | undefined;
  for (const [name, weight] of effectiveWeights(traffic, latestReady)) if (best === undefined || weight > best[1]) best = [name, weight];
  return best?.[0] ?? latestReady ?? null;
}

export function revisionImages(revisions: readonly Revision[], name: string | null, fallback: readonly Container[] | undefined): Record<string, string> {
  const revision = name === null ? undefined : revisions.find((candidate) => candidate.name === name);
  return imagesByContainer(revision?.template?.containers ?? fallback);
}

function trafficSatisfied(plan: TrafficPlan, label: string | undefined, traffic: readonly Weight[], latestReady: string | undefined, revision: string): boolean {
  const labelled = label === undefined || traffic.some((entry) => entry.label === label && (entry.revisionName === revision || (entry.latestRevision && latestReady === revision)));
  if (plan.kind === 'none') return labelled;
  return labelled && effectiveWeights(traffic, latestReady).get(revision) === 100;
}

export async function planApp(arm: ContainerAppsArm, target: AppTarget, settings: PlanSettings): Promise<AppPlan> {
  const { value: app, etag } = await arm.getApp(target.app);
  const mode = modeOf(target.app, app);
  const hasIngress = app.configuration?.ingress !== undefined && app.configuration.ingress !== null;
  checkPolicy(target.app, app, mode, hasIngress, settings);
  const currentContainers = app.template?.containers ?? [];
  const desiredContainers = containersWithImages(target.app, currentContainers, target.images);
  const revisions = await arm.listRevisions(target.app);
  const traffic = fromSdkTraffic(app.configuration?.ingress?.traffic);
  const latestReady = app.latestReadyRevisionName;
  const serving = servingRevision(mode, traffic, latestReady, hasIngress);
  const previous: RevisionState = { revision: serving, images: revisionImages(revisions, serving, currentContainers), traffic, latestReadyRevision: latestReady ?? null };
  const base = { target, app, etag, mode, hasIngress, currentContainers, desiredContainers, previous, revisions };

  const latest = app.latestRevisionName;
  const latestRevision = revisions.find((revision) => revision.name === latest);
  const templateMatches = sameImages(imagesByContainer(currentContainers), imagesByContainer(desiredContainers));
  // A latest revision that failed or reports Unhealthy is not worth resuming: a new one is made.
  const reusable = latestRevision !== undefined && revisionFailure(latestRevision) === undefined && latestRevision.healthState !== 'Unhealthy';
  if (templateMatches && latest !== undefined && reusable) {
    const ready = latest === latestReady;
    if (mode === 'Single' || !hasIngress) {
      if (ready) return { ...base, action: 'unchanged', revision: latest, suffix: undefined };
    } else if (ready && trafficSatisfied(settings.traffic, settings.label, traffic, latestReady, latest)) {
      return { ...base, action: 'unchanged', revision: latest, suffix: undefined };
    } else {
      return { ...base, action: 'resume', revision: latest, suffix: undefined };
    }
  }

  const taken = new Set(revisions.map((revision) => revision.name ?? ''));
  let suffix = settings.suffix;
  if (taken.has(revisionName(target.app, suffix))) {
    if (settings.explicitSuffix) {
      const existing = revisions.find((revision) => revision.name === revisionName(target.app, suffix));
      const images = Object.values(imagesByContainer(existing?.template?.containers)).join(', ');
      throw new RevisionSuffixTakenError(target.app, suffix, `revision ${revisionName(target.app, suffix)} already exists${images ? ` (running ${images})` : ''}`);
    }
    // A replay of an earlier candidate: its rev-<sha> exists, so number the new one.
    suffix = nextFreeSuffix(target.app, suffix, taken, 2);
  }
  return { ...base, action: 'create', revision: revisionName(target.app, suffix), suffix };
}

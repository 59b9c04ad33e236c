import type { Revision } from '@azure/arm-appcontainers';
import { formatDuration, type Logger } from '@deploy-kit/core';
import type { Clock } from '@deploy-kit/health-gate';
import type { ContainerAppsArm } from './arm.ts';
import { DeployAbortedError, RevisionFailedError } from './errors.ts';

export interface RevisionWait {
  arm: ContainerAppsArm;
  app: string;
  revision: string;
  clock: Clock;
  logger: Logger;
  timeoutMs: number;
  pollIntervalMs: number;
  signal?: AbortSignal;
  /**
   * Return as soon as the revision is provisioned and its replicas run but fail their probes,
   * so the caller can check it directly and fail at once rather than wait out the timeout.
   */
  returnWhenRunningUnhealthy?: boolean;
  /** The timeout to name in the error, when this wait is the rest of a longer one. */
  statedTimeoutMs?: number;
}

function describe(revision: Revision | undefined): string {
  if (revision === undefined) return 'not found';
  return `provisioning ${revision.provisioningState ?? '?'}, running ${revision.runningState ?? '?'}, health ${revision.healthState ?? '?'}, replicas ${revision.replicas ?? '?'}${revision.provisioningError ? `, error: ${revision.provisioningError}` : ''}`;
}

const RUNNING = new Set(['Running', 'RunningAtMaxScale']);

/** Ready as Container Apps means it: provisioned, running, and passing its probes. */
export function isRevisionReady(revision: Revision | undefined): boolean {
  return revision?.provisioningState === 'Provisioned' && RUNNING.has(revision.runningState ?? '') && revision.healthState === 'Healthy';
}

/** Provisioned and running (or degraded), yet failing its probes: worth checking directly. */
export function isRunningUnhealthy(revision: Revision | undefined): boolean {
  return revision?.provisioningState === 'Provisioned' && (RUNNING.has(revision.runningState ?? '') || revision.runningState === 'Degraded') && revision.healthState === 'Unhealthy' && Boolean(revision.fqdn);
}

/** Failed for good: no amount of waiting fixes these. */
export function revisionFailure(revision: Revision | undefined): string | undefined {
  if (revision === undefined) return undefined;
  if (revision.provisioningState === 'Failed') return `failed to provision${revision.provisioningError ? `: ${revision.provisioningError}` : ''}`;
  if (revision.runningState === 'Failed') return `stopped running (${describe(revision)})`;
  if (revision.provisioningState === 'Deprovisioning' || revision.provisioningState === 'Deprovisioned') return `is being removed (${describe(revision)})`;
  return undefined;
}

/**
 * Polls the revision until it is provisioned, running and healthy; fails as soon as it cannot
 * get there, or at the deadline with the last state seen.
 */
export async function waitForRevision(wait: RevisionWait): Promise<Revision> {
  const started = wait.clock.now();
  const deadline = started + wait.timeoutMs;
  let last: Revision | undefined;
  let lastLine = '';
  for (;;) {
    if (wait.signal?.aborted) throw new DeployAbortedError(wait.app, String((wait.signal.reason as Error | undefined)?.message ?? 'the deploy was stopped'));
    last = await wait.arm.getRevision(wait.app, wait.revision);
    const line = describe(last);
    if (line !== lastLine) wait.logger.info(`${wait.revision}: ${line}`);
    lastLine = line;
    if (last !== undefined && isRevisionReady(last)) return last;
    if (wait.returnWhenRunningUnhealthy && isRunningUnhealthy(last)) return last!;
    const failure = revisionFailure(last);
    if (failure) throw new RevisionFailedError(wait.app, wait.revision, failure);
    const now = wait.clock.now();
    if (now >= deadline) {
      throw new RevisionFailedError(wait.app, wait.revision, `did not become healthy within ${formatDuration(wait.statedTimeoutMs ?? wait.timeoutMs)} (last: ${line})`);
    }
    await wait.clock.sleep(Math.min(wait.pollIntervalMs, Math.max(1, deadline - now)), wait.signal);
  }
}

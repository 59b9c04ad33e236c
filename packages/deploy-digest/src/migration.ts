import type { Container, Job } from '@azure/arm-appcontainers';
import { formatDuration, type Logger } from '@deploy-kit/core';
import type { Clock } from '@deploy-kit/health-gate';
import type { JobTarget } from './app-targets.ts';
import type { ContainerAppsArm } from './arm.ts';
import { MigrationFailedError } from './errors.ts';
import { containersWithImages, imagesByContainer, sameImages } from './image-update.ts';

export interface MigrationPlan {
  target: JobTarget;
  job: Job;
  etag: string | undefined;
  containers: Container[];
  /** false when the job already runs the digest. */
  needsUpdate: boolean;
  /** The candidate's `migration` scope: run the job, or only point it at the new image. */
  run: boolean;
  /** Why it is not run although the scope asks for it (a replay of a deployed candidate). */
  skipReason?: string;
}

export interface MigrationResult {
  job: string;
  image: string;
  execution: string | null;
  /** Succeeded, Failed, Stopped, …, `TimedOut`, or `NotRun` when the scope did not ask for it. */
  status: string;
  updated: boolean;
}

/** Reads the job and works out its new template; nothing is changed yet. */
export async function planMigration(arm: ContainerAppsArm, target: JobTarget, run: boolean): Promise<MigrationPlan> {
  const { value: job, etag } = await arm.getJob(target.job);
  const current = job.template?.containers ?? [];
  const containers = containersWithImages(target.job, current, [target.image], 'migration-job');
  return { target, job, etag, containers, needsUpdate: !sameImages(imagesByContainer(current), imagesByContainer(containers)), run };
}

const FINAL = new Set(['Succeeded', 'Failed', 'Stopped', 'Degraded']);

export interface MigrationDeps {
  arm: ContainerAppsArm;
  clock: Clock;
  logger: Logger;
  timeoutMs: number;
  pollIntervalMs: number;
}

/**
 * Seed 003's first runtime step: the migration job gets the API digest, runs, and must succeed.
 * A failed or timed-out execution throws MigrationFailedError before any app is touched. A
 * timed-out execution is left running: stopping a migration half way can be worse than letting
 * it finish.
 */
export async function runMigration(plan: MigrationPlan, deps: MigrationDeps): Promise<MigrationResult> {
  const { job } = plan.target;
  const image = plan.target.image.ref;
  if (plan.needsUpdate) {
    deps.logger.info(`Migration job ${job}: image → ${image}`);
    // Only the template's containers are sent (a merge patch): triggers, timeouts, secrets, env stay.
    await deps.arm.patchJob(job, { properties: { template: { containers: plan.containers } } }, plan.etag);
  } else {
    deps.logger.info(`Migration job ${job} already uses ${image}.`);
  }
  if (!plan.run || plan.skipReason) {
    deps.logger.info(`Migration job ${job} not run: ${plan.skipReason ?? "the candidate's 'migration' scope is false"}.`);
    return { job, image, execution: null, status: 'NotRun', updated: plan.needsUpdate };
  }
  const execution = await deps.arm.startJob(job);
  deps.logger.info(`Migration job ${job}: execution ${execution} started.`);
  const deadline = deps.clock.now() + deps.timeoutMs;
  let last = '';
  for (;;) {
    const state = await deps.arm.getExecution(job, execution);
    const status = state.status ?? 'Unknown';
    if (status !== last) deps.logger.info(`Migration job ${job}: execution ${execution} ${status}`);
    last = status;
    if (status === 'Succeeded') return { job, image, execution, status, updated: plan.needsUpdate };
    if (FINAL.has(status)) throw new MigrationFailedError(job, execution, status, [state.reason, state.message].filter(Boolean).join(': '));
    const now = deps.clock.now();
    if (now >= deadline) {
      throw new MigrationFailedError(job, execution, `still ${status} after ${formatDuration(deps.timeoutMs)} (timed out; the execution was left running)`, '');
    }
    await deps.clock.sleep(Math.min(deps.pollIntervalMs, deadline - now));
  }
}

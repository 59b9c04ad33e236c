import { DeployKitError, ExitCode } from '@deploy-kit/core';

/**
 * The ways a deploy fails on purpose. Each says which resource, what happened, and in
 * `remediation` what to do; the deploy loop turns them into record messages unchanged.
 */

/** Someone else changed the app or job between our read and our write; nothing was overwritten. */
export class ConcurrentChangeError extends DeployKitError {
  readonly resource: string;

  /** `seen`: what deploy-digest found instead of what it left, when it noticed without a 412. */
  constructor(resource: string, etag: string | undefined, seen?: string) {
    const how = seen === undefined ? `after deploy-digest read it (If-Match ${etag ?? '(none)'} answered 412 Precondition Failed)` : `during the deploy (${seen})`;
    super(`${resource} was changed by someone else ${how}. Nothing was overwritten.`, {
      remediation: 'Find out who else is deploying (another pipeline run, a portal or az change), let it finish, then re-run this deploy. Serialise production deploys with a concurrency group or lock.',
      exitCode: ExitCode.Failure,
    });
    this.resource = resource;
  }
}

/** The revision suffix names a revision that already exists. */
export class RevisionSuffixTakenError extends DeployKitError {
  constructor(app: string, suffix: string, detail: string) {
    super(`Revision suffix '${suffix}' is already taken on ${app}: ${detail}.`, {
      remediation: `Choose another 'revision-suffix' (e.g. '${suffix}-2'), or leave it empty: deploy-digest then uses rev-<short sha> and numbers it (rev-<short sha>-2, …) when a replay finds it taken.`,
      exitCode: ExitCode.UsageError,
    });
  }
}

/** An ARM call failed for a reason other than a concurrent change. */
export class ArmRequestError extends DeployKitError {
  readonly statusCode: number | undefined;
  readonly code: string | undefined;

  constructor(what: string, statusCode: number | undefined, code: string | undefined, detail: string, remediation: string) {
    super(`${what} failed${statusCode ? ` (${statusCode}${code ? ` ${code}` : ''})` : ''}: ${detail}`, { remediation, exitCode: ExitCode.Failure });
    this.statusCode = statusCode;
    this.code = code;
  }
}

/** The migration job's execution failed or did not finish in time. */
export class MigrationFailedError extends DeployKitError {
  readonly execution: string | null;
  readonly status: string;

  constructor(job: string, execution: string | null, status: string, detail: string) {
    super(`Migration job ${job}${execution ? ` execution ${execution}` : ''}: ${status}${detail ? ` (${detail})` : ''}. No app was changed.`, {
      remediation: `Read the execution's logs (az containerapp job execution show -n ${job} --job-execution-name ${execution ?? '<name>'}; az containerapp job logs show -n ${job}), fix the migration, and re-run the deploy.`,
      exitCode: ExitCode.Failure,
    });
    this.execution = execution;
    this.status = status;
  }
}

/** A new revision failed to provision, stopped running, or never became healthy. */
export class RevisionFailedError extends DeployKitError {
  readonly revision: string;

  constructor(app: string, revision: string, detail: string) {
    super(`Revision ${revision} of ${app} ${detail}.`, {
      remediation: `Inspect it with 'az containerapp revision show -n ${app} --revision ${revision}' and its logs ('az containerapp logs show -n ${app} --revision ${revision}'); fix the image or its configuration and deploy a new candidate.`,
      exitCode: ExitCode.Failure,
    });
    this.revision = revision;
  }
}

/** The new revision (or the app during a canary step) failed its HTTP health check. */
export class HealthCheckFailedError extends DeployKitError {
  constructor(app: string, where: string, reason: string) {
    super(`Health check of ${app} through ${where} failed: ${reason}.`, {
      remediation: "The new revision does not serve correctly. Check its logs, or adjust 'health-path' / 'health-expect-json' if the check itself is wrong.",
      exitCode: ExitCode.Failure,
    });
  }
}

/** The deploy would break a policy (minReplicas) or needs a setting the app does not have. */
export class PolicyError extends DeployKitError {
  constructor(message: string, remediation: string) {
    super(message, { remediation, exitCode: ExitCode.UsageError });
  }
}

/** The deploy was stopped because another app failed; this app's step was cut short. */
export class DeployAbortedError extends DeployKitError {
  readonly app: string;

  constructor(app: string, reason: string) {
    super(`Stopped because ${reason}.`, { exitCode: ExitCode.Failure });
    this.app = app;
  }
}

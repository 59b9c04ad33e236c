import type { ContainerApp, ContainerAppsAPIClient, Job, JobExecution, JobPatchProperties, Revision } from '@azure/arm-appcontainers';
import { DeployKitError, errorMessage } from '@deploy-kit/core';
import { ArmRequestError, RevisionSuffixTakenError } from './errors.ts';
import { etagCatcher, ifMatch, statusCodeOf, writeIfUnchanged, type Versioned } from './etag.ts';

export interface ArmOptions {
  /** How often long-running operations are polled (the service's Retry-After wins when given). */
  pollIntervalMs?: number;
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

const SUFFIX_TAKEN = /revision with suffix (\S+) already exists/i;

/** Turns an SDK error into one that says what to do (seed 000 §8.3's failures among them). */
export function explainArmError(what: string, error: unknown, names: { app?: string; resourceGroup: string }): DeployKitError {
  if (error instanceof DeployKitError) return error;
  const status = statusCodeOf(error);
  const code = errorCode(error);
  const message = errorMessage(error);
  const taken = SUFFIX_TAKEN.exec(message);
  if (taken && names.app) return new RevisionSuffixTakenError(names.app, taken[1]!.replace(/["';.]+$/, ''), 'Container Apps refused the update');
  const remediation = ((): string => {
    switch (status) {
      case 401:
        return 'The Azure token was refused. Run oidc-login earlier in the same job and check AZURE_AUTHORITY_HOST / arm-endpoint.';
      case 403:
        return `Give the deploying identity the Contributor role on resource group '${names.resourceGroup}' (seed 000 §8.3.3: az role assignment create --role Contributor --assignee <sp> --scope <rg id>).`;
      case 404:
        return `Check the name and 'resource-group' (az containerapp list -g ${names.resourceGroup} -o table; az containerapp job list -g ${names.resourceGroup}).`;
      case 409:
        if (/InProgress/i.test(code ?? '') || /in progress/i.test(message)) return 'Another operation is in progress on this resource. Wait for it to finish and re-run the deploy.';
        return 'The resource is not in a state that allows this; read the message above.';
      case 429:
        return 'Azure Resource Manager kept throttling after the retries. Deploy fewer apps at once (concurrency) or retry later.';
      default:
        if (status !== undefined && status >= 500) return 'Azure answered a server error after the retries. Retry the deploy; if it persists, check Azure status.';
        if (/ImagePull|pull/i.test(message)) return "The image cannot be pulled: check that the app's registry credentials (configuration.registries) can read it (seed 000 §8.3.2).";
        if (/provision/i.test(message)) {
          return `The new revision could not be provisioned. Look at it with 'az containerapp revision list -n ${names.app ?? '<app>'} -g ${names.resourceGroup}' and its system logs (az containerapp logs show --type system); check the image can be pulled and the template is valid.`;
        }
        return 'Read the message above; fix the app or the inputs and re-run.';
    }
  })();
  return new ArmRequestError(what, status, code, message, remediation);
}

/**
 * The Container Apps calls deploy-digest makes, through the real SDK. Reads return the ETag they
 * saw; writes take one and send it as If-Match, so a concurrent change fails with a clear error
 * instead of being overwritten.
 */
export class ContainerAppsArm {
  readonly resourceGroup: string;
  readonly #client: ContainerAppsAPIClient;
  readonly #pollIntervalMs: number | undefined;

  constructor(client: ContainerAppsAPIClient, resourceGroup: string, options: ArmOptions = {}) {
    this.#client = client;
    this.resourceGroup = resourceGroup;
    this.#pollIntervalMs = options.pollIntervalMs;
  }

  async #call<T>(what: string, app: string | undefined, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw explainArmError(what, error, { app, resourceGroup: this.resourceGroup });
    }
  }

  async getApp(app: string): Promise<Versioned<ContainerApp>> {
    const catcher = etagCatcher();
    const value = await this.#call(`Reading container app ${app}`, app, () => this.#client.containerApps.get(this.resourceGroup, app, { onResponse: catcher.onResponse }));
    return { value, etag: catcher.etag() };
  }

  /** JSON merge patch of the app, conditional on `etag`; resolves when the operation completes. */
  async patchApp(app: string, body: ContainerApp, etag: string | undefined): Promise<ContainerApp> {
    return this.#call(`Updating container app ${app}`, app, () =>
      writeIfUnchanged(`Container app ${app}`, etag, async () => this.#client.containerApps.update(this.resourceGroup, app, body, { ...ifMatch(etag), updateIntervalInMs: this.#pollIntervalMs })),
    );
  }

  async listRevisions(app: string): Promise<Revision[]> {
    return this.#call(`Listing revisions of ${app}`, app, async () => {
      const revisions: Revision[] = [];
      for await (const revision of this.#client.containerAppsRevisions.listRevisions(this.resourceGroup, app)) revisions.push(revision);
      return revisions;
    });
  }

  /** The revision, or undefined while it does not exist (yet). */
  async getRevision(app: string, revision: string): Promise<Revision | undefined> {
    try {
      return await this.#client.containerAppsRevisions.getRevision(this.resourceGroup, app, revision);
    } catch (error) {
      if (statusCodeOf(error) === 404) return undefined;
      throw explainArmError(`Reading revision ${revision}`, error, { app, resourceGroup: this.resourceGroup });
    }
  }

  async activateRevision(app: string, revision: string): Promise<void> {
    await this.#call(`Activating revision ${revision}`, app, () => this.#client.containerAppsRevisions.activateRevision(this.resourceGroup, app, revision));
  }

  async deactivateRevision(app: string, revision: string): Promise<void> {
    await this.#call(`Deactivating revision ${revision}`, app, () => this.#client.containerAppsRevisions.deactivateRevision(this.resourceGroup, app, revision));
  }

  async getJob(job: string): Promise<Versioned<Job>> {
    const catcher = etagCatcher();
    const value = await this.#call(`Reading job ${job}`, undefined, () => this.#client.jobs.get(this.resourceGroup, job, { onResponse: catcher.onResponse }));
    return { value, etag: catcher.etag() };
  }

  async patchJob(job: string, body: JobPatchProperties, etag: string | undefined): Promise<Job> {
    return this.#call(`Updating job ${job}`, undefined, () =>
      writeIfUnchanged(`Job ${job}`, etag, async () => this.#client.jobs.update(this.resourceGroup, job, body, { ...ifMatch(etag), updateIntervalInMs: this.#pollIntervalMs })),
    );
  }

  /** Starts an execution with the job's template; resolves with the execution's name. */
  async startJob(job: string): Promise<string> {
    const started = await this.#call(`Starting job ${job}`, undefined, async () => this.#client.jobs.start(this.resourceGroup, job, { updateIntervalInMs: this.#pollIntervalMs }));
    if (!started?.name) {
      throw new ArmRequestError(`Starting job ${job}`, undefined, undefined, 'the service did not name the execution it started', 'Look for the execution with az containerapp job execution list and re-run the deploy.');
    }
    return started.name;
  }

  async getExecution(job: string, execution: string): Promise<JobExecution> {
    return this.#call(`Reading execution ${execution} of job ${job}`, undefined, () => this.#client.jobExecution(this.resourceGroup, job, execution));
  }
}

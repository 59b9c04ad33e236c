import type { RevisionHealth, RevisionRuntime } from '../service-interfaces.ts';
import { ArmError } from './arm-error.ts';
import { CONTAINER_APP_TYPE, JOB_TYPE, PROVIDER } from './constants.ts';
import type { FaultBook } from './faults.ts';
import { deterministicGuid, generatedSuffix, newEtag } from './ids.ts';
import { cloneJson, isJsonObject, type JsonObject } from './json.ts';
import type { AppRecord, ArmClock, ExecutionRecord, JobRecord, OperationKind, OperationRecord, RevisionRecord, Stamp } from './model.ts';
import { assertValidRevisionSuffix, revisionNameFor } from './revision-name.ts';
import { seedAppProperties, seedJobProperties, type ArmSeed } from './seed.ts';
import {
  canonicalSpec,
  configurationOf,
  containersOf,
  ingressOf,
  normalizeRevisionsMode,
  objectAt,
  resolveSecrets,
  revisionsModeOf,
  secretNamesOf,
  stringAt,
  templateOf,
  validateJobSpec,
  validateTemplate,
} from './spec.ts';
import { effectiveTraffic, normalizeTraffic } from './traffic.ts';

export interface RevisionStatus {
  health: RevisionHealth;
  running: string;
  replicas: number;
}

export interface ArmStoreOptions {
  subscriptionId: string;
  resourceGroup: string;
  location: string;
  environmentName: string;
  environmentDomain: string;
  clock: ArmClock;
  runtime: RevisionRuntime | undefined;
  faults: FaultBook;
}

const SEED_PRINCIPAL = 'deploy-kit-sandbox';

/**
 * The sandbox's Container Apps state and its lifecycle rules: long-running operations that
 * progress as they are observed (polled, or their resource read), revisions whose readiness
 * comes from the runtime (or is simulated), Single-mode cut-over once the new revision is ready,
 * and traffic pushed to the runtime whenever where it goes changes.
 */
export class ArmStore {
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly location: string;
  readonly environmentDomain: string;
  readonly environmentId: string;
  readonly clock: ArmClock;
  readonly runtime: RevisionRuntime | undefined;
  readonly faults: FaultBook;
  readonly apps = new Map<string, AppRecord>();
  readonly jobs = new Map<string, JobRecord>();
  readonly operations = new Map<string, OperationRecord>();
  #sequence = 0;

  constructor(options: ArmStoreOptions) {
    this.subscriptionId = options.subscriptionId;
    this.resourceGroup = options.resourceGroup;
    this.location = options.location;
    this.environmentDomain = options.environmentDomain;
    this.clock = options.clock;
    this.runtime = options.runtime;
    this.faults = options.faults;
    this.environmentId = `${this.resourceGroupId}/providers/${PROVIDER}/managedEnvironments/${options.environmentName}`;
  }

  get resourceGroupId(): string {
    return `/subscriptions/${this.subscriptionId}/resourceGroups/${this.resourceGroup}`;
  }
  appId(name: string): string {
    return `${this.resourceGroupId}/providers/${CONTAINER_APP_TYPE}/${name}`;
  }
  jobId(name: string): string {
    return `${this.resourceGroupId}/providers/${JOB_TYPE}/${name}`;
  }

  nextSequence(): number {
    this.#sequence += 1;
    return this.#sequence;
  }
  now(): number {
    return this.clock();
  }
  stamp(principal: string): Stamp {
    return { at: this.clock(), by: principal };
  }
  etagFor(resourceId: string): string {
    return newEtag(resourceId, this.nextSequence());
  }
  newSuffix(app: string): string {
    const taken = new Set(this.apps.get(app)?.revisions.map((revision) => revision.suffix) ?? []);
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const suffix = generatedSuffix(`${app}:${this.nextSequence()}`);
      if (!taken.has(suffix)) return suffix;
    }
    throw new Error(`could not generate a free revision suffix for ${app}`);
  }

  // ── seeding ────────────────────────────────────────────────────────────────────────────────

  /** Replaces all state with `seed`: every app gets one running revision, every job none. */
  async load(seed: ArmSeed): Promise<void> {
    await this.#stopEverything();
    this.apps.clear();
    this.jobs.clear();
    this.operations.clear();
    this.#sequence = 0;
    const created = this.stamp(SEED_PRINCIPAL);
    for (const seedApp of seed.apps) {
      const spec = canonicalSpec(seedAppProperties(seedApp, this.environmentId));
      normalizeRevisionsMode(spec);
      resolveSecrets(spec, undefined);
      validateTemplate(templateOf(spec), secretNamesOf(spec), { scale: true });
      const requested = stringAt(templateOf(spec)?.['revisionSuffix']);
      if (requested) assertValidRevisionSuffix(seedApp.name, requested);
      const suffix = requested || this.newSuffix(seedApp.name);
      const revisionName = revisionNameFor(seedApp.name, suffix);
      normalizeTraffic(spec, { app: seedApp.name, revisions: new Map(), newRevisionName: revisionName }, true);
      const revision = this.newRevision(seedApp.name, spec, suffix, false);
      revision.provisioning = 'Provisioned';
      this.apps.set(seedApp.name, {
        name: seedApp.name,
        location: this.location,
        tags: undefined,
        identity: undefined,
        spec,
        provisioningState: 'Succeeded',
        etag: this.etagFor(this.appId(seedApp.name)),
        created,
        modified: created,
        latestRevisionName: revision.name,
        latestReadyRevisionName: revision.name,
        pendingOperationId: undefined,
        revisions: [revision],
        pushedTraffic: undefined,
      });
    }
    for (const seedJob of seed.jobs) {
      const spec = canonicalSpec(seedJobProperties(seedJob, this.environmentId));
      resolveSecrets(spec, undefined);
      validateJobSpec(spec);
      this.jobs.set(seedJob.name, {
        name: seedJob.name,
        location: this.location,
        tags: undefined,
        identity: undefined,
        spec,
        provisioningState: 'Succeeded',
        etag: this.etagFor(this.jobId(seedJob.name)),
        created,
        modified: created,
        pendingOperationId: undefined,
        executions: [],
      });
    }
    if (this.runtime !== undefined) {
      for (const app of this.apps.values()) {
        const error = await this.startInRuntime(app, app.revisions[0]!);
        if (error !== undefined) throw new Error(`the sandbox runtime could not start seeded revision ${app.revisions[0]!.name}: ${error}`);
      }
    }
    await this.reconcileAll();
  }

  async #stopEverything(): Promise<void> {
    if (this.runtime === undefined) return;
    for (const app of this.apps.values()) {
      for (const revision of app.revisions) if (revision.active && revision.provisioning !== 'Failed') await this.runtime.stopRevision(app.name, revision.name);
    }
  }

  // ── revisions ──────────────────────────────────────────────────────────────────────────────

  /** A revision record for the app's current template (not yet added to the app). */
  newRevision(app: string, spec: JsonObject, suffix: string, neverHealthy: boolean): RevisionRecord {
    const template = cloneJson(templateOf(spec) ?? {});
    const container = containersOf(template)[0];
    return {
      name: revisionNameFor(app, suffix),
      suffix,
      template,
      image: stringAt(container?.['image']) ?? '',
      env: this.resolveEnv(spec, container),
      createdAt: this.clock(),
      lastActiveAt: undefined,
      active: true,
      provisioning: 'Provisioning',
      provisioningError: undefined,
      neverHealthy,
    };
  }

  /** A container's environment as its process sees it: values, and secret references resolved. */
  resolveEnv(spec: JsonObject, container: JsonObject | undefined): Record<string, string> {
    const secrets = new Map<string, string>();
    for (const secret of (configurationOf(spec)?.['secrets'] as unknown[] | undefined) ?? []) {
      if (isJsonObject(secret) && typeof secret['name'] === 'string' && typeof secret['value'] === 'string') secrets.set(secret['name'], secret['value']);
    }
    const env: Record<string, string> = {};
    for (const variable of (container?.['env'] as unknown[] | undefined) ?? []) {
      if (!isJsonObject(variable) || typeof variable['name'] !== 'string') continue;
      const value = typeof variable['secretRef'] === 'string' ? secrets.get(variable['secretRef']) : stringAt(variable['value']);
      if (value !== undefined) env[variable['name']] = value;
    }
    return env;
  }

  /** Starts the revision's process; answers the error text when the runtime refuses. */
  async startInRuntime(app: AppRecord, revision: RevisionRecord): Promise<string | undefined> {
    if (this.runtime === undefined) return undefined;
    // The variables Container Apps injects into every replica.
    const env = {
      ...revision.env,
      CONTAINER_APP_NAME: app.name,
      CONTAINER_APP_REVISION: revision.name,
      CONTAINER_APP_ENV_DNS_SUFFIX: this.environmentDomain,
    };
    try {
      await this.runtime.startRevision(app.name, revision.name, revision.image, env);
      return undefined;
    } catch (error) {
      return (error as Error).message;
    }
  }

  revisionStatus(app: AppRecord, revision: RevisionRecord): RevisionStatus {
    if (revision.provisioning === 'Provisioning') return { health: 'None', running: 'Processing', replicas: 0 };
    if (revision.provisioning === 'Failed') return { health: 'Unhealthy', running: 'Failed', replicas: 0 };
    if (!revision.active) return { health: 'None', running: 'Stopped', replicas: 0 };
    if (this.runtime !== undefined) {
      let observed: RevisionStatus;
      try {
        observed = this.runtime.revisionState(app.name, revision.name);
      } catch {
        observed = { health: 'None', running: 'Processing', replicas: 0 };
      }
      if (revision.neverHealthy) return { health: 'Unhealthy', running: observed.running === 'Running' ? 'Degraded' : observed.running, replicas: observed.replicas };
      return observed;
    }
    const replicas = desiredReplicas(revision.template);
    if (revision.neverHealthy) return { health: 'Unhealthy', running: 'Degraded', replicas };
    return { health: 'Healthy', running: 'Running', replicas };
  }

  isReady(app: AppRecord, revision: RevisionRecord): boolean {
    const status = this.revisionStatus(app, revision);
    return status.health === 'Healthy' && status.running === 'Running';
  }

  async deactivate(app: AppRecord, revision: RevisionRecord): Promise<void> {
    if (!revision.active) return;
    revision.active = false;
    revision.lastActiveAt = this.clock();
    if (this.runtime !== undefined && revision.provisioning !== 'Failed') await this.runtime.stopRevision(app.name, revision.name);
  }

  async activate(app: AppRecord, revision: RevisionRecord): Promise<void> {
    if (revision.active) return;
    revision.active = true;
    const error = await this.startInRuntime(app, revision);
    if (error !== undefined) throw new ArmError(500, 'ContainerAppOperationError', `Failed to activate revision '${revision.name}': ${error}`);
  }

  async restart(app: AppRecord, revision: RevisionRecord): Promise<void> {
    const error = await this.startInRuntime(app, revision);
    if (error !== undefined) throw new ArmError(500, 'ContainerAppOperationError', `Failed to restart revision '${revision.name}': ${error}`);
  }

  // ── long-running operations ────────────────────────────────────────────────────────────────

  newOperation(kind: OperationKind, target: string, action: OperationRecord['action'], details: Pick<OperationRecord, 'failure' | 'revisionName' | 'executionName'>): OperationRecord {
    const timing = this.faults.lroTiming;
    const now = this.clock();
    const operation: OperationRecord = {
      id: deterministicGuid(`operation:${this.nextSequence()}`),
      kind,
      target,
      action,
      status: 'InProgress',
      startedAt: now,
      endedAt: undefined,
      inProgressPolls: timing.inProgressPolls,
      observations: 0,
      notBefore: now + timing.durationMs,
      ...details,
    };
    this.operations.set(operation.id, operation);
    return operation;
  }

  /** One look at an operation (a status poll, or a read of its resource) moves it on. */
  observeOperation(operation: OperationRecord): void {
    if (operation.status !== 'InProgress') return;
    operation.observations += 1;
    if (operation.observations > operation.inProgressPolls && this.clock() >= operation.notBefore) this.#complete(operation);
  }

  observeApp(name: string): void {
    const pending = this.apps.get(name)?.pendingOperationId;
    const operation = pending === undefined ? undefined : this.operations.get(pending);
    if (operation !== undefined) this.observeOperation(operation);
  }

  observeJob(name: string): void {
    const job = this.jobs.get(name);
    if (job === undefined) return;
    const operation = job.pendingOperationId === undefined ? undefined : this.operations.get(job.pendingOperationId);
    if (operation !== undefined) this.observeOperation(operation);
    for (const execution of job.executions) this.observeExecution(execution);
  }

  #complete(operation: OperationRecord): void {
    const failed = operation.failure !== undefined;
    operation.status = failed ? 'Failed' : 'Succeeded';
    operation.endedAt = this.clock();
    if (operation.kind === 'app') {
      const app = this.apps.get(operation.target);
      if (app === undefined) return;
      if (app.pendingOperationId === operation.id) {
        app.provisioningState = operation.status;
        app.pendingOperationId = undefined;
      }
      const revision = app.revisions.find((candidate) => candidate.name === operation.revisionName);
      if (revision !== undefined && revision.provisioning === 'Provisioning') {
        revision.provisioning = failed ? 'Failed' : 'Provisioned';
        revision.provisioningError = operation.failure?.message;
      }
      return;
    }
    const job = this.jobs.get(operation.target);
    if (job !== undefined && job.pendingOperationId === operation.id) {
      job.provisioningState = operation.status;
      job.pendingOperationId = undefined;
    }
  }

  /** Executions finish when the runtime's run resolves, or (simulated) after the LRO timing. */
  observeExecution(execution: ExecutionRecord): void {
    if (execution.status !== 'Running') return;
    execution.observations += 1;
    const timingDone = execution.observations > execution.inProgressPolls && this.clock() >= execution.notBefore;
    let outcome: 'Succeeded' | 'Failed' | undefined;
    if (execution.willFail) outcome = timingDone ? 'Failed' : undefined;
    else if (this.runtime !== undefined) outcome = execution.runtimeResult;
    else outcome = timingDone ? 'Succeeded' : undefined;
    if (outcome === undefined) return;
    execution.status = outcome;
    execution.endedAt = this.clock();
  }

  // ── reconciliation ─────────────────────────────────────────────────────────────────────────

  async reconcileAll(): Promise<void> {
    for (const app of [...this.apps.values()]) await this.reconcileApp(app);
  }

  /**
   * Brings derived state up to date: the latest revision becomes the latest *ready* one once it
   * is healthy; in Single mode the older revisions are then deactivated (never before, so the old
   * revision keeps serving while the new one starts); traffic changes reach the runtime.
   */
  async reconcileApp(app: AppRecord): Promise<void> {
    const latest = app.revisions.find((revision) => revision.name === app.latestRevisionName);
    if (latest !== undefined && latest.name !== app.latestReadyRevisionName && this.isReady(app, latest)) app.latestReadyRevisionName = latest.name;
    if (revisionsModeOf(app.spec) === 'Single' && latest !== undefined && app.latestReadyRevisionName === latest.name) {
      for (const revision of app.revisions) if (revision !== latest && revision.active) await this.deactivate(app, revision);
    }
    await this.#pushTraffic(app);
  }

  async #pushTraffic(app: AppRecord): Promise<void> {
    if (this.runtime === undefined || ingressOf(app.spec) === undefined) return;
    const targets = effectiveTraffic(app);
    const key = JSON.stringify(targets);
    if (key === app.pushedTraffic) return;
    app.pushedTraffic = key;
    try {
      await this.runtime.setTraffic(app.name, targets);
    } catch (error) {
      app.pushedTraffic = undefined;
      throw error;
    }
  }

  // ── names the outside world sees ───────────────────────────────────────────────────────────

  async appFqdn(app: AppRecord): Promise<string> {
    if (this.runtime !== undefined) {
      try {
        return await this.runtime.appFqdn(app.name);
      } catch {
        // fall back to the environment's naming scheme
      }
    }
    return `${app.name}.${this.environmentDomain}`;
  }

  async revisionFqdn(app: AppRecord, revision: RevisionRecord): Promise<string> {
    if (this.runtime !== undefined && revision.provisioning !== 'Failed') {
      try {
        return await this.runtime.revisionFqdn(app.name, revision.name);
      } catch {
        // fall back to the environment's naming scheme
      }
    }
    return `${revision.name}.${this.environmentDomain}`;
  }
}

function desiredReplicas(template: JsonObject): number {
  const scale = objectAt(template['scale']);
  const min = typeof scale?.['minReplicas'] === 'number' ? scale['minReplicas'] : 0;
  const max = typeof scale?.['maxReplicas'] === 'number' ? scale['maxReplicas'] : 10;
  return Math.min(Math.max(min, 1), max);
}

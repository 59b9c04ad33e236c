import http from 'node:http';
import type { ChildProcess } from 'node:child_process';
import { DeployKitError, errorMessage, silentLogger, type Logger } from '@deploy-kit/core';
import type { ImageBehaviour, ImageCatalog, TrafficTarget } from '../service-interfaces.ts';
import type { ServerCredentials } from '../tls.ts';
import { RevisionInstance, type ProbeSettings } from './revision-instance.ts';
import { Router, type RouteDecision } from './router.ts';
import { JobExecutions } from './job-executions.ts';
import { resolveSampleAppPath } from './sample-app-path.ts';
import { SmoothWeightedPicker } from './weighted-picker.ts';
import type {
  AppSnapshot,
  RevisionChange,
  RevisionRuntimeOptions,
  RevisionSnapshot,
  RevisionStateView,
  RunJobOptions,
  RuntimeSnapshot,
  SandboxRevisionRuntime,
} from './types.ts';

const DEFAULT_PROBE: ProbeSettings = { startupIntervalMs: 100, steadyIntervalMs: 1000, timeoutMs: 5000, failureThreshold: 3 };

interface RevisionRecord {
  readonly app: string;
  readonly name: string;
  image: string | undefined;
  behaviour: ImageBehaviour | undefined;
  active: boolean;
  instance: RevisionInstance | undefined;
  /** Set when the revision could not be started at all (its image is unknown). */
  failure: string | undefined;
  restarts: number;
  /** The app was removed (or the sandbox reset) while this revision was being started. */
  removed: boolean;
  /** Start and stop of one revision run one after the other. */
  queue: Promise<void>;
}

interface AppRecord {
  readonly name: string;
  traffic: TrafficTarget[];
  picker: SmoothWeightedPicker<string>;
  readonly revisions: Map<string, RevisionRecord>;
  router: RouterSlot | undefined;
  readonly revisionRouters: Map<string, RouterSlot>;
  readonly labelRouters: Map<string, RouterSlot>;
}

/** A router being started, and the router once it is (snapshots are synchronous). */
class RouterSlot {
  readonly ready: Promise<Router>;
  router: Router | undefined;

  constructor(starting: Promise<Router>) {
    this.ready = starting.then((router) => (this.router = router));
  }
}

/**
 * Revisions as real local processes behind HTTPS routers that honour traffic weights; see
 * createRevisionRuntime for the contract.
 */
export class LocalRevisionRuntime implements SandboxRevisionRuntime {
  readonly sampleAppPath: string;
  readonly #credentials: ServerCredentials;
  readonly #catalog: ImageCatalog;
  readonly #nodePath: string;
  readonly #logger: Logger;
  readonly #now: () => Date;
  readonly #probe: ProbeSettings;
  readonly #stopGraceMs: number;
  readonly #upstreamTimeoutMs: number;
  readonly #agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  readonly #apps = new Map<string, AppRecord>();
  readonly #jobs: JobExecutions;
  readonly #liveChildren = new Set<ChildProcess>();
  readonly #listeners = new Set<(change: RevisionChange) => void>();
  readonly #killOnExit = (): void => {
    for (const child of this.#liveChildren) child.kill('SIGKILL');
  };
  #closed = false;

  constructor(options: RevisionRuntimeOptions) {
    this.sampleAppPath = resolveSampleAppPath(options.sampleAppPath);
    this.#credentials = options.credentials;
    this.#catalog = options.catalog;
    this.#nodePath = options.nodePath ?? process.execPath;
    this.#logger = options.logger ?? silentLogger;
    this.#now = options.now ?? (() => new Date());
    this.#probe = { ...DEFAULT_PROBE, ...options.probe };
    this.#stopGraceMs = options.stopGraceMs ?? 2000;
    this.#upstreamTimeoutMs = options.upstreamTimeoutMs ?? 240_000;
    this.#jobs = new JobExecutions({
      catalog: this.#catalog,
      nodePath: this.#nodePath,
      sampleAppPath: this.sampleAppPath,
      logger: this.#logger,
      now: this.#now,
      stopGraceMs: this.#stopGraceMs,
      defaultTimeoutMs: options.jobTimeoutMs ?? 30 * 60_000,
      liveChildren: this.#liveChildren,
      isClosed: () => this.#closed,
    });
    // The children also exit when their IPC channel closes; this covers a parent that exits
    // through process.exit() while they are still being told to stop.
    process.on('exit', this.#killOnExit);
  }

  // ── revisions ────────────────────────────────────────────────────────────────────────

  async startRevision(app: string, revision: string, image: string, env: Record<string, string> = {}): Promise<void> {
    this.#assertOpen();
    const record = this.#revision(app, revision);
    await this.#serialised(record, async () => {
      if (record.instance) {
        await record.instance.stop(this.#stopGraceMs);
        record.restarts += 1;
      }
      if (record.removed) return;
      Object.assign(record, { image, active: true, failure: undefined, instance: undefined, behaviour: undefined });
      this.#emit(record);
      let behaviour: ImageBehaviour;
      try {
        behaviour = await this.#catalog.behaviourOf(image);
      } catch (error) {
        // Like an image pull failure in Container Apps: the revision exists and has failed;
        // the caller also hears why, since nothing was spawned.
        record.failure = `The image ${image} could not be resolved: ${errorMessage(error)}`;
        this.#logger.warning(`sandbox: revision ${revision} of ${app} failed: ${record.failure}`);
        this.#emit(record);
        throw new DeployKitError(record.failure, { cause: error, remediation: 'Push the image to the sandbox registry (or deploy a digest it has) and start the revision again.' });
      }
      if (this.#closed || record.removed || !record.active) return;
      record.behaviour = behaviour;
      record.instance = new RevisionInstance(
        {
          nodePath: this.#nodePath,
          sampleAppPath: this.sampleAppPath,
          behaviour,
          identity: { app, revision, image },
          env,
          liveChildren: this.#liveChildren,
        },
        this.#probe,
        this.#now(),
        () => this.#emit(record),
      );
      this.#logger.debug(`sandbox: revision ${revision} of ${app} started (pid ${record.instance.process.pid}, ${behaviour.kind})`);
    });
  }

  async stopRevision(app: string, revision: string): Promise<void> {
    const record = this.#apps.get(app)?.revisions.get(revision);
    if (!record) return;
    await this.#serialised(record, async () => {
      record.active = false;
      await record.instance?.stop(this.#stopGraceMs);
      this.#emit(record);
      this.#logger.debug(`sandbox: revision ${revision} of ${app} stopped`);
    });
  }

  revisionState(app: string, revision: string): RevisionStateView {
    const record = this.#apps.get(app)?.revisions.get(revision);
    return record ? stateOf(record) : { health: 'None', running: 'Stopped', replicas: 0 };
  }

  onRevisionChange(listener: (change: RevisionChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  waitForRevision(app: string, revision: string, until: (state: RevisionStateView) => boolean, timeoutMs: number): Promise<RevisionStateView> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const state = this.revisionState(app, revision);
        if (!until(state)) return false;
        cleanup();
        resolve(state);
        return true;
      };
      const unsubscribe = this.onRevisionChange((change) => {
        if (change.app === app && change.revision === revision) check();
      });
      const timer = setTimeout(() => {
        cleanup();
        const state = this.revisionState(app, revision);
        reject(
          new DeployKitError(`Revision ${revision} of ${app} did not reach the expected state within ${timeoutMs} ms; it is ${state.running}, health ${state.health}${state.detail ? ` (${state.detail})` : ''}.`, {
            remediation: 'Check the revision in GET /_sandbox/state (its process output is there) and the image behaviour it runs.',
          }),
        );
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        unsubscribe();
      };
      check();
    });
  }

  // ── traffic and FQDNs ────────────────────────────────────────────────────────────────

  async setTraffic(app: string, targets: readonly TrafficTarget[]): Promise<void> {
    this.#assertOpen();
    for (const target of targets) {
      if (!Number.isFinite(target.weight) || target.weight < 0) {
        throw new DeployKitError(`Traffic weight ${target.weight} for revision ${target.revisionName} of ${app} is not a non-negative number.`, {
          remediation: 'Give every traffic target a weight from 0 to 100.',
        });
      }
    }
    const record = this.#app(app);
    record.traffic = targets.map((t) => ({ ...t }));
    record.picker = new SmoothWeightedPicker(targets.map((t) => ({ item: t.revisionName, weight: t.weight })));
    this.#logger.debug(`sandbox: traffic of ${app}: ${targets.map((t) => `${t.revisionName}=${t.weight}${t.label ? ` [${t.label}]` : ''}`).join(', ') || 'none'}`);
  }

  async appFqdn(app: string): Promise<string> {
    const record = this.#app(app);
    record.router ??= this.#startRouter('app', () => {
      const revision = record.picker.next();
      if (revision === undefined) return { kind: 'refuse', status: 503, code: 'NoTrafficTargets', message: `No revision of ${app} has a traffic weight above 0.` };
      return this.#decide(record, revision, 503);
    });
    return (await this.#router(record.router, () => (record.router = undefined))).fqdn;
  }

  async revisionFqdn(app: string, revision: string): Promise<string> {
    const record = this.#app(app);
    let router = record.revisionRouters.get(revision);
    if (!router) {
      router = this.#startRouter('revision', () => this.#decide(record, revision, 404));
      record.revisionRouters.set(revision, router);
    }
    return (await this.#router(router, () => record.revisionRouters.delete(revision))).fqdn;
  }

  async labelFqdn(app: string, label: string): Promise<string> {
    const record = this.#app(app);
    let router = record.labelRouters.get(label);
    if (!router) {
      router = this.#startRouter(`label:${label}`, () => {
        const target = record.traffic.find((t) => t.label === label);
        if (!target) return { kind: 'refuse', status: 404, code: 'LabelNotFound', message: `No revision of ${app} carries the label ${label}.` };
        return this.#decide(record, target.revisionName, 503);
      });
      record.labelRouters.set(label, router);
    }
    return (await this.#router(router, () => record.labelRouters.delete(label))).fqdn;
  }

  /** Where a request for `revision` goes; `inactiveStatus` is 404 on the revision's own FQDN, 503 behind the app or a label. */
  #decide(app: AppRecord, revision: string, inactiveStatus: number): RouteDecision {
    const record = app.revisions.get(revision);
    if (!record || !record.active || record.image === undefined) {
      return { kind: 'refuse', status: inactiveStatus, code: 'RevisionNotActive', message: `Revision ${revision} of ${app.name} is not active.`, revision };
    }
    const port = record.instance?.port;
    if (port === undefined) {
      const state = stateOf(record);
      return { kind: 'refuse', status: 503, code: 'RevisionUnavailable', message: `Revision ${revision} of ${app.name} has no running replica (${state.running}${state.detail ? `: ${state.detail}` : ''}).`, revision };
    }
    return { kind: 'upstream', upstream: { port, revision, image: record.image } };
  }

  #startRouter(route: string, decide: () => RouteDecision): RouterSlot {
    this.#assertOpen();
    return new RouterSlot(Router.start(route, this.#credentials, decide, { agent: this.#agent, timeoutMs: this.#upstreamTimeoutMs }));
  }

  /** Awaits a router being started; one that failed (or finished after close) is forgotten. */
  async #router(slot: RouterSlot, forget: () => void): Promise<Router> {
    let router: Router;
    try {
      router = await slot.ready;
    } catch (error) {
      forget();
      throw error;
    }
    if (this.#closed) {
      await router.close();
      throw closedError();
    }
    return router;
  }

  // ── jobs ─────────────────────────────────────────────────────────────────────────────

  runJob(job: string, execution: string, image: string, options: RunJobOptions = {}): Promise<'Succeeded' | 'Failed'> {
    this.#assertOpen();
    return this.#jobs.run(job, execution, image, options);
  }

  cancelJob(job: string, execution: string): Promise<void> {
    return this.#jobs.cancel(job, execution);
  }

  // ── lifecycle and state ──────────────────────────────────────────────────────────────

  async removeApp(app: string): Promise<void> {
    const record = this.#apps.get(app);
    if (!record) return;
    this.#apps.delete(app);
    await this.#teardownApp(record);
  }

  async reset(): Promise<void> {
    const apps = [...this.#apps.values()];
    this.#apps.clear();
    await Promise.all([...apps.map((app) => this.#teardownApp(app)), this.#jobs.clear('The sandbox was reset.')]);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.reset();
    // Anything still alive (a revision whose start was in flight) goes the hard way.
    await Promise.all([...this.#liveChildren].map((child) => killNow(child)));
    this.#agent.destroy();
    process.off('exit', this.#killOnExit);
  }

  snapshot(): RuntimeSnapshot {
    const apps: AppSnapshot[] = [];
    for (const app of this.#apps.values()) apps.push(this.#appSnapshot(app));
    return { apps, jobs: this.#jobs.snapshot() };
  }

  #appSnapshot(app: AppRecord): AppSnapshot {
    const revisions: RevisionSnapshot[] = [...app.revisions.values()].map((record) => {
      const state = stateOf(record);
      const instance = record.instance;
      const exit = instance?.process.exit;
      const router = app.revisionRouters.get(record.name)?.router;
      return {
        revision: record.name,
        image: record.image ?? null,
        behaviour: record.behaviour ?? null,
        active: record.active,
        health: state.health,
        running: state.running,
        replicas: state.replicas,
        detail: state.detail ?? null,
        pid: instance?.process.pid ?? null,
        port: instance?.port ?? null,
        fqdn: router?.fqdn ?? null,
        restarts: record.restarts,
        startedAt: instance?.startedAt.toISOString() ?? null,
        exit: exit ? { code: exit.code, signal: exit.signal } : null,
        requests: router?.counts() ?? null,
        output: instance?.process.output() ?? [],
      };
    });
    const labels = [...app.labelRouters.entries()].flatMap(([label, slot]) => {
      const router = slot.router;
      return router ? [{ label, fqdn: router.fqdn, revision: app.traffic.find((t) => t.label === label)?.revisionName ?? null, requests: router.counts() }] : [];
    });
    const router = app.router?.router;
    return { app: app.name, fqdn: router?.fqdn ?? null, traffic: app.traffic.map((t) => ({ ...t })), requests: router?.counts() ?? null, revisions, labels };
  }

  async #teardownApp(app: AppRecord): Promise<void> {
    const stops = [...app.revisions.values()].map(async (record) => {
      record.active = false;
      record.removed = true;
      await record.instance?.stop(this.#stopGraceMs);
    });
    const routers = [app.router, ...app.revisionRouters.values(), ...app.labelRouters.values()].map(async (slot) => {
      const router = await slot?.ready.catch(() => undefined);
      await router?.close();
    });
    await Promise.all([...stops, ...routers]);
  }

  #app(name: string): AppRecord {
    let record = this.#apps.get(name);
    if (!record) {
      record = { name, traffic: [], picker: new SmoothWeightedPicker<string>([]), revisions: new Map(), router: undefined, revisionRouters: new Map(), labelRouters: new Map() };
      this.#apps.set(name, record);
    }
    return record;
  }

  #revision(app: string, name: string): RevisionRecord {
    const appRecord = this.#app(app);
    let record = appRecord.revisions.get(name);
    if (!record) {
      record = { app, name, image: undefined, behaviour: undefined, active: false, instance: undefined, failure: undefined, restarts: 0, removed: false, queue: Promise.resolve() };
      appRecord.revisions.set(name, record);
    }
    return record;
  }

  #serialised(record: RevisionRecord, work: () => Promise<void>): Promise<void> {
    const run = record.queue.then(work);
    record.queue = run.catch(() => undefined);
    return run;
  }

  #emit(record: RevisionRecord): void {
    const change: RevisionChange = { app: record.app, revision: record.name, state: stateOf(record) };
    for (const listener of this.#listeners) {
      try {
        listener(change);
      } catch (error) {
        this.#logger.warning(`sandbox: a revision-change listener failed: ${errorMessage(error)}`);
      }
    }
  }

  #assertOpen(): void {
    if (this.#closed) throw closedError();
  }
}

function stateOf(record: RevisionRecord): RevisionStateView {
  if (!record.active) return { health: 'None', running: 'Stopped', replicas: 0 };
  if (record.failure !== undefined) return { health: 'Unhealthy', running: 'Failed', replicas: 0, detail: record.failure };
  if (!record.instance) return { health: 'None', running: 'Processing', replicas: 0, detail: 'The image is being resolved.' };
  return record.instance.state;
}

function killNow(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGKILL');
  return gone;
}

function closedError(): DeployKitError {
  return new DeployKitError('The sandbox revision runtime is closed.', { remediation: 'Start a new sandbox.' });
}

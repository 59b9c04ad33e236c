import type { RevisionHealth, RevisionRunning } from '../service-interfaces.ts';
import { probeHealth, type ProbeOutcome } from './health-probe.ts';
import { describeExit, SampleAppProcess, type ProcessExit, type SampleAppLaunch } from './sample-app-process.ts';

export interface ProbeSettings {
  /** Probe interval while the revision is starting (Processing). */
  startupIntervalMs: number;
  /** Probe interval once it has answered (Running or Degraded); crashes are seen at once anyway. */
  steadyIntervalMs: number;
  timeoutMs: number;
  /** Consecutive unanswered probes after which a started revision counts as Unhealthy. */
  failureThreshold: number;
}

export interface InstanceState {
  health: RevisionHealth;
  running: RevisionRunning;
  replicas: number;
  /** Why the revision is in this state, when it is not simply running and healthy. */
  detail?: string;
}

/**
 * One process generation of a revision (a restart makes a new one) and the health the runtime
 * sees by probing it, the way Container Apps' probes do:
 *   spawned → Processing/None; the app answers healthy → Running/Healthy; the app answers but
 *   not healthy → Degraded/Unhealthy; the process exits unasked → Failed/Unhealthy; stopped →
 *   Stopped/None. Health follows every probe, so a revision can recover.
 */
export class RevisionInstance {
  readonly process: SampleAppProcess;
  readonly startedAt: Date;
  #state: InstanceState = { health: 'None', running: 'Processing', replicas: 1 };
  #port: number | undefined;
  #stopping = false;
  #timer: NodeJS.Timeout | undefined;
  #unanswered = 0;
  readonly #probe: ProbeSettings;
  readonly #onChange: () => void;

  constructor(launch: SampleAppLaunch, probe: ProbeSettings, startedAt: Date, onChange: () => void) {
    this.#probe = probe;
    this.#onChange = onChange;
    this.startedAt = startedAt;
    this.process = new SampleAppProcess(launch);
    this.process.port.then(
      (port) => {
        if (this.#stopping || this.process.exit) return;
        this.#port = port;
        this.#schedule(0);
      },
      () => undefined,
    );
    void this.process.exited.then((exit) => this.#exited(exit));
  }

  get state(): InstanceState {
    return { ...this.#state };
  }

  /** The port to proxy to, while the process lives and listens. */
  get port(): number | undefined {
    return this.process.exit ? undefined : this.#port;
  }

  get lastPort(): number | undefined {
    return this.#port;
  }

  async stop(graceMs: number): Promise<void> {
    this.#stopping = true;
    clearTimeout(this.#timer);
    await this.process.terminate(graceMs);
    this.#set({ health: 'None', running: 'Stopped', replicas: 0 });
  }

  #exited(exit: ProcessExit): void {
    clearTimeout(this.#timer);
    if (this.#stopping) return;
    this.#set({ health: 'Unhealthy', running: 'Failed', replicas: 0, detail: `The revision's process ended (${describeExit(exit)}).` });
  }

  #schedule(delayMs: number): void {
    if (this.#stopping || this.process.exit) return;
    this.#timer = setTimeout(() => void this.#probeOnce(), delayMs);
    // The child process keeps the parent alive; the probe timer need not.
    this.#timer.unref();
  }

  async #probeOnce(): Promise<void> {
    const port = this.#port;
    if (port === undefined) return;
    const outcome = await probeHealth(port, this.#probe.timeoutMs);
    if (this.#stopping || this.process.exit) return;
    this.#apply(outcome);
    this.#schedule(this.#state.running === 'Processing' ? this.#probe.startupIntervalMs : this.#probe.steadyIntervalMs);
  }

  #apply(outcome: ProbeOutcome): void {
    if (outcome !== 'no-answer') this.#unanswered = 0;
    switch (outcome) {
      case 'healthy':
        return this.#set({ health: 'Healthy', running: 'Running', replicas: 1 });
      case 'starting':
        return this.#set({ health: 'None', running: 'Processing', replicas: 1, detail: 'The app reports that it is still starting.' });
      case 'unhealthy':
        return this.#set({ health: 'Unhealthy', running: 'Degraded', replicas: 1, detail: 'The health probe got an answer other than 200 {"status":"healthy"}.' });
      case 'no-answer':
        this.#unanswered += 1;
        if (this.#state.running !== 'Processing' && this.#unanswered >= this.#probe.failureThreshold) {
          this.#set({ health: 'Unhealthy', running: 'Degraded', replicas: 1, detail: `The health probe got no answer ${this.#unanswered} times in a row.` });
        }
        return;
    }
  }

  #set(next: InstanceState): void {
    const previous = this.#state;
    this.#state = next;
    if (previous.health !== next.health || previous.running !== next.running || previous.replicas !== next.replicas) this.#onChange();
  }
}

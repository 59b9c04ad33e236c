import type { ChildProcess } from 'node:child_process';
import { DeployKitError, errorMessage, type Logger } from '@deploy-kit/core';
import type { ImageBehaviour, ImageCatalog } from '../service-interfaces.ts';
import { describeExit, SampleAppProcess, type ProcessExit } from './sample-app-process.ts';
import type { JobExecutionSnapshot, JobExecutionStatus, RunJobOptions } from './types.ts';

export interface JobExecutionsOptions {
  catalog: ImageCatalog;
  nodePath: string;
  sampleAppPath: string;
  logger: Logger;
  now: () => Date;
  stopGraceMs: number;
  defaultTimeoutMs: number;
  liveChildren: Set<ChildProcess>;
  /** True once the runtime is closing: no execution may start a process after that. */
  isClosed: () => boolean;
}

interface JobRecord {
  readonly job: string;
  readonly execution: string;
  readonly image: string;
  status: JobExecutionStatus;
  process: SampleAppProcess | undefined;
  readonly startedAt: Date;
  endedAt: Date | undefined;
  exit: ProcessExit | undefined;
  detail: string | undefined;
  /** Set while the process runs: ends it, with the reason it failed. */
  stop: ((reason: string) => void) | undefined;
  readonly done: Promise<void>;
}

/**
 * Job executions: the image's behaviour run as a process to completion. Exit code 0 is
 * Succeeded; any other exit, a timeout (the job's replicaTimeout) or a cancel is Failed.
 */
export class JobExecutions {
  readonly #options: JobExecutionsOptions;
  readonly #records = new Map<string, JobRecord>();

  constructor(options: JobExecutionsOptions) {
    this.#options = options;
  }

  async run(job: string, execution: string, image: string, options: RunJobOptions = {}): Promise<'Succeeded' | 'Failed'> {
    const { catalog, logger, now } = this.#options;
    const key = `${job}/${execution}`;
    if (this.#records.get(key)?.status === 'Running') {
      throw new DeployKitError(`Job execution ${execution} of ${job} is already running.`, { remediation: 'Give every execution its own name.' });
    }
    let finished!: () => void;
    const record: JobRecord = {
      job,
      execution,
      image,
      status: 'Running',
      process: undefined,
      startedAt: now(),
      endedAt: undefined,
      exit: undefined,
      detail: undefined,
      stop: undefined,
      done: new Promise<void>((resolve) => (finished = resolve)),
    };
    this.#records.set(key, record);
    const finish = (status: 'Succeeded' | 'Failed', detail: string | undefined): 'Succeeded' | 'Failed' => {
      Object.assign(record, { status, detail, endedAt: now(), stop: undefined });
      logger.debug(`sandbox: job execution ${execution} of ${job} ${status}${detail ? ` (${detail})` : ''}`);
      finished();
      return status;
    };

    let behaviour: ImageBehaviour;
    try {
      behaviour = await catalog.behaviourOf(image);
    } catch (error) {
      return finish('Failed', `The image ${image} could not be resolved: ${errorMessage(error)}`);
    }
    if (this.#options.isClosed()) return finish('Failed', 'The sandbox closed before the execution started.');

    const child = new SampleAppProcess({
      nodePath: this.#options.nodePath,
      sampleAppPath: this.#options.sampleAppPath,
      behaviour,
      identity: { app: job, revision: execution, image },
      env: options.env ?? {},
      liveChildren: this.#options.liveChildren,
    });
    record.process = child;
    let failure: string | undefined;
    record.stop = (reason) => {
      failure ??= reason;
      void child.terminate(this.#options.stopGraceMs);
    };
    const timeoutMs = options.timeoutMs ?? this.#options.defaultTimeoutMs;
    const timer = setTimeout(() => record.stop?.(`The execution did not finish within ${timeoutMs} ms.`), timeoutMs);
    const exit = await child.exited;
    clearTimeout(timer);
    record.exit = exit;
    if (failure === undefined && exit.code === 0) return finish('Succeeded', undefined);
    return finish('Failed', failure ?? `The execution's process ended (${describeExit(exit)}).`);
  }

  async cancel(job: string, execution: string, reason = 'The execution was stopped.'): Promise<void> {
    const record = this.#records.get(`${job}/${execution}`);
    if (record) await this.#stop(record, reason);
  }

  /** Stops every running execution and forgets them all. */
  async clear(reason: string): Promise<void> {
    const records = [...this.#records.values()];
    this.#records.clear();
    await Promise.all(records.map((record) => this.#stop(record, reason)));
  }

  snapshot(): JobExecutionSnapshot[] {
    return [...this.#records.values()].map((job) => ({
      job: job.job,
      execution: job.execution,
      image: job.image,
      status: job.status,
      pid: job.process?.pid ?? null,
      startedAt: job.startedAt.toISOString(),
      endedAt: job.endedAt?.toISOString() ?? null,
      exit: job.exit ? { code: job.exit.code, signal: job.exit.signal } : null,
      detail: job.detail ?? null,
      output: job.process?.output() ?? [],
    }));
  }

  async #stop(record: JobRecord, reason: string): Promise<void> {
    if (record.status !== 'Running') return;
    record.stop?.(reason);
    // An execution still resolving its image has no process; it fails once it sees the sandbox closed.
    if (record.process) await record.done;
  }
}

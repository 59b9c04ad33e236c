import { spawn, type ChildProcess } from 'node:child_process';
import type { ImageBehaviour } from '../service-interfaces.ts';

/** Who a sample-app process is: what it reports on `/` and in its x-sandbox-* headers. */
export interface SampleAppIdentity {
  app: string;
  revision: string;
  image: string;
}

export interface SampleAppLaunch {
  nodePath: string;
  sampleAppPath: string;
  behaviour: ImageBehaviour;
  identity: SampleAppIdentity;
  /** The container's environment variables (from the app template). */
  env: Readonly<Record<string, string>>;
  /** Every live child goes in here so the parent can kill them synchronously when it exits. */
  liveChildren: Set<ChildProcess>;
}

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Set when the process could not be started at all. */
  error?: string;
}

const OUTPUT_LINES_KEPT = 40;

/** One running sample-app process: its pid, the port it reported, how and when it ended. */
export class SampleAppProcess {
  readonly pid: number | undefined;
  /** Resolves with the port the app listens on; rejects if it exits first (or never serves, as jobs). */
  readonly port: Promise<number>;
  readonly exited: Promise<ProcessExit>;
  #exit: ProcessExit | undefined;
  readonly #child: ChildProcess;
  readonly #output: string[] = [];

  constructor(launch: SampleAppLaunch) {
    // A minimal environment on purpose: the sandbox's own variables (tokens, NODE_OPTIONS of a
    // test runner) are none of the container's business.
    const env: Record<string, string> = {
      ...launch.env,
      PORT: '0',
      DEPLOYKIT_SANDBOX_BEHAVIOUR: JSON.stringify(launch.behaviour),
      DEPLOYKIT_SANDBOX_APP: launch.identity.app,
      DEPLOYKIT_SANDBOX_REVISION: launch.identity.revision,
      DEPLOYKIT_SANDBOX_IMAGE: launch.identity.image,
    };
    const child = spawn(launch.nodePath, [launch.sampleAppPath], { env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    this.#child = child;
    this.pid = child.pid;
    if (child.pid !== undefined) launch.liveChildren.add(child);
    for (const stream of [child.stdout, child.stderr]) {
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => this.#keepOutput(chunk));
    }

    this.exited = new Promise<ProcessExit>((resolve) => {
      const finish = (exit: ProcessExit): void => {
        if (this.#exit) return;
        this.#exit = exit;
        launch.liveChildren.delete(child);
        resolve(exit);
      };
      child.once('exit', (code, signal) => finish({ code, signal }));
      child.once('error', (error) => finish({ code: null, signal: null, error: error.message }));
    });

    this.port = new Promise<number>((resolve, reject) => {
      child.on('message', (message: unknown) => {
        const m = message as { type?: unknown; port?: unknown } | null;
        if (m && m.type === 'listening' && typeof m.port === 'number') resolve(m.port);
      });
      void this.exited.then((exit) => reject(new Error(`the process ended before it listened (${describeExit(exit)})`)));
    });
    // Jobs never listen; nobody has to observe that rejection.
    this.port.catch(() => undefined);
  }

  get exit(): ProcessExit | undefined {
    return this.#exit;
  }

  /** The last lines the process wrote to stdout/stderr, for diagnosing a failed revision. */
  output(): string[] {
    return [...this.#output];
  }

  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. */
  async terminate(graceMs: number): Promise<ProcessExit> {
    if (this.#exit) return this.#exit;
    this.#child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const killed = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        if (!this.#exit) this.#child.kill('SIGKILL');
        resolve();
      }, graceMs);
    });
    await Promise.race([this.exited, killed]);
    clearTimeout(timer);
    return this.exited;
  }

  #keepOutput(chunk: string): void {
    for (const line of chunk.split('\n')) {
      if (line.trim() === '') continue;
      this.#output.push(line.length > 500 ? `${line.slice(0, 500)}…` : line);
    }
    if (this.#output.length > OUTPUT_LINES_KEPT) this.#output.splice(0, this.#output.length - OUTPUT_LINES_KEPT);
  }
}

export function describeExit(exit: ProcessExit): string {
  if (exit.error) return `could not start: ${exit.error}`;
  if (exit.signal) return `killed by ${exit.signal}`;
  return `exit code ${exit.code}`;
}

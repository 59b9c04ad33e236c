import type { Redactor } from './redactor.ts';

/** The one logging interface the library code sees, whichever CI (or none) we run in. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** Runs `fn` inside a collapsible group (GitHub) or under a heading (elsewhere). */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  readonly debugEnabled: boolean;
}

export interface Writable {
  write(chunk: string): unknown;
}

/**
 * Plain-text logger for CircleCI and the CLI. Every line passes through the redactor, so a
 * secret registered with the runtime never reaches the stream — debug lines included.
 */
export class StreamLogger implements Logger {
  readonly debugEnabled: boolean;
  readonly #stream: Writable;
  readonly #redactor: Redactor;

  constructor(stream: Writable, redactor: Redactor, options: { debug?: boolean } = {}) {
    this.#stream = stream;
    this.#redactor = redactor;
    this.debugEnabled = options.debug ?? false;
  }

  debug(message: string): void {
    if (this.debugEnabled) this.#write(`[debug] ${message}`);
  }
  info(message: string): void {
    this.#write(message);
  }
  warning(message: string): void {
    this.#write(`warning: ${message}`);
  }
  error(message: string): void {
    this.#write(`error: ${message}`);
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.#write(`── ${title}`);
    return fn();
  }

  #write(line: string): void {
    this.#stream.write(`${this.#redactor.redact(line)}\n`);
  }
}

export interface LogRecord {
  level: 'debug' | 'info' | 'warning' | 'error';
  message: string;
}

/** Keeps log lines in memory (redacted), for tests and for callers that render them later. */
export class RecordingLogger implements Logger {
  readonly records: LogRecord[] = [];
  readonly debugEnabled = true;
  readonly #redactor: Redactor | undefined;

  constructor(redactor?: Redactor) {
    this.#redactor = redactor;
  }

  debug(message: string): void {
    this.#push('debug', message);
  }
  info(message: string): void {
    this.#push('info', message);
  }
  warning(message: string): void {
    this.#push('warning', message);
  }
  error(message: string): void {
    this.#push('error', message);
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.#push('info', `── ${title}`);
    return fn();
  }
  text(): string {
    return this.records.map((r) => `${r.level}: ${r.message}`).join('\n');
  }

  #push(level: LogRecord['level'], message: string): void {
    this.records.push({ level, message: this.#redactor ? this.#redactor.redact(message) : message });
  }
}

/** A logger that drops everything; for library calls whose caller does not want logs. */
export const silentLogger: Logger = {
  debugEnabled: false,
  debug: () => undefined,
  info: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  group: (_title, fn) => fn(),
};

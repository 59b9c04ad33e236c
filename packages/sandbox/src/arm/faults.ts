/** Which requests a transport fault applies to; every given field must match. */
export interface RequestMatcher {
  /** HTTP method(s), e.g. 'PATCH'. */
  method?: string | readonly string[];
  /** A substring of (or pattern for) the URL path, e.g. '/containerApps/api'. */
  path?: string | RegExp;
}

export interface LroTiming {
  /** Status polls (or reads of the resource) that still answer InProgress. */
  inProgressPolls: number;
  /** Minimum time an operation takes, by the sandbox clock. */
  durationMs: number;
}

/**
 * Faults a test (or a user rehearsing a pipeline) injects into the Container Apps API. Counted
 * faults are consumed by the requests or operations they hit; `reset()` clears everything.
 */
export interface ArmFaults {
  /** The next `count` matching requests answer 429 with `Retry-After` (seconds, default 1). */
  throttle(count: number, options?: { retryAfterSeconds?: number; match?: RequestMatcher }): void;
  /** The next `count` matching requests answer a 5xx (default 500) with an ARM error body. */
  serverErrors(count: number, options?: { status?: 500 | 502 | 503 | 504; match?: RequestMatcher }): void;
  /** The next `count` matching requests have their connection destroyed without an answer. */
  dropConnections(count: number, options?: { match?: RequestMatcher }): void;
  /** Every request waits this long before it is handled (0 turns it off). */
  setLatency(ms: number): void;
  /** Long-running operations (and job executions) take at least this long / this many polls. */
  slowOperations(timing: Partial<LroTiming>): void;
  /** The next `count` writes to the app (or job; any when neither is given) end their LRO Failed. */
  failProvisioning(options?: { app?: string; job?: string; count?: number; code?: string; message?: string }): void;
  /** The next `count` revisions created for the app (any app when omitted) never become healthy. */
  neverHealthy(options?: { app?: string; count?: number }): void;
  /** The next `count` executions of the job (any job when omitted) end Failed. */
  failJobExecution(options?: { job?: string; count?: number }): void;
  reset(): void;
  /** What is still armed, for state dumps and test diagnostics. */
  describe(): FaultSummary;
}

export type RequestFault =
  | { kind: 'throttle'; retryAfterSeconds: number }
  | { kind: 'server-error'; status: number }
  | { kind: 'drop' };

export interface FaultSummary {
  latencyMs: number;
  lro: LroTiming;
  requestFaults: { kind: RequestFault['kind']; remaining: number }[];
  provisioningFailures: { target: string; remaining: number }[];
  neverHealthy: { app: string; remaining: number }[];
  executionFailures: { job: string; remaining: number }[];
}

interface Armed<T> {
  remaining: number;
  value: T;
}

function matches(matcher: RequestMatcher | undefined, method: string, path: string): boolean {
  if (matcher === undefined) return true;
  if (matcher.method !== undefined) {
    const methods = typeof matcher.method === 'string' ? [matcher.method] : matcher.method;
    if (!methods.some((m) => m.toUpperCase() === method.toUpperCase())) return false;
  }
  if (matcher.path !== undefined) {
    if (typeof matcher.path === 'string' ? !path.toLowerCase().includes(matcher.path.toLowerCase()) : !matcher.path.test(path)) return false;
  }
  return true;
}

function assertCount(count: number): void {
  if (!(count > 0)) throw new RangeError(`a fault count must be positive (got ${count}); use Infinity for "until reset"`);
}

/** Takes one use of the first armed entry that `accepts`, dropping spent entries. */
function takeFrom<T>(list: Armed<T>[], accepts: (value: T) => boolean): T | undefined {
  const index = list.findIndex((entry) => entry.remaining > 0 && accepts(entry.value));
  if (index < 0) return undefined;
  const entry = list[index]!;
  entry.remaining -= 1;
  if (entry.remaining <= 0) list.splice(index, 1);
  return entry.value;
}

export class FaultBook implements ArmFaults {
  readonly #defaults: LroTiming;
  #latencyMs = 0;
  #lro: LroTiming;
  #requestFaults: Armed<{ fault: RequestFault; match: RequestMatcher | undefined }>[] = [];
  #provisioning: Armed<{ kind: 'app' | 'job' | 'any'; name: string | undefined; code: string | undefined; message: string | undefined }>[] = [];
  #neverHealthy: Armed<{ app: string | undefined }>[] = [];
  #executionFailures: Armed<{ job: string | undefined }>[] = [];

  constructor(defaults: LroTiming) {
    this.#defaults = { ...defaults };
    this.#lro = { ...defaults };
  }

  throttle(count: number, options: { retryAfterSeconds?: number; match?: RequestMatcher } = {}): void {
    assertCount(count);
    this.#requestFaults.push({ remaining: count, value: { fault: { kind: 'throttle', retryAfterSeconds: options.retryAfterSeconds ?? 1 }, match: options.match } });
  }

  serverErrors(count: number, options: { status?: 500 | 502 | 503 | 504; match?: RequestMatcher } = {}): void {
    assertCount(count);
    this.#requestFaults.push({ remaining: count, value: { fault: { kind: 'server-error', status: options.status ?? 500 }, match: options.match } });
  }

  dropConnections(count: number, options: { match?: RequestMatcher } = {}): void {
    assertCount(count);
    this.#requestFaults.push({ remaining: count, value: { fault: { kind: 'drop' }, match: options.match } });
  }

  setLatency(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`latency must be zero or more milliseconds (got ${ms})`);
    this.#latencyMs = ms;
  }

  slowOperations(timing: Partial<LroTiming>): void {
    this.#lro = { ...this.#lro, ...timing };
  }

  failProvisioning(options: { app?: string; job?: string; count?: number; code?: string; message?: string } = {}): void {
    const count = options.count ?? 1;
    assertCount(count);
    const kind = options.app !== undefined ? 'app' : options.job !== undefined ? 'job' : 'any';
    this.#provisioning.push({ remaining: count, value: { kind, name: options.app ?? options.job, code: options.code, message: options.message } });
  }

  neverHealthy(options: { app?: string; count?: number } = {}): void {
    const count = options.count ?? 1;
    assertCount(count);
    this.#neverHealthy.push({ remaining: count, value: { app: options.app } });
  }

  failJobExecution(options: { job?: string; count?: number } = {}): void {
    const count = options.count ?? 1;
    assertCount(count);
    this.#executionFailures.push({ remaining: count, value: { job: options.job } });
  }

  reset(): void {
    this.#latencyMs = 0;
    this.#lro = { ...this.#defaults };
    this.#requestFaults = [];
    this.#provisioning = [];
    this.#neverHealthy = [];
    this.#executionFailures = [];
  }

  describe(): FaultSummary {
    return {
      latencyMs: this.#latencyMs,
      lro: { ...this.#lro },
      requestFaults: this.#requestFaults.map((entry) => ({ kind: entry.value.fault.kind, remaining: entry.remaining })),
      provisioningFailures: this.#provisioning.map((entry) => ({ target: entry.value.name ?? '*', remaining: entry.remaining })),
      neverHealthy: this.#neverHealthy.map((entry) => ({ app: entry.value.app ?? '*', remaining: entry.remaining })),
      executionFailures: this.#executionFailures.map((entry) => ({ job: entry.value.job ?? '*', remaining: entry.remaining })),
    };
  }

  get latencyMs(): number {
    return this.#latencyMs;
  }

  get lroTiming(): LroTiming {
    return { ...this.#lro };
  }

  /** Takes one use of the first armed fault of one of `kinds` that matches the request. */
  takeRequestFault(method: string, path: string, kinds: readonly RequestFault['kind'][]): RequestFault | undefined {
    return takeFrom(this.#requestFaults, (value) => kinds.includes(value.fault.kind) && matches(value.match, method, path))?.fault;
  }

  takeProvisioningFailure(kind: 'app' | 'job', name: string): { code: string | undefined; message: string | undefined } | undefined {
    return takeFrom(this.#provisioning, (value) => value.kind === 'any' || (value.kind === kind && value.name === name));
  }

  takeNeverHealthy(app: string): boolean {
    return takeFrom(this.#neverHealthy, (value) => value.app === undefined || value.app === app) !== undefined;
  }

  takeExecutionFailure(job: string): boolean {
    return takeFrom(this.#executionFailures, (value) => value.job === undefined || value.job === job) !== undefined;
  }
}

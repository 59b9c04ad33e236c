import type { Logger } from '@deploy-kit/core';
import type { HealthSample, HealthUrlStatus } from '@deploy-kit/contracts';
import type { Criteria } from './assertions.ts';
import type { Clock } from './clock.ts';
import type { Probe } from './http-probe.ts';

export interface GateOptions {
  readonly urls: readonly string[];
  readonly criteria: Criteria;
  /** Passing samples in a row each URL needs. */
  readonly consecutive: number;
  /** Failed samples in a row after which a URL fails; 0 = until the deadline. */
  readonly maxFailures: number;
  /** Overall deadline, from the start of the gate. */
  readonly timeoutMs: number;
  readonly requestTimeoutMs: number;
  readonly intervalMs: number;
  readonly maxIntervalMs: number;
  readonly backoffFactor?: number;
  /** Budget for the p95 latency of each URL's passing samples. */
  readonly latencyP95Ms?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** Extra trusted CA (PEM) for https URLs. */
  readonly ca?: string;
}

export interface GateDeps {
  readonly logger?: Logger;
  readonly clock?: Clock;
  readonly probe?: Probe;
}

export interface UrlVerdict {
  /** As shown and written (no password). */
  readonly url: string;
  readonly status: HealthUrlStatus;
  readonly reason: string;
  readonly samples: readonly HealthSample[];
  readonly p95Ms: number | null;
}

export interface GateResult {
  readonly status: 'pass' | 'fail';
  readonly reason: string;
  /** Epoch milliseconds. */
  readonly startedAt: number;
  readonly finishedAt: number;
  readonly urls: readonly UrlVerdict[];
  readonly samples: number;
  readonly p95Ms: number | null;
  readonly options: GateOptions;
}

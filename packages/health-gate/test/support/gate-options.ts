import { parseStatusSpec, type Criteria, type GateOptions } from '@deploy-kit/health-gate';

/** Short intervals keep the suites fast; each test overrides what it is about. */
export function gateOptions(urls: string[], overrides: Partial<Omit<GateOptions, 'criteria'>> & { criteria?: Partial<Criteria> } = {}): GateOptions {
  const { criteria, ...rest } = overrides;
  return {
    urls,
    criteria: { status: parseStatusSpec('200'), ...criteria },
    consecutive: 2,
    maxFailures: 0,
    timeoutMs: 15_000,
    requestTimeoutMs: 2000,
    intervalMs: 50,
    maxIntervalMs: 100,
    ...rest,
  };
}

/** The same monotonic epoch clock the gate uses, so sample times and test times compare exactly. */
export function now(): number {
  return performance.timeOrigin + performance.now();
}

import { BODY_EXCERPT_LIMIT, type HealthSample } from '@deploy-kit/contracts';
import { findFailure, type Criteria } from './assertions.ts';
import type { ProbeResult } from './http-probe.ts';

/** Turns one probe result into the sample recorded as evidence: what happened and, if it failed, why. */
export function recordSample(n: number, startedAt: number, gateStartedAt: number, result: ProbeResult, criteria: Criteria): HealthSample {
  const base: HealthSample = {
    n,
    at: new Date(startedAt).toISOString(),
    elapsedMs: Math.max(0, Math.round(startedAt - gateStartedAt)),
    latencyMs: result.latencyMs,
    outcome: 'fail',
    ...(result.redirects.length > 0 ? { redirects: [...result.redirects] } : {}),
  };
  if (result.kind === 'error') return { ...base, error: result.code, failure: result.message };
  const failure = findFailure(result, criteria);
  return {
    ...base,
    outcome: failure === undefined ? 'pass' : 'fail',
    httpStatus: result.status,
    ...(failure === undefined ? {} : { failure }),
    ...(result.body.length > 0 ? { bodyExcerpt: result.body.slice(0, BODY_EXCERPT_LIMIT) } : {}),
  };
}

/** A short tag for the kind of result, so the log speaks only when it changes. */
export function sampleState(sample: HealthSample): string {
  if (sample.outcome === 'pass') return 'pass';
  return sample.error ?? `status ${sample.httpStatus ?? '?'}: ${sample.failure ?? ''}`;
}

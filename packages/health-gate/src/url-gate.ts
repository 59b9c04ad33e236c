import { formatDuration, type Logger } from '@deploy-kit/core';
import type { HealthSample, HealthUrlStatus } from '@deploy-kit/contracts';
import type { Clock } from './clock.ts';
import { displayUrl } from './display-url.ts';
import type { Probe } from './http-probe.ts';
import { p95 } from './percentile.ts';
import { recordSample, sampleState } from './sample.ts';
import { DEFAULT_BACKOFF_FACTOR, delayBeforeNextSample, earliestFinalSampleStart, requestTimeoutFor, type Schedule } from './schedule.ts';
import type { GateOptions, UrlVerdict } from './types.ts';

export interface UrlGateContext {
  readonly options: GateOptions;
  readonly clock: Clock;
  readonly probe: Probe;
  readonly logger: Logger;
  readonly startedAt: number;
  readonly deadline: number;
  /** Aborted when the gate's verdict no longer depends on this URL; its reason says why. */
  readonly signal: AbortSignal;
}

/** A bound on the loop; the deadline normally ends it long before. */
export const MAX_SAMPLES_PER_URL = 100_000;

/**
 * Samples one URL until its verdict is certain: `consecutive` passes in a row (then the latency
 * budget decides), `max-failures` failures in a row, or a deadline that can no longer be met.
 * Stops at once, mid-request or mid-wait, when the gate cancels it.
 */
export async function runUrlGate(url: string, context: UrlGateContext): Promise<UrlVerdict> {
  const { options, clock, logger, signal } = context;
  const shown = displayUrl(url);
  const schedule: Schedule = { intervalMs: options.intervalMs, maxIntervalMs: options.maxIntervalMs, backoffFactor: options.backoffFactor ?? DEFAULT_BACKOFF_FACTOR };
  const samples: HealthSample[] = [];
  const passingLatencies: number[] = [];
  let passes = 0;
  let failures = 0;
  let lastState = '';
  const verdict = (status: HealthUrlStatus, reason: string): UrlVerdict => ({ url: shown, status, reason, samples, p95Ms: p95(passingLatencies) });
  const cancelled = () => verdict('cancelled', `cancelled: ${signal.reason instanceof Error ? signal.reason.message : String(signal.reason ?? 'the gate stopped')}`);
  const lastFailure = () => samples.findLast((sample) => sample.outcome === 'fail')?.failure;
  const deadlineReason = (detail: string) => {
    const last = lastFailure();
    return `deadline ${formatDuration(options.timeoutMs)} ${detail}${last ? `; last failure: ${last}` : ''}`;
  };

  for (let n = 1; n <= MAX_SAMPLES_PER_URL; n++) {
    if (signal.aborted) return cancelled();
    const start = clock.now();
    const timeoutMs = requestTimeoutFor(start, context.deadline, options.requestTimeoutMs);
    if (timeoutMs <= 0) return verdict('fail', deadlineReason(`reached after ${count(samples.length, 'sample')}`));
    const result = await context.probe({ url, headers: options.headers ?? {}, timeoutMs, signal, ca: options.ca });
    // A sample cut short by cancellation proves nothing either way; it is not recorded.
    if (signal.aborted) return cancelled();
    const sample = recordSample(n, start, context.startedAt, result, options.criteria);
    samples.push(sample);
    if (sample.outcome === 'pass') {
      passes++;
      failures = 0;
      passingLatencies.push(sample.latencyMs);
    } else {
      failures++;
      passes = 0;
    }
    logger.debug(`${shown} #${n}: ${sample.outcome} ${sample.httpStatus ?? sample.error ?? ''} in ${sample.latencyMs} ms${sample.failure ? ` — ${sample.failure}` : ''}`);
    const state = sampleState(sample);
    if (state !== lastState) logger.info(sample.outcome === 'pass' ? `${shown}: passing (HTTP ${sample.httpStatus})` : `${shown}: failing — ${sample.failure}`);
    lastState = state;

    if (passes >= options.consecutive) {
      const latency = p95(passingLatencies) ?? 0;
      const budget = options.latencyP95Ms;
      if (budget !== undefined && latency > budget) {
        return verdict('fail', `p95 latency ${latency} ms over the ${budget} ms budget (${count(passingLatencies.length, 'passing sample')})`);
      }
      return verdict('pass', `${count(passes, 'passing sample')} in a row, p95 ${latency} ms${budget !== undefined ? ` (budget ${budget} ms)` : ''}`);
    }
    if (sample.outcome === 'fail' && options.maxFailures > 0 && failures >= options.maxFailures) {
      return verdict('fail', `${count(failures, 'failed sample')} in a row (max-failures ${options.maxFailures}); last: ${sample.failure}`);
    }
    const delay = delayBeforeNextSample(failures, schedule);
    const now = clock.now();
    const needed = options.consecutive - passes;
    if (earliestFinalSampleStart(now, delay, needed, schedule) >= context.deadline) {
      const left = Math.max(0, context.deadline - now);
      return verdict('fail', deadlineReason(`cannot be met: ${count(needed, 'more passing sample')} ${needed === 1 ? 'needs' : 'need'} at least ${formatDuration(delay + (needed - 1) * schedule.intervalMs)}, ${formatDuration(left)} left`));
    }
    if (!(await clock.sleep(delay, signal))) return cancelled();
  }
  return verdict('fail', `stopped after ${MAX_SAMPLES_PER_URL} samples; use a longer interval or a shorter timeout`);
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

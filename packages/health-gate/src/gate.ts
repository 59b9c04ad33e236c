import { silentLogger } from '@deploy-kit/core';
import { systemClock } from './clock.ts';
import { probeUrl } from './http-probe.ts';
import { p95 } from './percentile.ts';
import type { GateDeps, GateOptions, GateResult, UrlVerdict } from './types.ts';
import { runUrlGate } from './url-gate.ts';
import { validateGateOptions } from './validate-options.ts';

/** Stops the other URLs once the gate's verdict is certain; `message` says which URL decided it. */
class GateDecided extends Error {}

/**
 * Checks every URL concurrently. The gate passes when every URL passes and fails as soon as one
 * URL fails for certain; the URLs still being sampled are then cancelled mid-request.
 */
export async function runHealthGate(options: GateOptions, deps: GateDeps = {}): Promise<GateResult> {
  validateGateOptions(options);
  const clock = deps.clock ?? systemClock;
  const logger = deps.logger ?? silentLogger;
  const startedAt = clock.now();
  const controller = new AbortController();
  const context = { options, clock, logger, probe: deps.probe ?? probeUrl, startedAt, deadline: startedAt + options.timeoutMs, signal: controller.signal };

  const urls = await Promise.all(
    options.urls.map(async (url) => {
      const verdict = await runUrlGate(url, context);
      logger.info(`${verdict.url}: ${verdict.status} — ${verdict.reason}`);
      if (verdict.status === 'fail' && !controller.signal.aborted) controller.abort(new GateDecided(`${verdict.url} failed`));
      return verdict;
    }),
  );

  const finishedAt = clock.now();
  const failed = urls.filter((verdict) => verdict.status === 'fail');
  const passingLatencies = urls.flatMap((verdict) => verdict.samples.filter((sample) => sample.outcome === 'pass').map((sample) => sample.latencyMs));
  return {
    status: failed.length === 0 ? 'pass' : 'fail',
    reason: failed.length === 0 ? passReason(urls) : failed.map((verdict) => `${verdict.url}: ${verdict.reason}`).join('; '),
    startedAt,
    finishedAt,
    urls,
    samples: urls.reduce((total, verdict) => total + verdict.samples.length, 0),
    p95Ms: p95(passingLatencies),
    options,
  };
}

function passReason(urls: readonly UrlVerdict[]): string {
  if (urls.length === 1) return urls[0]!.reason;
  return `all ${urls.length} URLs passed`;
}

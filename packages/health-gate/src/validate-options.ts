import { formatDuration, InputError } from '@deploy-kit/core';
import type { GateOptions } from './types.ts';

/**
 * Refuses settings under which the gate could never pass, before a single request is made: a
 * gate that is bound to fail should say so at once, not after the deadline.
 */
export function validateGateOptions(options: GateOptions): void {
  if (options.urls.length === 0) throw new InputError('urls', 'names no URL.', "Give at least one URL, e.g. 'https://api.example.com/health'.");
  const positive: Array<[string, number]> = [
    ['consecutive', options.consecutive],
    ['timeout', options.timeoutMs],
    ['request-timeout', options.requestTimeoutMs],
    ['interval', options.intervalMs],
    ['max-interval', options.maxIntervalMs],
  ];
  for (const [input, value] of positive) {
    if (!(Number.isFinite(value) && value > 0)) throw new InputError(input, `must be greater than zero, got ${value}.`, `Set '${input}' to a positive value.`);
  }
  if (!(Number.isInteger(options.maxFailures) && options.maxFailures >= 0)) {
    throw new InputError('max-failures', `must be a whole number of at least 0, got ${options.maxFailures}.`, "Use 0 to keep trying until the deadline.");
  }
  if (options.maxIntervalMs < options.intervalMs) {
    throw new InputError('max-interval', `(${formatDuration(options.maxIntervalMs)}) is shorter than 'interval' (${formatDuration(options.intervalMs)}).`, `Set 'max-interval' to at least ${formatDuration(options.intervalMs)}.`);
  }
  const shortest = (options.consecutive - 1) * options.intervalMs;
  if (shortest >= options.timeoutMs) {
    throw new InputError(
      'timeout',
      `(${formatDuration(options.timeoutMs)}) is too short for ${options.consecutive} consecutive passes ${formatDuration(options.intervalMs)} apart (at least ${formatDuration(shortest)}).`,
      `Raise 'timeout' above ${formatDuration(shortest)}, or lower 'consecutive' or 'interval'.`,
    );
  }
}

/**
 * When the next sample is taken, and whether the deadline can still be met. Delays run from the
 * end of one sample to the start of the next.
 */
export interface Schedule {
  readonly intervalMs: number;
  readonly maxIntervalMs: number;
  /** Growth of the delay per failed sample in a row. */
  readonly backoffFactor: number;
}

export const DEFAULT_BACKOFF_FACTOR = 2;

/**
 * After a pass (or before any failure) the base interval; after k failures in a row
 * interval × factor^(k-1), capped, so a URL that becomes healthy is seen within the cap.
 */
export function delayBeforeNextSample(failuresInARow: number, schedule: Schedule): number {
  if (failuresInARow <= 1) return schedule.intervalMs;
  const grown = schedule.intervalMs * schedule.backoffFactor ** (failuresInARow - 1);
  return Math.min(schedule.maxIntervalMs, Math.max(schedule.intervalMs, grown));
}

/**
 * The earliest moment the last of `passesNeeded` passing samples could start, if the next one
 * starts after `delayMs` and each further one `intervalMs` after the one before (answers taking
 * no time at all, which is the best case).
 */
export function earliestFinalSampleStart(nowMs: number, delayMs: number, passesNeeded: number, schedule: Schedule): number {
  return nowMs + delayMs + Math.max(0, passesNeeded - 1) * schedule.intervalMs;
}

/** A sample must finish before the deadline, so its timeout never reaches past it. */
export function requestTimeoutFor(nowMs: number, deadlineMs: number, requestTimeoutMs: number): number {
  return Math.max(0, Math.floor(Math.min(requestTimeoutMs, deadlineMs - nowMs)));
}

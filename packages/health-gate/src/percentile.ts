/**
 * Nearest-rank percentile: the smallest value such that at least p% of the values are at or
 * below it. With few samples the p95 is the maximum, which is the honest answer.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.max(0, rank - 1)]!;
}

export function p95(values: readonly number[]): number | null {
  return percentile(values, 95);
}

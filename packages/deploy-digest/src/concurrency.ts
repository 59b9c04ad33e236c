/**
 * Runs `work` over `items` with at most `limit` at a time, in order of the list. Once `stop()`
 * returns true no further item starts (the ones running finish); items never started resolve to
 * `skipped(item)`. Results keep the order of `items`. When `work` throws, nothing new starts,
 * the running items finish, and then the first error is thrown.
 */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
  options: { stop?: () => boolean; skipped?: (item: T, index: number) => R } = {},
): Promise<R[]> {
  const bound = Math.max(1, Math.floor(limit));
  const results = new Array<R>(items.length);
  const started = new Array<boolean>(items.length).fill(false);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    for (;;) {
      if (failure || options.stop?.()) return;
      const index = next;
      if (index >= items.length) return;
      next += 1;
      started[index] = true;
      try {
        results[index] = await work(items[index]!, index);
      } catch (error) {
        failure ??= { error };
        return;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(bound, items.length) }, () => worker()));
  if (failure) throw failure.error;
  items.forEach((item, index) => {
    if (started[index]) return;
    if (!options.skipped) throw new Error('mapBounded: stopped before every item ran, and no `skipped` result was given');
    results[index] = options.skipped(item, index);
  });
  return results;
}

/**
 * Smooth weighted round-robin (the algorithm nginx uses): deterministic, and spread evenly
 * rather than in runs — with weights 90/10 the canary gets exactly 1 request in every 10, so
 * a test (or a health gate) measuring a canary sees its real share without random noise.
 */
interface Slot<T> {
  item: T;
  weight: number;
  current: number;
}

export class SmoothWeightedPicker<T> {
  readonly #entries: Slot<T>[];
  readonly #total: number;

  constructor(entries: readonly { item: T; weight: number }[]) {
    this.#entries = entries.filter((e) => e.weight > 0).map((e) => ({ item: e.item, weight: e.weight, current: 0 }));
    this.#total = this.#entries.reduce((sum, e) => sum + e.weight, 0);
  }

  /** The next item, or undefined when nothing has a positive weight. */
  next(): T | undefined {
    let best: Slot<T> | undefined;
    for (const entry of this.#entries) {
      entry.current += entry.weight;
      if (!best || entry.current > best.current) best = entry;
    }
    if (!best) return undefined;
    best.current -= this.#total;
    return best.item;
  }
}

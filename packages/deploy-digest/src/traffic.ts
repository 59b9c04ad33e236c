import { InputError } from '@deploy-kit/core';
import type { TrafficWeight } from '@deploy-kit/contracts';

/** How the new revision gets traffic. */
export type TrafficPlan =
  | { kind: 'all' }
  /** Percentages for the new revision, strictly increasing, ending at 100. */
  | { kind: 'canary'; steps: number[] }
  | { kind: 'none' };

export function parseTraffic(text: string): TrafficPlan {
  const value = text.trim().toLowerCase();
  if (value === 'all' || value === '') return { kind: 'all' };
  if (value === 'none') return { kind: 'none' };
  const canary = /^canary:(.+)$/.exec(value);
  if (!canary) throw new InputError('traffic', `'${text}' is not a traffic plan.`, "Use 'all', 'none' or 'canary:10,50,100'.");
  const parts = canary[1]!.split(',').map((part) => part.trim());
  const steps = parts.map((part) => (/^\d+$/.test(part) ? Number(part) : Number.NaN));
  const bad = parts.find((_, index) => !Number.isInteger(steps[index]) || steps[index]! < 1 || steps[index]! > 100);
  if (bad !== undefined) throw new InputError('traffic', `canary step '${bad}' is not a whole percentage from 1 to 100.`, "Write the steps as percentages, e.g. 'canary:10,50,100'.");
  for (let i = 1; i < steps.length; i += 1) {
    if (steps[i]! <= steps[i - 1]!) throw new InputError('traffic', `canary steps must increase (${steps[i - 1]} is followed by ${steps[i]}).`, "Write increasing steps, e.g. 'canary:10,50,100'.");
  }
  if (steps[steps.length - 1] !== 100) {
    throw new InputError('traffic', `the last canary step is ${steps[steps.length - 1]}%, not 100%.`, "End the canary at 100 (e.g. 'canary:10,50,100'); to stage a revision without traffic use 'none' with a 'label'.");
  }
  return { kind: 'canary', steps };
}

export function describeTraffic(plan: TrafficPlan): string {
  return plan.kind === 'canary' ? `canary:${plan.steps.join(',')}` : plan.kind;
}

/** A traffic entry as ARM stores it, in our own (SDK-independent) shape. */
export type Weight = TrafficWeight;

/** Traffic with every `latestRevision: true` written as the revision it means now. */
export function pinLatest(traffic: readonly Weight[], latestReadyRevision: string | undefined): Weight[] {
  return traffic.map((entry) => {
    if (!entry.latestRevision) return cleanWeight(entry);
    if (latestReadyRevision === undefined) return cleanWeight(entry);
    return cleanWeight({ revisionName: latestReadyRevision, weight: entry.weight, label: entry.label });
  });
}

function cleanWeight(entry: Weight): Weight {
  return {
    ...(entry.latestRevision ? { latestRevision: true } : entry.revisionName !== undefined ? { revisionName: entry.revisionName } : {}),
    weight: entry.weight,
    ...(entry.label ? { label: entry.label } : {}),
  };
}

/** Weight per revision name (labels aside), resolving `latestRevision` to `latestReady`. */
export function effectiveWeights(traffic: readonly Weight[], latestReadyRevision: string | undefined): Map<string, number> {
  const weights = new Map<string, number>();
  for (const entry of pinLatest(traffic, latestReadyRevision)) {
    if (entry.revisionName === undefined) continue;
    weights.set(entry.revisionName, (weights.get(entry.revisionName) ?? 0) + entry.weight);
  }
  return weights;
}

/**
 * The traffic for one canary step: the new revision gets `percent`; the previous entries keep
 * their proportions of the rest (rounded, the remainder going to the largest), and their labels.
 * A label given for the new revision moves to it.
 */
export function stepTraffic(previousPinned: readonly Weight[], newRevision: string, percent: number, label?: string): Weight[] {
  const others = previousPinned
    .filter((entry) => entry.revisionName !== newRevision)
    .map((entry) => (label !== undefined && entry.label === label ? { ...entry, label: undefined } : { ...entry }))
    .filter((entry) => entry.weight > 0 || entry.label);
  const rest = 100 - percent;
  const total = others.reduce((sum, entry) => sum + entry.weight, 0);
  const scaled = others.map((entry) => ({ ...entry, weight: total === 0 ? 0 : Math.floor((entry.weight * rest) / total) }));
  let remainder = rest - scaled.reduce((sum, entry) => sum + entry.weight, 0);
  if (remainder > 0 && total > 0) {
    const order = scaled.map((_, index) => ({ index, weight: others[index]!.weight })).sort((a, b) => b.weight - a.weight);
    for (let i = 0; remainder > 0; i = (i + 1) % order.length, remainder -= 1) scaled[order[i]!.index]!.weight += 1;
  }
  const next: Weight[] = scaled.filter((entry) => entry.weight > 0 || entry.label).map(cleanWeight);
  // With nothing else carrying weight, the new revision takes all of it whatever the step says.
  const newWeight = next.reduce((sum, entry) => sum + entry.weight, 0) === 0 ? 100 : percent;
  next.unshift(cleanWeight({ revisionName: newRevision, weight: newWeight, label }));
  return next;
}

/** The new revision joins with weight 0 (and the label, if any); everyone else keeps theirs. */
export function stagedTraffic(previousPinned: readonly Weight[], newRevision: string, label?: string): Weight[] {
  const others = previousPinned
    .filter((entry) => entry.revisionName !== newRevision)
    .map((entry) => (label !== undefined && entry.label === label ? { ...entry, label: undefined } : entry))
    .filter((entry) => entry.weight > 0 || entry.label)
    .map(cleanWeight);
  if (others.length === 0) return [cleanWeight({ revisionName: newRevision, weight: 100, label })];
  return [...others, cleanWeight({ revisionName: newRevision, weight: 0, label })];
}

/** Same entries, same weights, same labels — order aside. */
export function sameTraffic(a: readonly Weight[], b: readonly Weight[]): boolean {
  const key = (entry: Weight) => `${entry.latestRevision ? '@latest' : entry.revisionName}|${entry.weight}|${entry.label ?? ''}`;
  const left = a.map(key).sort();
  const right = b.map(key).sort();
  return left.length === right.length && left.every((value, index) => value === right[index]);
}

export function formatTraffic(traffic: readonly Weight[]): string {
  if (traffic.length === 0) return '—';
  return traffic
    .map((entry) => `${entry.latestRevision ? 'latest' : entry.revisionName}=${entry.weight}%${entry.label ? ` (${entry.label})` : ''}`)
    .join(', ');
}

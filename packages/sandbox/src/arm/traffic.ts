import type { TrafficTarget } from '../service-interfaces.ts';
import { badRequest } from './arm-error.ts';
import type { JsonObject } from './json.ts';
import type { AppRecord } from './model.ts';
import { ingressOf, revisionsModeOf, stringAt, trafficOf } from './spec.ts';

const LABEL = /^[a-z]([a-z0-9-]*[a-z0-9])?$/;

function trafficError(message: string): never {
  // The service's code for these is not documented; this one names the field it is about.
  throw badRequest('ContainerAppInvalidTrafficWeight', message, 'configuration.ingress.traffic');
}

export interface TrafficContext {
  app: string;
  /** Existing revisions: name → active. */
  revisions: ReadonlyMap<string, boolean>;
  /** The revision this write creates, if any (the traffic may already name it). */
  newRevisionName: string | undefined;
}

/**
 * Checks `configuration.ingress.traffic` and stores it canonically. Multiple mode: each entry
 * names a revision or `latestRevision: true` (not both), weights are whole percentages summing to
 * 100, weight only on active revisions, labels unique. Single mode: traffic cannot be split — the
 * only accepted form is all of it to the latest revision (a label on it is kept).
 * `requestSetTraffic` tells whether this request wrote traffic itself (a PATCH that switches to
 * Single without touching traffic gets the Single default instead of an error).
 */
export function normalizeTraffic(spec: JsonObject, context: TrafficContext, requestSetTraffic: boolean): void {
  const ingress = ingressOf(spec);
  if (ingress === undefined) return;
  const entries = trafficOf(spec);
  if (revisionsModeOf(spec) === 'Single') {
    const weighted = entries.filter((entry) => typeof entry['weight'] === 'number' && entry['weight'] > 0);
    const label = entries.length === 1 ? stringAt(entries[0]!['label']) : undefined;
    if (requestSetTraffic && entries.length > 0) {
      const only = weighted[0];
      const target = only === undefined ? undefined : only['latestRevision'] === true ? 'latest' : stringAt(only['revisionName']);
      const latestName = context.newRevisionName;
      const ok = weighted.length === 1 && only!['weight'] === 100 && (target === 'latest' || (target !== undefined && (target === latestName || (latestName === undefined && context.revisions.get(target) === true))));
      if (!ok) trafficError("Traffic can be split between revisions only when configuration.activeRevisionsMode is 'Multiple'; in 'Single' mode the latest revision gets all traffic.");
    }
    ingress['traffic'] = [{ weight: 100, latestRevision: true, ...(label !== undefined ? { label } : {}) }];
    return;
  }
  if (entries.length === 0) {
    ingress['traffic'] = [{ weight: 100, latestRevision: true }];
    return;
  }
  let total = 0;
  const labels = new Set<string>();
  const canonical: JsonObject[] = [];
  entries.forEach((entry, index) => {
    const weight = entry['weight'] ?? 0;
    if (typeof weight !== 'number' || !Number.isInteger(weight) || weight < 0 || weight > 100) {
      trafficError(`Traffic weight at index ${index} must be a whole number from 0 to 100 (got ${JSON.stringify(weight)}).`);
    }
    const revisionName = stringAt(entry['revisionName']);
    const latest = entry['latestRevision'] === true;
    if ((revisionName !== undefined && revisionName !== '') === latest) {
      trafficError(`Traffic entry at index ${index} must have either revisionName or latestRevision set to true, not ${latest ? 'both' : 'neither'}.`);
    }
    if (revisionName !== undefined && revisionName !== '') {
      const isNew = revisionName === context.newRevisionName;
      const active = context.revisions.get(revisionName);
      if (!isNew && active === undefined) trafficError(`Revision '${revisionName}' in the traffic configuration does not exist for container app '${context.app}'.`);
      if (!isNew && active === false && weight > 0) trafficError(`Revision '${revisionName}' is inactive and cannot receive traffic. Activate it first.`);
    }
    const label = entry['label'];
    if (label !== undefined && label !== null) {
      if (typeof label !== 'string' || !LABEL.test(label)) trafficError(`Traffic label ${JSON.stringify(label)} is invalid: use lower case letters, digits and '-', starting with a letter.`);
      if (labels.has(label)) trafficError(`Traffic label '${label}' is used more than once.`);
      labels.add(label);
    }
    total += weight;
    canonical.push({
      ...(latest ? { latestRevision: true } : { revisionName: revisionName! }),
      weight,
      ...(typeof label === 'string' ? { label } : {}),
    });
  });
  if (total !== 100) trafficError(`The sum of traffic weights must be 100 (got ${total}).`);
  ingress['traffic'] = canonical;
}

/**
 * Where traffic goes now: `latestRevision` means the latest *ready* revision (the service calls it
 * "the latest stable revision"), so a new revision takes traffic only once it is ready.
 */
export function effectiveTraffic(app: AppRecord): TrafficTarget[] {
  if (ingressOf(app.spec) === undefined) return [];
  const ready = app.latestReadyRevisionName;
  if (revisionsModeOf(app.spec) === 'Single') {
    const label = stringAt(trafficOf(app.spec)[0]?.['label']);
    return ready === undefined ? [] : [{ revisionName: ready, weight: 100, ...(label !== undefined ? { label } : {}) }];
  }
  const targets: TrafficTarget[] = [];
  for (const entry of trafficOf(app.spec)) {
    const name = entry['latestRevision'] === true ? ready : stringAt(entry['revisionName']);
    if (name === undefined) continue;
    const label = stringAt(entry['label']);
    targets.push({ revisionName: name, weight: typeof entry['weight'] === 'number' ? entry['weight'] : 0, ...(label !== undefined ? { label } : {}) });
  }
  return targets;
}

export function trafficWeightOf(app: AppRecord, revisionName: string): number {
  return effectiveTraffic(app)
    .filter((target) => target.revisionName === revisionName)
    .reduce((sum, target) => sum + target.weight, 0);
}

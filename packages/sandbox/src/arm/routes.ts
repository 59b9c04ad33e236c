/**
 * The ARM URL shapes the sandbox answers, parsed case-insensitively where ARM is (fixed segments,
 * the resource group name) and exactly where resource names are concerned.
 */
export type ArmRoute =
  | { kind: 'subscription'; subscription: string }
  | { kind: 'resourceGroup'; subscription: string; resourceGroup: string }
  | { kind: 'operation'; subscription: string; location: string; family: 'app' | 'job'; view: 'status' | 'result'; id: string }
  | { kind: 'apps'; subscription: string; resourceGroup: string | undefined }
  | { kind: 'app'; subscription: string; resourceGroup: string; app: string }
  | { kind: 'appSecrets'; subscription: string; resourceGroup: string; app: string }
  | { kind: 'revisions'; subscription: string; resourceGroup: string; app: string }
  | { kind: 'revision'; subscription: string; resourceGroup: string; app: string; revision: string }
  | { kind: 'revisionAction'; subscription: string; resourceGroup: string; app: string; revision: string; action: 'activate' | 'deactivate' | 'restart' }
  | { kind: 'jobs'; subscription: string; resourceGroup: string | undefined }
  | { kind: 'job'; subscription: string; resourceGroup: string; job: string }
  | { kind: 'jobStart'; subscription: string; resourceGroup: string; job: string }
  | { kind: 'executions'; subscription: string; resourceGroup: string; job: string }
  | { kind: 'execution'; subscription: string; resourceGroup: string; job: string; execution: string }
  | { kind: 'unsupported'; subscription: string; resourceType: string };

const OPERATION_COLLECTIONS: Record<string, { family: 'app' | 'job'; view: 'status' | 'result' }> = {
  containerappoperationstatuses: { family: 'app', view: 'status' },
  containerappoperationresults: { family: 'app', view: 'result' },
  containerappsjoboperationstatuses: { family: 'job', view: 'status' },
  containerappsjoboperationresults: { family: 'job', view: 'result' },
};

function is(segment: string | undefined, expected: string): boolean {
  return segment !== undefined && segment.toLowerCase() === expected.toLowerCase();
}

/** Parses `pathname`; undefined when it is not an ARM path this API serves (another handler may). */
export function parseArmRoute(pathname: string): ArmRoute | undefined {
  let parts: string[];
  try {
    parts = pathname.split('/').filter((part) => part !== '').map((part) => decodeURIComponent(part));
  } catch {
    return undefined;
  }
  if (!is(parts[0], 'subscriptions') || parts[1] === undefined) return undefined;
  const subscription = parts[1];
  if (parts.length === 2) return { kind: 'subscription', subscription };
  let rest = parts.slice(2);
  let resourceGroup: string | undefined;
  if (is(rest[0], 'resourceGroups')) {
    if (rest[1] === undefined) return undefined;
    resourceGroup = rest[1];
    if (rest.length === 2) return { kind: 'resourceGroup', subscription, resourceGroup };
    rest = rest.slice(2);
  }
  if (!is(rest[0], 'providers')) return undefined;
  if (!is(rest[1], 'Microsoft.App')) return undefined;
  const [collection, name, child, childName, action, ...extra] = rest.slice(2);
  const unsupported: ArmRoute = { kind: 'unsupported', subscription, resourceType: `Microsoft.App/${rest.slice(2).filter((_, index) => index % 2 === 0).join('/')}` };

  if (resourceGroup === undefined) {
    if (is(collection, 'locations') && name !== undefined && child !== undefined && childName !== undefined && action === undefined) {
      const kind = OPERATION_COLLECTIONS[child.toLowerCase()];
      if (kind !== undefined) return { kind: 'operation', subscription, location: name, ...kind, id: childName };
    }
    if (name === undefined && is(collection, 'containerApps')) return { kind: 'apps', subscription, resourceGroup: undefined };
    if (name === undefined && is(collection, 'jobs')) return { kind: 'jobs', subscription, resourceGroup: undefined };
    return unsupported;
  }
  if (extra.length > 0) return unsupported;
  if (is(collection, 'containerApps')) {
    if (name === undefined) return { kind: 'apps', subscription, resourceGroup };
    const app = name;
    if (child === undefined) return { kind: 'app', subscription, resourceGroup, app };
    if (is(child, 'listSecrets') && childName === undefined) return { kind: 'appSecrets', subscription, resourceGroup, app };
    if (is(child, 'revisions')) {
      if (childName === undefined) return { kind: 'revisions', subscription, resourceGroup, app };
      if (action === undefined) return { kind: 'revision', subscription, resourceGroup, app, revision: childName };
      const verb = action.toLowerCase();
      if (verb === 'activate' || verb === 'deactivate' || verb === 'restart') return { kind: 'revisionAction', subscription, resourceGroup, app, revision: childName, action: verb };
    }
    return unsupported;
  }
  if (is(collection, 'jobs')) {
    if (name === undefined) return { kind: 'jobs', subscription, resourceGroup };
    const job = name;
    if (child === undefined) return { kind: 'job', subscription, resourceGroup, job };
    if (is(child, 'start') && childName === undefined) return { kind: 'jobStart', subscription, resourceGroup, job };
    if (is(child, 'executions') && action === undefined) {
      return childName === undefined ? { kind: 'executions', subscription, resourceGroup, job } : { kind: 'execution', subscription, resourceGroup, job, execution: childName };
    }
  }
  return unsupported;
}

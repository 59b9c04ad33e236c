import { ArmError, badRequest, resourceNotFound } from './arm-error.ts';
import { REVISION_TYPE } from './constants.ts';
import type { Reply, RequestContext } from './context.ts';
import { requireApp } from './container-apps.ts';
import type { Json } from './json.ts';
import type { AppRecord, RevisionRecord } from './model.ts';
import { revisionsModeOf } from './spec.ts';
import { trafficWeightOf } from './traffic.ts';
import { renderRevision } from './views.ts';

function requireRevision(context: RequestContext, app: AppRecord, name: string): RevisionRecord {
  const revision = app.revisions.find((candidate) => candidate.name === name);
  if (revision === undefined) throw resourceNotFound(`${REVISION_TYPE}`, `${app.name}/${name}`, context.store.resourceGroup);
  return revision;
}

export async function listRevisions(context: RequestContext, appName: string): Promise<Reply> {
  const app = requireApp(context, appName);
  const value: Json[] = [];
  for (const revision of app.revisions) value.push(await renderRevision(context.store, app, revision));
  return { status: 200, body: { value } };
}

export async function getRevision(context: RequestContext, appName: string, name: string): Promise<Reply> {
  const app = requireApp(context, appName);
  return { status: 200, body: await renderRevision(context.store, app, requireRevision(context, app, name)) };
}

/**
 * activate / deactivate / restart answer 200 with no body, as the service does. The rules that
 * protect live traffic are the service's: a revision that still gets traffic cannot be
 * deactivated, and in Single mode only the latest revision may be active.
 */
export async function revisionAction(context: RequestContext, appName: string, name: string, action: 'activate' | 'deactivate' | 'restart'): Promise<Reply> {
  const { store } = context;
  const app = requireApp(context, appName);
  const revision = requireRevision(context, app, name);
  if (revision.provisioning !== 'Provisioned') {
    throw new ArmError(409, 'ContainerAppRevisionNotProvisioned', `Revision '${name}' is ${revision.provisioning.toLowerCase()}; it can be ${action}d only once it is provisioned.`);
  }
  if (action === 'activate') {
    if (revisionsModeOf(app.spec) === 'Single' && name !== app.latestRevisionName) {
      throw badRequest('ContainerAppRevisionActivationNotAllowed', `Container app '${appName}' is in Single revision mode, where only the latest revision is active. Switch configuration.activeRevisionsMode to 'Multiple' to activate '${name}'.`);
    }
    await store.activate(app, revision);
  } else if (action === 'deactivate') {
    const weight = trafficWeightOf(app, name);
    if (weight > 0) {
      throw badRequest('ContainerAppRevisionHasTraffic', `Revision '${name}' receives ${weight}% of the traffic of container app '${appName}' and cannot be deactivated. Move its traffic to another revision first.`);
    }
    await store.deactivate(app, revision);
  } else {
    if (!revision.active) throw badRequest('ContainerAppRevisionInactive', `Revision '${name}' is inactive; activate it before restarting it.`);
    await store.restart(app, revision);
  }
  await store.reconcileApp(app);
  return { status: 200 };
}

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { ContainerAppsAPIClient, Job } from '@azure/arm-appcontainers';
import { collect, DIGEST_A, DIGEST_B, DIGEST_C, etagCapture, POLL, rejection, RESOURCE_GROUP, startArmSandbox, type ArmTestSandbox } from './arm-harness.ts';

let sandbox: ArmTestSandbox;
let client: ContainerAppsAPIClient;

beforeAll(async () => {
  sandbox = await startArmSandbox();
  client = sandbox.client();
});
afterAll(async () => {
  await sandbox.close();
});
beforeEach(async () => {
  await sandbox.api.state.reset();
  sandbox.api.faults.reset();
});

/** What deploy-digest sends to point the migration job at the accepted API digest. */
function jobImagePatch(job: Job, image: string) {
  const [first, ...rest] = job.template!.containers!;
  return { properties: { template: { ...job.template, containers: [{ ...first!, image }, ...rest] } } };
}

async function executionUntilDone(name: string): Promise<{ seen: string[]; final: string }> {
  const seen: string[] = [];
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const execution = await client.jobExecution(RESOURCE_GROUP, 'migrate', name);
    seen.push(execution.status!);
    if (execution.status !== 'Running') return { seen, final: execution.status! };
  }
  throw new Error(`execution ${name} did not finish: ${seen.join(', ')}`);
}

describe('the migration job', () => {
  it('is seeded as a manual job running the initial API image', async () => {
    const job = await client.jobs.get(RESOURCE_GROUP, 'migrate');
    expect(job.type).toBe('Microsoft.App/jobs');
    expect(job.provisioningState).toBe('Succeeded');
    expect(job.configuration?.triggerType).toBe('Manual');
    expect(job.configuration?.replicaTimeout).toBe(1800);
    expect(job.template?.containers?.[0]?.image).toBe(DIGEST_A);
    expect((await collect(client.jobs.listByResourceGroup(RESOURCE_GROUP))).map((entry) => entry.name)).toEqual(['migrate']);
  });

  it('takes a new image through a PATCH long-running operation, keeping its configuration', async () => {
    const job = await client.jobs.get(RESOURCE_GROUP, 'migrate');
    sandbox.api.state.clearRequests();
    const updated = await client.jobs.beginUpdateAndWait(RESOURCE_GROUP, 'migrate', jobImagePatch(job, DIGEST_B), POLL);
    expect(updated.template?.containers?.[0]?.image).toBe(DIGEST_B);
    expect(updated.provisioningState).toBe('Succeeded');
    expect(updated.configuration).toEqual(job.configuration);
    const paths = sandbox.api.state.requests().map((request) => `${request.method} ${request.status} ${request.path.split('/').at(-2)}`);
    expect(paths[0]).toBe('PATCH 202 jobs');
    expect(paths.filter((line) => line.includes('containerappsjobOperationStatuses')).length).toBeGreaterThanOrEqual(2);
    expect(paths.at(-1)).toBe('GET 200 containerappsjobOperationResults');
  });

  it('refuses a stale If-Match on the job', async () => {
    const capture = etagCapture();
    const job = await client.jobs.get(RESOURCE_GROUP, 'migrate', { onResponse: capture.onResponse });
    await client.jobs.beginUpdateAndWait(RESOURCE_GROUP, 'migrate', jobImagePatch(job, DIGEST_B), { ...POLL, requestOptions: { headers: { 'If-Match': capture.etag! } } });
    const error = await rejection(client.jobs.beginUpdateAndWait(RESOURCE_GROUP, 'migrate', jobImagePatch(job, DIGEST_C), { ...POLL, requestOptions: { headers: { 'If-Match': capture.etag! } } }));
    expect(error.statusCode).toBe(412);
  });

  it('starts an execution that runs and then succeeds', async () => {
    const started = await client.jobs.beginStartAndWait(RESOURCE_GROUP, 'migrate', POLL);
    expect(started.name).toMatch(/^migrate-[a-z][a-z0-9]{6}$/);
    expect(started.id).toBe(`/subscriptions/${sandbox.api.subscriptionId}/resourceGroups/${RESOURCE_GROUP}/providers/Microsoft.App/jobs/migrate/executions/${started.name}`);
    const { seen, final } = await executionUntilDone(started.name!);
    expect(seen[0]).toBe('Running');
    expect(final).toBe('Succeeded');
    const execution = await client.jobExecution(RESOURCE_GROUP, 'migrate', started.name!);
    expect(execution.template?.containers?.[0]?.image).toBe(DIGEST_A);
    expect(execution.startTime).toBeInstanceOf(Date);
    expect(execution.endTime!.getTime()).toBeGreaterThanOrEqual(execution.startTime!.getTime());
  });

  it('reports an execution that fails, with a reason', async () => {
    sandbox.api.faults.failJobExecution({ job: 'migrate' });
    const failing = await client.jobs.beginStartAndWait(RESOURCE_GROUP, 'migrate', POLL);
    expect((await executionUntilDone(failing.name!)).final).toBe('Failed');
    const execution = await client.jobExecution(RESOURCE_GROUP, 'migrate', failing.name!);
    expect(execution.reason).toBeTruthy();
    expect(execution.message).toContain('non-zero');

    // The fault is spent: the next execution succeeds, and the list shows both, newest first.
    const next = await client.jobs.beginStartAndWait(RESOURCE_GROUP, 'migrate', POLL);
    expect((await executionUntilDone(next.name!)).final).toBe('Succeeded');
    const listed = await collect(client.jobsExecutions.list(RESOURCE_GROUP, 'migrate'));
    expect(listed.map((execution) => [execution.name, execution.status])).toEqual([
      [next.name, 'Succeeded'],
      [failing.name, 'Failed'],
    ]);
  });

  it('runs the image a start request overrides, as the real start does', async () => {
    const started = await client.jobs.beginStartAndWait(RESOURCE_GROUP, 'migrate', { ...POLL, template: { containers: [{ name: 'migrate', image: DIGEST_C }] } });
    const execution = await client.jobExecution(RESOURCE_GROUP, 'migrate', started.name!);
    expect(execution.template?.containers?.[0]?.image).toBe(DIGEST_C);
  });

  it('answers ResourceNotFound for an unknown execution and job', async () => {
    expect((await rejection(client.jobExecution(RESOURCE_GROUP, 'migrate', 'migrate-nothing'))).statusCode).toBe(404);
    expect((await rejection(client.jobs.beginStartAndWait(RESOURCE_GROUP, 'nojob', POLL))).code).toBe('ResourceNotFound');
  });

  it('fails the update operation when provisioning fails', async () => {
    const job = await client.jobs.get(RESOURCE_GROUP, 'migrate');
    sandbox.api.faults.failProvisioning({ job: 'migrate' });
    const error = await rejection(client.jobs.beginUpdateAndWait(RESOURCE_GROUP, 'migrate', jobImagePatch(job, DIGEST_B), POLL));
    expect(error.message).toContain('The long-running operation has failed');
    expect((await client.jobs.get(RESOURCE_GROUP, 'migrate')).provisioningState).toBe('Failed');
  });
});

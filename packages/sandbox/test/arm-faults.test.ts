import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { ContainerAppsAPIClient } from '@azure/arm-appcontainers';
import { DIGEST_B, POLL, rejection, RESOURCE_GROUP, startArmSandbox, type ArmTestSandbox } from './arm-harness.ts';

let sandbox: ArmTestSandbox;
let client: ContainerAppsAPIClient;
/** Latency waits the API asked for; the fake sleep resolves at once so no test waits on it. */
const sleeps: number[] = [];
let now = Date.parse('2026-01-01T00:00:00Z');

beforeAll(async () => {
  sandbox = await startArmSandbox({
    clock: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
  client = sandbox.client();
});
afterAll(async () => {
  await sandbox.close();
});
beforeEach(async () => {
  await sandbox.api.state.reset();
  sandbox.api.faults.reset();
  sleeps.length = 0;
});

function statuses(): string[] {
  return sandbox.api.state.requests().map((request) => `${request.method} ${request.status}${request.fault ? ` ${request.fault}` : ''}`);
}

describe('throttling', () => {
  it('answers 429 with Retry-After and an ARM body, and the SDK waits and retries until it succeeds', async () => {
    sandbox.api.faults.throttle(1, { retryAfterSeconds: 1 });
    const started = performance.now();
    const app = await client.containerApps.get(RESOURCE_GROUP, 'api');
    const waited = performance.now() - started;
    expect(app.name).toBe('api');
    expect(statuses()).toEqual(['GET 429 throttled', 'GET 200']);
    // The SDK honoured Retry-After: 1 (a lower bound, so this cannot flake on a slow machine).
    expect(waited).toBeGreaterThanOrEqual(950);
  });

  it('sends the throttling headers and body ARM sends', async () => {
    sandbox.api.faults.throttle(1, { retryAfterSeconds: 7 });
    const response = await sandbox.raw('GET', `/subscriptions/${sandbox.api.subscriptionId}/resourceGroups/${RESOURCE_GROUP}/providers/Microsoft.App/containerApps/api?api-version=2026-07-01`);
    expect(response.status).toBe(429);
    expect(response.headers['retry-after']).toBe('7');
    expect(response.headers['x-ms-ratelimit-remaining-subscription-reads']).toBe('0');
    expect(response.json.error.code).toBe('SubscriptionRequestsThrottled');
    expect(response.json.error.message).toContain("Please try again after '7' seconds");
    const next = await sandbox.raw('GET', `/subscriptions/${sandbox.api.subscriptionId}/resourceGroups/${RESOURCE_GROUP}/providers/Microsoft.App/containerApps/api?api-version=2026-07-01`);
    expect(next.status).toBe(200);
    expect(Number(next.headers['x-ms-ratelimit-remaining-subscription-reads'])).toBeGreaterThan(0);
    expect(next.headers['x-ms-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('throttles only authenticated callers: a refused request does not spend the fault', async () => {
    sandbox.api.faults.throttle(1, { retryAfterSeconds: 0 });
    expect((await rejection(sandbox.client('not-a-token').containerApps.get(RESOURCE_GROUP, 'api'))).statusCode).toBe(401);
    await client.containerApps.get(RESOURCE_GROUP, 'api');
    expect(statuses()).toEqual(['GET 401', 'GET 429 throttled', 'GET 200']);
  });

  it('throttles only the requests a matcher selects (here: the writes), and a throttled LRO still completes', async () => {
    sandbox.api.faults.throttle(1, { retryAfterSeconds: 0, match: { method: 'PATCH' } });
    const app = await client.containerApps.get(RESOURCE_GROUP, 'web');
    const updated = await client.containerApps.beginUpdateAndWait(RESOURCE_GROUP, 'web', { location: app.location, tags: { release: '2' } }, POLL);
    expect(updated.tags).toEqual({ release: '2' });
    expect(statuses().slice(0, 3)).toEqual(['GET 200', 'PATCH 429 throttled', 'PATCH 202']);
  });
});

describe('server errors and dropped connections', () => {
  it('retries a burst of 5xx and then succeeds', async () => {
    sandbox.api.faults.serverErrors(2, { status: 503 });
    const app = await client.containerApps.get(RESOURCE_GROUP, 'api');
    expect(app.name).toBe('api');
    expect(statuses()).toEqual(['GET 503 server-error', 'GET 503 server-error', 'GET 200']);
  });

  it('gives up after the SDK’s retry budget with the last 5xx as the error', async () => {
    sandbox.api.faults.serverErrors(10, { status: 500 });
    const error = await rejection(client.containerApps.get(RESOURCE_GROUP, 'api'));
    expect(error.statusCode).toBe(500);
    expect(error.code).toBe('InternalServerError');
    // 1 try + 3 retries (the SDK's default), then the remaining faults stay armed.
    expect(statuses()).toEqual(Array(4).fill('GET 500 server-error'));
    expect(sandbox.api.faults.describe().requestFaults).toEqual([{ kind: 'server-error', remaining: 6 }]);
  });

  it('drops a connection without an answer, and the SDK retries on a new one', async () => {
    sandbox.api.faults.dropConnections(1, { match: { path: '/containerApps/api' } });
    const app = await client.containerApps.get(RESOURCE_GROUP, 'api');
    expect(app.name).toBe('api');
    expect(statuses()).toEqual(['GET 0 dropped', 'GET 200']);
  });

  it('retries a 5xx on the operation status poll and still finishes the update', async () => {
    sandbox.api.faults.serverErrors(1, { match: { path: 'containerappOperationStatuses' } });
    const app = await client.containerApps.get(RESOURCE_GROUP, 'api');
    const updated = await client.containerApps.beginUpdateAndWait(RESOURCE_GROUP, 'api', { location: app.location, template: { ...app.template, containers: [{ ...app.template!.containers![0]!, image: DIGEST_B }] } }, POLL);
    expect(updated.template?.containers?.[0]?.image).toBe(DIGEST_B);
    expect(statuses()).toContain('GET 500 server-error');
  });
});

describe('latency and slow operations', () => {
  it('delays every request by the injected latency', async () => {
    sandbox.api.faults.setLatency(200);
    await client.containerApps.get(RESOURCE_GROUP, 'api');
    await client.containerApps.get(RESOURCE_GROUP, 'web');
    expect(sleeps).toEqual([200, 200]);
    sandbox.api.faults.setLatency(0);
    await client.containerApps.get(RESOURCE_GROUP, 'web');
    expect(sleeps).toHaveLength(2);
  });

  it('keeps an operation InProgress for the configured number of polls', async () => {
    sandbox.api.faults.slowOperations({ inProgressPolls: 4 });
    const app = await client.containerApps.get(RESOURCE_GROUP, 'web');
    sandbox.api.state.clearRequests();
    await client.containerApps.beginUpdateAndWait(RESOURCE_GROUP, 'web', { location: app.location, tags: { slow: 'yes' } }, POLL);
    const polls = sandbox.api.state.requests().filter((request) => request.path.includes('containerappOperationStatuses'));
    expect(polls).toHaveLength(5);
  });

  it('keeps an operation InProgress until the sandbox clock passes its duration, however often it is polled', async () => {
    sandbox.api.faults.slowOperations({ inProgressPolls: 0, durationMs: 60_000 });
    const app = await client.containerApps.get(RESOURCE_GROUP, 'web');
    const poller = client.containerApps.update(RESOURCE_GROUP, 'web', { location: app.location, tags: { slow: 'clock' } }, POLL);
    await poller.submitted();
    for (let i = 0; i < 3; i += 1) await poller.poll();
    expect(poller.isDone).toBe(false);
    const state = await sandbox.api.state.read();
    expect(state.operations.at(-1)).toMatchObject({ target: 'web', status: 'InProgress' });
    now += 60_000;
    const done = await poller.pollUntilDone();
    expect(done.tags).toEqual({ slow: 'clock' });
    const finished = (await sandbox.api.state.read()).operations.at(-1)!;
    expect(finished.status).toBe('Succeeded');
    expect(Date.parse(finished.endTime!) - Date.parse(finished.startTime)).toBe(60_000);
  });
});

describe('state and reset', () => {
  it('counts requests and logs method, path, api-version and status', async () => {
    await client.containerApps.get(RESOURCE_GROUP, 'api');
    await rejection(client.containerApps.get(RESOURCE_GROUP, 'missing'));
    expect(sandbox.api.state.requestCount).toBe(2);
    expect(sandbox.api.state.requests().map((request) => [request.method, request.path.split('/').at(-1), request.apiVersion, request.status])).toEqual([
      ['GET', 'api', '2026-07-01', 200],
      ['GET', 'missing', '2026-07-01', 404],
    ]);
  });

  it('resets to the seed: same revision names, no leftover operations, an empty log', async () => {
    const seeded = await sandbox.api.state.read();
    const app = await client.containerApps.get(RESOURCE_GROUP, 'api');
    await client.containerApps.beginUpdateAndWait(RESOURCE_GROUP, 'api', { location: app.location, template: { ...app.template, revisionSuffix: 'rev-x', containers: [{ ...app.template!.containers![0]!, image: DIGEST_B }] } }, POLL);
    expect((await sandbox.api.state.read()).revisions['api']).toHaveLength(2);
    await sandbox.api.state.reset();
    const again = await sandbox.api.state.read();
    expect(again.requests.count).toBe(0);
    expect(again.operations).toEqual([]);
    expect(again.apps.map((entry) => (entry['properties'] as { latestRevisionName: string }).latestRevisionName)).toEqual(seeded.apps.map((entry) => (entry['properties'] as { latestRevisionName: string }).latestRevisionName));
    expect(JSON.parse(JSON.stringify(again))).toEqual(again);
  });
});

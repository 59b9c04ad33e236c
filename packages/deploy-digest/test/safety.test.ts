import { RecordingLogger } from '@deploy-kit/core';
import { ConcurrentChangeError } from '@deploy-kit/deploy-digest';
import { SHA_1, SHA_2, SHA_3, startHarness, type Harness } from './support/sandbox-deploy.ts';

/** ETags, throttling and many apps at once: what keeps a deploy from doing damage. */
let h: Harness;
const refs: Record<string, string> = {};

/** Seed 001's 22 services. */
const SERVICES = [
  'backend-gateway', 'admin-service', 'analytics-service', 'audit-service', 'auth-service', 'call-service', 'channel-service', 'file-service',
  'huddle-service', 'media-service', 'message-service', 'ml-service', 'moderation-service', 'notification-service', 'permission-service',
  'presence-service', 'realtime-service', 'search-service', 'sentiment-service', 'thread-service', 'user-service', 'workspace-service',
];

beforeAll(async () => {
  h = await startHarness();
  refs.api = h.image('api', 's-2', 'healthy');
  refs.web = h.image('web', 's-2', 'healthy');
  refs.svc1 = h.image('svc', '1', 'healthy');
  refs.svc2 = h.image('svc', '2', 'healthy');
});
afterAll(async () => {
  await h?.close();
});

async function app(name: string): Promise<any> {
  return (await h.sandbox.state()).arm.apps.find((candidate: any) => candidate.name === name);
}

/** A logger that runs `action` when the deploy starts its changes (after it read every app). */
class InterleavingLogger extends RecordingLogger {
  readonly #action: () => Promise<void>;
  constructor(action: () => Promise<void>) {
    super();
    this.#action = action;
  }
  override async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    if (title.startsWith('Deploying')) await this.#action();
    return super.group(title, fn);
  }
}

describe('ETags', () => {
  it('catch a change made between our read and our write: the deploy fails loudly and overwrites nothing', async () => {
    await h.freeze(SHA_1, { api: refs.api!, web: refs.web! });
    const before = await app('api');
    const logger = new InterleavingLogger(async () => {
      // Someone else changes the app (a portal edit, another pipeline) after deploy-digest read it.
      const { value, etag } = await h.arm.getApp('api');
      await h.arm.patchApp('api', { location: value.location, configuration: { maxInactiveRevisions: 42 } }, etag);
    });
    h.sandbox.arm.state.clearRequests();

    const result = await h.deploy(SHA_1, { apps: ['api=api'], logger });

    expect(result.ok).toBe(false);
    const outcome = result.outcomes[0]!;
    expect(outcome.error).toBeInstanceOf(ConcurrentChangeError);
    expect(outcome.error!.message).toMatch(/^Container app api was changed by someone else after deploy-digest read it \(If-Match "?[^ ]+ answered 412 Precondition Failed\)\. Nothing was overwritten\.$/);
    expect((outcome.error as ConcurrentChangeError).remediation).toContain('Serialise production deploys');
    // Theirs went through; ours went out with the ETag we had read, and was refused.
    const patches = h.sandbox.arm.state.requests().filter((r) => r.method === 'PATCH' && r.path.endsWith('/containerApps/api'));
    expect(patches.map((r) => r.status)).toEqual([202, 412]);
    const after = await app('api');
    expect(after.properties.configuration.maxInactiveRevisions).toBe(42);
    expect(after.properties.template.containers[0].image).toBe(before.properties.template.containers[0].image);
    expect(after.properties.latestRevisionName).toBe(before.properties.latestRevisionName);
    // Nothing of ours was applied, so there is nothing to roll back.
    expect(outcome.changed).toBe(false);
    expect(result.record.apps[0]!.status).toBe('failed');
    expect(result.record.apps[0]!.rollback).toBeUndefined();
  });
});

describe('throttling and server errors', () => {
  it('are survived: 429s are retried after Retry-After, 5xx with backoff, and the deploy succeeds', async () => {
    await h.freeze(SHA_2, { api: refs.api!, web: refs.web! });
    h.sandbox.faults.arm.throttle(2, { retryAfterSeconds: 1, match: { method: 'PATCH' } });
    h.sandbox.faults.arm.serverErrors(2, { status: 500, match: { method: 'GET', path: '/revisions/' } });
    h.sandbox.arm.state.clearRequests();
    const clientRequests = h.clientLog.requests.length;

    const result = await h.deploy(SHA_2);

    expect(result.ok).toBe(true);
    expect(result.record.apps.map((a) => a.status)).toEqual(['deployed', 'deployed']);
    const faults = h.sandbox.arm.state.requests().filter((r) => r.fault !== undefined);
    expect(faults.map((r) => [r.fault, r.status])).toEqual(expect.arrayContaining([['throttled', 429], ['throttled', 429], ['server-error', 500], ['server-error', 500]]));
    expect(faults).toHaveLength(4);
    // Each throttled PATCH was sent again no sooner than its Retry-After (1 s).
    const ours = h.clientLog.requests.slice(clientRequests);
    const throttled = ours.filter((r) => r.status === 429);
    expect(throttled).toHaveLength(2);
    for (const answer of throttled) {
      const retry = ours.find((r) => r.method === answer.method && r.path === answer.path && r.startedAt >= answer.endedAt && r !== answer);
      expect(retry).toBeDefined();
      expect(retry!.startedAt - answer.endedAt).toBeGreaterThanOrEqual(950);
    }
  });
});

describe('many apps', () => {
  it("deploys seed 001's 22 services in parallel, never more than `concurrency` at once", async () => {
    await h.sandbox.arm.state.seed({ apps: SERVICES.map((name) => ({ name, image: refs.svc1!, minReplicas: 1 })), jobs: [] });
    await h.freeze(SHA_3, { svc: refs.svc2! });
    h.sandbox.arm.state.clearRequests();
    const clientRequests = h.clientLog.requests.length;

    const result = await h.deploy(SHA_3, { apps: SERVICES.map((name) => `${name}=svc`), concurrency: 4 });

    expect(result.ok).toBe(true);
    expect(result.record.concurrency).toBe(4);
    expect(result.record.apps.map((a) => [a.app, a.status, a.current.images[a.app]])).toEqual(SERVICES.map((name) => [name, 'deployed', refs.svc2]));
    // Server side: an app is "in flight" from its first write to its last request. Never more
    // than four overlap — and more than one did, so the deploy really ran in parallel.
    const requests = h.sandbox.arm.state.requests();
    const spans = SERVICES.map((name) => {
      const mine = requests.map((r, index) => ({ r, index })).filter(({ r }) => r.path.includes(`/containerApps/${name}`));
      return { first: mine.find(({ r }) => r.method === 'PATCH')!.index, last: mine[mine.length - 1]!.index };
    });
    const overlap = Math.max(...requests.map((_, index) => spans.filter((span) => span.first <= index && index <= span.last).length));
    expect(overlap).toBeLessThanOrEqual(4);
    expect(overlap).toBeGreaterThan(1);
    // Client side: each app makes one request at a time, so at most four are ever open.
    const ours = h.clientLog.requests.slice(clientRequests);
    const open = Math.max(...ours.map((r) => ours.filter((other) => other.startedAt <= r.startedAt && r.startedAt < other.endedAt).length));
    expect(open).toBeLessThanOrEqual(4);
  });
});

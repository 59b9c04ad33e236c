import { runHealthGate } from '@deploy-kit/health-gate';
import { gateOptions, now } from './support/gate-options.ts';
import { delay, freePort, json, startServer, type TestServer } from './support/servers.ts';

const servers: TestServer[] = [];
async function serve(...args: Parameters<typeof startServer>): Promise<TestServer> {
  const server = await startServer(...args);
  servers.push(server);
  return server;
}
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

describe('a server that starts late', () => {
  it('is refused at first, then passes within one interval of listening', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/health`;
    const options = gateOptions([url], { intervalMs: 100, maxIntervalMs: 200, consecutive: 2 });
    const gate = runHealthGate(options);
    await delay(700);
    await serve((_req, res) => json(res, 200, { status: 'healthy' }), { port });
    const healthyAt = now();

    const result = await gate;
    expect(result.status).toBe('pass');
    const samples = result.urls[0]!.samples;
    const before = samples.filter((s) => Date.parse(s.at) < healthyAt);
    const after = samples.filter((s) => Date.parse(s.at) >= healthyAt);
    expect(before.length).toBeGreaterThanOrEqual(2);
    expect(before.filter((s) => s.outcome === 'fail').every((s) => s.error === 'ECONNREFUSED')).toBe(true);
    // Every sample taken once the server listened passed, and no more were taken than needed.
    expect(after.every((s) => s.outcome === 'pass')).toBe(true);
    expect(after.length).toBeLessThanOrEqual(options.consecutive);
    // The first sample after it came up started within one capped interval (plus scheduling slack).
    const first = after[0] ?? samples.at(-1)!;
    expect(Date.parse(first.at) - healthyAt).toBeLessThan(options.maxIntervalMs + 1000);
  });

  it('answering 503 while warming up, passes on the first samples after it turns healthy', async () => {
    let healthyAt = Number.POSITIVE_INFINITY;
    const server = await serve((_req, res) => (now() >= healthyAt ? json(res, 200, { status: 'healthy' }) : json(res, 503, { status: 'starting' })));
    const gate = runHealthGate(gateOptions([`${server.url}/ready`], { intervalMs: 100, maxIntervalMs: 200, consecutive: 3, criteria: { expectJson: { status: 'healthy' } } }));
    await delay(600);
    healthyAt = now();
    const result = await gate;
    expect(result.status).toBe('pass');
    const samples = result.urls[0]!.samples;
    expect(samples.filter((s) => s.outcome === 'fail').every((s) => s.httpStatus === 503)).toBe(true);
    const firstPass = samples.findIndex((s) => s.outcome === 'pass');
    expect(firstPass).toBeGreaterThan(0);
    expect(samples.slice(firstPass).every((s) => s.outcome === 'pass')).toBe(true);
    expect(samples.length - firstPass).toBe(3);
  });
});

describe('a flapping server', () => {
  it('needs `consecutive` passes in a row, not a lucky one', async () => {
    // pass, fail, pass, fail, pass, fail, then stable
    let n = 0;
    const server = await serve((_req, res) => {
      n++;
      json(res, n <= 6 && n % 2 === 0 ? 500 : 200, { n });
    });
    const result = await runHealthGate(gateOptions([server.url], { consecutive: 3 }));
    expect(result.status).toBe('pass');
    expect(result.urls[0]!.samples.map((s) => s.outcome)).toEqual(['pass', 'fail', 'pass', 'fail', 'pass', 'fail', 'pass', 'pass', 'pass']);
  });

  it('fails at the deadline when it never settles', async () => {
    let n = 0;
    const server = await serve((_req, res) => json(res, ++n % 2 === 0 ? 500 : 200, { n }));
    const result = await runHealthGate(gateOptions([server.url], { consecutive: 2, timeoutMs: 800 }));
    expect(result.status).toBe('fail');
    expect(result.reason).toMatch(/deadline 800ms/);
    const outcomes = result.urls[0]!.samples.map((s) => s.outcome);
    expect(outcomes.length).toBeGreaterThan(3);
    expect(outcomes.some((o, i) => o === 'pass' && outcomes[i + 1] === 'pass')).toBe(false);
  });
});

describe('giving up as soon as failure is certain', () => {
  it('stops after exactly max-failures failed samples in a row', async () => {
    const server = await serve((_req, res) => json(res, 500, { status: 'down' }));
    const started = now();
    const result = await runHealthGate(gateOptions([server.url], { maxFailures: 5, timeoutMs: 60_000 }));
    expect(result.status).toBe('fail');
    expect(result.samples).toBe(5);
    expect(server.requests).toHaveLength(5);
    expect(result.reason).toMatch(/5 failed samples in a row \(max-failures 5\); last: status 500, expected 200/);
    expect(now() - started).toBeLessThan(30_000);
  });

  it('counts only failures in a row: a pass in between resets the count', async () => {
    let n = 0;
    const server = await serve((_req, res) => json(res, [1, 2, 4, 5, 6].includes(++n) ? 500 : 200, { n }));
    const result = await runHealthGate(gateOptions([server.url], { maxFailures: 3, consecutive: 5 }));
    expect(result.status).toBe('fail');
    expect(result.urls[0]!.samples.map((s) => s.outcome)).toEqual(['fail', 'fail', 'pass', 'fail', 'fail', 'fail']);
  });

  it('fails at once when the remaining passes can no longer fit before the deadline', async () => {
    const server = await serve((_req, res) => json(res, 503, {}));
    // 3 passes 400 ms apart fit in 1 s only if the very first sample passes.
    const result = await runHealthGate(gateOptions([server.url], { consecutive: 3, intervalMs: 400, maxIntervalMs: 400, timeoutMs: 1000 }));
    expect(result.status).toBe('fail');
    expect(result.samples).toBe(1);
    expect(result.reason).toMatch(/deadline 1s cannot be met: 3 more passing samples need at least 1.2s/);
    expect(result.finishedAt - result.startedAt).toBeLessThan(1000);
  });

  it('never lets a request run past the deadline', async () => {
    const server = await serve(() => undefined);
    const result = await runHealthGate(gateOptions([server.url], { consecutive: 1, timeoutMs: 600, requestTimeoutMs: 10_000 }));
    expect(result.status).toBe('fail');
    expect(result.urls[0]!.samples[0]).toMatchObject({ outcome: 'fail', error: 'timeout' });
    expect(result.finishedAt - result.startedAt).toBeLessThan(5000);
    expect(result.reason).toMatch(/deadline 600ms/);
  });
});

describe('a server that hangs', () => {
  it('records each sample as a timeout after request-timeout', async () => {
    const server = await serve(() => undefined);
    const result = await runHealthGate(gateOptions([server.url], { requestTimeoutMs: 200, maxFailures: 2 }));
    expect(result.status).toBe('fail');
    const samples = result.urls[0]!.samples;
    expect(samples.map((s) => s.error)).toEqual(['timeout', 'timeout']);
    expect(samples.every((s) => s.latencyMs >= 190)).toBe(true);
    expect(samples[0]!.failure).toBe('no complete answer within 200 ms');
  });
});

describe('several URLs', () => {
  it('are sampled concurrently and all must pass', async () => {
    const slow = (ms: number) => serve((_req, res) => setTimeout(() => json(res, 200, { status: 'healthy' }), ms));
    const [a, b] = await Promise.all([slow(250), slow(250)]);
    const result = await runHealthGate(gateOptions([a.url, b.url]));
    expect(result.status).toBe('pass');
    expect(result.reason).toBe('all 2 URLs passed');
    expect(result.samples).toBe(4);
    // Both first requests arrived before either second one: the URLs did not wait for each other.
    expect(Math.max(a.requests[0]!.at, b.requests[0]!.at)).toBeLessThan(Math.min(a.requests[1]!.at, b.requests[1]!.at));
  });

  it('stop as soon as one fails for certain, cancelling the others mid-request', async () => {
    const failing = await serve((_req, res) => json(res, 500, { status: 'down' }));
    const hanging = await serve(() => undefined);
    const healthy = await serve((_req, res) => json(res, 200, {}));
    const result = await runHealthGate(gateOptions([hanging.url, failing.url, healthy.url], { maxFailures: 2, requestTimeoutMs: 20_000, consecutive: 50, timeoutMs: 60_000 }));
    expect(result.status).toBe('fail');
    expect(result.finishedAt - result.startedAt).toBeLessThan(10_000);
    expect(result.urls.map((u) => u.status)).toEqual(['cancelled', 'fail', 'cancelled']);
    expect(result.urls[0]!.reason).toBe(`cancelled: ${failing.url}/ failed`);
    expect(result.urls[0]!.samples).toHaveLength(0);
    expect(result.reason).toBe(`${failing.url}/: 2 failed samples in a row (max-failures 2); last: status 500, expected 200; body {"status":"down"}`);
    await delay(50);
    expect(hanging.abandoned()).toBe(1);
  });
});

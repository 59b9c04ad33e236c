import { parseStatusSpec, runHealthGate } from '@deploy-kit/health-gate';
import { gateOptions } from './support/gate-options.ts';
import { json, startServer, type TestServer } from './support/servers.ts';
import { createTestCa, type TestCa } from './support/tls.ts';

const servers: TestServer[] = [];
let ca: TestCa;
async function serve(...args: Parameters<typeof startServer>): Promise<TestServer> {
  const server = await startServer(...args);
  servers.push(server);
  return server;
}
beforeAll(async () => {
  ca = await createTestCa();
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  await ca?.dispose();
});

describe('answers that are wrong', () => {
  it('fails {"status":"unhealthy"} against expect-json {"status":"healthy"}, where a substring check passes', async () => {
    const server = await serve((_req, res) => json(res, 200, { status: 'unhealthy' }));
    const strict = await runHealthGate(gateOptions([server.url], { maxFailures: 2, criteria: { expectJson: { status: 'healthy' } } }));
    expect(strict.status).toBe('fail');
    expect(strict.urls[0]!.samples[0]).toMatchObject({
      outcome: 'fail',
      httpStatus: 200,
      bodyExcerpt: '{"status":"unhealthy"}',
      failure: 'body {"status":"unhealthy"} does not contain {"status":"healthy"} ($.status is "unhealthy", expected "healthy")',
    });
    const naive = await runHealthGate(gateOptions([server.url], { maxFailures: 2, criteria: { expectBody: 'healthy' } }));
    expect(naive.status).toBe('pass');
  });

  it('passes the right body and records an excerpt of at most 512 characters', async () => {
    const server = await serve((_req, res) => json(res, 200, { status: 'healthy', padding: 'x'.repeat(2000) }));
    const result = await runHealthGate(gateOptions([server.url], { criteria: { expectJson: { status: 'healthy' } } }));
    expect(result.status).toBe('pass');
    expect(result.urls[0]!.samples.every((s) => s.bodyExcerpt!.length === 512)).toBe(true);
  });

  it('fails on a connection closed without an answer (ECONNRESET)', async () => {
    const server = await serve((req) => req.socket.destroy());
    const result = await runHealthGate(gateOptions([server.url], { maxFailures: 3 }));
    expect(result.status).toBe('fail');
    expect(result.urls[0]!.samples.map((s) => s.error)).toEqual(['ECONNRESET', 'ECONNRESET', 'ECONNRESET']);
  });
});

describe('latency budget', () => {
  const slowServer = () => serve((_req, res) => setTimeout(() => json(res, 200, { status: 'healthy' }), 150));

  it('fails a URL whose passing samples are slower than the p95 budget', async () => {
    const server = await slowServer();
    const result = await runHealthGate(gateOptions([server.url], { latencyP95Ms: 50, consecutive: 3 }));
    expect(result.status).toBe('fail');
    expect(result.samples).toBe(3);
    expect(result.urls[0]!.samples.every((s) => s.outcome === 'pass')).toBe(true);
    expect(result.reason).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/: p95 latency \d+(\.\d)? ms over the 50 ms budget \(3 passing samples\)$/);
  });

  it('passes it within a budget it meets, and reports the p95', async () => {
    const server = await slowServer();
    const result = await runHealthGate(gateOptions([server.url], { latencyP95Ms: 5000, consecutive: 3 }));
    expect(result.status).toBe('pass');
    expect(result.p95Ms).toBeGreaterThanOrEqual(140);
    expect(result.p95Ms).toBe(Math.max(...result.urls[0]!.samples.map((s) => s.latencyMs)));
  });
});

describe('redirects', () => {
  it('follows them and records them in the sample', async () => {
    const server = await serve((req, res) => (req.url === '/health' ? res.writeHead(302, { location: '/healthz' }).end() : json(res, 200, { status: 'healthy' })));
    const result = await runHealthGate(gateOptions([`${server.url}/health`], { criteria: { expectJson: { status: 'healthy' } } }));
    expect(result.status).toBe('pass');
    expect(result.urls[0]!.samples[0]!.redirects).toEqual([`302 ${server.url}/healthz`]);
  });

  it('fails a redirect loop after 5 redirects', async () => {
    const server = await serve((_req, res) => res.writeHead(302, { location: '/login' }).end());
    const result = await runHealthGate(gateOptions([server.url], { maxFailures: 1 }));
    expect(result.status).toBe('fail');
    expect(result.urls[0]!.samples[0]).toMatchObject({ error: 'too_many_redirects', failure: 'more than 5 redirects' });
    expect(result.urls[0]!.samples[0]!.redirects).toHaveLength(6);
  });
});

describe('https with a self-signed CA', () => {
  it('fails with a clear TLS reason when the CA is not trusted', async () => {
    const server = await serve((_req, res) => json(res, 200, { status: 'healthy' }), { tls: ca.server });
    const result = await runHealthGate(gateOptions([`${server.url}/health`], { maxFailures: 1 }));
    expect(result.status).toBe('fail');
    expect(result.reason).toMatch(/certificate is not trusted .*NODE_EXTRA_CA_CERTS/);
  });

  it('passes when the CA is given', async () => {
    const server = await serve((_req, res) => json(res, 200, { status: 'healthy' }), { tls: ca.server });
    const result = await runHealthGate(gateOptions([`${server.url}/health`], { ca: ca.caPem, criteria: { expectJson: { status: 'healthy' } } }));
    expect(result.status).toBe('pass');
  });
});

describe('denied-client smoke check (expect-error-code)', () => {
  const denied = (body: unknown) => serve((_req, res) => json(res, 403, body));
  const criteria = { status: parseStatusSpec('4xx'), expectErrorCode: 'assignment_denied' };

  it.each([
    [{ error: { code: 'assignment_denied', message: 'The client is not assigned to the app.' } }],
    [{ error: 'assignment_denied', error_description: 'AADSTS50105' }],
    [{ errors: [{ code: 'assignment_denied' }] }],
  ])('passes when a denied client gets %j', async (body) => {
    const server = await denied(body);
    const result = await runHealthGate(gateOptions([server.url], { criteria }));
    expect(result.status).toBe('pass');
  });

  it('fails on the wrong code', async () => {
    const server = await denied({ error: { code: 'tenant_not_allowed' } });
    const result = await runHealthGate(gateOptions([server.url], { criteria, maxFailures: 2 }));
    expect(result.status).toBe('fail');
    expect(result.urls[0]!.samples[0]!.failure).toBe('error code "tenant_not_allowed" (error.code), expected "assignment_denied"');
  });

  it('fails when the denied client is let through', async () => {
    const server = await serve((_req, res) => json(res, 200, { data: [] }));
    const result = await runHealthGate(gateOptions([server.url], { criteria, maxFailures: 1 }));
    expect(result.status).toBe('fail');
    expect(result.reason).toMatch(/status 200, expected 4xx/);
  });
});

describe('request headers', () => {
  it('sends the configured headers, bearer token included, on every sample', async () => {
    const server = await serve((req, res) => (req.headers.authorization === 'Bearer t0ken-for-smoke' ? json(res, 200, { ok: true }) : json(res, 401, { error: 'invalid_token' })));
    const result = await runHealthGate(gateOptions([server.url], { headers: { authorization: 'Bearer t0ken-for-smoke', 'x-smoke': 'allowed-client' } }));
    expect(result.status).toBe('pass');
    expect(server.requests.map((r) => r.headers['x-smoke'])).toEqual(['allowed-client', 'allowed-client']);
  });
});

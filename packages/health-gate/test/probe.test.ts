import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { probeUrl, type ProbeResult } from '@deploy-kit/health-gate';
import { createTestCa, type TestCa } from './support/tls.ts';
import { delay, freePort, json, startServer, type TestServer } from './support/servers.ts';

const servers: TestServer[] = [];
let ca: TestCa;

async function serve(...args: Parameters<typeof startServer>): Promise<TestServer> {
  const server = await startServer(...args);
  servers.push(server);
  return server;
}

function probe(url: string, extra: Partial<Parameters<typeof probeUrl>[0]> = {}): Promise<ProbeResult> {
  return probeUrl({ url, headers: {}, timeoutMs: 5000, ...extra });
}

beforeAll(async () => {
  ca = await createTestCa();
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  await ca?.dispose();
});

describe('probeUrl against real servers', () => {
  it('returns status, body and a measured latency', async () => {
    const server = await serve((_req, res) => setTimeout(() => json(res, 200, { status: 'healthy' }), 120));
    const result = await probe(`${server.url}/health`);
    expect(result).toMatchObject({ kind: 'answer', status: 200, body: '{"status":"healthy"}', redirects: [] });
    expect(result.latencyMs).toBeGreaterThanOrEqual(100);
  });

  it('sends the headers it is given on a fresh connection each time', async () => {
    const server = await serve((_req, res) => json(res, 200, {}));
    await probe(server.url, { headers: { 'x-probe': 'yes' } });
    await probe(server.url, { headers: { 'x-probe': 'yes' } });
    expect(server.requests.map((r) => [r.headers['x-probe'], r.headers.connection])).toEqual([['yes', 'close'], ['yes', 'close']]);
    expect(server.requests[0]!.headers['user-agent']).toMatch(/^deploy-kit-health-gate\//);
  });

  it('reports a refused connection as ECONNREFUSED', async () => {
    const result = await probe(`http://127.0.0.1:${await freePort()}/health`);
    expect(result).toMatchObject({ kind: 'error', code: 'ECONNREFUSED' });
  });

  it('reports a connection closed without an answer as ECONNRESET', async () => {
    const server = await serve((req) => req.socket.destroy());
    const result = await probe(server.url);
    expect(result).toMatchObject({ kind: 'error', code: 'ECONNRESET', message: 'the server closed the connection without answering' });
  });

  it('gives up on a server that never answers after the request timeout', async () => {
    const server = await serve(() => undefined);
    const result = await probe(server.url, { timeoutMs: 250 });
    expect(result).toMatchObject({ kind: 'error', code: 'timeout', message: 'no complete answer within 250 ms' });
    await delay(50);
    expect(server.abandoned()).toBe(1);
  });

  it('times out a body that starts but never ends', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('healthy so f');
    });
    expect(await probe(server.url, { timeoutMs: 250 })).toMatchObject({ kind: 'error', code: 'timeout' });
  });

  it('stops at once, as cancelled, when the caller aborts', async () => {
    const server = await serve(() => undefined);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('not needed')), 100);
    const result = await probe(server.url, { timeoutMs: 20_000, signal: controller.signal });
    expect(result).toMatchObject({ kind: 'error', code: 'cancelled' });
    expect(result.latencyMs).toBeLessThan(10_000);
  });

  it('follows redirects and records each one', async () => {
    const server = await serve((req, res) => {
      if (req.url === '/old') return void res.writeHead(301, { location: '/moved' }).end();
      if (req.url === '/moved') return void res.writeHead(307, { location: `http://127.0.0.1:${(req.socket.localPort)}/health` }).end();
      json(res, 200, { status: 'healthy' });
    });
    const result = await probe(`${server.url}/old`);
    expect(result).toMatchObject({ kind: 'answer', status: 200, redirects: [`301 ${server.url}/moved`, `307 ${server.url}/health`] });
  });

  it('follows at most 5 redirects', async () => {
    const server = await serve((req, res) => {
      const n = Number(req.url!.slice(1));
      res.writeHead(302, { location: `/${n + 1}` }).end();
    });
    const result = await probe(`${server.url}/0`);
    expect(result).toMatchObject({ kind: 'error', code: 'too_many_redirects' });
    expect(result.redirects).toHaveLength(6);
    expect(server.requests).toHaveLength(6);
  });

  it('does not carry credentials to another origin on a redirect', async () => {
    const other = await serve((_req, res) => json(res, 200, {}));
    const first = await serve((req, res) => {
      if (req.url === '/same') return void res.writeHead(302, { location: '/cross' }).end();
      res.writeHead(302, { location: `${other.url}/landing` }).end();
    });
    await probe(`${first.url}/same`, { headers: { authorization: 'Bearer secret-value', 'x-trace': 't1' } });
    expect(first.requests.map((r) => r.headers.authorization)).toEqual(['Bearer secret-value', 'Bearer secret-value']);
    expect(other.requests).toHaveLength(1);
    expect(other.requests[0]!.headers.authorization).toBeUndefined();
    expect(other.requests[0]!.headers['x-trace']).toBe('t1');
  });

  it('keeps only the first part of a huge body', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('x'.repeat(300_000));
    });
    const result = await probe(server.url, { bodyLimit: 64 * 1024 });
    expect(result.kind).toBe('answer');
    if (result.kind === 'answer') {
      expect(result.body.length).toBeGreaterThanOrEqual(64 * 1024);
      expect(result.body.length).toBeLessThan(300_000);
    }
  });

  describe('https with a self-signed CA', () => {
    it('refuses a certificate it has no reason to trust', async () => {
      const server = await serve((_req, res) => json(res, 200, { status: 'healthy' }), { tls: ca.server });
      const result = await probe(`${server.url}/health`);
      expect(result).toMatchObject({ kind: 'error' });
      if (result.kind === 'error') {
        expect(['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY']).toContain(result.code);
        expect(result.message).toMatch(/not trusted.*NODE_EXTRA_CA_CERTS/);
      }
    });

    it('trusts a CA that NODE_EXTRA_CA_CERTS named when the process started', async () => {
      const server = await serve((_req, res) => json(res, 200, { status: 'healthy' }), { tls: ca.server });
      const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
      const script = `const { probeUrl } = await import('@deploy-kit/health-gate'); const r = await probeUrl({ url: process.argv[1], headers: {}, timeoutMs: 5000 }); process.stdout.write(JSON.stringify({ kind: r.kind, status: r.status, code: r.code }));`;
      const run = (env: Record<string, string>) =>
        promisify(execFile)(process.execPath, ['--input-type=module', '-e', script, `${server.url}/health`], { cwd: repoRoot, env: { PATH: process.env.PATH ?? '', ...env } });
      expect(JSON.parse((await run({ NODE_EXTRA_CA_CERTS: ca.caFile })).stdout)).toEqual({ kind: 'answer', status: 200 });
      expect(JSON.parse((await run({})).stdout)).toMatchObject({ kind: 'error' });
    });

    it('trusts it when the CA is given', async () => {
      const server = await serve((_req, res) => json(res, 200, { status: 'healthy' }), { tls: ca.server });
      expect(await probe(`${server.url}/health`, { ca: ca.caPem })).toMatchObject({ kind: 'answer', status: 200 });
    });
  });
});

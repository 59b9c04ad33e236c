import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runAction, ShellRuntime } from '@deploy-kit/core';
import { ArtifactStore, healthEvidenceContract, healthSamplesContract } from '@deploy-kit/contracts';
import { healthGateAction } from '@deploy-kit/health-gate';
import { json, startServer, type TestServer } from './support/servers.ts';

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const servers: TestServer[] = [];
const dirs: string[] = [];

async function serve(...args: Parameters<typeof startServer>): Promise<TestServer> {
  const server = await startServer(...args);
  servers.push(server);
  return server;
}

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

function sink() {
  const chunks: string[] = [];
  return { write: (chunk: string) => chunks.push(chunk), text: () => chunks.join('') };
}

/** Runs the action the way the CLI does: a plain-shell runtime, inputs by name, outputs on stdout. */
async function runGate(inputs: Record<string, string>, env: Record<string, string> = {}) {
  const artifactsDir = await mkdtemp(path.join(os.tmpdir(), 'health-gate-action-'));
  dirs.push(artifactsDir);
  const stdout = sink();
  const stderr = sink();
  const given = new Map(Object.entries({ interval: '50ms', 'max-interval': '100ms', timeout: '15s', 'request-timeout': '2s', 'artifacts-dir': artifactsDir, ...inputs }));
  const runtime = new ShellRuntime('cli', { env: { DEPLOYKIT_SHA: SHA, ...env }, inputs: { get: (name) => given.get(name) }, stdout, stderr, command: 'health-gate' });
  const exitCode = await runAction(healthGateAction, runtime);
  const outputs = Object.fromEntries(stdout.text().trim().split('\n').filter(Boolean).map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
  return { exitCode, outputs, stdout: stdout.text(), stderr: stderr.text(), artifactsDir };
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

describe('health-gate action end to end', () => {
  it('passes a healthy URL: exit 0, outputs, valid evidence and a summary', async () => {
    const server = await serve((_req, res) => json(res, 200, { status: 'healthy' }));
    const run = await runGate({ urls: `${server.url}/health`, name: 'api', 'expect-json': '{"status":"healthy"}' });
    expect(run.exitCode).toBe(0);
    const evidencePath = path.join(run.artifactsDir, 'deploy', SHA, 'health-api.json');
    expect(run.outputs).toMatchObject({ verdict: 'pass', 'evidence-path': evidencePath, samples: '2' });
    expect(Number(run.outputs['p95-ms'])).toBeGreaterThan(0);

    const store = new ArtifactStore();
    const { value: evidence } = await store.read(healthEvidenceContract, evidencePath);
    expect(evidence).toMatchObject({ kind: 'health-evidence', sha: SHA, name: 'api', status: 'pass', dryRun: false, samples: 2 });
    expect(evidence.criteria).toEqual({ expectStatus: '200', expectJson: { status: 'healthy' }, consecutive: 2, maxFailures: 0, timeoutMs: 15_000, requestTimeoutMs: 2000, intervalMs: 50, maxIntervalMs: 100 });
    expect(evidence.urls).toEqual([expect.objectContaining({ url: `${server.url}/health`, status: 'pass', samples: 2, evidence: `deploy/${SHA}/health-api/url-1.json` })]);
    const { value: samples } = await store.read(healthSamplesContract, path.join(run.artifactsDir, evidence.urls[0]!.evidence));
    expect(samples.samples.map((s) => [s.n, s.outcome, s.httpStatus])).toEqual([[1, 'pass', 200], [2, 'pass', 200]]);

    const summary = await readFile(path.join(run.artifactsDir, 'summary.md'), 'utf8');
    expect(summary).toContain('### ✅ Health gate `api`: pass');
    expect(summary).toContain(`| ${server.url}/health | ✅ pass | 2 |`);
    expect(run.stderr).toContain(`Health gate 'api': pass`);
  });

  it('fails a URL that never gets healthy: exit 1 and the reason, evidence still written', async () => {
    const server = await serve((_req, res) => json(res, 200, { status: 'unhealthy' }));
    const run = await runGate({ urls: server.url, 'expect-json': '{"status":"healthy"}', 'max-failures': '3' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'fail', samples: '3' });
    expect(run.outputs['p95-ms']).toBeUndefined();
    expect(run.stderr).toMatch(/error: Health gate 'health': fail — .*3 failed samples in a row \(max-failures 3\)/);
    const { value } = await new ArtifactStore().read(healthEvidenceContract, run.outputs['evidence-path']!);
    expect(value).toMatchObject({ status: 'fail', dryRun: false });
    expect(value.reason).toContain('does not contain {"status":"healthy"}');
  });

  it('in dry-run mode reports a failing verdict without failing the step', async () => {
    const server = await serve((_req, res) => json(res, 503, {}));
    const run = await runGate({ urls: server.url, 'max-failures': '2', 'dry-run': 'true' });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.stderr).toContain('(dry run: not failing the step)');
    const { value } = await new ArtifactStore().read(healthEvidenceContract, run.outputs['evidence-path']!);
    expect(value).toMatchObject({ status: 'fail', dryRun: true });
    expect(await readFile(path.join(run.artifactsDir, 'summary.md'), 'utf8')).toContain('Dry run: the verdict is reported, the step does not fail.');
  });

  it('checks a denied client with expect-error-code, expecting a 4xx by default', async () => {
    const server = await serve((_req, res) => json(res, 403, { error: { code: 'assignment_denied' } }));
    const run = await runGate({ urls: server.url, name: 'denied-smoke', 'expect-error-code': 'assignment_denied' });
    expect(run.exitCode).toBe(0);
    const { value } = await new ArtifactStore().read(healthEvidenceContract, run.outputs['evidence-path']!);
    expect(value.criteria).toMatchObject({ expectStatus: '4xx', expectErrorCode: 'assignment_denied' });
  });

  it('sends the bearer token and credential headers but never writes or logs them', async () => {
    const token = 'dk-smoke-token-8f3a1c9e77d04b';
    const cookie = 'session-cookie-5a9e3e1f';
    const apiKey = 'api-key-value-77c1d2';
    // The worst case: a server that echoes the credentials back in its body.
    let n = 0;
    const server = await serve((req, res) => json(res, ++n === 1 ? 503 : 200, { status: 'healthy', seen: req.headers.authorization, cookie: req.headers.cookie, key: req.headers['x-api-key'] }));
    const run = await runGate(
      { urls: `${server.url}/smoke`, 'bearer-token': token, headers: `Cookie: ${cookie}\nX-Api-Key: ${apiKey}\nAccept: application/json, text/plain`, 'max-failures': '5' },
      { DEPLOYKIT_DEBUG: '1' },
    );
    expect(run.exitCode).toBe(0);
    expect(server.requests.map((r) => [r.headers.authorization, r.headers.cookie, r.headers['x-api-key'], r.headers.accept])).toEqual(
      Array.from({ length: 3 }, () => [`Bearer ${token}`, cookie, apiKey, 'application/json, text/plain']),
    );
    expect(run.stderr).toContain('[debug]');
    const written = await Promise.all((await filesUnder(run.artifactsDir)).map((file) => readFile(file, 'utf8')));
    expect(written.length).toBe(3); // aggregate, samples, summary
    for (const text of [run.stdout, run.stderr, ...written]) {
      expect(text).not.toContain(token);
      expect(text).not.toContain(cookie);
      expect(text).not.toContain(apiKey);
    }
    expect(written.join('\n')).toContain('Bearer ***');
  });

  it('uses a password in the URL but shows and writes it as ***', async () => {
    const server = await serve((req, res) => json(res, req.headers.authorization === `Basic ${Buffer.from('probe:pa55-in-url').toString('base64')}` ? 200 : 401, {}));
    const url = `${server.url.replace('http://', 'http://probe:pa55-in-url@')}/health`;
    const run = await runGate({ urls: url, 'max-failures': '1' });
    expect(run.exitCode).toBe(0);
    const written = await Promise.all((await filesUnder(run.artifactsDir)).map((file) => readFile(file, 'utf8')));
    for (const text of [run.stdout, run.stderr, ...written]) expect(text).not.toContain('pa55-in-url');
    expect(written.join('\n')).toContain(`probe:***@127.0.0.1:${server.port}/health`);
  });

  it.each([
    [{ 'expect-status': 'ok' }, /Input 'expect-status': 'ok' is not a status code/],
    [{ 'bearer-token': 'abcdefgh-token', headers: 'Authorization: Basic eDp5' }, /Input 'bearer-token': is given and 'headers' also sets Authorization/],
    [{ name: '../escape' }, /Input 'name': '..\/escape' cannot name an evidence file/],
    [{ consecutive: '5', interval: '1s', 'max-interval': '1s', timeout: '2s' }, /Input 'timeout': \(2s\) is too short for 5 consecutive passes 1s apart/],
    [{ interval: '2s', 'max-interval': '1s' }, /Input 'max-interval': \(1s\) is shorter than 'interval' \(2s\)/],
    [{ headers: 'not a header' }, /Input 'headers': 'not a header…' is not a 'Name: value' header/],
  ])('refuses %j before any request with exit 2', async (inputs, message) => {
    const server = await serve((_req, res) => json(res, 200, {}));
    const run = await runGate({ urls: server.url, ...inputs });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(server.requests).toHaveLength(0);
    expect(run.stderr).not.toContain('abcdefgh-token');
  });
});

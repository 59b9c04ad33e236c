/**
 * The committed health-gate bundle, run as GitHub runs it and as the CLI runs it from a shell,
 * against a real local service that starts slowly.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runActionBundle } from './support/github-runner.ts';
import { cleanEnv, runNode } from './support/repo.ts';

function startService(healthyAfterMs: number, body = { status: 'healthy' }) {
  const started = Date.now();
  const server = http.createServer((req, res) => {
    const healthy = Date.now() - started >= healthyAfterMs;
    res.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' });
    res.end(JSON.stringify(healthy ? body : { status: 'starting' }));
  });
  return new Promise<{ url: string; close: () => Promise<void> }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/health`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

describe('dist/health-gate on a GitHub runner', () => {
  it('passes against a slow-starting service: outputs in GITHUB_OUTPUT, summary in GITHUB_STEP_SUMMARY, exit 0', async () => {
    const service = await startService(1200);
    try {
      const step = await runActionBundle('health-gate', { urls: service.url, name: 'api', 'expect-json': '{"status":"healthy"}', interval: '200ms', 'max-interval': '400ms', timeout: '30s' });
      expect(step.stderr).toBe('');
      expect(step.code).toBe(0);
      expect(step.outputs.verdict).toBe('pass');
      expect(step.outputs['evidence-path']).toMatch(/deploy\/0123456789abcdef0123456789abcdef01234567\/health-api\.json$/);
      expect(Number(step.outputs.samples)).toBeGreaterThanOrEqual(3);
      expect(step.summary).toContain(service.url);
    } finally {
      await service.close();
    }
  });

  it('fails with exit 1 when the body says unhealthy, and dry-run reports the same verdict with exit 0', async () => {
    const service = await startService(0, { status: 'unhealthy' });
    try {
      const inputs = { urls: service.url, 'expect-json': '{"status":"healthy"}', interval: '100ms', 'max-failures': '3', timeout: '20s' };
      const failed = await runActionBundle('health-gate', inputs);
      expect(failed.code).toBe(1);
      expect(failed.outputs.verdict).toBe('fail');
      expect(failed.stdout).toContain('::error::');
      const dry = await runActionBundle('health-gate', { ...inputs, 'dry-run': 'true' });
      expect(dry.code).toBe(0);
      expect(dry.outputs.verdict).toBe('fail');
    } finally {
      await service.close();
    }
  });

  it('names a bad input, what was given and what is accepted, with exit 2', async () => {
    const step = await runActionBundle('health-gate', { urls: 'http://127.0.0.1:9/health', timeout: 'soon' });
    expect(step.code).toBe(2);
    expect(step.stdout).toContain("Input 'timeout': got 'soon', expected a duration such as '500ms', '10s' or '5m'.");
  });
});

describe('deploy-kit health-gate from a shell', () => {
  it('prints outputs on stdout, logs on stderr, and writes evidence and a summary file', async () => {
    const service = await startService(800);
    const cwd = await mkdtemp(path.join(os.tmpdir(), 'dk-cli-'));
    try {
      const cli = path.resolve('dist/cli/index.js');
      const result = await runNode([cli, 'health-gate', '--urls', service.url, '--expect-json', '{"status":"healthy"}', '--sha', 'abcdef1234567', '--interval', '200ms'], { env: cleanEnv(), cwd });
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^verdict=pass$/m);
      expect(result.stdout).toMatch(/^evidence-path=\.artifacts\/deploy\/abcdef1234567\/health-health\.json$/m);
      const evidence = JSON.parse(await readFile(path.join(cwd, '.artifacts/deploy/abcdef1234567/health-health.json'), 'utf8'));
      expect(evidence.status).toBe('pass');
      expect(existsSync(path.join(cwd, '.artifacts/summary.md'))).toBe(true);
    } finally {
      await service.close();
    }
  });
});

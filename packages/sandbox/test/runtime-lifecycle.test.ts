import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import https from 'node:https';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { ConfigurationError } from '@deploy-kit/core';
import { createRevisionRuntime, resolveSampleAppPath, SmoothWeightedPicker, type SandboxRevisionRuntime } from '../src/runtime/index.ts';
import type { ImageBehaviour, ImageCatalog } from '../src/service-interfaces.ts';
import { ensureCa, ensureServerCredentials, type ServerCredentials } from '../src/tls.ts';

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src');
const SAMPLE_APP = path.join(srcDir, 'sample-app', 'sample-app.mjs');

const ref = (name: string, n: number): string => `sandbox.localhost/shop/${name}@sha256:${n.toString(16).padStart(64, '0')}`;
const IMAGES = {
  healthy: ref('api', 1),
  slowStart: ref('api', 2),
  unhealthy: ref('api', 3),
  crash: ref('api', 4),
  migrateOk: ref('migrate', 10),
  migrateFails: ref('migrate', 11),
  migrateLong: ref('migrate', 12),
} as const;
const BEHAVIOURS: Record<string, ImageBehaviour> = {
  [IMAGES.healthy]: { kind: 'healthy' },
  [IMAGES.slowStart]: { kind: 'slow-start', delayMs: 60_000 },
  [IMAGES.unhealthy]: { kind: 'unhealthy' },
  [IMAGES.crash]: { kind: 'crash', afterMs: 100 },
  [IMAGES.migrateOk]: { kind: 'job-success', durationMs: 200 },
  [IMAGES.migrateFails]: { kind: 'job-fail', durationMs: 200 },
  [IMAGES.migrateLong]: { kind: 'job-success', durationMs: 120_000 },
};
const catalog: ImageCatalog = {
  async behaviourOf(imageRef) {
    const behaviour = BEHAVIOURS[imageRef];
    if (!behaviour) throw new Error(`manifest unknown: ${imageRef}`);
    return behaviour;
  },
};

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

async function eventually<T>(what: string, probe: () => T | undefined, deadlineMs = 15_000): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function httpsStatus(fqdn: string, ca: string): Promise<number> {
  return new Promise((resolve, reject) => {
    https
      .get(`https://${fqdn}/health`, { ca, agent: false }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      })
      .on('error', reject);
  });
}

/** Reads lines from a child's stdout until `match` finds one. */
function lineFrom(child: ChildProcess, match: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      buffered += chunk;
      const found = match.exec(buffered);
      if (found) resolve(found);
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before printing ${match}; output: ${buffered}`)));
  });
}

let dir: string;
let caPem: string;
let credentials: ServerCredentials;
let runtime: SandboxRevisionRuntime;
const strays: ChildProcess[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'deploy-kit-runtime-life-'));
  const ca = await ensureCa(dir);
  caPem = ca.certPem;
  credentials = await ensureServerCredentials(ca, dir);
  runtime = await createRevisionRuntime({ credentials, catalog });
});

afterAll(async () => {
  await runtime?.close();
  for (const child of strays) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

describe('jobs', () => {
  test('a job-success image runs to completion and Succeeds with exit code 0', async () => {
    await expect(runtime.runJob('migrate', 'migrate-exec-1', IMAGES.migrateOk)).resolves.toBe('Succeeded');
    const execution = runtime.snapshot().jobs.find((j) => j.execution === 'migrate-exec-1')!;
    expect(execution).toMatchObject({ job: 'migrate', image: IMAGES.migrateOk, status: 'Succeeded', exit: { code: 0, signal: null }, detail: null });
    expect(execution.endedAt).not.toBeNull();
    expect(execution.output.join('\n')).toContain('succeeded');
    expect(isAlive(execution.pid!)).toBe(false);
  });

  test('a job-fail image Fails with exit code 1', async () => {
    await expect(runtime.runJob('migrate', 'migrate-exec-2', IMAGES.migrateFails)).resolves.toBe('Failed');
    const execution = runtime.snapshot().jobs.find((j) => j.execution === 'migrate-exec-2')!;
    expect(execution).toMatchObject({ status: 'Failed', exit: { code: 1 } });
    expect(execution.detail).toContain('exit code 1');
  });

  test('a server image run as a job Fails at its timeout; a crashing one Fails; an unknown image Fails', async () => {
    const [serving, crashing, unknown] = await Promise.all([
      runtime.runJob('migrate', 'serving', IMAGES.healthy, { timeoutMs: 500 }),
      runtime.runJob('migrate', 'crashing', IMAGES.crash),
      runtime.runJob('migrate', 'unknown', ref('migrate', 99)),
    ]);
    expect([serving, crashing, unknown]).toEqual(['Failed', 'Failed', 'Failed']);
    const jobs = runtime.snapshot().jobs;
    expect(jobs.find((j) => j.execution === 'serving')?.detail).toContain('did not finish within 500 ms');
    expect(jobs.find((j) => j.execution === 'crashing')?.exit?.code).toBe(1);
    expect(jobs.find((j) => j.execution === 'unknown')).toMatchObject({ pid: null, status: 'Failed' });
    expect(jobs.find((j) => j.execution === 'unknown')?.detail).toContain('manifest unknown');
  });

  test('a cancelled execution Fails and its process is gone', async () => {
    const running = runtime.runJob('migrate', 'cancelled', IMAGES.migrateLong);
    const pid = await eventually('the job process', () => runtime.snapshot().jobs.find((j) => j.execution === 'cancelled')?.pid ?? undefined);
    expect(runtime.snapshot().jobs.find((j) => j.execution === 'cancelled')?.status).toBe('Running');
    await expect(runtime.runJob('migrate', 'cancelled', IMAGES.migrateOk)).rejects.toThrow(/already running/);
    await runtime.cancelJob('migrate', 'cancelled');
    await expect(running).resolves.toBe('Failed');
    expect(isAlive(pid)).toBe(false);
    expect(runtime.snapshot().jobs.find((j) => j.execution === 'cancelled')?.detail).toBe('The execution was stopped.');
  });
});

describe('processes never outlive the runtime', () => {
  test('close() ends every revision and job process, closes the FQDNs and refuses new work', async () => {
    const own = await createRevisionRuntime({ credentials, catalog });
    await Promise.all([
      own.startRevision('api', 'api--healthy', IMAGES.healthy),
      own.startRevision('api', 'api--starting', IMAGES.slowStart),
      own.startRevision('api', 'api--sick', IMAGES.unhealthy),
    ]);
    await own.setTraffic('api', [{ revisionName: 'api--healthy', weight: 100 }]);
    const fqdn = await own.appFqdn('api');
    await own.waitForRevision('api', 'api--healthy', (s) => s.health === 'Healthy', 15_000);
    expect(await httpsStatus(fqdn, caPem)).toBe(200);
    const job = own.runJob('migrate', 'long', IMAGES.migrateLong);
    const jobPid = await eventually('the job process', () => own.snapshot().jobs[0]?.pid ?? undefined);
    const pids = own.snapshot().apps.flatMap((a) => a.revisions.map((r) => r.pid!));
    expect(pids).toHaveLength(3);
    for (const pid of [...pids, jobPid]) expect(isAlive(pid)).toBe(true);

    await own.close();
    for (const pid of [...pids, jobPid]) expect(isAlive(pid)).toBe(false);
    await expect(job).resolves.toBe('Failed');
    await expect(httpsStatus(fqdn, caPem)).rejects.toThrow(/ECONNREFUSED/);
    await expect(own.startRevision('api', 'api--late', IMAGES.healthy)).rejects.toThrow(/closed/);
    await own.close();
  });

  test('a process that ignores SIGTERM is killed after the grace period', async () => {
    const stubborn = path.join(dir, 'stubborn-app.mjs');
    await writeFile(
      stubborn,
      `import http from 'node:http';
process.on('SIGTERM', () => {});
const server = http.createServer((req, res) => { res.writeHead(200, {'content-type': 'application/json'}); res.end('{"status":"healthy"}'); });
server.listen(0, '127.0.0.1', () => process.send({ type: 'listening', port: server.address().port }));
`,
    );
    const own = await createRevisionRuntime({ credentials, catalog, sampleAppPath: stubborn, stopGraceMs: 300 });
    try {
      await own.startRevision('api', 'api--stubborn', IMAGES.healthy);
      await own.waitForRevision('api', 'api--stubborn', (s) => s.health === 'Healthy', 15_000);
      const pid = own.snapshot().apps[0]!.revisions[0]!.pid!;
      await own.stopRevision('api', 'api--stubborn');
      expect(isAlive(pid)).toBe(false);
      expect(own.snapshot().apps[0]!.revisions[0]!.exit).toEqual({ code: null, signal: 'SIGKILL' });
    } finally {
      await own.close();
    }
  });

  test('revision processes exit when the process that started them dies', async () => {
    const script = path.join(dir, 'parent.ts');
    await writeFile(
      script,
      `import { createRevisionRuntime } from ${JSON.stringify(pathToFileURL(path.join(srcDir, 'runtime', 'index.ts')).href)};
import { ensureCa, ensureServerCredentials } from ${JSON.stringify(pathToFileURL(path.join(srcDir, 'tls.ts')).href)};
const ca = await ensureCa(${JSON.stringify(dir)});
const runtime = await createRevisionRuntime({
  credentials: await ensureServerCredentials(ca, ${JSON.stringify(dir)}),
  catalog: { behaviourOf: async () => ({ kind: 'healthy' }) },
});
await runtime.startRevision('api', 'api--orphan', 'any');
await runtime.waitForRevision('api', 'api--orphan', (s) => s.health === 'Healthy', 15000);
console.log('child-pid ' + runtime.snapshot().apps[0].revisions[0].pid);
setInterval(() => {}, 1000);
`,
    );
    const parent = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
    strays.push(parent);
    const childPid = Number((await lineFrom(parent, /child-pid (\d+)/))[1]);
    expect(isAlive(childPid)).toBe(true);
    parent.kill('SIGKILL');
    await eventually('the orphaned revision process to exit', () => (isAlive(childPid) ? undefined : true), 10_000);
  });
});

describe('the sample app', () => {
  test('is found by default where the sandbox ships it, and a wrong explicit path is a ConfigurationError', () => {
    expect(resolveSampleAppPath()).toBe(SAMPLE_APP);
    expect(runtime.sampleAppPath).toBe(SAMPLE_APP);
    expect(() => resolveSampleAppPath(path.join(dir, 'missing.mjs'))).toThrow(ConfigurationError);
  });

  test('runs by hand with node, on the port from PORT, reporting what it runs', async () => {
    const app = spawn(process.execPath, [SAMPLE_APP], {
      env: { PORT: '0', DEPLOYKIT_SANDBOX_REVISION: 'by-hand', DEPLOYKIT_SANDBOX_IMAGE: IMAGES.healthy, DEPLOYKIT_SANDBOX_BEHAVIOUR: '{"kind":"healthy"}' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    strays.push(app);
    try {
      const port = Number((await lineFrom(app, /listening on http:\/\/127\.0\.0\.1:(\d+)/))[1]);
      const body = await new Promise<{ status: number; json: Record<string, unknown>; revision: unknown }>((resolve, reject) => {
        http
          .get(`http://127.0.0.1:${port}/`, (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (text += chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text), revision: res.headers['x-sandbox-revision'] }));
          })
          .on('error', reject);
      });
      expect(body.status).toBe(200);
      expect(body.revision).toBe('by-hand');
      expect(body.json).toMatchObject({ revision: 'by-hand', image: IMAGES.healthy, digest: `sha256:${(1).toString(16).padStart(64, '0')}`, behaviour: 'healthy' });
    } finally {
      app.kill('SIGTERM');
    }
  });
});

describe('smooth weighted round-robin', () => {
  test('spreads a split evenly and exactly, and skips zero weights', () => {
    const picker = new SmoothWeightedPicker([
      { item: 'a', weight: 50 },
      { item: 'b', weight: 30 },
      { item: 'c', weight: 20 },
      { item: 'd', weight: 0 },
    ]);
    const picks = Array.from({ length: 100 }, () => picker.next());
    expect(picks.filter((p) => p === 'a')).toHaveLength(50);
    expect(picks.filter((p) => p === 'b')).toHaveLength(30);
    expect(picks.filter((p) => p === 'c')).toHaveLength(20);
    // Evenly: every window of 10 already holds the exact split.
    expect(picks.slice(0, 10).filter((p) => p === 'c')).toHaveLength(2);
    expect(new SmoothWeightedPicker<string>([{ item: 'x', weight: 0 }]).next()).toBeUndefined();
  });
});

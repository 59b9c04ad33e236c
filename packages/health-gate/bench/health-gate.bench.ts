/**
 * How long after a service turns healthy each approach reports it: deploy-kit's health gate with
 * its default schedule, next to seed 000's loop (`curl -s URL | grep -q healthy`, then
 * `sleep 10`, ten times) run literally with fetch and a real 10 s sleep. Both run at once against
 * their own real local server, which answers 503 until it turns healthy. Returns figures; prints
 * nothing.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseInputs } from '@deploy-kit/core';
import { healthGateSpec } from '@deploy-kit/action-specs';
import { runHealthGate } from '../src/gate.ts';
import { settingsFromInputs } from '../src/options.ts';

export interface Figure {
  label: string;
  value: string;
}

const HEALTHY_AFTER_MS = 3000;
const SEED_TRIES = 10;
const SEED_SLEEP_MS = 10_000;

interface BenchServer {
  url: string;
  /** Epoch ms (same clock as the gate's) at which it started answering healthy. */
  healthyAt: number;
  requests: number;
  close(): Promise<void>;
}

const clock = () => performance.timeOrigin + performance.now();

async function serverHealthyAfter(ms: number, startedAt: number): Promise<BenchServer> {
  const state = { requests: 0 };
  const server = http.createServer((_req, res) => {
    state.requests++;
    const healthy = clock() >= startedAt + ms;
    const body = JSON.stringify({ status: healthy ? 'healthy' : 'starting' });
    res.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/health`,
    healthyAt: startedAt + ms,
    get requests() {
      return state.requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** deploy-kit with every default the action has, plus the JSON assertion the seed's grep stands for. */
async function deployKitGate(url: string): Promise<{ verdictAt: number; status: string; samples: number }> {
  const given: Record<string, string> = { urls: url, sha: '0000000', 'expect-json': '{"status":"healthy"}' };
  const inputs = parseInputs(healthGateSpec, { get: (name) => given[name] });
  const result = await runHealthGate(settingsFromInputs(inputs).gate);
  return { verdictAt: result.finishedAt, status: result.status, samples: result.samples };
}

/** Seed 000, literally: ten tries, a substring check, `sleep 10` after each miss. */
async function seedLoop(url: string): Promise<{ verdictAt: number; status: string; samples: number }> {
  for (let attempt = 1; attempt <= SEED_TRIES; attempt++) {
    const body = await fetch(url).then((res) => res.text(), () => '');
    if (body.includes('healthy')) return { verdictAt: clock(), status: 'pass', samples: attempt };
    await new Promise((resolve) => setTimeout(resolve, SEED_SLEEP_MS));
  }
  return { verdictAt: clock(), status: 'fail', samples: SEED_TRIES };
}

/** deploy-kit on a service that never comes up, with `max-failures: 3`. */
async function deployKitGivesUp(): Promise<{ seconds: number; samples: number }> {
  const server = http.createServer((_req, res) => res.writeHead(503).end('{"status":"down"}'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const given: Record<string, string> = { urls: `http://127.0.0.1:${(server.address() as AddressInfo).port}/health`, sha: '0000000', 'max-failures': '3' };
  try {
    const result = await runHealthGate(settingsFromInputs(parseInputs(healthGateSpec, { get: (name) => given[name] })).gate);
    return { seconds: (result.finishedAt - result.startedAt) / 1000, samples: result.samples };
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export async function benchHealthGate(): Promise<Figure[]> {
  const startedAt = clock();
  const [ours, theirs] = await Promise.all([serverHealthyAfter(HEALTHY_AFTER_MS, startedAt), serverHealthyAfter(HEALTHY_AFTER_MS, startedAt)]);
  try {
    const [gate, loop] = await Promise.all([deployKitGate(ours.url), seedLoop(theirs.url)]);
    const givingUp = await deployKitGivesUp();
    return [
      { label: 'service turns healthy after', value: seconds(HEALTHY_AFTER_MS) },
      { label: 'deploy-kit health-gate (defaults: interval 1s, max-interval 2s, 2 in a row)', value: `${seconds(gate.verdictAt - ours.healthyAt)} after healthy — ${gate.status}, ${gate.samples} samples` },
      { label: 'seed 000 loop (curl | grep -q healthy; sleep 10; 10 tries)', value: `${seconds(loop.verdictAt - theirs.healthyAt)} after healthy — ${loop.status}, ${loop.samples} requests` },
      { label: 'deploy-kit on a service that never comes up (max-failures 3)', value: `fails after ${givingUp.seconds.toFixed(2)} s, ${givingUp.samples} samples` },
      { label: 'seed 000 loop on a service that never comes up', value: `fails after ~${(SEED_TRIES * SEED_SLEEP_MS) / 1000} s (10 × sleep 10; computed, not run)` },
    ];
  } finally {
    await Promise.all([ours.close(), theirs.close()]);
  }
}

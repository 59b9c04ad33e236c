import type { Clock, ProbeRequest, ProbeResult } from '@deploy-kit/health-gate';
import { runHealthGate } from '@deploy-kit/health-gate';
import { gateOptions } from './support/gate-options.ts';

/** Virtual time: sleeping moves the clock, so the schedule can be read exactly. */
function virtualClock(start = 1_700_000_000_000) {
  let time = start;
  const sleeps: number[] = [];
  const clock: Clock = {
    now: () => time,
    sleep: async (ms, signal) => {
      if (signal?.aborted) return false;
      sleeps.push(ms);
      time += ms;
      return true;
    },
  };
  return { clock, sleeps, advance: (ms: number) => (time += ms) };
}

/** Answers from a script, one entry per request; each request takes `latencyMs` of virtual time. */
function scriptedProbe(script: Array<number | 'refused'>, advance: (ms: number) => void, latencyMs = 5) {
  const requests: ProbeRequest[] = [];
  const probe = async (request: ProbeRequest): Promise<ProbeResult> => {
    requests.push(request);
    advance(latencyMs);
    const next = script[Math.min(requests.length - 1, script.length - 1)]!;
    if (next === 'refused') return { kind: 'error', code: 'ECONNREFUSED', message: 'connection refused', latencyMs, redirects: [] };
    return { kind: 'answer', status: next, body: '{}', latencyMs, redirects: [] };
  };
  return { probe, requests };
}

describe('the sampling schedule', () => {
  it('backs off after failures in a row up to max-interval, and returns to the interval after a pass', async () => {
    const { clock, sleeps, advance } = virtualClock();
    const { probe } = scriptedProbe(['refused', 'refused', 'refused', 'refused', 'refused', 200, 503, 200, 200], advance);
    const result = await runHealthGate(gateOptions(['http://svc.test/health'], { intervalMs: 1000, maxIntervalMs: 5000, timeoutMs: 60_000 }), { clock, probe });
    expect(result.status).toBe('pass');
    expect(sleeps).toEqual([1000, 2000, 4000, 5000, 5000, 1000, 1000, 1000]);
  });

  it('clips each request timeout to the time left before the deadline', async () => {
    const { clock, advance } = virtualClock();
    const { probe, requests } = scriptedProbe([503], advance, 0);
    const result = await runHealthGate(gateOptions(['http://svc.test/health'], { consecutive: 1, intervalMs: 1000, maxIntervalMs: 1000, timeoutMs: 3500, requestTimeoutMs: 2000 }), { clock, probe });
    expect(result.status).toBe('fail');
    expect(requests.map((r) => r.timeoutMs)).toEqual([2000, 2000, 1500, 500]);
    expect(result.reason).toMatch(/deadline 3.5s cannot be met: 1 more passing sample needs at least 1s, 500ms left/);
  });

  it('records when each sample started, relative to the gate', async () => {
    const { clock, advance } = virtualClock();
    const { probe } = scriptedProbe([503, 200, 200], advance, 10);
    const result = await runHealthGate(gateOptions(['http://svc.test/health'], { intervalMs: 100, maxIntervalMs: 100 }), { clock, probe });
    expect(result.urls[0]!.samples.map((s) => s.elapsedMs)).toEqual([0, 110, 220]);
    expect(result.urls[0]!.samples[0]!.at).toBe(new Date(1_700_000_000_000).toISOString());
    expect(result.finishedAt - result.startedAt).toBe(230);
  });
});

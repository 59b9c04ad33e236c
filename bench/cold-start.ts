/**
 * Cold start of each bundle: process start to exit on a trivial run (no inputs → the input
 * check fails fast, so this is module load + runtime detection + input parsing), next to
 * `node -e 0`. Median of several runs, so one slow spawn does not dominate.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface Figure {
  label: string;
  value: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeRun(args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    spawnSync(process.execPath, args, { stdio: 'ignore', env: { PATH: process.env.PATH, HOME: process.env.HOME } });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(times);
}

export function benchColdStart(repoRoot: string, runs = 9): Figure[] {
  const figures: Figure[] = [{ label: 'node -e 0', value: `${timeRun(['-e', '0'], runs).toFixed(1)} ms` }];
  const dist = path.join(repoRoot, 'dist');
  for (const name of readdirSync(dist).sort()) {
    const entry = path.join(dist, name, 'index.js');
    if (!existsSync(entry)) continue;
    const args = name === 'cli' ? [entry, '--version'] : [entry];
    figures.push({ label: `dist/${name}/index.js (${name === 'cli' ? '--version' : 'no inputs'})`, value: `${timeRun(args, runs).toFixed(1)} ms` });
  }
  return figures;
}

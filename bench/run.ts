/**
 * `npm run bench`: prints measured figures; asserts nothing. Each section is a module that
 * returns its figures, so the same numbers can be quoted in closing notes and the README.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchColdStart, type Figure } from './cold-start.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function print(title: string, figures: Figure[]): void {
  console.log(`\n${title}`);
  const width = Math.max(...figures.map((f) => f.label.length));
  for (const figure of figures) console.log(`  ${figure.label.padEnd(width)}  ${figure.value}`);
}

const only = process.argv[2];
const sections: Array<[string, string, () => Promise<Figure[]>]> = [
  ['cold-start', `Cold start on Node ${process.versions.node} (median of 9)`, async () => benchColdStart(repoRoot)],
  ['health-gate', 'health-gate: seconds from the server turning healthy to the verdict', async () => (await import('../packages/health-gate/bench/health-gate.bench.ts')).benchHealthGate()],
  ['deploy-digest', 'deploy-digest: 1/5/22 apps with 200 ms injected ARM latency, bounded concurrency vs one after another', async () => (await import('../packages/deploy-digest/bench/deploy.bench.ts')).benchDeploy()],
];

for (const [name, title, run] of sections) {
  if (only && only !== name) continue;
  print(title, await run());
}

/** The README's main-job command, run from the committed CLI bundle. */
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cleanEnv, repoRoot, runNode } from './support/repo.ts';

it('deploy-kit demo ends in a readable YES with its artifacts on disk', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dk-demo-'));
  const result = await runNode([path.join(repoRoot, 'dist/cli/index.js'), 'demo', '--artifacts-dir', dir], { env: cleanEnv(), cwd: dir, timeoutMs: 240_000 });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const decisionPath = /Release decision: YES\s+\((.+decision\.json)\)/.exec(result.stdout)?.[1];
  expect(decisionPath).toBeDefined();
  const decision = JSON.parse(await readFile(decisionPath!, 'utf8'));
  expect(decision.decision).toBe('YES');
}, 240_000);

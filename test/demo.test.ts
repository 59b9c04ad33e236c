/** The README's main-job command, run from the committed CLI bundle. */
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cleanEnv, repoRoot, runNode } from './support/repo.ts';

it('deploy-kit demo: a good candidate ends YES, a bad one is rolled back and ends NO', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dk-demo-'));
  const result = await runNode([path.join(repoRoot, 'dist/cli/index.js'), 'demo', '--artifacts-dir', dir], { env: cleanEnv(), cwd: dir, timeoutMs: 240_000 });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const decisionPath = /Release decision: YES\s+\((.+decision\.json)\)/.exec(result.stdout)?.[1];
  expect(decisionPath).toBeDefined();
  const decision = JSON.parse(await readFile(decisionPath!, 'utf8'));
  expect(decision.decision).toBe('YES');
  const noPath = /Release decision: NO\s+\((.+decision\.json)\)/.exec(result.stdout)?.[1];
  const no = JSON.parse(await readFile(noPath!, 'utf8'));
  expect(no.decision).toBe('NO');
  expect(no.reasons.join('\n')).toMatch(/rolled[- ]back/);
}, 240_000);

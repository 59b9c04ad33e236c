/** The whole repository type-checks under strict settings: sources, tests, scripts and benches. */
import path from 'node:path';
import { repoRoot, runNode } from './support/repo.ts';

it('tsc -p tsconfig.check.json reports no errors', async () => {
  const result = await runNode([path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.check.json'], { env: { PATH: process.env.PATH }, timeoutMs: 240_000 });
  expect(result.stdout + result.stderr).toBe('');
  expect(result.code).toBe(0);
}, 240_000);

/**
 * dist/ is generated and committed. This rebuilds everything into a temporary directory and
 * compares byte for byte: a stale bundle, schema or action.yml fails here, and because the
 * committed files came from an earlier build, equality also proves the build reproducible.
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, runNode } from './support/repo.ts';

async function listFiles(root: string, dir = ''): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(root, relative)));
    else files.push(relative);
  }
  return files.sort();
}

describe('generated files', () => {
  let out: string;

  beforeAll(async () => {
    out = await mkdtemp(path.join(os.tmpdir(), 'dk-build-'));
    const build = await runNode(['scripts/build.ts', '--out', out], { timeoutMs: 300_000, env: { PATH: process.env.PATH } });
    if (build.code !== 0) throw new Error(`build failed:\n${build.stderr}`);
  }, 300_000);

  it.each(['dist', 'schemas', 'actions'])('%s/ matches a fresh build (run `npm run build` and commit if this fails)', async (dir) => {
    const fresh = await listFiles(path.join(out, dir));
    const committed = (await listFiles(path.join(repoRoot, dir))).filter((file) => dir !== 'actions' || file.endsWith('action.yml'));
    expect(committed).toEqual(fresh);
    const stale: string[] = [];
    for (const file of fresh) {
      const [a, b] = await Promise.all([readFile(path.join(out, dir, file)), readFile(path.join(repoRoot, dir, file))]);
      if (!a.equals(b)) stale.push(`${dir}/${file}`);
    }
    expect(stale).toEqual([]);
  });

  it.each(['README.md', 'action.yml'])('%s matches the specs', async (file) => {
    const [fresh, committed] = await Promise.all([readFile(path.join(out, file), 'utf8'), readFile(path.join(repoRoot, file), 'utf8')]);
    expect(committed).toBe(fresh);
  });
});

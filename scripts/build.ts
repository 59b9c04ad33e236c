/**
 * The one build command: `npm run build`.
 *   - schemas/<kind>.v<N>.schema.json from the contracts in packages/contracts
 *   - actions/<name>/action.yml from the specs in packages/action-specs
 *   - dist/<action>/index.js for every actions/<name>/main.ts, and dist/cli/index.js (ncc)
 * `--out DIR` writes everything under DIR instead of the repository (the drift test uses it).
 * Output is byte-for-byte reproducible: no timestamps, no absolute paths, no cache.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedFiles } from './generated-files.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface BundleEntry {
  name: string;
  entry: string;
  shebang: boolean;
}

async function bundleEntries(): Promise<BundleEntry[]> {
  const entries: BundleEntry[] = [];
  for (const name of (await readdir(path.join(repoRoot, 'actions'))).sort()) {
    const entry = path.join(repoRoot, 'actions', name, 'main.ts');
    if (existsSync(entry)) entries.push({ name, entry, shebang: false });
  }
  const root = path.join(repoRoot, 'packages', 'pipeline', 'src', 'main.ts');
  if (existsSync(root)) entries.push({ name: 'deploy-kit', entry: root, shebang: false });
  entries.push({ name: 'cli', entry: path.join(repoRoot, 'packages', 'cli', 'src', 'bin.ts'), shebang: true });
  return entries;
}

async function bundle(entry: BundleEntry, distDir: string): Promise<number> {
  const { default: ncc } = await import('@vercel/ncc');
  const { code, assets } = await ncc(entry.entry, {
    cache: false,
    minify: true,
    sourceMap: false,
    quiet: true,
    target: 'es2023',
    license: 'licenses.txt',
  });
  const outDir = path.join(distDir, entry.name);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  // `node --`: Node consumes `--env-file` even after the script name (the sandbox command takes one).
  const body = entry.shebang && !code.startsWith('#!') ? `#!/usr/bin/env -S node --\n${code}` : code;
  await writeFile(path.join(outDir, 'index.js'), body, { mode: entry.shebang ? 0o755 : 0o644 });
  for (const [asset, { source }] of Object.entries(assets)) {
    const file = path.join(outDir, asset);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, source);
  }
  return body.length;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const outRoot = outIndex >= 0 ? path.resolve(args[outIndex + 1]!) : repoRoot;
  const only = args.includes('--metadata-only');

  const generated = await generatedFiles();
  for (const file of generated) {
    const target = path.join(outRoot, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
  if (only) return;

  const distDir = path.join(outRoot, 'dist');
  const entries = await bundleEntries();
  // Two at a time: ncc is mostly single-threaded and the machines we build on have two cores.
  const queue = [...entries];
  const failures: string[] = [];
  await Promise.all(
    [0, 1].map(async () => {
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        const started = performance.now();
        try {
          const size = await bundle(entry, distDir);
          console.log(`dist/${entry.name}/index.js  ${(size / 1024).toFixed(0)} KiB  ${Math.round(performance.now() - started)} ms`);
        } catch (error) {
          // ncc's own stack is minified webpack; the message is what helps.
          failures.push(`${path.relative(repoRoot, entry.entry)}: ${String((error as Error).message ?? error).slice(0, 4000)}`);
        }
      }
    }),
  );
  if (failures.length > 0) {
    console.error(`Build failed:\n${failures.join('\n\n')}`);
    process.exit(1);
  }
  // A bundle directory whose entry is gone would otherwise linger in dist/.
  const expected = new Set([...entries.map((e) => e.name), ...generated.filter((f) => f.path.startsWith('dist/')).map((f) => f.path.split('/')[1]!)]);
  for (const name of await readdir(distDir)) if (!expected.has(name)) await rm(path.join(distDir, name), { recursive: true, force: true });
}

await main();

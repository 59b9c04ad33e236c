/**
 * Writes only the orb's generated files (orb/src/commands/*.yml and dist/orb.yml), for when the
 * orb source changed and a full `npm run build` (bundles included) is not needed:
 *   node packages/orb/src/write-orb-files.ts
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOrb } from './generated-orb-files.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const { files, stale } = buildOrb(repoRoot);
for (const file of files) {
  await mkdir(path.dirname(path.join(repoRoot, file.path)), { recursive: true });
  await writeFile(path.join(repoRoot, file.path), file.content);
  console.log(`wrote ${file.path}`);
}
for (const file of stale) {
  await rm(path.join(repoRoot, file));
  console.log(`removed ${file} (no spec generates it any more)`);
}

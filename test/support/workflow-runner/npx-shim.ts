import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../repo.ts';

function packageVersion(): Promise<string> {
  return readFile(path.join(repoRoot, 'package.json'), 'utf8').then((text) => (JSON.parse(text) as { version: string }).version);
}

/**
 * The runner machine has no npm registry: `npx [-y|--yes] deploy-kit@<this version> …` runs the
 * committed dist/cli, as the published package would; any other npx call fails loudly.
 */
export async function writeNpxShim(dir: string): Promise<void> {
  const version = await packageVersion();
  const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');
  await mkdir(dir, { recursive: true });
  const script = `#!/usr/bin/env bash
args=("$@")
while [ "\${1:-}" = "-y" ] || [ "\${1:-}" = "--yes" ]; do shift; done
if [ "\${1:-}" = "deploy-kit@${version}" ]; then
  shift
  exec ${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} "$@"
fi
echo "local runner: 'npx \${args[*]}' needs the npm registry; only deploy-kit@${version} (the committed dist/cli) is served here" >&2
exit 127
`;
  await writeFile(path.join(dir, 'npx'), script);
  await chmod(path.join(dir, 'npx'), 0o755);
}

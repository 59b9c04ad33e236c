import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readOrbSource, readPackedOrb } from '../../src/index.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
export const orbSrc = path.join(repoRoot, 'orb', 'src');
export const schemaPath = path.join(repoRoot, 'orb', 'schema', 'circleci-config.schema.json');

export function committedOrb(): Record<string, unknown> {
  return readPackedOrb(path.join(repoRoot, 'dist', 'orb.yml'));
}

export function committedSource(): Map<string, string> {
  return readOrbSource(orbSrc);
}

export interface ToolResult {
  code: number;
  output: string;
}

/** Runs a linter the way CI does and returns its exit code and combined output. */
export function runTool(command: string, args: string[]): Promise<ToolResult> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: repoRoot, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 127) : 0;
      resolve({ code, output: `${stdout}${stderr}${error && typeof error.code !== 'number' ? error.message : ''}` });
    });
  });
}

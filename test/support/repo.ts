import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a script with this Node (24) as a separate process, the way a CI runner would. */
export function runNode(args: string[], options: { env?: Record<string, string | undefined>; cwd?: string; timeoutMs?: number } = {}): Promise<ProcessResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      { cwd: options.cwd ?? repoRoot, env: options.env as NodeJS.ProcessEnv, timeout: options.timeoutMs ?? 120_000, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** A minimal environment: no inherited GITHUB_* or CIRCLE* variables leak into a test run. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const base: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp' };
  if (process.env.NODE_EXTRA_CA_CERTS) base.NODE_EXTRA_CA_CERTS = process.env.NODE_EXTRA_CA_CERTS;
  return { ...base, ...extra };
}

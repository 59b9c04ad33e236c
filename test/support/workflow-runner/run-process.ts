import { execFile } from 'node:child_process';
import type { ProcessResult } from '../repo.ts';

/** Runs a step's process (bash or node); a step that outlives its timeout is stopped and says so. */
export function runProcess(command: string, args: string[], env: Record<string, string>, cwd: string, timeoutMs: number): Promise<ProcessResult> {
  return new Promise((resolve) => {
    execFile(command, args, { env, cwd, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr: error && error.killed ? `${stderr}\nlocal runner: the step was stopped after ${timeoutMs} ms\n` : stderr });
    });
  });
}

/**
 * Runs a committed action bundle the way the GitHub runner does: `node <main>` with INPUT_*
 * variables and the file commands (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STEP_SUMMARY).
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cleanEnv, repoRoot, runNode, type ProcessResult } from './repo.ts';

export interface StepResult extends ProcessResult {
  /** The step's working directory (GITHUB_WORKSPACE); relative artifact paths are under it. */
  cwd: string;
  outputs: Record<string, string>;
  exportedEnv: Record<string, string>;
  summary: string;
}

/** Parses GitHub's file-command format: `name=value` lines and `name<<DELIM … DELIM` blocks. */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i]!);
      values[name!] = body.join('\n');
    } else if (line.includes('=')) {
      values[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return values;
}

export async function runActionBundle(action: string, inputs: Record<string, string>, extraEnv: Record<string, string> = {}): Promise<StepResult> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dk-step-'));
  const files = { output: path.join(dir, 'output'), env: path.join(dir, 'env'), summary: path.join(dir, 'summary') };
  await Promise.all(Object.values(files).map((file) => writeFile(file, '')));
  const env: Record<string, string> = cleanEnv({
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    ...extraEnv,
  });
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const main = action === '.' ? path.join(repoRoot, 'dist', 'deploy-kit', 'index.js') : path.join(repoRoot, 'dist', action, 'index.js');
  const result = await runNode([main], { env, cwd: dir });
  return {
    ...result,
    cwd: dir,
    outputs: parseFileCommands(await readFile(files.output, 'utf8')),
    exportedEnv: parseFileCommands(await readFile(files.env, 'utf8')),
    summary: await readFile(files.summary, 'utf8'),
  };
}

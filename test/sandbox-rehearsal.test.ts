/**
 * The README's shell rehearsal, run as written: `deploy-kit sandbox --env-file` through the CLI
 * bundle's shebang (Node itself would swallow `--env-file` without the `node --` in it), then
 * login, freeze, deploy and decision from a plain shell.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { repoRoot } from './support/repo.ts';

it('docs/sandbox-rehearsal.sh deploys from a shell and ends YES', async () => {
  const cwd = await mkdtemp(path.join(os.tmpdir(), 'dk-rehearsal-'));
  const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      'bash',
      [path.join(repoRoot, 'docs', 'sandbox-rehearsal.sh')],
      {
        cwd,
        timeout: 180_000,
        env: {
          PATH: `${path.dirname(process.execPath)}:${process.env.PATH ?? '/usr/bin:/bin'}`,
          HOME: process.env.HOME ?? cwd,
          DEPLOY_KIT: path.join(repoRoot, 'dist', 'cli', 'index.js'),
          SHA: '4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d',
        },
      },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
  expect(result.stderr).not.toMatch(/^error:/m);
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/^subject=org\//m);
  expect(result.stdout).toMatch(/^refs=\{"api":"localhost:\d+\/shop\/api@sha256:[0-9a-f]{64}"\}$/m);
  expect(result.stdout).toMatch(/^revisions=\{"api":"api--rev-4d4d4d4"\}$/m);
  expect(result.stdout).toMatch(/^decision=YES$/m);
}, 200_000);

import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createSandboxCommand, parseSandboxArgs, sandboxCommand } from '../src/cli.ts';
import { SANDBOX_ENV_KEYS, type Sandbox } from '../src/sandbox.ts';
import { SANDBOX_IDS } from '../src/sandbox-defaults.ts';

const run = promisify(execFile);
const exchangeScript = fileURLToPath(new URL('./sandbox-exchange-from-env.mjs', import.meta.url));
const cliModule = new URL('../src/cli.ts', import.meta.url).href;

function capture() {
  const chunks: string[] = [];
  return { write: (chunk: string) => chunks.push(chunk), text: () => chunks.join('') };
}

let workDir: string;

beforeEach(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'deploy-kit-sandbox-cli-'));
});

afterEach(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('deploy-kit sandbox', () => {
  it('is shaped as a CLI tool command', () => {
    expect(sandboxCommand).toMatchObject({ kind: 'tool', name: 'sandbox', summary: expect.any(String), run: expect.any(Function) });
  });

  it('prints export lines, writes the env file, serves until stopped, and the env is all a fresh process needs', async () => {
    const stdout = capture();
    const stderr = capture();
    let seen: { url: string; envFile: string; exchange: string } | undefined;
    const command = createSandboxCommand({
      cwd: workDir,
      onReady: async (sandbox: Sandbox) => {
        const envFile = await readFile(path.join(workDir, 'sandbox.env'), 'utf8');
        const fileEnv = Object.fromEntries(envFile.trimEnd().split('\n').map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
        const { stdout: exchange } = await run(process.execPath, [exchangeScript], { env: { PATH: process.env.PATH ?? '', ...fileEnv }, timeout: 30_000 });
        seen = { url: sandbox.url, envFile, exchange };
      },
      untilStopped: async () => undefined,
    });
    const code = await command.run(['--dir', 'state', '--env-file', 'sandbox.env'], { env: {}, stdout, stderr });

    expect(code).toBe(0);
    expect(seen).toBeDefined();
    const exports = stdout.text().trimEnd().split('\n');
    expect(exports.map((line) => line.replace(/^export (\w+)=.*$/, '$1'))).toEqual([...SANDBOX_ENV_KEYS]);
    expect(stdout.text()).toContain(`export AZURE_AUTHORITY_HOST=${seen!.url}\n`);
    expect(seen!.envFile.trimEnd().split('\n').map((line) => line.split('=')[0])).toEqual([...SANDBOX_ENV_KEYS]);
    expect(seen!.envFile).toContain(`NODE_EXTRA_CA_CERTS=${path.join(workDir, 'state', 'ca.pem')}\n`);
    expect((await stat(path.join(workDir, 'sandbox.env'))).mode & 0o777).toBe(0o600);
    expect(JSON.parse(seen!.exchange)).toEqual({
      githubSubject: 'repo:acme/shop:environment:production',
      githubOid: SANDBOX_IDS.deployer.servicePrincipalObjectId,
      circleCiOid: SANDBOX_IDS.deployer.servicePrincipalObjectId,
    });
    expect(stderr.text()).toContain(`deploy-kit sandbox listening on ${seen!.url}`);
    expect(stderr.text()).toMatch(/entra: token request from client 75f2b5a5-1738-41da-8e84-61c26ab3bf40 → issued for .* via federated credential 'github-production'/);
    expect(stderr.text()).toContain('deploy-kit sandbox stopped.');
    // The CLI tells people what happened at the token endpoint, never a token.
    for (const line of seen!.envFile.trimEnd().split('\n').filter((l) => /TOKEN/.test(l))) expect(stderr.text()).not.toContain(line.slice(line.indexOf('=') + 1));
    // Stopped means stopped.
    await expect(fetch(`${seen!.url}/_sandbox/state`)).rejects.toThrow();
  });

  it('reuses its directory, so the CA a shell already trusts stays valid', async () => {
    const firstCa = capture();
    const quiet = capture();
    const once = createSandboxCommand({ cwd: workDir, untilStopped: async () => undefined });
    expect(await once.run(['--dir', 'state'], { env: {}, stdout: firstCa, stderr: quiet })).toBe(0);
    const secondCa = capture();
    expect(await once.run(['--dir', 'state'], { env: {}, stdout: secondCa, stderr: quiet })).toBe(0);
    const caLine = (text: string) => text.split('\n').find((l) => l.startsWith('export NODE_EXTRA_CA_CERTS='));
    expect(caLine(secondCa.text())).toBe(caLine(firstCa.text()));
    const pem = await readFile(path.join(workDir, 'state', 'ca.pem'), 'utf8');
    expect(pem).toContain('BEGIN CERTIFICATE');
  });

  it('runs in the foreground until SIGINT, then stops cleanly', async () => {
    const script = `import { sandboxCommand } from ${JSON.stringify(cliModule)};\nprocess.exitCode = await sandboxCommand.run(process.argv.slice(1), { env: process.env, stdout: process.stdout, stderr: process.stderr });`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script, '--', '--dir', path.join(workDir, 'state')], { cwd: workDir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      await new Promise<void>((resolve, reject) => {
        const deadline = setTimeout(() => reject(new Error(`the sandbox did not print its environment in time:\n${stderr}`)), 30_000);
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          if (stdout.includes('export DEPLOYKIT_REGISTRY=')) {
            clearTimeout(deadline);
            resolve();
          }
        });
        child.once('exit', () => {
          clearTimeout(deadline);
          reject(new Error(`the sandbox exited early:\n${stderr}`));
        });
      });
      const url = /^export AZURE_AUTHORITY_HOST=(.+)$/m.exec(stdout)![1]!;
      expect(url).toMatch(/^https:\/\/localhost:\d+$/);
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(stderr).toContain('deploy-kit sandbox stopped.');
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });

  it('prints help', async () => {
    const stdout = capture();
    expect(await sandboxCommand.run(['--help'], { env: {}, stdout, stderr: capture() })).toBe(0);
    expect(stdout.text()).toContain('--env-file FILE');
  });

  it('refuses unknown flags and bad values with exit status 2 and what to do', async () => {
    const stderr = capture();
    expect(await sandboxCommand.run(['--prot', '8443'], { env: {}, stdout: capture(), stderr })).toBe(2);
    expect(stderr.text()).toContain("'--prot' is not a flag of sandbox.");
    expect(stderr.text()).toContain('→');
    expect(() => parseSandboxArgs(['--port', 'eighty'])).toThrow(/not a port number/);
    expect(() => parseSandboxArgs(['--token-lifetime', '10'])).toThrow(/not a duration/);
    expect(parseSandboxArgs(['--port=0', '--token-lifetime', '2m', '--dir', 'x'])).toEqual({ help: false, port: 0, tokenLifetimeSeconds: 120, dir: 'x' });
  });
});

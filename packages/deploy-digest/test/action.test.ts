import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ExitCode, runAction, ShellRuntime, type Env } from '@deploy-kit/core';
import { createDeployDigestAction, createRollbackCommand } from '@deploy-kit/deploy-digest';
import { FAST, getJson, SHA_1, startHarness, type Harness } from './support/sandbox-deploy.ts';

/**
 * The action and `deploy-kit rollback` as a pipeline runs them: inputs as strings, the Azure
 * session oidc-login leaves behind (here: the sandbox's variables and an OIDC token), outputs on
 * stdout, the summary in a file — and no token anywhere in what they print.
 */
let h: Harness;
let env: Env;
let oidcToken: string;
const options = { pollIntervalMs: FAST.pollIntervalMs, retryDelayMs: FAST.retryDelayMs, healthIntervalMs: FAST.healthIntervalMs };

beforeAll(async () => {
  h = await startHarness();
  oidcToken = h.sandbox.mintGitHubToken({ audience: 'api://AzureADTokenExchange' });
  env = {
    ...h.sandbox.env(),
    DEPLOYKIT_OIDC_TOKEN: oidcToken,
    DEPLOYKIT_DEBUG: '1',
    DEPLOYKIT_SUMMARY_FILE: path.join(h.artifactsDir, 'summary.md'),
  };
});
afterAll(async () => {
  await h?.close();
});

function capture(): { out: string[]; err: string[]; stdout: { write(chunk: string): boolean }; stderr: { write(chunk: string): boolean } } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: { write: (chunk) => out.push(chunk) > 0 }, stderr: { write: (chunk) => err.push(chunk) > 0 } };
}

function outputs(lines: string[]): Record<string, string> {
  return Object.fromEntries(lines.join('').trim().split('\n').map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
}

describe('deploy-digest as an action', () => {
  it('deploys from string inputs with the login session, sets its outputs and writes the summary', async () => {
    const api = h.image('api', 'a-2', 'healthy');
    const web = h.image('web', 'a-2', 'healthy');
    await h.freeze(SHA_1, { api, web });
    const io = capture();
    const inputs: Record<string, string> = {
      sha: SHA_1,
      'resource-group': env.DEPLOYKIT_RESOURCE_GROUP!,
      apps: 'api=api\nweb=web',
      'health-timeout': '20s',
      'artifacts-dir': h.artifactsDir,
    };
    const runtime = new ShellRuntime('cli', { env, inputs: { get: (name) => inputs[name] }, stdout: io.stdout, stderr: io.stderr, command: 'deploy-digest' });

    const code = await runAction(createDeployDigestAction(options), runtime);

    expect({ code, err: code === 0 ? '' : io.err.join('') }).toEqual({ code: ExitCode.Success, err: '' });
    const out = outputs(io.out);
    expect(JSON.parse(out.revisions!)).toEqual({ api: 'api--rev-1a2b3c4', web: 'web--rev-1a2b3c4' });
    const fqdns = JSON.parse(out.fqdns!) as Record<string, string>;
    expect((await getJson(`https://${fqdns.api}/`)).body).toMatchObject({ revision: 'api--rev-1a2b3c4', image: api });
    expect(out['record-path']).toBe(path.join(h.artifactsDir, 'production', SHA_1, 'deployment-record.json'));
    const summary = await readFile(env.DEPLOYKIT_SUMMARY_FILE!, 'utf8');
    expect(summary).toContain('### Deploy digest: succeeded (1a2b3c4, traffic `all`)');
    expect(summary).toMatch(/\| web \| web--\S+ → web--rev-1a2b3c4 \|/);
    // Debug is on, and every ARM request was logged — but never a token.
    const printed = io.out.join('') + io.err.join('');
    expect(printed).toContain('[debug] ARM PATCH');
    expect(printed).not.toContain(oidcToken);
    expect(printed).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/);
  });

  it('rolls back from the record through `deploy-kit rollback --sha`', async () => {
    const record = JSON.parse(await readFile(path.join(h.artifactsDir, 'production', SHA_1, 'deployment-record.json'), 'utf8'));
    const previous = Object.fromEntries(record.apps.map((app: any) => [app.app, app.previous.images[app.app]]));
    const io = capture();

    const code = await createRollbackCommand(options).run(['--sha', SHA_1, '--resource-group', env.DEPLOYKIT_RESOURCE_GROUP!, '--artifacts-dir', h.artifactsDir], { env, stdout: io.stdout, stderr: io.stderr });

    expect({ code, err: code === 0 ? '' : io.err.join('') }).toEqual({ code: ExitCode.Success, err: '' });
    const out = outputs(io.out);
    expect(JSON.parse(out.revisions!)).toEqual({ api: 'api--rev-1a2b3c4-rb', web: 'web--rev-1a2b3c4-rb' });
    for (const app of ['api', 'web']) {
      const fqdn = JSON.parse(out.fqdns!)[app];
      expect((await getJson(`https://${fqdn}/`)).body).toMatchObject({ revision: `${app}--rev-1a2b3c4-rb`, image: previous[app] });
    }
    expect(io.err.join('')).toContain('Rolled back api (image), web (image) to what 1a2b3c4 replaced.');
    expect(io.out.join('') + io.err.join('')).not.toContain(oidcToken);
  });

  it('prints its usage for --help and refuses unknown flags', async () => {
    const help = capture();
    expect(await createRollbackCommand(options).run(['--help'], { env, stdout: help.stdout, stderr: help.stderr })).toBe(ExitCode.Success);
    expect(help.out.join('')).toContain('Usage: deploy-kit rollback --sha <sha> --resource-group <rg>');
    expect(help.out.join('')).toContain('--force');
    const wrong = capture();
    expect(await createRollbackCommand(options).run(['--traffic', 'all'], { env, stdout: wrong.stdout, stderr: wrong.stderr })).toBe(ExitCode.UsageError);
    expect(wrong.err.join('')).toContain("unknown argument '--traffic'");
  });
});

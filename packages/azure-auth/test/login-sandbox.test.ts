/**
 * oidc-login against the sandbox: the real ClientAssertionCredential exchanging GitHub- and
 * CircleCI-shaped tokens with a verifying Entra, and one ARM read.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Sandbox } from '@deploy-kit/sandbox';
import { runAction, ShellRuntime, type Env } from '@deploy-kit/core';
import { azureLogin, azureSessionFromEnvironment, armScope, decodeClaims, oidcLoginAction, AzureLoginError } from '@deploy-kit/azure-auth';
import { TEST_SANDBOX_CA_DIR } from '../../../test/setup/sandbox-ca.ts';

function sink() {
  const chunks: string[] = [];
  return { write: (chunk: string) => chunks.push(chunk), text: () => chunks.join('') };
}

function shell(kind: 'cli' | 'circleci', env: Env, inputs: Record<string, string> = {}) {
  const stdout = sink();
  const stderr = sink();
  const runtime = new ShellRuntime(kind, { env, inputs: { get: (name) => inputs[name] }, stdout, stderr, command: 'oidc-login' });
  return { runtime, stdout, stderr, text: () => stdout.text() + stderr.text() };
}

describe('oidc-login on the sandbox', () => {
  let sandbox: Sandbox;
  let dir: string;
  beforeAll(async () => {
    sandbox = await Sandbox.start({ caDir: TEST_SANDBOX_CA_DIR });
    dir = await mkdtemp(path.join(os.tmpdir(), 'dk-login-'));
  });
  afterAll(async () => sandbox.stop());
  afterEach(async () => {
    sandbox.faults.clear();
    await sandbox.reset();
  });

  const base = () => {
    const env = sandbox.env();
    return { AZURE_AUTHORITY_HOST: env.AZURE_AUTHORITY_HOST, DEPLOYKIT_ARM_ENDPOINT: env.DEPLOYKIT_ARM_ENDPOINT, AZURE_CLIENT_ID: env.AZURE_CLIENT_ID, AZURE_TENANT_ID: env.AZURE_TENANT_ID, AZURE_SUBSCRIPTION_ID: env.AZURE_SUBSCRIPTION_ID };
  };

  it('logs in from CircleCI with CIRCLE_OIDC_TOKEN_V2, exports the session, and prints no token', async () => {
    const token = sandbox.mintCircleCiToken({ version: 2 });
    const orgId = decodeClaims(token)!.aud as string;
    const bashEnv = path.join(dir, 'bash_env');
    const run = shell('circleci', { ...base(), CIRCLECI: 'true', CIRCLE_OIDC_TOKEN_V2: token, BASH_ENV: bashEnv }, { audience: orgId });
    const code = await runAction(oidcLoginAction, run.runtime);
    expect(run.stderr.text()).toContain('Logged in to Azure');
    expect(code).toBe(0);
    expect(run.stdout.text()).toMatch(/^subject=org\/.+\/project\/.+\/user\/.+\/vcs-origin\/github\.com\/acme\/shop\/vcs-ref\/refs\/heads\/main$/m);
    expect(run.stdout.text()).toMatch(/^expires-on=\d{4}-\d\d-\d\dT/m);
    const exported = (await import('node:fs')).readFileSync(bashEnv, 'utf8');
    for (const name of ['AZURE_CLIENT_ID', 'AZURE_TENANT_ID', 'AZURE_SUBSCRIPTION_ID', 'AZURE_AUTHORITY_HOST', 'AZURE_FEDERATED_TOKEN_FILE', 'DEPLOYKIT_ARM_ENDPOINT']) expect(exported).toContain(`export ${name}=`);
    expect(run.text() + exported).not.toContain(token);
  });

  it('for a CircleCI token whose audience is the org id, explains the audience and the circleci command', async () => {
    const token = sandbox.mintCircleCiToken({ version: 2 });
    // The credential as seed 000 registers it: audience api://AzureADTokenExchange, which CircleCI's own tokens never carry.
    const claims = decodeClaims(token)!;
    const app = sandbox.directory.application(sandbox.clientId)!;
    for (const credential of app.federatedCredentials.filter((c) => c.issuer === claims.iss)) sandbox.directory.removeFederatedCredential(sandbox.clientId, credential.name);
    sandbox.directory.addFederatedCredential(sandbox.clientId, { name: 'circleci-main', issuer: claims.iss!, subject: claims.sub!, audiences: ['api://AzureADTokenExchange'] });
    const run = shell('circleci', { ...base(), CIRCLECI: 'true', CIRCLE_OIDC_TOKEN_V2: token, PATH: '/nonexistent' });
    const code = await runAction(oidcLoginAction, run.runtime);
    expect(code).toBe(1);
    expect(run.text()).toMatch(/AADSTS70021|AADSTS700212|AADSTS700211/);
    expect(run.text()).toContain(`circleci run oidc get --claims '{"aud":"api://AzureADTokenExchange"}'`);
    expect(run.text()).toContain('aud: ');
    expect(run.text()).not.toContain(token);
  });

  it("mints a token for the audience with 'circleci run oidc get' where that command exists", async () => {
    // The credential expects api://AzureADTokenExchange; CircleCI's injected token carries the org id.
    const injected = sandbox.mintCircleCiToken({ version: 2 });
    const claims = decodeClaims(injected)!;
    const app = sandbox.directory.application(sandbox.clientId)!;
    for (const credential of app.federatedCredentials.filter((c) => c.issuer === claims.iss)) sandbox.directory.removeFederatedCredential(sandbox.clientId, credential.name);
    sandbox.directory.addFederatedCredential(sandbox.clientId, { name: 'circleci-main', issuer: claims.iss!, subject: claims.sub!, audiences: ['api://AzureADTokenExchange'] });
    // A stand-in for the CircleCI agent's `circleci` command, which mints with custom claims.
    const { writeFileSync, chmodSync, mkdirSync } = await import('node:fs');
    const bin = path.join(dir, 'circleci-bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(path.join(dir, 'minted.jwt'), sandbox.mintCircleCiToken({ version: 2, audience: 'api://AzureADTokenExchange' }));
    writeFileSync(path.join(bin, 'circleci'), `#!/bin/sh\n[ "$1 $2 $3 $4 $5" = 'run oidc get --claims {"aud":"api://AzureADTokenExchange"}' ] || exit 3\ncat '${path.join(dir, 'minted.jwt')}'\n`);
    chmodSync(path.join(bin, 'circleci'), 0o755);
    const run = shell('circleci', { ...base(), CIRCLECI: 'true', CIRCLE_OIDC_TOKEN_V2: injected, PATH: `${bin}:/usr/bin:/bin` });
    expect(await runAction(oidcLoginAction, run.runtime)).toBe(0);
    expect(run.stderr.text()).toContain('Logged in to Azure');
    expect(run.text()).not.toContain('circleci run oidc get');
  });

  it('AADSTS700016 says the client id is wrong', async () => {
    const run = shell('cli', { ...base(), DEPLOYKIT_OIDC_TOKEN: sandbox.mintGitHubToken({ audience: 'api://AzureADTokenExchange' }) }, { 'client-id': '00000000-1111-2222-3333-444444444444' });
    expect(await runAction(oidcLoginAction, run.runtime)).toBe(1);
    expect(run.stderr.text()).toContain("AADSTS700016: application '00000000-1111-2222-3333-444444444444' was not found");
    expect(run.stderr.text()).toContain("Check 'client-id'");
  });

  it('AADSTS70021 prints iss, sub, aud and the credential that would match — never the token', async () => {
    const token = sandbox.mintGitHubToken({ audience: 'api://AzureADTokenExchange', subject: 'repo:acme/shop:ref:refs/heads/feature/x' });
    const run = shell('cli', { ...base(), DEPLOYKIT_OIDC_TOKEN: token });
    expect(await runAction(oidcLoginAction, run.runtime)).toBe(1);
    const text = run.stderr.text();
    expect(text).toContain('AADSTS70021');
    expect(text).toContain('iss: https://token.actions.githubusercontent.com');
    expect(text).toContain('sub: repo:acme/shop:ref:refs/heads/feature/x');
    expect(text).toContain('aud: api://AzureADTokenExchange');
    expect(text).toContain('"subject":"repo:acme/shop:ref:refs/heads/feature/x"');
    expect(text).not.toContain(token);
    expect(text).not.toContain(token.split('.')[2]!);
  });

  it('AADSTS700024 (issuer clock skew) is retried, then explained', async () => {
    sandbox.faults.identity.issuerClockSkew(3600, 'github');
    const token = sandbox.mintGitHubToken({ audience: 'api://AzureADTokenExchange' });
    const run = shell('cli', { ...base(), DEPLOYKIT_OIDC_TOKEN: token });
    const config = { clientId: sandbox.clientId, tenantId: sandbox.tenantId, subscriptionId: sandbox.subscriptionId, audience: 'api://AzureADTokenExchange', authorityHost: sandbox.url, armEndpoint: sandbox.url };
    const error = await azureLogin(config, run.runtime, { retry: { attempts: 3, baseDelayMs: 1 }, tokenFile: path.join(dir, 'skew.jwt') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AzureLoginError);
    expect((error as AzureLoginError).aadsts).toBe(700024);
    expect(run.stderr.text().match(/retrying/g)).toHaveLength(2);
  });

  it('AADSTS50027 for a tampered token', async () => {
    const [header, payload, signature] = sandbox.mintGitHubToken({ audience: 'api://AzureADTokenExchange' }).split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, sub: 'repo:evil/shop:environment:production' })).toString('base64url')}.${signature}`;
    const run = shell('cli', { ...base(), DEPLOYKIT_OIDC_TOKEN: forged });
    expect(await runAction(oidcLoginAction, run.runtime)).toBe(1);
    expect(run.stderr.text()).toContain('AADSTS50027');
  });

  it('keeps a job working after its first OIDC token expired: later steps fetch a fresh assertion', async () => {
    const shortLived = await Sandbox.start({ caDir: TEST_SANDBOX_CA_DIR, tokenLifetimeSeconds: 2, accessTokenLifetimeSeconds: 120 });
    try {
      const env = shortLived.env();
      const tokenFile = path.join(dir, 'short.jwt');
      // The CLI runtime reads its token from a file; a "CI" rewrites it with a fresh token on demand.
      const { writeFileSync } = await import('node:fs');
      const ciTokenFile = path.join(dir, 'ci-token.jwt');
      const freshToken = () => writeFileSync(ciTokenFile, shortLived.mintGitHubToken({ audience: 'api://AzureADTokenExchange' }));
      freshToken();
      const login = shell('cli', { DEPLOYKIT_OIDC_TOKEN_FILE: ciTokenFile });
      const config = { clientId: env.AZURE_CLIENT_ID, tenantId: env.AZURE_TENANT_ID, subscriptionId: env.AZURE_SUBSCRIPTION_ID, audience: 'api://AzureADTokenExchange', authorityHost: env.AZURE_AUTHORITY_HOST, armEndpoint: env.DEPLOYKIT_ARM_ENDPOINT };
      const result = await azureLogin(config, login.runtime, { tokenFile });
      const firstExp = decodeClaims((await import('node:fs')).readFileSync(tokenFile, 'utf8'))!.exp!;

      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(firstExp * 1000).toBeLessThan(Date.now());
      freshToken();
      const later = shell('cli', {
        DEPLOYKIT_OIDC_TOKEN_FILE: ciTokenFile,
        AZURE_CLIENT_ID: config.clientId,
        AZURE_TENANT_ID: config.tenantId,
        AZURE_AUTHORITY_HOST: config.authorityHost,
        DEPLOYKIT_ARM_ENDPOINT: config.armEndpoint,
        AZURE_FEDERATED_TOKEN_FILE: result.tokenFile,
      });
      const session = azureSessionFromEnvironment(later.runtime);
      const token = await session.credential.getToken(armScope(session.armEndpoint));
      expect(token?.token).toBeTruthy();
      expect(session.assertionFetches()).toBeGreaterThanOrEqual(1);
      // The shared token file now holds the fresh assertion, for `az login --federated-token` too.
      const refreshed = decodeClaims((await import('node:fs')).readFileSync(result.tokenFile, 'utf8'))!;
      expect(refreshed.exp! * 1000).toBeGreaterThan(Date.now());
      const response = await fetch(`${config.armEndpoint}/subscriptions/${config.subscriptionId}/resourceGroups/${shortLived.resourceGroup}/providers/Microsoft.App/containerApps?api-version=2026-07-01`, { headers: { authorization: `Bearer ${token!.token}` } });
      expect(response.status).toBe(200);
    } finally {
      await shortLived.stop();
    }
  });
});

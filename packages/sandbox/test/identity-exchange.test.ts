import { jest } from '@jest/globals';
import * as core from '@actions/core';
import { TEST_SANDBOX_CA_DIR } from '../../../test/setup/sandbox-ca.ts';
import { Sandbox } from '../src/sandbox.ts';
import { DEFAULT_CIRCLECI_PROJECT, SANDBOX_IDS } from '../src/sandbox-defaults.ts';
import { circleCiIssuerFor } from '../src/oidc/circleci-issuer.ts';
import { ARM_SCOPE, claimsOf, EXCHANGE_AUDIENCE, federatedCredential, tokenFailure } from './identity-helpers.ts';

let sandbox: Sandbox;
const org = DEFAULT_CIRCLECI_PROJECT.orgId;
const savedEnv: Record<string, string | undefined> = {};

/** `@actions/core` reads the request URL and token from process.env, as it does on a runner. */
async function githubIdToken(audience: string): Promise<{ token: string; stdout: string }> {
  const writes: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    writes.push(String(chunk));
    return true;
  });
  try {
    return { token: await core.getIDToken(audience), stdout: writes.join('') };
  } finally {
    spy.mockRestore();
  }
}

beforeAll(async () => {
  sandbox = await Sandbox.start({ caDir: TEST_SANDBOX_CA_DIR });
  const env = sandbox.env();
  for (const key of ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'] as const) {
    savedEnv[key] = process.env[key];
    process.env[key] = env[key];
  }
});

afterAll(async () => {
  for (const [key, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  await sandbox.stop();
});

afterEach(async () => {
  await sandbox.reset();
});

describe('GitHub-shaped OIDC issuer', () => {
  it('answers @actions/core getIDToken with a signed token carrying the workflow claims', async () => {
    const { token, stdout } = await githubIdToken(EXCHANGE_AUDIENCE);
    const claims = claimsOf(token);
    expect(claims).toMatchObject({
      iss: 'https://token.actions.githubusercontent.com',
      sub: 'repo:acme/shop:environment:production',
      aud: EXCHANGE_AUDIENCE,
      repository: 'acme/shop',
      repository_owner: 'acme',
      environment: 'production',
      ref: 'refs/heads/main',
      job_workflow_ref: 'acme/shop/.github/workflows/deploy.yml@refs/heads/main',
    });
    expect(claims.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(claims.jti).toEqual(expect.any(String));
    expect(Number(claims.exp) - Number(claims.iat)).toBe(300);
    // core masks the token on a runner; nothing else about it reaches stdout.
    expect(stdout).toContain(`::add-mask::${token}`);
  });

  it('refuses the ID-token request without the request token', async () => {
    const response = await fetch(`${sandbox.env().ACTIONS_ID_TOKEN_REQUEST_URL}&audience=x`, { headers: { authorization: 'Bearer wrong' } });
    expect(response.status).toBe(401);
  });

  it('publishes discovery and a JWKS holding the key that signed its tokens', async () => {
    const discovery = (await (await fetch(`${sandbox.url}/github/.well-known/openid-configuration`)).json()) as { issuer: string; jwks_uri: string };
    expect(discovery.issuer).toBe('https://token.actions.githubusercontent.com');
    const jwks = (await (await fetch(discovery.jwks_uri)).json()) as { keys: { kid: string }[] };
    const kid = JSON.parse(Buffer.from(sandbox.mintGitHubToken().split('.')[0]!, 'base64url').toString()).kid;
    expect(jwks.keys.map((k) => k.kid)).toContain(kid);
  });
});

describe('CircleCI-shaped OIDC issuer', () => {
  it('injects CIRCLE_OIDC_TOKEN_V2 with the org id as audience and the v2 subject', () => {
    const claims = claimsOf(sandbox.env().CIRCLE_OIDC_TOKEN_V2);
    expect(claims.iss).toBe(circleCiIssuerFor(org));
    expect(claims.aud).toBe(org);
    expect(claims.sub).toMatch(new RegExp(`^org/${org}/project/[0-9a-f-]+/user/[0-9a-f-]+/vcs-origin/github\\.com/acme/shop/vcs-ref/refs/heads/main$`));
    expect(claims['oidc.circleci.com/vcs-ref']).toBe('refs/heads/main');
  });

  it('mints v1 subjects without vcs-origin and vcs-ref', () => {
    expect(claimsOf(sandbox.mintCircleCiToken({ version: 1 })).sub).toMatch(new RegExp(`^org/${org}/project/[0-9a-f-]+/user/[0-9a-f-]+$`));
  });

  it('mints a custom audience over HTTP, as circleci run oidc get --claims does', async () => {
    const response = await fetch(`${sandbox.url}/circleci/org/${org}/oidc/token`, { method: 'POST', body: JSON.stringify({ version: 2, claims: { aud: EXCHANGE_AUDIENCE } }) });
    expect(response.status).toBe(200);
    const { token } = (await response.json()) as { token: string };
    expect(claimsOf(token).aud).toBe(EXCHANGE_AUDIENCE);
    const refused = await fetch(`${sandbox.url}/circleci/org/${org}/oidc/token`, { method: 'POST', body: JSON.stringify({ claims: { sub: 'org/x' } }) });
    expect(refused.status).toBe(400);
  });
});

describe('Entra federated exchange through the real ClientAssertionCredential', () => {
  it('exchanges a GitHub token fetched through the ID-token endpoint for an ARM access token', async () => {
    const credential = federatedCredential(sandbox, SANDBOX_IDS.deployer.appId, async () => (await githubIdToken(EXCHANGE_AUDIENCE)).token);
    const accessToken = await credential.getToken(ARM_SCOPE);
    expect(accessToken.expiresOnTimestamp).toBeGreaterThan(Date.now() + 50 * 60_000);
    expect(claimsOf(accessToken.token)).toMatchObject({
      aud: 'https://management.azure.com',
      appid: SANDBOX_IDS.deployer.appId,
      oid: SANDBOX_IDS.deployer.servicePrincipalObjectId,
      tid: SANDBOX_IDS.tenantId,
      idtyp: 'app',
    });
    expect(sandbox.identity.state().events).toEqual([expect.objectContaining({ clientId: SANDBOX_IDS.deployer.appId, outcome: 'issued', federatedCredential: 'github-production' })]);
  });

  it('publishes the tenant discovery document and the key its access tokens are signed with', async () => {
    const discovery = (await (await fetch(`${sandbox.url}/${sandbox.tenantId}/v2.0/.well-known/openid-configuration`)).json()) as { issuer: string; token_endpoint: string; jwks_uri: string };
    expect(discovery.issuer).toBe(`${sandbox.url}/${sandbox.tenantId}/v2.0`);
    expect(discovery.token_endpoint).toBe(`${sandbox.url}/${sandbox.tenantId}/oauth2/v2.0/token`);
    const { keys } = (await (await fetch(discovery.jwks_uri)).json()) as { keys: { kid: string }[] };
    const accessToken = await federatedCredential(sandbox, SANDBOX_IDS.deployer.appId, async () => sandbox.mintGitHubToken({ audience: EXCHANGE_AUDIENCE })).getToken(ARM_SCOPE);
    const kid = JSON.parse(Buffer.from(accessToken.token.split('.')[0]!, 'base64url').toString()).kid;
    expect(keys.map((k) => k.kid)).toEqual([kid]);
  });

  it('exchanges CIRCLE_OIDC_TOKEN_V2 as CircleCI injects it', async () => {
    const circleToken = sandbox.env().CIRCLE_OIDC_TOKEN_V2;
    const accessToken = await federatedCredential(sandbox, SANDBOX_IDS.deployer.appId, async () => circleToken).getToken(ARM_SCOPE);
    expect(claimsOf(accessToken.token).oid).toBe(SANDBOX_IDS.deployer.servicePrincipalObjectId);
    expect(sandbox.identity.state().events.at(-1)).toMatchObject({ outcome: 'issued', federatedCredential: 'circleci-main' });
  });

  it('exchanges a CircleCI token minted with aud api://AzureADTokenExchange against a credential with that audience', async () => {
    const app = sandbox.directory.addApplication({ displayName: 'circleci-exchange-audience' });
    const subject = String(claimsOf(sandbox.mintCircleCiToken()).sub);
    sandbox.directory.addFederatedCredential(app.appId, { name: 'circleci-main', issuer: circleCiIssuerFor(org), subject });
    const accessToken = await federatedCredential(sandbox, app.appId, async () => sandbox.mintCircleCiToken({ audience: EXCHANGE_AUDIENCE })).getToken(ARM_SCOPE);
    expect(claimsOf(accessToken.token).appid).toBe(app.appId);
  });

  it('accepts the sandbox ARM endpoint as a resource too', async () => {
    const accessToken = await federatedCredential(sandbox, SANDBOX_IDS.deployer.appId, async () => sandbox.mintGitHubToken({ audience: EXCHANGE_AUDIENCE })).getToken(`${sandbox.url}/.default`);
    expect(claimsOf(accessToken.token).aud).toBe(sandbox.url);
  });
});

describe('Entra errors, with real AADSTS codes', () => {
  const github = () => async () => sandbox.mintGitHubToken({ audience: EXCHANGE_AUDIENCE });

  it('AADSTS700016 for a client id the directory does not know', async () => {
    const error = await tokenFailure(federatedCredential(sandbox, '00000000-1111-2222-3333-444444444444', github()));
    expect(error.message).toContain('AADSTS700016');
    expect(error.message).toContain("Application with identifier '00000000-1111-2222-3333-444444444444' was not found in the directory");
    expect(error.name).toBe('AuthenticationRequiredError');
  });

  it('AADSTS70021 when no federated credential has the subject, naming issuer, subject and audience', async () => {
    const staging = async () => sandbox.mintGitHubToken({ audience: EXCHANGE_AUDIENCE, subject: 'repo:acme/shop:environment:staging' });
    const error = await tokenFailure(federatedCredential(sandbox, SANDBOX_IDS.deployer.appId, staging));
    expect(error.message).toContain('AADSTS70021: No matching federated identity record found for presented assertion.');
    expect(error.message).toContain("Assertion Issuer: 'https://token.actions.githubusercontent.com'. Assertion Subject: 'repo:acme/shop:environment:staging'. Assertion Audience: 'api://AzureADTokenExchange'.");
  });

  it('AADSTS70021 for a wildcard CircleCI subject (seed 000), saying wildcards do not match CircleCI tokens', async () => {
    const app = sandbox.directory.addApplication({ displayName: 'schematica-circleci-deployer' });
    sandbox.directory.addFederatedCredential(app.appId, { name: 'circleci-all-branches', issuer: circleCiIssuerFor(org), subject: `org/${org}/project/*` });
    const error = await tokenFailure(federatedCredential(sandbox, app.appId, async () => sandbox.mintCircleCiToken({ audience: EXCHANGE_AUDIENCE })));
    expect(error.message).toContain('AADSTS70021');
    expect(error.message).toContain(`Assertion Subject: 'org/${org}/project/`);
    expect(error.message).toMatch(/'circleci-all-branches' has the subject 'org\/[^']+\/project\/\*', but Entra matches subjects exactly/);
    expect(error.message).toContain('Wildcard (flexible) federated credentials exist only for GitHub, GitLab and Terraform Cloud issuers');
  });

  it('AADSTS700212 for a CircleCI token whose audience (the org id) no credential accepts, with the way out', async () => {
    const app = sandbox.directory.addApplication({ displayName: 'circleci-default-audience' });
    const subject = String(claimsOf(sandbox.mintCircleCiToken()).sub);
    sandbox.directory.addFederatedCredential(app.appId, { name: 'circleci-main', issuer: circleCiIssuerFor(org), subject });
    const error = await tokenFailure(federatedCredential(sandbox, app.appId, async () => sandbox.env().CIRCLE_OIDC_TOKEN_V2));
    expect(error.message).toContain(`AADSTS700212: No matching federated identity record found for presented assertion audience '${org}'`);
    expect(error.message).toContain(`circleci run oidc get --claims '{"aud":"api://AzureADTokenExchange"}'`);
  });

  it('AADSTS700211 when the application trusts no credential from the token issuer', async () => {
    const app = sandbox.directory.addApplication({ displayName: 'github-only-elsewhere' });
    sandbox.directory.addFederatedCredential(app.appId, { name: 'gitlab', issuer: 'https://gitlab.com', subject: 'project_path:acme/shop:ref_type:branch:ref:main' });
    const error = await tokenFailure(federatedCredential(sandbox, app.appId, github()));
    expect(error.message).toContain("AADSTS700211: No matching federated identity record found for presented assertion issuer 'https://token.actions.githubusercontent.com'");
  });

  it('AADSTS700024 when the issuer clock runs ahead by more than five minutes, and not within the tolerance', async () => {
    sandbox.faults.issuerClockSkew(3600, 'github');
    const error = await tokenFailure(federatedCredential(sandbox, SANDBOX_IDS.deployer.appId, github()));
    expect(error.message).toContain('AADSTS700024: Client assertion is not within its valid time range.');
    expect(error.message).toMatch(/Current time: \d{4}-\d\d-\d\dT[\d:.]+Z, assertion valid from \d{4}-\d\d-\d\dT[\d:.]+Z, expiry time of assertion/);

    sandbox.faults.issuerClockSkew(240, 'github');
    await expect(federatedCredential(sandbox, SANDBOX_IDS.deployer.appId, github()).getToken(ARM_SCOPE)).resolves.toMatchObject({ token: expect.any(String) });
  });

  it('AADSTS700024 for an assertion that has expired (issuer clock behind)', async () => {
    // GitHub tokens live five minutes: twenty minutes behind, it expired long before Entra sees it.
    sandbox.faults.issuerClockSkew(-1200);
    const error = await tokenFailure(federatedCredential(sandbox, SANDBOX_IDS.deployer.appId, github()));
    expect(error.message).toContain('AADSTS700024');
  });

  it('AADSTS50027 for an assertion whose payload was changed after signing', async () => {
    // A token for staging, its subject rewritten to production: the signature no longer matches.
    const tampered = async () => {
      const [header, , signature] = sandbox.mintGitHubToken({ audience: EXCHANGE_AUDIENCE, subject: 'repo:acme/shop:environment:staging' }).split('.');
      const forged = Buffer.from(JSON.stringify(claimsOf(sandbox.mintGitHubToken({ audience: EXCHANGE_AUDIENCE })))).toString('base64url');
      return `${header}.${forged}.${signature}`;
    };
    const error = await tokenFailure(federatedCredential(sandbox, SANDBOX_IDS.deployer.appId, tampered));
    expect(error.message).toContain('AADSTS50027: JWT token is invalid or malformed.');
    expect(error.message).toContain('signature validation failed');
  });

  it('AADSTS50027 for an assertion that is not a JWT', async () => {
    const error = await tokenFailure(federatedCredential(sandbox, SANDBOX_IDS.deployer.appId, async () => 'not-a-jwt'));
    expect(error.message).toContain('AADSTS50027');
  });

  it('AADSTS500011 for a resource the tenant does not know', async () => {
    const error = await tokenFailure(federatedCredential(sandbox, SANDBOX_IDS.deployer.appId, github()), 'https://vault.example.net/.default');
    expect(error.message).toContain('AADSTS500011: The resource principal named https://vault.example.net was not found');
  });

  it('answers the token endpoint in Entra’s error shape', async () => {
    const response = await fetch(`${sandbox.url}/${sandbox.tenantId}/oauth2/v2.0/token?client-request-id=0f2c7a1e-1111-4222-8333-944444444444`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'nobody', scope: ARM_SCOPE, client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', client_assertion: sandbox.mintGitHubToken() }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ error: 'unauthorized_client', error_codes: [700016], correlation_id: '0f2c7a1e-1111-4222-8333-944444444444', error_uri: 'https://login.microsoftonline.com/error?code=700016' });
    expect(body.error_description).toMatch(/^AADSTS700016: .*\r\nTrace ID: [0-9a-f-]{36}\r\nCorrelation ID: 0f2c7a1e-1111-4222-8333-944444444444\r\nTimestamp: \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/s);
    expect(body.timestamp).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/);
    expect(body.trace_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('AADSTS90002 for a tenant that does not exist (MSAL stops at discovery, as against Entra)', async () => {
    const unknownTenant = '11111111-2222-3333-4444-555555555555';
    const error = await tokenFailure(federatedCredential(sandbox, SANDBOX_IDS.deployer.appId, github(), unknownTenant));
    expect(error.name).toBe('CredentialUnavailableError');
    expect(error.message).toContain('endpoints_resolution_error');
    const discovery = await fetch(`${sandbox.url}/${unknownTenant}/v2.0/.well-known/openid-configuration`);
    expect(discovery.status).toBe(400);
    expect(await discovery.json()).toMatchObject({ error: 'invalid_tenant', error_codes: [90002] });
    const token = await fetch(`${sandbox.url}/${unknownTenant}/oauth2/v2.0/token`, { method: 'POST', body: 'grant_type=client_credentials' });
    expect(((await token.json()) as { error_description: string }).error_description).toMatch(/^AADSTS90002: Tenant '11111111-2222-3333-4444-555555555555' not found\./);
  });

  it('recovers from a burst of throttling and of 5xx, as the SDK retries', async () => {
    sandbox.faults.entraOutage({ failures: 2, status: 429, retryAfterSeconds: 0 });
    await expect(federatedCredential(sandbox, SANDBOX_IDS.deployer.appId, github()).getToken(ARM_SCOPE)).resolves.toMatchObject({ token: expect.any(String) });
    sandbox.faults.entraOutage({ failures: 1, status: 503 });
    await expect(federatedCredential(sandbox, SANDBOX_IDS.deployer.appId, github()).getToken(ARM_SCOPE)).resolves.toMatchObject({ token: expect.any(String) });
    expect(sandbox.identity.state().events.map((e) => e.outcome)).toEqual(['HTTP 429 (injected)', 'HTTP 429 (injected)', 'issued', 'HTTP 503 (injected)', 'issued']);
  });

  it('never keeps a token in its state', async () => {
    const assertion = sandbox.mintGitHubToken({ audience: EXCHANGE_AUDIENCE });
    const accessToken = await federatedCredential(sandbox, SANDBOX_IDS.deployer.appId, async () => assertion).getToken(ARM_SCOPE);
    const state = JSON.stringify(sandbox.state());
    for (const secret of [assertion, accessToken.token, ...assertion.split('.'), ...accessToken.token.split('.')]) expect(state).not.toContain(secret);
  });
});

import { AuthenticationError } from '@azure/identity';
import { decodeClaims, entraFailure, explainEntraFailure, subjectHints } from '@deploy-kit/azure-auth';

function jwt(claims: object): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.${Buffer.from('signature-bytes-here').toString('base64url')}`;
}

const subject = { clientId: '11111111-2222-3333-4444-555555555555', tenantId: 'tenant-1', audience: 'api://AzureADTokenExchange' };

describe('entraFailure', () => {
  it('reads the AADSTS code from an @azure/identity AuthenticationError', () => {
    const error = new AuthenticationError(400, {
      error: 'invalid_client',
      error_description: "AADSTS70021: No matching federated identity record found for presented assertion. Assertion Issuer: 'x'.\r\nTrace ID: 1",
      error_codes: [70021],
    });
    expect(entraFailure(error)).toEqual({ code: 70021, description: "No matching federated identity record found for presented assertion. Assertion Issuer: 'x'.", statusCode: 400 });
  });

  it('finds codes in nested causes and returns undefined when there is none', () => {
    expect(entraFailure(new Error('outer', { cause: new Error('AADSTS700016: Application not found') }))?.code).toBe(700016);
    expect(entraFailure(new Error('ECONNREFUSED'))).toBeUndefined();
  });
});

describe('explainEntraFailure', () => {
  const token = jwt({ iss: 'https://token.actions.githubusercontent.com', sub: 'repo:acme/shop:ref:refs/heads/main', aud: 'api://AzureADTokenExchange', exp: 2_000_000_000 });

  it('for 70021 shows iss, sub and aud, never the token, and the credential that would match', () => {
    const error = explainEntraFailure({ code: 70021, description: 'no match' }, decodeClaims(token), subject, undefined);
    const text = `${error.message}\n${error.remediation}`;
    expect(text).toContain('iss: https://token.actions.githubusercontent.com');
    expect(text).toContain('sub: repo:acme/shop:ref:refs/heads/main');
    expect(text).toContain('aud: api://AzureADTokenExchange');
    expect(text).toContain(`az ad app federated-credential create --id ${subject.clientId} --parameters '{"name":"repo-acme-shop-ref-refs-heads-main","issuer":"https://token.actions.githubusercontent.com","subject":"repo:acme/shop:ref:refs/heads/main","audiences":["api://AzureADTokenExchange"]`);
    expect(text).toContain("The job has no 'environment:'");
    expect(text).not.toContain(token);
    expect(text).not.toContain(token.split('.')[1]!);
  });

  it('for 700016 names the client id as the thing to check', () => {
    const error = explainEntraFailure({ code: 700016, description: 'not found' }, undefined, subject, undefined);
    expect(error.message).toContain(`application '${subject.clientId}' was not found in tenant 'tenant-1'`);
    expect(error.remediation).toContain("Check 'client-id'");
  });
});

describe('subjectHints', () => {
  it('explains that CircleCI subjects never match wildcards, per-user v1 subjects, and the org-id audience', () => {
    const hints = subjectHints({ iss: 'https://oidc.circleci.com/org/org-123', sub: 'org/org-123/project/p-9/user/u-7', aud: 'org-123' }, 'api://AzureADTokenExchange').join('\n');
    expect(hints).toContain('a wildcard such as org/<org-id>/project/* never matches');
    expect(hints).toContain('contains the id of the user');
    expect(hints).toContain(`circleci run oidc get --claims '{"aud":"api://AzureADTokenExchange"}'`);
    expect(hints).toContain('at most 20 federated credentials');
  });
});

describe('oidc-login --explain', () => {
  it('prints the claims and the matching credential without exchanging anything', async () => {
    const { runAction, ShellRuntime } = await import('@deploy-kit/core');
    const { oidcLoginAction } = await import('@deploy-kit/azure-auth');
    const token = jwt({ iss: 'https://token.actions.githubusercontent.com', sub: 'repo:acme/shop:environment:production', aud: 'api://AzureADTokenExchange', exp: 2_000_000_000 });
    const out: string[] = [];
    const io = { write: (chunk: string) => out.push(chunk) };
    // An authority nothing listens on: explaining must not contact it.
    const inputs: Record<string, string> = { 'client-id': subject.clientId, 'tenant-id': 'tenant-1', 'subscription-id': 'sub-1', 'authority-host': 'https://127.0.0.1:9', 'arm-endpoint': 'https://127.0.0.1:9', explain: 'true' };
    const runtime = new ShellRuntime('cli', { env: { DEPLOYKIT_OIDC_TOKEN: token }, inputs: { get: (name) => inputs[name] }, stdout: io, stderr: io, command: 'oidc-login' });
    expect(await runAction(oidcLoginAction, runtime)).toBe(0);
    const text = out.join('');
    expect(text).toContain('sub: repo:acme/shop:environment:production');
    expect(text).toContain(`az ad app federated-credential create --id ${subject.clientId}`);
    expect(text).not.toContain(token);
  });
});

import { RecordingLogger, Redactor } from '@deploy-kit/core';
import { recordGitHubDeployment, type GitHubDeploymentRequest } from '@deploy-kit/release-decision';
import { GitHubDeploymentsStub } from './github-stub.ts';

const SHA = 'd1b4cf35eaa4845c0d2f4a1b9e8c7d6f5a4b3c2d';
const TOKEN = 'ghs_FakeTokenForTheLocalStub0123456789abcd';
const stub = new GitHubDeploymentsStub();

beforeAll(() => stub.start());
afterAll(() => stub.stop());
beforeEach(() => stub.reset());

function request(log: RecordingLogger, overrides: Partial<GitHubDeploymentRequest> = {}): GitHubDeploymentRequest {
  return {
    token: TOKEN,
    apiUrl: stub.url,
    repository: 'contoso/compass',
    sha: SHA,
    environment: 'production',
    decision: 'YES',
    summary: "health 'api': pass — 2 consecutive passes",
    decisionPath: `.artifacts/release/${SHA}/decision.json`,
    runUrl: 'https://github.com/contoso/compass/actions/runs/42',
    log,
    ...overrides,
  };
}

/** A logger that, like the runtime's, knows nothing of the token: it must never be handed it. */
const unredactedLogger = () => new RecordingLogger(new Redactor());

describe('recordGitHubDeployment', () => {
  it('creates a deployment for the commit and a success status on YES', async () => {
    const log = unredactedLogger();
    const recorded = await recordGitHubDeployment(request(log));
    expect(recorded).toEqual({ id: 1001, statusUrl: `${stub.url}/repos/contoso/compass/deployments/1001/statuses/1002` });

    expect(stub.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /repos/contoso/compass/deployments', 'POST /repos/contoso/compass/deployments/1001/statuses']);
    for (const r of stub.requests) {
      expect(r.authorization).toMatch(/^(token|Bearer) /);
      expect(r.authorization).toBe(`token ${TOKEN}`);
      expect(r.userAgent).toContain('deploy-kit/');
    }
    const [create, status] = stub.requests;
    expect(create!.body).toEqual({
      ref: SHA,
      environment: 'production',
      auto_merge: false,
      required_contexts: [],
      production_environment: true,
      transient_environment: false,
      description: `deploy-kit release decision YES for ${SHA.slice(0, 12)}`,
      payload: { decision: 'YES', decisionPath: `.artifacts/release/${SHA}/decision.json`, tool: expect.stringMatching(/^deploy-kit\//) },
    });
    expect(status!.body).toEqual({
      state: 'success',
      environment: 'production',
      description: "YES: health 'api': pass — 2 consecutive passes",
      log_url: 'https://github.com/contoso/compass/actions/runs/42',
      auto_inactive: true,
    });
    expect(log.text()).toContain('Recorded GitHub Deployment 1001');
    expect(log.text()).not.toContain(TOKEN);
  });

  it('sets a failure status on NO, marks non-production environments, and passes an environment URL', async () => {
    const log = unredactedLogger();
    const recorded = await recordGitHubDeployment(request(log, { decision: 'NO', environment: 'staging', environmentUrl: 'https://staging.example.com', summary: 'x'.repeat(300) }));
    expect(recorded?.id).toBeGreaterThan(0);
    const [create, status] = stub.requests;
    expect(create!.body).toMatchObject({ environment: 'staging', production_environment: false });
    expect(status!.body).toMatchObject({ state: 'failure', environment: 'staging', environment_url: 'https://staging.example.com' });
    // GitHub refuses descriptions over 140 characters.
    expect((status!.body.description as string).length).toBe(140);
    expect(status!.body.description as string).toMatch(/^NO: x+…$/);
  });

  it('warns and records nothing when GitHub answers 500, without the token in any message', async () => {
    stub.reset({ createStatus: 500 });
    const log = unredactedLogger();
    expect(await recordGitHubDeployment(request(log))).toBeUndefined();
    expect(stub.requests).toHaveLength(1);
    const warnings = log.records.filter((r) => r.level === 'warning').map((r) => r.message);
    expect(warnings).toEqual([expect.stringContaining('HTTP 500')]);
    expect(warnings[0]).toContain('The decision is unchanged');
    expect(log.text()).not.toContain(TOKEN);
  });

  it('says which permission is missing when GitHub answers 403', async () => {
    stub.reset({ createStatus: 403 });
    const log = unredactedLogger();
    expect(await recordGitHubDeployment(request(log))).toBeUndefined();
    const warning = log.records.find((r) => r.level === 'warning')!.message;
    expect(warning).toContain('HTTP 403');
    expect(warning).toContain('Resource not accessible by integration');
    expect(warning).toContain("'permissions: deployments: write'");
    expect(log.text()).not.toContain(TOKEN);
  });

  it('keeps the deployment id when only the status fails', async () => {
    stub.reset({ statusStatus: 500 });
    const log = unredactedLogger();
    const recorded = await recordGitHubDeployment(request(log));
    expect(recorded).toEqual({ id: expect.any(Number) });
    expect(stub.requests).toHaveLength(2);
    expect(log.records.find((r) => r.level === 'warning')!.message).toContain(`Created GitHub Deployment ${recorded!.id} but could not set its status (HTTP 500`);
  });

  it('warns without calling GitHub when the repository is not owner/name', async () => {
    const log = unredactedLogger();
    expect(await recordGitHubDeployment(request(log, { repository: 'compass' }))).toBeUndefined();
    expect(stub.requests).toHaveLength(0);
    expect(log.records.find((r) => r.level === 'warning')!.message).toContain('DEPLOYKIT_REPOSITORY=owner/name');
  });

  it('warns when GitHub cannot be reached at all', async () => {
    const closed = new GitHubDeploymentsStub();
    await closed.start();
    const url = closed.url;
    await closed.stop();
    const log = unredactedLogger();
    expect(await recordGitHubDeployment(request(log, { apiUrl: url }))).toBeUndefined();
    const warning = log.records.find((r) => r.level === 'warning')!.message;
    expect(warning).toContain(`Could not record a GitHub Deployment for contoso/compass at ${url} (no answer:`);
    expect(warning).not.toContain('HTTP 500');
    expect(log.text()).not.toContain(TOKEN);
  });
});

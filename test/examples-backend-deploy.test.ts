/**
 * Seed 002's backend deploy (examples/github/backend-deploy.yml and its one-step variant) run by
 * the local workflow runner against the sandbox. The build job (docker build/push) is given as
 * succeeded: the test pushes the image it would have pushed.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Sandbox, SANDBOX_IDS } from '@deploy-kit/sandbox';
import { TEST_SANDBOX_CA_DIR } from './setup/sandbox-ca.ts';
import { repoRoot } from './support/repo.ts';
import { describeRun, LocalGitHub, runWorkflow, sandboxRunOptions, runnerWarnings, stepOutcomes, stepsPrinting, type WorkflowRunOptions } from './support/workflow-runner.ts';

const SHA = '5eed0020c0ffee5eed0020c0ffee5eed0020c0ff';

describe('seed 002: the backend deploy on the sandbox', () => {
  let sandbox: Sandbox;
  let github: LocalGitHub;

  beforeAll(async () => {
    sandbox = await Sandbox.start({ caDir: TEST_SANDBOX_CA_DIR });
    github = await LocalGitHub.start('acme/shop');
  });
  afterAll(async () => {
    await sandbox?.stop();
    await github?.stop();
  });
  beforeEach(async () => {
    await sandbox.reset();
    github.deployments.length = 0;
  });

  function options(workflow: string): WorkflowRunOptions {
    const base = sandboxRunOptions(sandbox.env());
    return {
      workflow: path.join(repoRoot, 'examples', 'github', workflow),
      github,
      event: 'push',
      sha: SHA,
      jobs: ['deploy'],
      given: { build: { result: 'success' } },
      ...base,
      // The sandbox's deployer app trusts this repository's production environment, as the
      // variables' app registration would; the backend is the sandbox's `api` Container App.
      vars: { ...base.vars, AZURE_CLIENT_ID: SANDBOX_IDS.deployer.appId, BACKEND_APP_NAME: 'api' },
    };
  }

  const apiImage = async () =>
    ((await sandbox.arm.state.read()).apps.find((app) => app.name === 'api') as { properties: { template: { containers: Array<{ image: string }> } } }).properties.template.containers[0]!.image;

  it('freezes the pushed image, deploys its digest, checks /health and /ready, and records a YES', async () => {
    const digest = sandbox.registry.pushImage({ repository: 'codex-backend', tag: SHA, behaviour: 'healthy' });
    const result = await runWorkflow(options('backend-deploy.yml'));
    const transcript = describeRun(result);
    const deploy = result.jobs.deploy!;
    expect({ result: deploy.result, transcript }).toEqual({ result: 'success', transcript });
    expect(stepOutcomes(deploy)).toEqual([
      ['Run acme/deploy-kit/actions/oidc-login@v1', 'success'],
      ['Run acme/deploy-kit/actions/freeze-candidate@v1', 'success'],
      ['Run acme/deploy-kit/actions/deploy-digest@v1', 'success'],
      ['Run acme/deploy-kit/actions/health-gate@v1', 'success'],
      ['Run acme/deploy-kit/actions/health-gate@v1', 'success'],
      ['Run acme/deploy-kit/actions/release-decision@v1', 'success'],
      ['Run actions/upload-artifact@v4', 'success'],
    ]);
    expect(deploy.concurrency).toEqual({ group: 'backend-production', cancelInProgress: false });
    expect(await apiImage()).toBe(`${sandbox.host}/codex-backend@${digest}`);
    const decision = JSON.parse(await readFile(path.join(deploy.workspace, '.artifacts', 'release', SHA, 'decision.json'), 'utf8'));
    expect(decision.decision).toBe('YES');
    expect(decision.evidence.map((e: { name: string; status: string }) => `${e.name}:${e.status}`)).toEqual(['candidate:pass', 'deploy:pass', 'backend:pass', 'backend-ready:pass']);
    expect(deploy.summary).toContain('YES');
    expect(github.deployments.map((d) => ({ ref: d.ref, environment: d.environment, states: d.statuses.map((s) => s.state) }))).toEqual([{ ref: SHA, environment: 'production', states: ['success'] }]);
    // The deployment record names the revision suffix rev-<short sha> and what it replaced.
    const record = JSON.parse(await readFile(path.join(deploy.workspace, '.artifacts', 'production', SHA, 'deployment-record.json'), 'utf8'));
    expect(JSON.stringify(record)).toContain(`rev-${SHA.slice(0, 7)}`);
    expect(stepsPrinting(result, [sandbox.env().ACTIONS_ID_TOKEN_REQUEST_TOKEN, result.githubToken])).toEqual([]);
    expect(runnerWarnings(result)).toEqual([]);
  }, 120_000);

  it('a backend image that crashes is refused and rolled back; the decision is still written, NO', async () => {
    const before = await apiImage();
    sandbox.registry.pushImage({ repository: 'codex-backend', tag: SHA, behaviour: 'crash:0ms' });
    const result = await runWorkflow(options('backend-deploy.yml'));
    const deploy = result.jobs.deploy!;
    expect(stepOutcomes(deploy)).toEqual([
      ['Run acme/deploy-kit/actions/oidc-login@v1', 'success'],
      ['Run acme/deploy-kit/actions/freeze-candidate@v1', 'success'],
      ['Run acme/deploy-kit/actions/deploy-digest@v1', 'failure'],
      ['Run acme/deploy-kit/actions/health-gate@v1', 'skipped'],
      ['Run acme/deploy-kit/actions/health-gate@v1', 'skipped'],
      ['Run acme/deploy-kit/actions/release-decision@v1', 'failure'],
      ['Run actions/upload-artifact@v4', 'success'],
    ]);
    expect(await apiImage()).toBe(before);
    expect(deploy.steps[5]!.outputs.decision).toBe('NO');
    expect(github.deployments.map((d) => d.statuses.map((s) => s.state))).toEqual([['failure']]);
  }, 120_000);

  it('the one-step root action (acme/deploy-kit@v1) freezes, deploys, checks /health and decides YES in one step', async () => {
    const digest = sandbox.registry.pushImage({ repository: 'codex-backend', tag: SHA, behaviour: 'healthy' });
    const result = await runWorkflow(options('backend-deploy-one-step.yml'));
    const deploy = result.jobs.deploy!;
    expect({ result: deploy.result, transcript: describeRun(result) }).toEqual({ result: 'success', transcript: describeRun(result) });
    expect(stepOutcomes(deploy)).toEqual([
      ['Run acme/deploy-kit@v1', 'success'],
      ['Run actions/upload-artifact@v4', 'success'],
    ]);
    const step = deploy.steps[0]!;
    expect(step.warnings).toEqual([]);
    expect(step.outputs.decision).toBe('YES');
    expect(step.outputs.verdict).toBe('pass');
    expect(await apiImage()).toBe(`${sandbox.host}/codex-backend@${digest}`);
    const decision = JSON.parse(await readFile(path.join(deploy.workspace, '.artifacts', 'release', SHA, 'decision.json'), 'utf8'));
    expect(decision.decision).toBe('YES');
    expect(github.deployments.map((d) => d.statuses.map((s) => s.state))).toEqual([['success']]);
    expect(stepsPrinting(result, [sandbox.env().ACTIONS_ID_TOKEN_REQUEST_TOKEN, result.githubToken])).toEqual([]);
  }, 120_000);
});

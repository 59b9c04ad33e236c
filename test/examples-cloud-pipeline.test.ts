/**
 * Seed 003's Cloud Deployment Pipeline (examples/github/cloud-deployment-pipeline.yml) run by the
 * local workflow runner against the sandbox: the committed action bundles with their action.yml
 * metadata, the workflow's own expressions, permissions, environments and artifacts.
 *
 * The commit checks (which build and push images with docker) are not run here: the test pushes
 * the images they would have pushed to the sandbox registry and gives the job as succeeded.
 */
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Sandbox, SANDBOX_IDS, GITHUB_ISSUER, githubSubject, DEFAULT_GITHUB_RUN } from '@deploy-kit/sandbox';
import { TEST_SANDBOX_CA_DIR } from './setup/sandbox-ca.ts';
import { repoRoot } from './support/repo.ts';
import { describeRun, LocalGitHub, runWorkflow, sandboxRunOptions, runnerWarnings, stepOutcomes, stepsPrinting, type WorkflowRunOptions, type WorkflowRunResult } from './support/workflow-runner.ts';

const WORKFLOW = path.join(repoRoot, 'examples', 'github', 'cloud-deployment-pipeline.yml');
const PIPELINE_JOBS = ['freeze-candidate', 'acceptance', 'approve-control-plane', 'deploy-approved-candidate', 'production-blackbox-verify', 'release-decision'];

type ArmSeed = Parameters<Sandbox['arm']['state']['seed']>[0];

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=dev', '-c', 'user.email=dev@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' }).trim();
}

const ACCEPTANCE_SCRIPT = `#!/usr/bin/env bash
# The repository's acceptance suite: here, that every image of the candidate is pinned by digest.
set -euo pipefail
jq -e '.images | to_entries | all(.value.ref | test("@sha256:[0-9a-f]{64}$"))' "$1" > /dev/null
echo "acceptance: $(jq -r '.images | keys | join(", ")' "$1") pinned by digest"
`;

/** The application repository the pipeline checks out: a base commit, then the pushed change. */
async function createRepository(dir: string): Promise<{ before: string; runtimeSha: string; infraSha: string }> {
  await mkdir(path.join(dir, 'scripts'), { recursive: true });
  await mkdir(path.join(dir, 'apps', 'api'), { recursive: true });
  await writeFile(path.join(dir, 'scripts', 'acceptance.sh'), ACCEPTANCE_SCRIPT);
  await chmod(path.join(dir, 'scripts', 'acceptance.sh'), 0o755);
  await writeFile(path.join(dir, 'apps', 'api', 'server.js'), 'export const version = 1;\n');
  git(dir, 'init', '--quiet', '--initial-branch=main');
  git(dir, 'add', '.');
  git(dir, 'commit', '--quiet', '-m', 'base');
  const before = git(dir, 'rev-parse', 'HEAD');
  await writeFile(path.join(dir, 'apps', 'api', 'server.js'), 'export const version = 2;\n');
  git(dir, 'commit', '--quiet', '-am', 'api: version 2');
  const runtimeSha = git(dir, 'rev-parse', 'HEAD');
  await mkdir(path.join(dir, 'infra', 'azure'), { recursive: true });
  await writeFile(path.join(dir, 'infra', 'azure', 'main.bicep'), "param location string = 'westeurope'\n");
  git(dir, 'add', '.');
  git(dir, 'commit', '--quiet', '-m', 'infra: main.bicep');
  const infraSha = git(dir, 'rev-parse', 'HEAD');
  return { before, runtimeSha, infraSha };
}

describe('seed 003: the Cloud Deployment Pipeline on the sandbox', () => {
  let sandbox: Sandbox;
  let github: LocalGitHub;
  let dir: string;
  let repo: string;
  let commits: { before: string; runtimeSha: string; infraSha: string };
  let smoke: { allowed: string; denied: string };

  beforeAll(async () => {
    sandbox = await Sandbox.start({ caDir: TEST_SANDBOX_CA_DIR });
    github = await LocalGitHub.start('acme/shop');
    dir = await mkdtemp(path.join(os.tmpdir(), 'dk-seed003-'));
    repo = path.join(dir, 'repo');
    commits = await createRepository(repo);
  });

  afterAll(async () => {
    await sandbox?.stop();
    await github?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** What the commit checks pushed, the API's app registration and smoke clients, and production as it is before the run. */
  beforeEach(async () => {
    await sandbox.reset();
    for (const sha of [commits.runtimeSha, commits.infraSha]) {
      sandbox.registry.pushImage({ repository: 'compass-api', tag: sha, behaviour: 'healthy', version: `api-${sha}` });
      sandbox.registry.pushImage({ repository: 'compass-web', tag: sha, behaviour: 'healthy', version: `web-${sha}` });
    }
    const directory = sandbox.directory;
    directory.addApplication({ displayName: 'compass-api', identifierUris: ['api://compass-api'] });
    const subject = githubSubject(DEFAULT_GITHUB_RUN);
    const allowed = directory.addApplication({ displayName: 'compass-smoke-allowed' });
    const denied = directory.addApplication({ displayName: 'compass-smoke-denied' });
    for (const app of [allowed, denied]) directory.addFederatedCredential(app.appId, { name: 'github-production', issuer: GITHUB_ISSUER, subject });
    smoke = { allowed: allowed.appId, denied: denied.appId };

    await seedProduction(allowed.appId);
  });

  /** The production the pipeline finds: api and web on 1.0.0, the API admitting only `allowedClient` (app-role assignment). */
  async function seedProduction(allowedClient: string): Promise<void> {
    const tags = sandbox.registry.state().repositories;
    const ref = (repository: string) => `${sandbox.host}/${repository}@${tags[repository]!.tags['1.0.0']}`;
    const seed: ArmSeed = {
      apps: [
        {
          name: 'api',
          image: ref('shop/api'),
          minReplicas: 1,
          maxReplicas: 3,
          env: [
            { name: 'APP_ENV', value: 'production' },
            { name: 'AUTH_AUDIENCE', value: 'api://compass-api' },
            { name: 'SANDBOX_ALLOWED_CLIENT_IDS', value: allowedClient },
          ],
        },
        { name: 'web', image: ref('shop/web'), minReplicas: 1, maxReplicas: 3, env: [{ name: 'APP_ENV', value: 'production' }] },
      ],
      jobs: [{ name: 'migrate', image: ref('shop/migrate'), replicaTimeout: 1800 }],
    };
    await sandbox.arm.state.seed(seed);
  }

  function options(overrides: Partial<WorkflowRunOptions>): WorkflowRunOptions {
    const env = sandbox.env();
    const base = sandboxRunOptions(env);
    return {
      workflow: WORKFLOW,
      github,
      event: 'push',
      sha: commits.runtimeSha,
      eventPayload: { before: commits.before },
      checkout: repo,
      jobs: PIPELINE_JOBS,
      given: { 'commit-checks': { result: 'success' } },
      ...base,
      environments: {
        acceptance: { vars: { API_IDENTIFIER_URI: 'api://compass-api' }, secrets: { AZURE_ACCEPTANCE_CLIENT_ID: SANDBOX_IDS.reader.appId } },
        production: {
          vars: {
            ACA_API_APP_NAME: 'api',
            ACA_WEB_APP_NAME: 'web',
            ACA_MIGRATE_JOB_NAME: 'migrate',
            API_IDENTIFIER_URI: 'api://compass-api',
            API_SMOKE_PATH: '/protected',
            API_SMOKE_ALLOWED_TENANT_ID: env.AZURE_TENANT_ID,
            API_SMOKE_ALLOWED_CLIENT_ID: smoke.allowed,
            API_SMOKE_ALLOWED_SCOPE: 'api://compass-api/.default',
            API_SMOKE_DENIED_TENANT_ID: env.AZURE_TENANT_ID,
            API_SMOKE_DENIED_CLIENT_ID: smoke.denied,
            API_SMOKE_DENIED_SCOPE: 'api://compass-api/.default',
            API_SMOKE_DENIED_EXPECTED_CODE: 'assignment_denied',
          },
          secrets: { AZURE_DEPLOY_CLIENT_ID: SANDBOX_IDS.deployer.appId },
        },
      },
      ...overrides,
    };
  }

  async function run(overrides: Partial<WorkflowRunOptions> = {}): Promise<WorkflowRunResult> {
    return runWorkflow(options(overrides));
  }

  it('on a push: freezes the pushed digests, accepts them read-only, deploys them, verifies with smoke clients, and decides YES', async () => {
    const env = sandbox.env();
    const result = await run();
    const transcript = describeRun(result);
    const { jobs } = result;

    // Freeze: the change touched apps/ only, so the scope is runtime and no approval is needed.
    expect({ freeze: jobs['freeze-candidate']!.result, transcript }).toEqual({ freeze: 'success', transcript });
    expect(stepOutcomes(jobs['freeze-candidate']!)).toEqual([
      ['Run actions/checkout@v4', 'success'],
      ['Change scopes of the push', 'success'],
      ['Run acme/deploy-kit/actions/oidc-login@v1', 'success'],
      ['Run acme/deploy-kit/actions/freeze-candidate@v1', 'success'],
      ['Find the run that froze the candidate', 'skipped'],
      ['Run actions/download-artifact@v4', 'skipped'],
      ['Read the frozen manifest', 'success'],
      ['Run actions/upload-artifact@v4', 'success'],
    ]);
    expect(jobs['freeze-candidate']!.outputs['requires-control-plane-approval']).toBe('false');
    expect(JSON.parse(jobs['freeze-candidate']!.outputs.scopes!)).toEqual({ runtime: true, infra: false, identity: false, requiresInfraConvergence: false, migration: false });
    const manifest = JSON.parse(await readFile(path.join(jobs['freeze-candidate']!.workspace, '.artifacts', 'candidate', commits.runtimeSha, 'manifest.json'), 'utf8'));
    const digests = sandbox.registry.state().repositories;
    expect(manifest.images.api.ref).toBe(`${sandbox.host}/compass-api@${digests['compass-api']!.tags[commits.runtimeSha]}`);
    expect(manifest.images.web.ref).toBe(`${sandbox.host}/compass-web@${digests['compass-web']!.tags[commits.runtimeSha]}`);
    // Only jobs granted id-token: write get the ID-token request variables.
    expect(jobs['freeze-candidate']!.idToken).toBe(true);
    expect(jobs['release-decision']!.idToken).toBe(false);

    // Acceptance: read-only identity (the sandbox's Reader), identity preflight, the suite, evidence, a YES.
    expect(jobs.acceptance!.result).toBe('success');
    expect(jobs.acceptance!.environment).toBe('acceptance');
    expect(jobs.acceptance!.outputs.decision).toBe('YES');
    // The preflight is `deploy-kit identity-preflight` (the committed CLI, through the runner's npx).
    expect(jobs.acceptance!.steps.find((s) => s.name.startsWith('Identity config preflight'))!.outputs).toEqual({ 'identifier-uri': 'api://compass-api', source: 'API_IDENTIFIER_URI' });
    expect(jobs.acceptance!.steps.find((s) => s.name.startsWith('Acceptance suite'))!.stdout).toContain('acceptance: api, web pinned by digest');
    expect(jobs.acceptance!.summary).toContain('YES');
    expect(jobs['approve-control-plane']!.result).toBe('skipped');

    const deploy = jobs['deploy-approved-candidate']!;
    expect(deploy.concurrency).toEqual({ group: 'production-mutation', cancelInProgress: false });
    expect(deploy.environment).toBe('production');
    const release = jobs['release-decision']!;
    const decision = JSON.parse(await readFile(path.join(release.workspace, '.artifacts', 'release', commits.runtimeSha, 'decision.json'), 'utf8'));

    const verify = jobs['production-blackbox-verify']!;
    expect({ deploy: deploy.result, verify: verify.result, release: release.result, transcript }).toEqual({ deploy: 'success', verify: 'success', release: 'success', transcript });
    expect(stepOutcomes(deploy)).toEqual([
      ['Run actions/checkout@v4', 'success'],
      ['Run actions/download-artifact@v4', 'success'],
      ['Run acme/deploy-kit/actions/oidc-login@v1', 'skipped'],
      ['Identity preflight and apply', 'skipped'],
      ['Run acme/deploy-kit/actions/oidc-login@v1', 'success'],
      ['Infra apply (Bicep)', 'skipped'],
      ['Run acme/deploy-kit/actions/deploy-digest@v1', 'success'],
      ['Run actions/upload-artifact@v4', 'success'],
    ]);
    expect(JSON.parse(deploy.outputs.fqdns!)).toEqual({ api: expect.stringMatching(/^localhost:\d+$/), web: expect.stringMatching(/^localhost:\d+$/) });
    expect(stepOutcomes(verify).map(([name, outcome]) => `${outcome} ${name}`)).toEqual([
      'success Run actions/download-artifact@v4',
      'success Run acme/deploy-kit/actions/health-gate@v1',
      'success Run acme/deploy-kit/actions/health-gate@v1',
      'success Tokens of the smoke clients (federated credentials, no client secret)',
      'success Run acme/deploy-kit/actions/health-gate@v1',
      'success Run acme/deploy-kit/actions/health-gate@v1',
      'skipped Run acme/deploy-kit/actions/oidc-login@v1',
      'skipped Roll production back to what this deploy replaced',
      'success Run actions/upload-artifact@v4',
    ]);
    // The allowed smoke client got through; the denied one got 403 assignment_denied, as the gate expected.
    const evidence = async (name: string) => JSON.parse(await readFile(path.join(verify.workspace, '.artifacts', 'deploy', commits.runtimeSha, `health-${name}.json`), 'utf8'));
    expect((await evidence('api-smoke-allowed')).status).toBe('pass');
    const denied = await evidence('api-smoke-denied');
    expect(denied.status).toBe('pass');
    expect(JSON.stringify(denied)).toContain('assignment_denied');
    expect(decision.decision).toBe('YES');
    expect(release.outputs.decision).toBe('YES');
    // Production now runs the accepted digests, with the env the deploy must not touch.
    const state = await sandbox.arm.state.read();
    const container = (name: string) => (state.apps.find((app) => app.name === name) as { properties: { template: { containers: Array<{ image: string; env: Array<{ name: string }> }> } } }).properties.template.containers[0]!;
    expect(container('api').image).toBe(manifest.images.api.ref);
    expect(container('web').image).toBe(manifest.images.web.ref);
    expect(container('api').env.map((e) => e.name)).toContain('SANDBOX_ALLOWED_CLIENT_IDS');
    const smokeStep = verify.steps.find((s) => s.id === 'smoke')!;
    expect(smokeStep.outputs.allowed).toMatch(/^ey/);
    expect(stepsPrinting(result, [env.ACTIONS_ID_TOKEN_REQUEST_TOKEN, result.githubToken, smokeStep.outputs.allowed!, smokeStep.outputs.denied!])).toEqual([]);
    expect(runnerWarnings(result)).toEqual([]);
    // Evidence reached the decision from every stage's artifact, and GitHub Deployments recorded it.
    const named = Object.fromEntries(decision.evidence.map((e: { name: string; status: string }) => [e.name, e.status]));
    expect(named.candidate).toBe('pass');
    expect(named.acceptance).toBe('pass');
    const recorded = github.deployments.filter((d) => d.ref === commits.runtimeSha);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]!.environment).toBe('production');
    expect(recorded[0]!.statuses.map((s) => s.state)).toEqual(['success']);
  }, 240_000);

  it('a candidate whose API crashes is refused by the deploy and rolled back (production keeps serving), and the decision is NO', async () => {
    const before = await sandbox.arm.state.read();
    const imageOf = (state: typeof before, name: string) => (state.apps.find((app) => app.name === name) as { properties: { template: { containers: Array<{ image: string }> } } }).properties.template.containers[0]!.image;
    // The commit checks pushed an API image that crashes as soon as it starts.
    sandbox.registry.pushImage({ repository: 'compass-api', tag: commits.runtimeSha, behaviour: 'crash:0ms', version: 'api-crash' });
    const result = await run();
    const transcript = describeRun(result);
    const { jobs } = result;
    expect({ acceptance: jobs.acceptance!.result, deploy: jobs['deploy-approved-candidate']!.result, transcript }).toEqual({ acceptance: 'success', deploy: 'failure', transcript });
    expect(jobs['deploy-approved-candidate']!.steps.find((s) => s.id === 'deploy')!.outcome).toBe('failure');
    expect(jobs['production-blackbox-verify']!.result).toBe('skipped');
    expect(jobs['release-decision']!.result).toBe('failure');
    expect(jobs['release-decision']!.outputs.decision).toBe('NO');
    const after = await sandbox.arm.state.read();
    expect(imageOf(after, 'api')).toBe(imageOf(before, 'api'));
    expect(imageOf(after, 'web')).toBe(imageOf(before, 'web'));
    const recorded = github.deployments.filter((d) => d.ref === commits.runtimeSha);
    expect(recorded.at(-1)!.statuses.map((s) => s.state)).toEqual(['failure']);
  }, 240_000);

  it('when a smoke check fails after the deploy, the verification rolls production back and the decision is NO', async () => {
    const imageOf = (state: Awaited<ReturnType<Sandbox['arm']['state']['read']>>, name: string) =>
      (state.apps.find((app) => app.name === name) as { properties: { template: { containers: Array<{ image: string }> } } }).properties.template.containers[0]!.image;
    const before = imageOf(await sandbox.arm.state.read(), 'api');
    // The app-role assignment of the allowed smoke client was lost: the API answers it 403 assignment_denied.
    await seedProduction('00000000-0000-0000-0000-00000000beef');
    const result = await run();
    const transcript = describeRun(result);
    const verify = result.jobs['production-blackbox-verify']!;
    expect({ deploy: result.jobs['deploy-approved-candidate']!.result, verify: verify.result, transcript }).toEqual({ deploy: 'success', verify: 'failure', transcript });
    expect(stepOutcomes(verify).map(([name, outcome]) => `${outcome} ${name}`)).toEqual([
      'success Run actions/download-artifact@v4',
      'success Run acme/deploy-kit/actions/health-gate@v1',
      'success Run acme/deploy-kit/actions/health-gate@v1',
      'success Tokens of the smoke clients (federated credentials, no client secret)',
      'failure Run acme/deploy-kit/actions/health-gate@v1',
      'skipped Run acme/deploy-kit/actions/health-gate@v1',
      'success Run acme/deploy-kit/actions/oidc-login@v1',
      'success Roll production back to what this deploy replaced',
      'success Run actions/upload-artifact@v4',
    ]);
    expect(imageOf(await sandbox.arm.state.read(), 'api')).toBe(before);
    const release = result.jobs['release-decision']!;
    expect(release.outputs.decision).toBe('NO');
    const decision = JSON.parse(await readFile(path.join(release.workspace, '.artifacts', 'release', commits.runtimeSha, 'decision.json'), 'utf8'));
    const named = Object.fromEntries(decision.evidence.map((e: { name: string; status: string }) => [e.name, e.status]));
    expect(named).toMatchObject({ candidate: 'pass', acceptance: 'pass', api: 'pass', web: 'pass', 'api-smoke-allowed': 'fail', 'api-smoke-denied': 'missing' });
  }, 240_000);

  it('a workflow_dispatch replay by candidate_sha deploys the manifest frozen when the candidate was accepted, not a new one', async () => {
    const first = await run({ jobs: ['freeze-candidate', 'acceptance'] });
    expect({ result: first.jobs['freeze-candidate']!.result, transcript: describeRun(first) }).toEqual({ result: 'success', transcript: describeRun(first) });
    const original = first.jobs['freeze-candidate']!.outputs['manifest-sha256'];

    // Someone re-pushes the tag after acceptance: a replay must not notice.
    sandbox.registry.pushImage({ repository: 'compass-api', tag: commits.runtimeSha, behaviour: 'unhealthy', version: 'moved-tag' });
    const replay = await run({ event: 'workflow_dispatch', inputs: { candidate_sha: commits.runtimeSha }, sha: commits.infraSha, eventPayload: {}, given: { 'commit-checks': { result: 'skipped' } }, jobs: ['freeze-candidate', 'acceptance'] });
    const transcript = describeRun(replay);
    const freeze = replay.jobs['freeze-candidate']!;
    expect({ result: freeze.result, transcript }).toEqual({ result: 'success', transcript });
    expect(stepOutcomes(freeze)).toEqual([
      ['Run actions/checkout@v4', 'skipped'],
      ['Change scopes of the push', 'skipped'],
      ['Run acme/deploy-kit/actions/oidc-login@v1', 'skipped'],
      ['Run acme/deploy-kit/actions/freeze-candidate@v1', 'skipped'],
      ['Find the run that froze the candidate', 'success'],
      ['Run actions/download-artifact@v4', 'success'],
      ['Read the frozen manifest', 'success'],
      ['Run actions/upload-artifact@v4', 'success'],
    ]);
    expect(freeze.steps.find((s) => s.id === 'origin')!.outputs['run-id']).toBe(String(first.runId));
    expect(freeze.outputs['manifest-sha256']).toBe(original);
    expect(github.requests).toContain(`GET /repos/acme/shop/actions/artifacts?name=candidate-${commits.runtimeSha}&per_page=1`);
    expect(replay.jobs.acceptance!.result).toBe('success');
    expect(replay.jobs.acceptance!.outputs.decision).toBe('YES');
  }, 180_000);

  it('a replay of a SHA that was never frozen fails in freeze-candidate and says why', async () => {
    const never = 'f'.repeat(40);
    const replay = await run({ event: 'workflow_dispatch', inputs: { candidate_sha: never }, eventPayload: {}, given: { 'commit-checks': { result: 'skipped' } }, jobs: ['freeze-candidate', 'acceptance'] });
    const freeze = replay.jobs['freeze-candidate']!;
    expect(freeze.result).toBe('failure');
    expect(freeze.steps.find((s) => s.id === 'origin')!.stdout).toContain(`::error::No frozen candidate for ${never}`);
    expect(replay.jobs.acceptance!.result).toBe('skipped');
  }, 120_000);

  it('an infra change requires the production-control-plane approval: approved, it is recorded as evidence; rejected, nothing deploys', async () => {
    const scoped = { sha: commits.infraSha, eventPayload: { before: commits.runtimeSha } };
    const approved = await run({ ...scoped, jobs: ['freeze-candidate', 'acceptance', 'approve-control-plane'] });
    const transcript = describeRun(approved);
    expect({ approval: approved.jobs['approve-control-plane']!.result, transcript }).toEqual({ approval: 'success', transcript });
    expect(approved.jobs['freeze-candidate']!.outputs['requires-control-plane-approval']).toBe('true');
    expect(JSON.parse(approved.jobs['freeze-candidate']!.outputs.scopes!)).toMatchObject({ runtime: true, infra: true });
    expect(approved.jobs['approve-control-plane']!.environment).toBe('production-control-plane');
    const evidence = JSON.parse(await readFile(path.join(approved.jobs['approve-control-plane']!.workspace, '.artifacts', 'evidence', commits.infraSha, 'control-plane-approval.json'), 'utf8'));
    expect(evidence.status).toBe('pass');

    const rejected = await run({
      ...scoped,
      jobs: ['freeze-candidate', 'acceptance', 'approve-control-plane', 'deploy-approved-candidate'],
      environments: { ...options({}).environments, 'production-control-plane': { approved: false } },
    });
    expect(rejected.jobs['approve-control-plane']!.result).toBe('failure');
    expect(rejected.jobs['deploy-approved-candidate']!.result).toBe('skipped');
    expect(rejected.jobs['deploy-approved-candidate']!.steps).toEqual([]);
  }, 180_000);
});

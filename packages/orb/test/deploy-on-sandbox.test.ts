/**
 * The orb's `deploy` job end to end on the sandbox, as a CircleCI job would run it: a context's
 * variables (AZURE_*, the sandbox endpoints) and CIRCLE_OIDC_TOKEN_V2 in the environment, the
 * packed orb's steps in bash, the committed CLI bundle in place of npx. OIDC login, freeze, deploy,
 * health gate and decision run for real; the job ends YES with every artifact written, and no
 * token in any log or file.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_CIRCLECI_PROJECT, Sandbox } from '@deploy-kit/sandbox';
import { prepareCircleCiJob, readBashEnv, runOrbJob } from '../src/index.ts';
import { TEST_SANDBOX_CA_DIR } from '../../../test/setup/sandbox-ca.ts';
import { committedOrb, repoRoot } from './support/repo.ts';

const SHA = '9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c';

let sandbox: Sandbox;
const scratch: string[] = [];
/** Shared by the staging and production jobs of one workflow, as CircleCI's workspace is. */
let workspaceDir: string;
let frozenRef: string;

beforeAll(async () => {
  sandbox = await Sandbox.start({ caDir: TEST_SANDBOX_CA_DIR });
  workspaceDir = await mkdtemp(path.join(os.tmpdir(), 'dk-orb-workspace-'));
  scratch.push(workspaceDir);
}, 60_000);

async function appFqdn(name: string): Promise<string> {
  const apps = (await sandbox.arm.state.read()).apps as { name: string; properties: { configuration: { ingress: { fqdn: string } } } }[];
  return apps.find((app) => app.name === name)!.properties.configuration.ingress.fqdn;
}

function report(outcome: Awaited<ReturnType<typeof runOrbJob>>): string[] {
  return outcome.steps.map((step) => `${step.step.kind === 'run' ? step.step.name : step.step.type}: ${step.status}${step.status === 'failed' ? `\n${step.stdout}${step.stderr}` : ''}`);
}

afterAll(async () => {
  await sandbox?.stop();
  await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function listFiles(root: string, dir = ''): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(path.join(root, dir), { withFileTypes: true })) {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(root, relative)));
    else files.push(relative);
  }
  return files.sort();
}

describe('deploy-kit/deploy on the sandbox', () => {
  it('logs in with the CircleCI token, freezes, deploys rev-<short sha>, passes the gate and decides YES', async () => {
    const context = sandbox.env();
    sandbox.registry.pushImage({ repository: 'shop/api', tag: 'v2', behaviour: 'healthy' });
    const fqdn = await appFqdn('api');
    const job = await prepareCircleCiJob({ sha: SHA, cli: path.join(repoRoot, 'dist', 'cli', 'index.js'), extra: context });
    const cwd = await mkdtemp(path.join(os.tmpdir(), 'dk-orb-deploy-'));
    scratch.push(job.dir, cwd);

    const outcome = await runOrbJob(
      committedOrb(),
      'deploy',
      {
        // As a config would write them: values from the context, expanded by `circleci env subst`.
        images: 'api=${DEPLOYKIT_REGISTRY}/shop/api:v2',
        'resource-group': '${DEPLOYKIT_RESOURCE_GROUP}',
        apps: 'api=api',
        audience: DEFAULT_CIRCLECI_PROJECT.orgId,
        'authority-host': '${AZURE_AUTHORITY_HOST}',
        'arm-endpoint': '${DEPLOYKIT_ARM_ENDPOINT}',
        'gate-urls': `https://${fqdn}/health`,
        'gate-name': 'api',
        'gate-expect-json': '{"status":"healthy"}',
        environment: 'production',
      },
      { cwd, env: job.env, workspaceDir, stepTimeoutMs: 120_000 },
    );

    expect(report(outcome)).toEqual([
      'checkout: success',
      'deploy-kit OIDC login: success',
      'deploy-kit freeze candidate: success',
      'deploy-kit deploy digest: success',
      'deploy-kit health gate: success',
      'deploy-kit release decision: success',
      'store_artifacts: success',
      'persist_to_workspace: success',
    ]);

    const exported = readBashEnv(job.bashEnv);
    expect(exported).toMatchObject({
      DEPLOYKIT_OIDC_LOGIN_SUBSCRIPTION_ID: context.AZURE_SUBSCRIPTION_ID,
      DEPLOYKIT_HEALTH_GATE_VERDICT: 'pass',
      DEPLOYKIT_RELEASE_DECISION_DECISION: 'YES',
    });
    expect(JSON.parse(exported.DEPLOYKIT_DEPLOY_DIGEST_REVISIONS!)).toEqual({ api: `api--rev-${SHA.slice(0, 7)}` });

    const artifacts = await listFiles(path.join(cwd, '.artifacts'));
    expect(artifacts).toEqual(
      expect.arrayContaining([`candidate/${SHA}/manifest.json`, `deploy/${SHA}/api.json`, `deploy/${SHA}/health-api.json`, `production/${SHA}/deployment-record.json`, `release/${SHA}/decision.json`]),
    );
    const decision = JSON.parse(await readFile(path.join(cwd, '.artifacts', 'release', SHA, 'decision.json'), 'utf8')) as { decision: string };
    expect(decision.decision).toBe('YES');
    // The frozen candidate is in the workspace for the next job (production after approval).
    expect(await listFiles(workspaceDir)).toEqual([`.artifacts/candidate/${SHA}/manifest.json`]);
    const manifest = JSON.parse(await readFile(path.join(workspaceDir, '.artifacts', 'candidate', SHA, 'manifest.json'), 'utf8')) as { images: Record<string, { ref: string }> };
    frozenRef = manifest.images.api!.ref;

    const texts = [...outcome.steps.flatMap((step) => [step.stdout, step.stderr]), await readFile(job.bashEnv, 'utf8')];
    for (const file of artifacts) texts.push(await readFile(path.join(cwd, '.artifacts', file), 'utf8'));
    for (const text of texts) {
      expect(text).not.toContain(context.CIRCLE_OIDC_TOKEN_V2);
      expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\./);
    }
  }, 180_000);

  it('after the approval, production deploys the digest staging froze from the workspace, even though the tag has moved since', async () => {
    expect(frozenRef).toMatch(/@sha256:[0-9a-f]{64}$/);
    // Someone pushes over the tag between staging and production: production must not notice.
    const moved = sandbox.registry.pushImage({ repository: 'shop/api', tag: 'v2', behaviour: 'unhealthy' });
    expect(frozenRef.endsWith(moved)).toBe(false);
    const job = await prepareCircleCiJob({ sha: SHA, cli: path.join(repoRoot, 'dist', 'cli', 'index.js'), extra: sandbox.env() });
    const cwd = await mkdtemp(path.join(os.tmpdir(), 'dk-orb-production-'));
    scratch.push(job.dir, cwd);

    const outcome = await runOrbJob(
      committedOrb(),
      'deploy',
      {
        'attach-workspace': true,
        'resource-group': '${DEPLOYKIT_RESOURCE_GROUP}',
        // The sandbox has two apps; `web` plays production here, running the API image.
        apps: 'web=api',
        audience: DEFAULT_CIRCLECI_PROJECT.orgId,
        'authority-host': '${AZURE_AUTHORITY_HOST}',
        'arm-endpoint': '${DEPLOYKIT_ARM_ENDPOINT}',
        'gate-urls': `https://${await appFqdn('web')}/health`,
        'gate-expect-json': '{"status":"healthy"}',
      },
      { cwd, env: job.env, workspaceDir, stepTimeoutMs: 120_000 },
    );
    expect(report(outcome)).toEqual([
      'checkout: success',
      'attach_workspace: success',
      'deploy-kit OIDC login: success',
      'deploy-kit deploy digest: success',
      'deploy-kit health gate: success',
      'deploy-kit release decision: success',
      'store_artifacts: success',
      'persist_to_workspace: success',
    ]);
    const record = JSON.parse(await readFile(path.join(cwd, '.artifacts', 'deploy', SHA, 'web.json'), 'utf8')) as object;
    expect(JSON.stringify(record)).toContain(frozenRef);
    expect(JSON.stringify(record)).not.toContain(moved);
    expect(readBashEnv(job.bashEnv)).toMatchObject({ DEPLOYKIT_RELEASE_DECISION_DECISION: 'YES' });
  }, 180_000);
});

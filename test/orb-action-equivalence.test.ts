/**
 * One engine, two front ends: the same candidate deployed through the CircleCI orb's `deploy`
 * job and through the GitHub root action, each on a fresh sandbox, leaves the same artifacts
 * (up to the sandbox's ports and the timestamps).
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_CIRCLECI_PROJECT, Sandbox } from '@deploy-kit/sandbox';
import { prepareCircleCiJob, readPackedOrb, runOrbJob } from '@deploy-kit/orb';
import { runActionBundle } from './support/github-runner.ts';
import { repoRoot } from './support/repo.ts';
import { TEST_SANDBOX_CA_DIR } from './setup/sandbox-ca.ts';

const SHA = '3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c';

/** The parts of the artifacts that must not depend on the front end. */
async function essence(artifactsDir: string) {
  const read = async (...parts: string[]) => JSON.parse(await readFile(path.join(artifactsDir, ...parts), 'utf8'));
  const [manifest, record, health, decision] = await Promise.all([
    read('candidate', SHA, 'manifest.json'),
    read('production', SHA, 'deployment-record.json'),
    read('deploy', SHA, 'health-health.json'),
    read('release', SHA, 'decision.json'),
  ]);
  const text = JSON.stringify({
    candidate: { images: manifest.images, scopes: manifest.scopes, approval: manifest.requiresControlPlaneApproval, integrityValid: true },
    deploy: { status: record.status, traffic: record.traffic, apps: record.apps.map((a: { app: string; status: string; current: unknown; previous: unknown }) => ({ app: a.app, status: a.status, current: a.current, previous: a.previous })) },
    health: { status: health.status, urls: health.urls.length },
    decision: { decision: decision.decision, evidence: decision.evidence.map((e: { name: string; status: string }) => [e.name, e.status]) },
  });
  return JSON.parse(text.replace(/localhost:\d+/g, 'localhost:PORT'));
}

async function fqdnOf(sandbox: Sandbox, app: string): Promise<string> {
  const apps = (await sandbox.arm.state.read()).apps as { name: string; properties: { configuration: { ingress: { fqdn: string } } } }[];
  return apps.find((a) => a.name === app)!.properties.configuration.ingress.fqdn;
}

it('deploys the same candidate to the same result through the orb and through the action', async () => {
  const [viaOrb, viaAction] = await Promise.all([Sandbox.start({ caDir: TEST_SANDBOX_CA_DIR }), Sandbox.start({ caDir: TEST_SANDBOX_CA_DIR })]);
  try {
    // CircleCI: the orb's deploy job, its steps in bash, the committed CLI bundle in place of npx.
    const context = viaOrb.env();
    const job = await prepareCircleCiJob({ sha: SHA, cli: path.join(repoRoot, 'dist', 'cli', 'index.js'), extra: context });
    const orbDir = await mkdtemp(path.join(os.tmpdir(), 'dk-equiv-orb-'));
    const outcome = await runOrbJob(
      readPackedOrb(path.join(repoRoot, 'dist', 'orb.yml')),
      'deploy',
      {
        images: 'api=${DEPLOYKIT_REGISTRY}/shop/api:1.1.0\nweb=${DEPLOYKIT_REGISTRY}/shop/web:1.1.0',
        'resource-group': '${DEPLOYKIT_RESOURCE_GROUP}',
        apps: 'api=api\nweb=web',
        audience: DEFAULT_CIRCLECI_PROJECT.orgId,
        'authority-host': '${AZURE_AUTHORITY_HOST}',
        'arm-endpoint': '${DEPLOYKIT_ARM_ENDPOINT}',
        'gate-urls': `https://${await fqdnOf(viaOrb, 'api')}/health\nhttps://${await fqdnOf(viaOrb, 'web')}/health`,
        'gate-name': 'health',
        'gate-expect-json': '{"status":"healthy"}',
        required: 'candidate\ndeploy\nhealth',
        environment: 'production',
      },
      { cwd: orbDir, env: job.env, stepTimeoutMs: 120_000 },
    );
    expect(outcome.steps.filter((step) => step.status !== 'success').map((step) => `${step.stdout}${step.stderr}`)).toEqual([]);

    // GitHub: the root action's bundle as a step, OIDC through the ID-token endpoint.
    const env = viaAction.env();
    const step = await runActionBundle(
      '.',
      {
        'client-id': env.AZURE_CLIENT_ID,
        'tenant-id': env.AZURE_TENANT_ID,
        'subscription-id': env.AZURE_SUBSCRIPTION_ID,
        'authority-host': env.AZURE_AUTHORITY_HOST,
        'arm-endpoint': env.DEPLOYKIT_ARM_ENDPOINT,
        images: `api=${env.DEPLOYKIT_REGISTRY}/shop/api:1.1.0\nweb=${env.DEPLOYKIT_REGISTRY}/shop/web:1.1.0`,
        'resource-group': env.DEPLOYKIT_RESOURCE_GROUP,
        apps: 'api=api\nweb=web',
        sha: SHA,
      },
      { ACTIONS_ID_TOKEN_REQUEST_URL: env.ACTIONS_ID_TOKEN_REQUEST_URL, ACTIONS_ID_TOKEN_REQUEST_TOKEN: env.ACTIONS_ID_TOKEN_REQUEST_TOKEN },
    );
    expect(step.code).toBe(0);

    const [orbResult, actionResult] = await Promise.all([essence(path.join(orbDir, '.artifacts')), essence(path.join(step.cwd, '.artifacts'))]);
    expect(orbResult.decision.decision).toBe('YES');
    expect(orbResult).toEqual(actionResult);
  } finally {
    await Promise.all([viaOrb.stop(), viaAction.stop()]);
  }
}, 240_000);

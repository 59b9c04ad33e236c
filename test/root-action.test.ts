/**
 * The root action (`uses: <owner>/deploy-kit@v1`): the committed dist/deploy-kit bundle run as a
 * GitHub step against the sandbox — login through GitHub's ID-token endpoint, freeze, deploy,
 * health gate and decision in one step.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Sandbox } from '@deploy-kit/sandbox';
import { runActionBundle } from './support/github-runner.ts';
import { TEST_SANDBOX_CA_DIR } from './setup/sandbox-ca.ts';

describe('root action on the sandbox', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await Sandbox.start({ caDir: TEST_SANDBOX_CA_DIR });
  });
  afterAll(async () => sandbox.stop());

  function stepEnv(): Record<string, string> {
    const env = sandbox.env();
    // What a GitHub job with `permissions: id-token: write` has; the rest comes from inputs.
    return { ACTIONS_ID_TOKEN_REQUEST_URL: env.ACTIONS_ID_TOKEN_REQUEST_URL, ACTIONS_ID_TOKEN_REQUEST_TOKEN: env.ACTIONS_ID_TOKEN_REQUEST_TOKEN };
  }

  function inputs(sha: string, apiTag: string): Record<string, string> {
    const env = sandbox.env();
    return {
      'client-id': env.AZURE_CLIENT_ID,
      'tenant-id': env.AZURE_TENANT_ID,
      'subscription-id': env.AZURE_SUBSCRIPTION_ID,
      'authority-host': env.AZURE_AUTHORITY_HOST,
      'arm-endpoint': env.DEPLOYKIT_ARM_ENDPOINT,
      images: `api=${env.DEPLOYKIT_REGISTRY}/shop/api:${apiTag}\nweb=${env.DEPLOYKIT_REGISTRY}/shop/web:1.1.0`,
      'resource-group': env.DEPLOYKIT_RESOURCE_GROUP,
      apps: 'api=api\nweb=web',
      sha,
    };
  }

  it('deploys a good candidate in one step and ends YES', async () => {
    const sha = '1000000000000000000000000000000000000001';
    const step = await runActionBundle('.', inputs(sha, '1.1.0'), stepEnv());
    expect(step.code).toBe(0);
    expect(step.outputs.decision).toBe('YES');
    expect(step.outputs.verdict).toBe('pass');
    expect(JSON.parse(step.outputs.revisions!)).toEqual({ api: 'api--rev-1000000', web: 'web--rev-1000000' });
    const decision = JSON.parse(await readFile(path.join(step.cwd, step.outputs['decision-path']!), 'utf8'));
    expect(decision.evidence.map((e: { name: string; status: string }) => [e.name, e.status])).toEqual(
      expect.arrayContaining([
        ['candidate', 'pass'],
        ['deploy', 'pass'],
        ['health', 'pass'],
      ]),
    );
    expect(step.exportedEnv.AZURE_CLIENT_ID).toBe(sandbox.env().AZURE_CLIENT_ID);
    expect(step.summary).toContain('YES');
    // The ID token and access tokens appear only in the runner's add-mask commands.
    expect(step.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n')).not.toMatch(/eyJ[\w-]{10,}\.[\w-]{10,}\./);
  });

  it('ends NO with exit 1 when the new revision crashes, after rolling it back', async () => {
    const sha = '2000000000000000000000000000000000000002';
    const step = await runActionBundle('.', inputs(sha, 'crash'), stepEnv());
    expect(step.code).toBe(1);
    expect(step.outputs.decision).toBe('NO');
    const record = JSON.parse(await readFile(path.join(step.cwd, '.artifacts', 'production', sha, 'deployment-record.json'), 'utf8'));
    expect(record.status).toBe('rolled-back');
    // The crashed revision never served: api still runs the image the first candidate deployed.
    const apps = (await sandbox.arm.state.read()).apps as unknown as Array<{ name: string; properties: { latestReadyRevisionName?: string; template: { containers: Array<{ image: string }> } } }>;
    const api = apps.find((app) => app.name === 'api')!;
    const crashed = JSON.parse(await readFile(path.join(step.cwd, '.artifacts', 'candidate', sha, 'manifest.json'), 'utf8')).images.api.ref as string;
    expect(api.properties.template.containers[0]!.image).toMatch(/shop\/api@sha256:/);
    expect(api.properties.template.containers[0]!.image).not.toBe(crashed);
    expect(record.apps.find((a: { app: string }) => a.app === 'api').previous.revision).toBe('api--rev-1000000');
  });
});

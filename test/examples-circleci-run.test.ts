/**
 * examples/circleci/config.yml (seed 000) run on the sandbox: its deploy-kit jobs, in workflow
 * order — deploy-staging, then (after the hold-for-production approval) deploy-production — with
 * the orb's steps in bash, the contexts' variables pointing at the sandbox, and GHCR played by the
 * sandbox registry. The jobs that need Docker (build, push) are replaced by pushing the image.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { DEFAULT_CIRCLECI_PROJECT, Sandbox } from '@deploy-kit/sandbox';
import { prepareCircleCiJob, readPackedOrb, runOrbJob } from '@deploy-kit/orb';
import { repoRoot } from './support/repo.ts';
import { TEST_SANDBOX_CA_DIR } from './setup/sandbox-ca.ts';

const SHA = '5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e';

interface WorkflowJob {
  name?: string;
  type?: string;
  [parameter: string]: unknown;
}

it('runs seed 000 as the example writes it: staging, approval, production of the same digest', async () => {
  const config = YAML.parse(await readFile(path.join(repoRoot, 'examples', 'circleci', 'config.yml'), 'utf8')) as {
    workflows: Record<string, { jobs: Array<string | Record<string, WorkflowJob>> }>;
  };
  const invocations = config.workflows['build-and-deploy']!.jobs.flatMap((entry) => (typeof entry === 'string' ? [] : Object.entries(entry))).filter(([job]) => job.startsWith('deploy-kit/'));
  expect(invocations.map(([job, args]) => `${job} ${args.name}`)).toEqual(['deploy-kit/deploy deploy-staging', 'deploy-kit/deploy deploy-production']);

  const sandbox = await Sandbox.start({ caDir: TEST_SANDBOX_CA_DIR });
  try {
    const context = sandbox.env();
    // What build-docker and push-ghcr leave behind: the commit's image in "GHCR".
    sandbox.registry.pushImage({ repository: 'globomantics/schematica', tag: SHA, behaviour: 'healthy' });
    const initial = `${context.DEPLOYKIT_REGISTRY}/${'shop/web'}:1.0.0`;
    await sandbox.arm.state.seed({ apps: [{ name: 'schematica-staging', image: initial, minReplicas: 1 }, { name: 'schematica', image: initial, minReplicas: 1 }], jobs: [] });
    const fqdn = async (app: string) => {
      const apps = (await sandbox.arm.state.read()).apps as unknown as Array<{ name: string; properties: { configuration: { ingress: { fqdn: string } } } }>;
      return apps.find((a) => a.name === app)!.properties.configuration.ingress.fqdn;
    };
    const contexts = {
      ...context,
      AZURE_RESOURCE_GROUP: context.DEPLOYKIT_RESOURCE_GROUP,
      AZURE_CONTAINERAPPS_NAME: 'schematica',
      STAGING_FQDN: await fqdn('schematica-staging'),
      PRODUCTION_FQDN: await fqdn('schematica'),
      GHCR_USERNAME: 'globomantics-ci',
      GHCR_TOKEN: 'ghcr-token-not-checked-by-the-sandbox',
    };
    const orb = readPackedOrb(path.join(repoRoot, 'dist', 'orb.yml'));
    const workspaceDir = await mkdtemp(path.join(os.tmpdir(), 'dk-circle-workspace-'));
    const decisions: string[] = [];
    for (const [, args] of invocations) {
      const { name, context: _context, requires: _requires, ...parameters } = args;
      // GHCR is the sandbox's registry here; CircleCI's audience is the org id, as the orb README says.
      const substituted = Object.fromEntries(Object.entries(parameters).map(([key, value]) => [key, typeof value === 'string' ? value.replaceAll('ghcr.io/', '${DEPLOYKIT_REGISTRY}/') : value]));
      const job = await prepareCircleCiJob({ sha: SHA, cli: path.join(repoRoot, 'dist', 'cli', 'index.js'), extra: contexts });
      const cwd = await mkdtemp(path.join(os.tmpdir(), `dk-circle-${String(name)}-`));
      const outcome = await runOrbJob(
        orb,
        'deploy',
        { ...substituted, audience: DEFAULT_CIRCLECI_PROJECT.orgId, 'authority-host': '${AZURE_AUTHORITY_HOST}', 'arm-endpoint': '${DEPLOYKIT_ARM_ENDPOINT}' },
        { cwd, env: job.env, workspaceDir, stepTimeoutMs: 120_000 },
      );
      const failed = outcome.steps.filter((step) => step.status !== 'success').map((step) => `${String(name)}: ${step.stdout}${step.stderr}`);
      expect(failed).toEqual([]);
      const decision = JSON.parse(await readFile(path.join(cwd, '.artifacts', 'release', SHA, 'decision.json'), 'utf8')) as { decision: string; environment: string };
      decisions.push(`${decision.environment}: ${decision.decision}`);
    }
    expect(decisions).toEqual(['staging: YES', 'production: YES']);
    // Both environments run the digest staging froze, never a tag.
    const apps = (await sandbox.arm.state.read()).apps as unknown as Array<{ name: string; properties: { template: { containers: Array<{ image: string }> } } }>;
    const images = apps.map((app) => app.properties.template.containers[0]!.image);
    expect(new Set(images).size).toBe(1);
    expect(images[0]).toMatch(/\/globomantics\/schematica@sha256:[0-9a-f]{64}$/);
  } finally {
    await sandbox.stop();
  }
}, 240_000);

import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Env, Writable } from '@deploy-kit/core';
import { DemoJob, type StepOutcome } from './step-runner.ts';
import { trustCertificateAuthority } from './trust.ts';

export interface SandboxDemoOptions {
  artifactsDir: string;
  env: Env;
  log: Writable;
}

export interface CandidateRun {
  sha: string;
  label: string;
  outcomes: StepOutcome[];
  decision: string | undefined;
  decisionPath: string | undefined;
}

const GOOD_SHA = 'a11ce00000000000000000000000000000000001';
const BAD_SHA = 'bad0000000000000000000000000000000000002';

/**
 * Seed 003's production sequence on the sandbox, twice: a good candidate that ends YES, then a
 * bad one whose new revision fails its health check, is rolled back automatically, and ends NO.
 * Every step is the real action, through the real SDKs, over HTTPS.
 */
export async function runSandboxDemo(options: SandboxDemoOptions): Promise<CandidateRun[]> {
  const [{ Sandbox }, { oidcLoginAction }, { freezeCandidateAction }, { deployDigestAction }, { healthGateAction }, { releaseDecisionAction }] = await Promise.all([
    import('@deploy-kit/sandbox'),
    import('@deploy-kit/azure-auth'),
    import('@deploy-kit/candidate'),
    import('@deploy-kit/deploy-digest'),
    import('@deploy-kit/health-gate'),
    import('@deploy-kit/release-decision'),
  ]);
  const sandbox = await Sandbox.start();
  trustCertificateAuthority(sandbox.ca.certPem);
  options.log.write(`  Sandbox on ${sandbox.url}: Entra, OIDC issuers, Container Apps (api, web, job migrate), registry ${sandbox.host}.\n`);
  try {
    const sandboxEnv = sandbox.env();
    const registry = sandboxEnv.DEPLOYKIT_REGISTRY;
    const runs: CandidateRun[] = [];
    for (const candidate of [
      { sha: GOOD_SHA, label: 'candidate 1: api and web 1.1.0', api: 'shop/api:1.1.0' },
      { sha: BAD_SHA, label: 'candidate 2: an api image that answers {"status":"unhealthy"}', api: 'shop/api:bad' },
    ]) {
      options.log.write(`\n━━ ${candidate.label} (${candidate.sha.slice(0, 7)})\n`);
      for (const stage of ['candidate', 'deploy', 'production', 'release']) await rm(path.join(options.artifactsDir, stage, candidate.sha), { recursive: true, force: true });
      // A GitHub-shaped OIDC token, as the job's ID-token endpoint would give it.
      const job = new DemoJob({ ...options.env, ...sandboxEnv, DEPLOYKIT_OIDC_TOKEN: sandbox.mintGitHubToken({ audience: 'api://AzureADTokenExchange' }) }, options.log);
      const common = { sha: candidate.sha, 'artifacts-dir': options.artifactsDir };
      const outcomes: StepOutcome[] = [];
      outcomes.push(await job.run(oidcLoginAction, {}, 'oidc-login: federated token exchange, ARM read'));
      outcomes.push(
        await job.run(
          freezeCandidateAction,
          { ...common, repository: 'acme/shop', images: `api=${registry}/${candidate.api}\nweb=${registry}/shop/web:1.1.0\nmigrate=${registry}/shop/migrate:1.0.0`, scopes: 'runtime,migration' },
          'freeze-candidate: tags → digests, frozen manifest',
        ),
      );
      const deploy = await job.run(
        deployDigestAction,
        { ...common, 'resource-group': sandboxEnv.DEPLOYKIT_RESOURCE_GROUP, apps: 'api=api\nweb=web', 'migration-job': 'migrate=migrate', traffic: 'all', 'health-timeout': '20s' },
        'deploy-digest: migration job, then api and web by digest',
      );
      outcomes.push(deploy);
      const fqdns = deploy.outputs.fqdns ? (JSON.parse(deploy.outputs.fqdns) as Record<string, string>) : {};
      const urls = Object.values(fqdns).map((fqdn) => `https://${fqdn}/health`);
      if (urls.length > 0) {
        outcomes.push(await job.run(healthGateAction, { ...common, name: 'api', urls: urls.join('\n'), 'expect-json': '{"status":"healthy"}', timeout: '30s', 'max-failures': '5' }, 'health-gate: what serves the app FQDNs now'));
      }
      const decision = await job.run(releaseDecisionAction, { ...common, required: 'candidate\ndeploy\napi', environment: 'production', 'fail-on-no': 'false' }, 'release-decision');
      outcomes.push(decision);
      runs.push({ sha: candidate.sha, label: candidate.label, outcomes, decision: decision.outputs.decision, decisionPath: decision.outputs['decision-path'] });
    }
    return runs;
  } finally {
    await sandbox.stop();
  }
}

import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Env, Writable } from '@deploy-kit/core';
import { startExampleService } from './example-service.ts';
import { runStep, type StepOutcome } from './step-runner.ts';

export interface DemoOptions {
  artifactsDir: string;
  env: Env;
  log: Writable;
}

const SHA = 'a11ce00000000000000000000000000000000001';

/**
 * The pipeline's verification half on a local service that starts slowly: a health gate that
 * answers as soon as the service is healthy, then the release decision.
 */
export async function runHealthDemo(options: DemoOptions): Promise<{ outcomes: StepOutcome[]; decision: string | undefined }> {
  const [{ healthGateAction }, { releaseDecisionAction }] = await Promise.all([import('@deploy-kit/health-gate'), import('@deploy-kit/release-decision')]);
  await rm(path.join(options.artifactsDir, 'deploy', SHA), { recursive: true, force: true });
  const service = await startExampleService(2500);
  options.log.write(`  Example service on ${service.url}; it reports healthy after 2.5 s.\n`);
  try {
    const io = { env: options.env, log: options.log };
    const common = { sha: SHA, 'artifacts-dir': options.artifactsDir };
    const outcomes = [
      await runStep(healthGateAction, { ...common, name: 'api', urls: `${service.url}/health\n${service.url}/ready`, 'expect-json': '{"status":"healthy"}', timeout: '60s' }, io, 'health-gate: /health and /ready until healthy'),
      await runStep(releaseDecisionAction, { ...common, required: 'api', environment: 'demo', 'fail-on-no': 'false' }, io, 'release-decision: is every required stage green?'),
    ];
    return { outcomes, decision: outcomes[1]!.outputs.decision };
  } finally {
    await service.close();
  }
}

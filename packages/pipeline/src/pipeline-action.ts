import { pipelineSpec } from '@deploy-kit/action-specs';
import { ExitCode, StepSequence, type ActionDefinition, type InputValues, type SubActionResult } from '@deploy-kit/core';

type Inputs = InputValues<typeof pipelineSpec>;

function lines(values: readonly string[]): string {
  return values.join('\n');
}

function healthUrls(inputs: Inputs, deploy: SubActionResult | undefined): string[] {
  if (inputs['health-urls'].length > 0) return inputs['health-urls'];
  const fqdns = deploy?.outputs.fqdns ? (JSON.parse(deploy.outputs.fqdns) as Record<string, string>) : {};
  return Object.values(fqdns).map((fqdn) => `https://${fqdn}/health`);
}

/**
 * The whole simple pipeline in one step. Each stage is the real action with the same inputs; a
 * failed stage stops the ones after it, but the release decision always runs and is written.
 */
export const pipelineAction: ActionDefinition<typeof pipelineSpec> = {
  spec: pipelineSpec,
  async run(inputs, { runtime }) {
    const [{ oidcLoginAction }, { freezeCandidateAction }, { createDeployDigestAction }, { healthGateAction }, { releaseDecisionAction }] = await Promise.all([
      import('@deploy-kit/azure-auth'),
      import('@deploy-kit/candidate'),
      import('@deploy-kit/deploy-digest'),
      import('@deploy-kit/health-gate'),
      import('@deploy-kit/release-decision'),
    ]);
    const steps = new StepSequence(runtime);
    const common = { sha: inputs.sha, 'artifacts-dir': inputs['artifacts-dir'] };
    const results: Record<string, SubActionResult> = {};
    let failed: string | undefined;
    const stage = async (name: string, run: () => Promise<SubActionResult>) => {
      if (failed) return undefined;
      const result = await run();
      results[name] = result;
      if (result.code !== ExitCode.Success) failed = name;
      return result;
    };

    await stage('login', () =>
      steps.run(oidcLoginAction, {
        'client-id': inputs['client-id'],
        'tenant-id': inputs['tenant-id'],
        'subscription-id': inputs['subscription-id'],
        audience: inputs.audience,
        'authority-host': inputs['authority-host'],
        'arm-endpoint': inputs['arm-endpoint'],
      }),
    );
    if (inputs.images.length > 0) {
      await stage('freeze', () =>
        steps.run(freezeCandidateAction, {
          ...common,
          images: lines(inputs.images),
          scopes: lines(inputs.scopes),
          'registry-auth': inputs['registry-auth'],
          'registry-username': inputs['registry-username'],
          'registry-password': inputs['registry-password'],
        }),
      );
    }
    const deploy = await stage('deploy', () =>
      steps.run(createDeployDigestAction(), {
        ...common,
        'subscription-id': inputs['subscription-id'],
        'resource-group': inputs['resource-group'],
        apps: lines(inputs.apps),
        'migration-job': inputs['migration-job'],
        'revision-suffix': inputs['revision-suffix'],
        traffic: inputs.traffic,
        'min-replicas': String(inputs['min-replicas']),
        'rollback-on-failure': String(inputs['rollback-on-failure']),
      }),
    );
    const urls = healthUrls(inputs, deploy);
    if (urls.length > 0) {
      await stage('health', () =>
        steps.run(healthGateAction, { ...common, name: 'health', urls: lines(urls), 'expect-json': JSON.stringify(inputs['expect-json']), timeout: `${inputs['health-timeout']}ms` }),
      );
    }
    const required = ['candidate', 'deploy', ...(urls.length > 0 ? ['health'] : [])];
    const decision = await steps.run(releaseDecisionAction, {
      ...common,
      required: required.join('\n'),
      environment: inputs.environment,
      'github-token': inputs['github-token'],
      'fail-on-no': 'false',
    });
    const yes = decision.outputs.decision === 'YES';
    return {
      ok: yes || !inputs['fail-on-no'],
      outputs: {
        decision: decision.outputs.decision,
        'decision-path': decision.outputs['decision-path'],
        'manifest-path': results.freeze?.outputs['manifest-path'],
        revisions: deploy?.outputs.revisions,
        fqdns: deploy?.outputs.fqdns,
        verdict: results.health?.outputs.verdict ?? '',
      },
      message: yes ? `Release ${inputs.sha}: YES.` : `Release ${inputs.sha}: NO${failed ? ` — the ${failed} stage failed` : ''}; see ${decision.outputs['decision-path'] ?? 'the decision file'}.`,
    };
  },
};

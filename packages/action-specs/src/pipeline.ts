import { defineAction } from '@deploy-kit/core';
import { artifactsDirInput, shaInput } from './common-inputs.ts';
import { deployDigestSpec } from './deploy-digest.ts';
import { freezeCandidateSpec } from './freeze-candidate.ts';
import { healthGateSpec } from './health-gate.ts';
import { oidcLoginSpec } from './oidc-login.ts';
import { releaseDecisionSpec } from './release-decision.ts';

const login = oidcLoginSpec.inputs;
const freeze = freezeCandidateSpec.inputs;
const deploy = deployDigestSpec.inputs;
const health = healthGateSpec.inputs;
const decision = releaseDecisionSpec.inputs;

/**
 * The root action: the whole simple pipeline (seeds 000 and 002) in one step. Its inputs are the
 * steps' own inputs under the same names, so moving to separate steps later changes no value.
 */
export const pipelineSpec = defineAction({
  name: 'deploy-kit',
  title: 'deploy-kit',
  description: 'One step: OIDC login → freeze the candidate → deploy its digests → health gate → release decision (always written).',
  inputs: {
    'client-id': login['client-id'],
    'tenant-id': login['tenant-id'],
    'subscription-id': login['subscription-id'],
    audience: login.audience,
    'authority-host': login['authority-host'],
    'arm-endpoint': login['arm-endpoint'],
    images: { ...freeze.images, required: false, description: `${freeze.images.description} Empty: deploy the candidate already frozen for this SHA (a replay).` },
    scopes: freeze.scopes,
    'registry-auth': freeze['registry-auth'],
    'registry-username': freeze['registry-username'],
    'registry-password': freeze['registry-password'],
    'resource-group': deploy['resource-group'],
    apps: deploy.apps,
    'migration-job': deploy['migration-job'],
    'revision-suffix': deploy['revision-suffix'],
    traffic: deploy.traffic,
    'min-replicas': deploy['min-replicas'],
    'rollback-on-failure': deploy['rollback-on-failure'],
    'health-urls': { description: 'URLs the health gate checks after the deploy. Default: https://<fqdn>/health for each deployed app.', type: 'url-list' },
    'expect-json': { ...health['expect-json'], default: '{"status":"healthy"}' },
    'health-timeout': { ...health.timeout, default: '5m' },
    environment: decision.environment,
    'github-token': decision['github-token'],
    'fail-on-no': decision['fail-on-no'],
    sha: shaInput,
    'artifacts-dir': artifactsDirInput,
  },
  outputs: {
    decision: releaseDecisionSpec.outputs.decision,
    'decision-path': releaseDecisionSpec.outputs['decision-path'],
    'manifest-path': freezeCandidateSpec.outputs['manifest-path'],
    revisions: deployDigestSpec.outputs.revisions,
    fqdns: deployDigestSpec.outputs.fqdns,
    verdict: { description: "The health gate's verdict (`pass`/`fail`), empty when it did not run." },
  },
});

import { defineAction } from '@deploy-kit/core';
import { artifactsDirInput, shaInput } from './common-inputs.ts';

export const deployDigestSpec = defineAction({
  name: 'deploy-digest',
  title: 'deploy-kit deploy digest',
  description: 'Deploy the frozen digests of a candidate to Azure Container Apps: migration job first, then the apps, with ETags, traffic control, health waits and rollback records.',
  inputs: {
    sha: shaInput,
    manifest: { description: 'Path of a candidate manifest (default: <artifacts-dir>/candidate/<sha>/manifest.json).', type: 'string' },
    'subscription-id': { description: 'Azure subscription.', type: 'string', required: true },
    'resource-group': { description: 'Resource group of the container apps.', type: 'string', required: true },
    apps: { description: 'Apps to deploy, one `container-app=image-name` per line.', type: 'list', required: true },
    'migration-job': { description: 'Migration job to run first, as `job=image-name`.', type: 'string' },
    'revision-suffix': { description: 'Revision suffix (default rev-<short sha>).', type: 'string' },
    traffic: { description: '`all`, `canary:10,50,100` or `none`.', type: 'string', default: 'all' },
    'min-replicas': { description: 'Refuse a deploy that leaves minReplicas below this.', type: 'integer', default: '1', min: 0 },
    'rollback-on-failure': { description: 'Restore the previous traffic or image when anything fails after the first change.', type: 'boolean', default: 'true' },
    'artifacts-dir': artifactsDirInput,
  },
  outputs: {
    revisions: { description: 'JSON object: app → new revision name.' },
    fqdns: { description: 'JSON object: app → FQDN.' },
    'record-path': { description: 'Path of deployment-record.json.' },
  },
});

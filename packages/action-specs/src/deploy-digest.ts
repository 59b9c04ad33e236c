import { defineAction } from '@deploy-kit/core';
import { artifactsDirInput, shaInput } from './common-inputs.ts';

export const deployDigestSpec = defineAction({
  name: 'deploy-digest',
  title: 'deploy-kit deploy digest',
  description: 'Deploy the frozen digests of a candidate to Azure Container Apps: migration job first, then the apps, with ETags, traffic control, health waits and rollback records.',
  inputs: {
    sha: shaInput,
    manifest: { description: 'Path of a candidate manifest (default: <artifacts-dir>/candidate/<sha>/manifest.json).', type: 'string' },
    mode: {
      description: '`deploy` the candidate, or `rollback`: restore what the deploy of `sha` replaced, from its deployment record (previous traffic in Multiple mode, previous images in Single mode).',
      type: 'enum',
      values: ['deploy', 'rollback'],
      default: 'deploy',
    },
    'subscription-id': { description: 'Azure subscription.', type: 'string', defaultDescription: 'the subscription oidc-login selected (AZURE_SUBSCRIPTION_ID)' },
    'resource-group': { description: 'Resource group of the container apps.', type: 'string', required: true },
    apps: {
      description: 'Apps to deploy, one `container-app=image-name` per line (`container-app/container=image-name` for one container of several; a bare name means name=name). In rollback mode: apps to roll back (default all in the record).',
      type: 'list',
      example: 'compass-api=api',
    },
    'migration-job': { description: 'Migration job to run first, as `job=image-name`: its image becomes the digest, and it runs when the candidate\'s migration scope is set.', type: 'string', example: 'compass-migrate=api' },
    'revision-suffix': { description: 'Revision suffix (default rev-<short sha>; numbered rev-<short sha>-2, … when a replay finds it taken).', type: 'string' },
    traffic: { description: '`all`, `canary:10,50,100` or `none`.', type: 'string', default: 'all' },
    label: { description: 'Traffic label for the new revision (Multiple mode), e.g. `green` for blue/green checks through its label FQDN.', type: 'string' },
    'min-replicas': { description: 'Refuse a deploy that leaves minReplicas below this.', type: 'integer', default: '1', min: 0 },
    'rollback-on-failure': { description: 'Restore the previous traffic or image when anything fails after the first change.', type: 'boolean', default: 'true' },
    concurrency: { description: 'How many apps are deployed at once.', type: 'integer', default: '5', min: 1, max: 50 },
    'canary-interval': { description: 'Wait at each canary step before its health check.', type: 'duration', default: '30s', min: 0 },
    'revision-timeout': { description: 'How long a new revision may take to be provisioned, running and healthy.', type: 'duration', default: '10m', min: 1000 },
    'job-timeout': { description: 'How long the migration job execution may run.', type: 'duration', default: '30m', min: 1000 },
    'health-path': {
      description: "Path checked through each new revision's own FQDN before it gets traffic; `app=/path` lines for apps that differ; `none`: rely on the revision's health state alone.",
      type: 'string',
      default: '/health',
      example: 'auth-service=/actuator/health',
    },
    'health-expect-json': { description: 'JSON object the health response must contain; `{}` accepts any 200.', type: 'json', default: '{"status":"healthy"}' },
    'health-timeout': { description: 'Deadline for each health check of a revision.', type: 'duration', default: '2m', min: 100 },
    force: { description: 'Rollback mode: restore even an app that now runs something newer than the record deployed.', type: 'boolean', default: 'false' },
    'artifacts-dir': artifactsDirInput,
  },
  outputs: {
    revisions: { description: 'JSON object: app → the revision that serves now (the new one; after a rollback, the restored one).' },
    fqdns: { description: 'JSON object: app → FQDN.' },
    'record-path': { description: 'Path of deployment-record.json.' },
  },
});

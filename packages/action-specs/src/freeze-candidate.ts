import { defineAction } from '@deploy-kit/core';
import { artifactsDirInput, shaInput } from './common-inputs.ts';

export const freezeCandidateSpec = defineAction({
  name: 'freeze-candidate',
  title: 'deploy-kit freeze candidate',
  description: 'Resolve image tags to immutable digests and freeze them, with the change scopes, in .artifacts/candidate/<sha>/manifest.json.',
  inputs: {
    images: { description: 'Images to freeze, one `name=registry/repo:tag` (or `@sha256:…`) per line.', type: 'list', required: true },
    scopes: { description: 'Change scopes: runtime, infra, identity, requiresInfraConvergence, migration.', type: 'list', default: 'runtime' },
    repository: { description: 'Source repository (owner/name) recorded in the manifest.', type: 'string', defaultDescription: "the CI's repository" },
    'registry-auth': { description: '`auto` (basic when a username is given; the Azure login from oidc-login for *.azurecr.io; else anonymous), `anonymous`, `basic` or `azure`.', type: 'enum', values: ['auto', 'anonymous', 'basic', 'azure'], default: 'auto' },
    'registry-username': { description: 'Registry username (GHCR: your GitHub user; ACR: token or admin user).', type: 'string' },
    'registry-password': { description: 'Registry password or token (GHCR: a PAT with read:packages or GITHUB_TOKEN). A secret.', type: 'secret', env: 'DEPLOYKIT_REGISTRY_PASSWORD' },
    'plain-http-registries': { description: 'Registries reached over plain HTTP (local development registries only).', type: 'list' },
    sha: shaInput,
    'artifacts-dir': artifactsDirInput,
  },
  outputs: {
    'manifest-path': { description: 'Path of the frozen manifest.' },
    'manifest-sha256': { description: 'sha256 of the manifest file.' },
    refs: { description: 'JSON object: image name → digest reference.' },
    'requires-control-plane-approval': { description: '`true` when infra, identity or requiresInfraConvergence is in scope.' },
  },
});

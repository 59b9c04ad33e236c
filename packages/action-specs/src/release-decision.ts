import { defineAction } from '@deploy-kit/core';
import { artifactsDirInput, shaInput } from './common-inputs.ts';

export const releaseDecisionSpec = defineAction({
  name: 'release-decision',
  title: 'deploy-kit release decision',
  description: 'Gather the stage evidence for a commit and write an auditable YES/NO decision (.artifacts/release/<sha>/decision.json), always.',
  inputs: {
    sha: shaInput,
    required: {
      description:
        'Names of evidence that must be present and passing: `candidate` (the frozen manifest, integrity checked), `deploy` (the deployment record), or the `name` of a health-gate run or of recorded stage evidence (e.g. api, acceptance, approval); one per line or comma-separated. When empty, every evidence found for the commit must pass, and there must be at least one.',
      type: 'list',
    },
    environment: { description: 'Environment the release goes to, e.g. production.', type: 'string', default: 'production' },
    'github-token': {
      description:
        'Token used to record a GitHub Deployment and its status (optional; a secret; needs `deployments: write`). A GitHub API failure is a warning and never changes the decision. Outside GitHub Actions set DEPLOYKIT_REPOSITORY=owner/name; DEPLOYKIT_GITHUB_API_URL overrides the API URL (GitHub Enterprise Server).',
      type: 'secret', env: 'DEPLOYKIT_GITHUB_TOKEN',
    },
    'fail-on-no': { description: 'Exit non-zero when the decision is NO.', type: 'boolean', default: 'true' },
    'artifacts-dir': artifactsDirInput,
  },
  outputs: {
    decision: { description: '`YES` or `NO`.' },
    'decision-path': { description: 'Path of decision.json.' },
  },
});

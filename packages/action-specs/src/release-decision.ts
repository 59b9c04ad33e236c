import { defineAction } from '@deploy-kit/core';
import { artifactsDirInput, shaInput } from './common-inputs.ts';

export const releaseDecisionSpec = defineAction({
  name: 'release-decision',
  title: 'deploy-kit release decision',
  description: 'Gather the stage evidence for a commit and write an auditable YES/NO decision (.artifacts/release/<sha>/decision.json), always.',
  inputs: {
    sha: shaInput,
    required: { description: 'Names of evidence that must be present and passing (candidate, deploy, approval, or a health-gate/stage name), one per line or comma-separated.', type: 'list' },
    environment: { description: 'Environment the release goes to, e.g. production.', type: 'string', default: 'production' },
    'github-token': { description: 'Token used to record a GitHub Deployment and its status (optional; a secret).', type: 'secret' },
    'fail-on-no': { description: 'Exit non-zero when the decision is NO.', type: 'boolean', default: 'true' },
    'artifacts-dir': artifactsDirInput,
  },
  outputs: {
    decision: { description: '`YES` or `NO`.' },
    'decision-path': { description: 'Path of decision.json.' },
  },
});

/** Stand-ins for the GitHub actions the examples use besides deploy-kit's, with only the inputs they implement. */
import { cp } from 'node:fs/promises';
import path from 'node:path';
import type { ProcessResult } from '../repo.ts';
import { ok, refused } from './action-results.ts';
import { downloadArtifactAction, uploadArtifactAction } from './artifact-actions.ts';
import { fail } from './errors.ts';
import type { JobState, RunContext, StepOutcome } from './run-types.ts';

/** actions/checkout: copies the source tree the run was given (with its .git) into the workspace. */
async function checkoutAction(context: RunContext, state: JobState): Promise<ProcessResult> {
  const source = context.options.checkout ?? fail('actions/checkout: this run was given no source tree (options.checkout)');
  await cp(source, state.workspace, { recursive: true });
  return ok(`checked out ${context.options.github.repository}@${context.options.sha} (local copy of ${source})\n`);
}

/** actions/setup-node: this machine's Node (the one running the tests) must be the major asked for. */
async function setupNodeAction(_context: RunContext, state: JobState, inputs: Record<string, string>): Promise<ProcessResult> {
  const wanted = (inputs['node-version'] ?? '').trim();
  const major = process.versions.node.split('.')[0]!;
  if (!/^\d+$/.test(wanted)) fail(`actions/setup-node: the local runner supports a major node-version (e.g. 24), got '${wanted}'`);
  if (wanted !== major) return refused(`actions/setup-node: node ${wanted} was asked for; this runner has node ${process.versions.node}`);
  state.path.unshift(path.dirname(process.execPath));
  return ok(`node ${process.versions.node} (${process.execPath})\n`);
}

export const BUILTIN_ACTIONS: Record<string, (context: RunContext, state: JobState, inputs: Record<string, string>, outcome: StepOutcome) => Promise<ProcessResult>> = {
  'actions/checkout@v4': checkoutAction,
  'actions/setup-node@v4': setupNodeAction,
  'actions/upload-artifact@v4': uploadArtifactAction,
  'actions/download-artifact@v4': downloadArtifactAction,
};

export const BUILTIN_INPUTS: Record<string, string[]> = {
  'actions/checkout@v4': ['ref', 'fetch-depth', 'persist-credentials'],
  'actions/setup-node@v4': ['node-version', 'cache'],
  'actions/upload-artifact@v4': ['name', 'path', 'if-no-files-found', 'retention-days', 'compression-level', 'overwrite', 'include-hidden-files'],
  'actions/download-artifact@v4': ['name', 'path', 'pattern', 'merge-multiple', 'github-token', 'repository', 'run-id'],
};

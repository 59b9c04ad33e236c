/** actions/upload-artifact@v4 and actions/download-artifact@v4 over the local GitHub's artifact store. */
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ProcessResult } from '../repo.ts';
import { ok, refused } from './action-results.ts';
import { fail } from './errors.ts';
import type { JobState, RunContext, StepOutcome } from './run-types.ts';

async function filesUnder(root: string): Promise<string[]> {
  const info = await stat(root);
  if (!info.isDirectory()) return [root];
  const entries = await readdir(root, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => filesUnder(path.join(root, entry.name))));
  return nested.flat();
}

function hidden(relative: string): boolean {
  return relative.split(path.sep).some((part) => part.startsWith('.') && part !== '.' && part !== '..');
}

/**
 * actions/upload-artifact@v4: the artifact's root is the least common ancestor of the paths;
 * hidden files (any path segment starting with '.') are left out unless include-hidden-files,
 * and a name may be uploaded once per run unless overwrite.
 */
export async function uploadArtifactAction(context: RunContext, state: JobState, inputs: Record<string, string>): Promise<ProcessResult> {
  const name = inputs.name || 'artifact';
  const searchPaths = (inputs.path ?? fail('actions/upload-artifact: Input required and not supplied: path'))
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (searchPaths.some((p) => p.startsWith('!') || /[*?[]/.test(p))) fail('actions/upload-artifact: the local runner supports plain paths only (no globs or exclusions)');
  const absolute = searchPaths.map((p) => path.resolve(state.workspace, p));
  const roots = await Promise.all(absolute.map(async (p) => (existsSync(p) && (await stat(p)).isDirectory() ? p : path.dirname(p))));
  let root = roots[0]!;
  while (!roots.every((r) => r === root || r.startsWith(root + path.sep))) root = path.dirname(root);
  const includeHidden = inputs['include-hidden-files'] === 'true';
  const files = (await Promise.all(absolute.filter((p) => existsSync(p)).map(filesUnder))).flat().filter((file) => includeHidden || !hidden(path.relative(state.workspace, file)));
  if (files.length === 0) {
    const mode = inputs['if-no-files-found'] || 'warn';
    const message = `No files were found with the provided path: ${searchPaths.join(', ')}. No artifacts will be uploaded.`;
    if (mode === 'error') return refused(message);
    return ok(`${mode === 'warn' ? '::warning::' : ''}${message}\n`);
  }
  if (context.run.artifacts.has(name) && inputs.overwrite !== 'true') return refused(`Failed to CreateArtifact: an artifact with this name already exists on the workflow run: ${name}`);
  const target = path.join(context.run.dir, 'artifacts', name);
  await rm(target, { recursive: true, force: true });
  for (const file of files) {
    const destination = path.join(target, path.relative(root, file));
    await mkdir(path.dirname(destination), { recursive: true });
    await cp(file, destination);
  }
  context.run.artifacts.set(name, target);
  return ok(`Artifact ${name} has been successfully uploaded (${files.length} files)\n`);
}

function globRegExp(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
}

/** actions/download-artifact@v4: by name or pattern, from this run or (with run-id and github-token) another. */
export async function downloadArtifactAction(context: RunContext, state: JobState, inputs: Record<string, string>, outcome: StepOutcome): Promise<ProcessResult> {
  let source = context.run;
  if (inputs['run-id']) {
    if (!inputs['github-token']) return refused('actions/download-artifact: run-id needs github-token');
    if (inputs.repository && inputs.repository !== context.options.github.repository) fail(`actions/download-artifact: the local GitHub holds only ${context.options.github.repository}`);
    source = context.options.github.run(Number(inputs['run-id'])) ?? fail(`actions/download-artifact: no run ${inputs['run-id']}`);
  }
  const target = path.resolve(state.workspace, inputs.path || '.');
  let names: string[];
  if (inputs.name) {
    if (inputs.pattern) fail('actions/download-artifact: give name or pattern, not both');
    if (!source.artifacts.has(inputs.name)) return refused(`Unable to download artifact(s): Artifact not found for name: ${inputs.name}`);
    names = [inputs.name];
  } else {
    const pattern = inputs.pattern ? globRegExp(inputs.pattern) : /.*/;
    names = [...source.artifacts.keys()].filter((artifact) => pattern.test(artifact));
  }
  const single = Boolean(inputs.name) || inputs['merge-multiple'] === 'true';
  for (const artifact of names) {
    await mkdir(target, { recursive: true });
    await cp(source.artifacts.get(artifact)!, single ? target : path.join(target, artifact), { recursive: true });
  }
  outcome.outputs['download-path'] = target;
  return ok(`Downloaded ${names.length} artifact(s): ${names.join(', ') || 'none'}\n`);
}

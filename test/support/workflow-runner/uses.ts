/** `uses:` steps: deploy-kit's actions from their action.yml + dist bundle, or a built-in stand-in. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { repoRoot, type ProcessResult } from '../repo.ts';
import { BUILTIN_ACTIONS, BUILTIN_INPUTS } from './builtin-actions.ts';
import { fail } from './errors.ts';
import { interpolateValue, type ExprScope } from './expressions.ts';
import { runProcess } from './run-process.ts';
import type { JobState, RunContext, StepOutcome } from './run-types.ts';
import type { Scalar, StepDefinition } from './workflow-file.ts';

interface ActionMetadata {
  name?: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: Scalar }>;
  outputs?: Record<string, unknown>;
  runs: { using: string; main?: string; pre?: string; post?: string };
}

/** Where a `uses:` reference to deploy-kit points in this repository, or undefined. */
export function deployKitActionDir(uses: string): string | undefined {
  const local = /^\.\/actions\/([a-z0-9-]+)\/?$/.exec(uses);
  if (local) return path.join(repoRoot, 'actions', local[1]!);
  const remote = /^[A-Za-z0-9_.-]+\/deploy-kit\/actions\/([a-z0-9-]+)@[A-Za-z0-9_.\-/]+$/.exec(uses);
  if (remote) return path.join(repoRoot, 'actions', remote[1]!);
  if (uses === './' || uses === '.' || /^[A-Za-z0-9_.-]+\/deploy-kit@[A-Za-z0-9_.\-/]+$/.test(uses)) return repoRoot;
  return undefined;
}

export async function readActionMetadata(actionDir: string): Promise<ActionMetadata> {
  const file = path.join(actionDir, 'action.yml');
  if (!existsSync(file)) fail(`${path.relative(repoRoot, file) || 'action.yml'} does not exist (the action is not built yet: npm run build)`);
  return YAML.parse(await readFile(file, 'utf8')) as ActionMetadata;
}

export async function runUses(
  context: RunContext,
  state: JobState,
  step: StepDefinition,
  scope: ExprScope,
  processEnv: Record<string, string>,
  cwd: string,
  timeoutMs: number,
  outcome: StepOutcome,
): Promise<ProcessResult> {
  const uses = step.uses!;
  const given: Record<string, string> = {};
  for (const [name, value] of Object.entries(step.with ?? {})) given[name] = interpolateValue(value, { ...scope, where: `${scope.where}.with.${name}` });

  const builtin = BUILTIN_ACTIONS[uses];
  if (builtin) {
    const unknown = Object.keys(given).filter((name) => !BUILTIN_INPUTS[uses]!.includes(name));
    if (unknown.length > 0) fail(`${uses}: the local runner does not implement the input(s) ${unknown.join(', ')}`);
    return builtin(context, state, given, outcome);
  }
  const actionDir = deployKitActionDir(uses) ?? fail(`the local runner cannot run '${uses}': it runs deploy-kit's actions and ${Object.keys(BUILTIN_ACTIONS).join(', ')}`);
  const metadata = await readActionMetadata(actionDir);
  if (metadata.runs.using !== 'node24') fail(`${uses}: runs.using is '${metadata.runs.using}'; the local runner runs node24 actions`);
  if (metadata.runs.pre || metadata.runs.post) fail(`${uses}: pre/post steps are not supported`);
  const main = path.resolve(actionDir, metadata.runs.main ?? fail(`${uses}: action.yml has no runs.main`));
  if (!existsSync(main)) fail(`${uses}: ${path.relative(repoRoot, main)} does not exist (the bundle is not built yet: npm run build)`);

  const declared = metadata.inputs ?? {};
  const unexpected = Object.keys(given).filter((name) => !(name in declared));
  // The runner's own words: it warns about, and still passes, inputs the action does not declare.
  if (unexpected.length > 0) outcome.warnings.push(`Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${Object.keys(declared).join("', '")}']`);
  const inputs: Record<string, string> = { ...given };
  for (const [name, def] of Object.entries(declared)) {
    // As GitHub's runner: every default is passed as an input (so it wins over any environment
    // fallback of the action), and `required` is not enforced here — the action decides.
    if (!(name in inputs) && def.default !== undefined) inputs[name] = interpolateValue(def.default, { ...scope, where: `${uses} default of ${name}` });
    if (def.required && (inputs[name] ?? '') === '') outcome.warnings.push(`action.yml marks '${name}' required and it is not given (GitHub's runner does not check this; the action must)`);
  }
  const env: Record<string, string> = { ...processEnv, GITHUB_ACTION: outcome.id, GITHUB_ACTION_PATH: actionDir, GITHUB_ACTION_REPOSITORY: 'acme/deploy-kit', GITHUB_ACTION_REF: uses.split('@')[1] ?? '' };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  outcome.inputNames = Object.keys(inputs);
  return runProcess(process.execPath, [main], env, cwd, timeoutMs);
}

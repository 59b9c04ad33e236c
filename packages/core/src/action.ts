import { describeError, ExitCode, exitCodeFor } from './errors.ts';
import { parseInputs, type ActionSpec, type InputValues, type OutputValues } from './inputs.ts';
import type { CiRuntime } from './runtime/ci-runtime.ts';

export interface ActionResult<S extends ActionSpec> {
  outputs: OutputValues<S>;
  /** false turns into a non-zero exit (a failed gate, a NO decision). */
  ok: boolean;
  /** Markdown for the step summary. */
  summary?: string;
  /** Said once at the end, as an error when !ok. */
  message?: string;
}

export interface ActionContext {
  readonly runtime: CiRuntime;
}

/** What every front end (action bundle, CLI command, orb step) runs: a spec and a function. */
export interface ActionDefinition<S extends ActionSpec = ActionSpec> {
  readonly spec: S;
  run(inputs: InputValues<S>, context: ActionContext): Promise<ActionResult<S>>;
}

function serialise(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Parses inputs, masks secret inputs, runs the action, sets outputs and writes the summary.
 * Returns the exit code instead of exiting, so it can be called from tests and the CLI.
 */
export async function runAction<S extends ActionSpec>(definition: ActionDefinition<S>, runtime: CiRuntime): Promise<ExitCode> {
  const { spec } = definition;
  try {
    for (const [name, def] of Object.entries(spec.inputs)) {
      if (def.type === 'secret') {
        const raw = runtime.inputs.get(name);
        if (raw) runtime.setSecret(raw);
        const fromEnv = def.env ? runtime.env[def.env] : undefined;
        if (fromEnv) runtime.setSecret(fromEnv);
      }
    }
    const inputs = parseInputs(spec, runtime.inputs, { sha: runtime.context.sha }, runtime.env);
    const result = await definition.run(inputs, { runtime });
    for (const [name, value] of Object.entries(result.outputs)) {
      if (value !== undefined) runtime.setOutput(name, serialise(value));
    }
    if (result.summary) {
      const artifactsDir = (inputs as Record<string, unknown>)['artifacts-dir'];
      await runtime.appendSummary(result.summary, typeof artifactsDir === 'string' ? artifactsDir : '.artifacts');
    }
    if (!result.ok) {
      runtime.log.error(result.message ?? `${spec.name} failed.`);
      return ExitCode.Failure;
    }
    if (result.message) runtime.log.info(result.message);
    return ExitCode.Success;
  } catch (error) {
    runtime.log.error(`${spec.name}: ${describeError(error)}`);
    if (runtime.log.debugEnabled && error instanceof Error && error.stack) runtime.log.debug(error.stack);
    return exitCodeFor(error);
  }
}

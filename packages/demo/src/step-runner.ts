import { runAction, ShellRuntime, type ActionDefinition, type ActionSpec, type Env, type Writable } from '@deploy-kit/core';

export interface StepOutcome {
  step: string;
  code: number;
  outputs: Record<string, string>;
  ms: number;
}

/**
 * Runs one action in-process exactly as the CLI would (same runtime, same artifacts), capturing
 * its outputs and indenting its log under the step's heading.
 */
export async function runStep<S extends ActionSpec>(
  definition: ActionDefinition<S>,
  inputs: Record<string, string>,
  io: { env: Env; log: Writable },
  title: string,
): Promise<StepOutcome> {
  const outputs: Record<string, string> = {};
  const stdout = {
    write(chunk: string) {
      for (const line of chunk.split('\n').filter(Boolean)) {
        const eq = line.indexOf('=');
        if (eq > 0) outputs[line.slice(0, eq)] = line.slice(eq + 1);
      }
      return true;
    },
  };
  const stderr = { write: (chunk: string) => io.log.write(chunk.replace(/^(?=.)/gm, '    │ ')) };
  io.log.write(`\n  ▶ ${title}\n`);
  const started = performance.now();
  const runtime = new ShellRuntime('cli', { env: io.env, inputs: { get: (name) => inputs[name] }, stdout, stderr, command: definition.spec.name });
  const code = await runAction(definition, runtime);
  const ms = Math.round(performance.now() - started);
  io.log.write(`    ${code === 0 ? '✔' : '✘'} ${definition.spec.name} exited ${code} in ${(ms / 1000).toFixed(1)} s\n`);
  return { step: title, code, outputs, ms };
}

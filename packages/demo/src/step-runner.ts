import { ShellRuntime, StepSequence, type ActionDefinition, type ActionSpec, type Env, type Writable } from '@deploy-kit/core';

export interface StepOutcome {
  step: string;
  code: number;
  outputs: Record<string, string>;
  ms: number;
}

/**
 * The steps of one demo job: each action runs in-process as the CLI would (same runtime, same
 * artifacts), what a step exports (the Azure login) reaches the steps after it, and each
 * step's log is indented under its heading.
 */
export class DemoJob {
  readonly #log: Writable;
  readonly #sequence: StepSequence;

  constructor(env: Env, log: Writable) {
    this.#log = log;
    const indented = { write: (chunk: string) => log.write(chunk.replace(/^(?=.)/gm, '    │ ')) };
    // Outputs are captured by the sequence; nothing is printed on stdout for them.
    const runtime = new ShellRuntime('cli', { env, inputs: { get: () => undefined }, stdout: { write: () => true }, stderr: indented, command: 'demo' });
    this.#sequence = new StepSequence(runtime);
  }

  async run<S extends ActionSpec>(definition: ActionDefinition<S>, inputs: Record<string, string>, title: string): Promise<StepOutcome> {
    this.#log.write(`\n  ▶ ${title}\n`);
    const started = performance.now();
    const { code, outputs } = await this.#sequence.run(definition, inputs);
    const ms = Math.round(performance.now() - started);
    this.#log.write(`    ${code === 0 ? '✔' : '✘'} ${definition.spec.name} exited ${code} in ${(ms / 1000).toFixed(1)} s\n`);
    return { step: title, code, outputs, ms };
  }
}

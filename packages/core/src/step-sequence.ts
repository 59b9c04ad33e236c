import { runAction, type ActionDefinition } from './action.ts';
import type { ActionSpec } from './inputs.ts';
import type { CiRuntime, Env } from './runtime/ci-runtime.ts';

export interface SubActionResult {
  code: number;
  outputs: Record<string, string>;
}

/**
 * Runs one action inside another step: inputs from a map, outputs captured rather than
 * published, and variables a step exports (an Azure login's) visible to the steps after it —
 * as they would be to later steps of a job. Logs, secrets and summary go to the parent.
 */
export class StepSequence {
  readonly #parent: CiRuntime;
  readonly #exported: Record<string, string> = {};

  constructor(parent: CiRuntime) {
    this.#parent = parent;
  }

  get env(): Env {
    return { ...this.#parent.env, ...this.#exported };
  }

  async run<S extends ActionSpec>(definition: ActionDefinition<S>, inputs: Record<string, string | undefined>): Promise<SubActionResult> {
    const parent = this.#parent;
    const outputs: Record<string, string> = {};
    const exported = this.#exported;
    const env = this.env;
    const runtime: CiRuntime = {
      kind: parent.kind,
      log: parent.log,
      redactor: parent.redactor,
      context: parent.context,
      env,
      inputs: { get: (name) => (inputs[name] === undefined || inputs[name] === '' ? undefined : inputs[name]) },
      setOutput: (name, value) => {
        outputs[name] = value;
      },
      exportVariable: (name, value) => {
        exported[name] = value;
        parent.exportVariable(name, value);
      },
      setSecret: (value) => parent.setSecret(value),
      appendSummary: (markdown, artifactsDir) => parent.appendSummary(markdown, artifactsDir),
      oidcToken: (audience) => parent.oidcToken(audience),
    };
    // Not a log group: the sub-action opens its own, and GitHub does not nest groups.
    parent.log.info(`▶ ${definition.spec.name}`);
    const code = await runAction(definition, runtime);
    return { code, outputs };
  }
}

/**
 * Compiles an orb command or job invocation into the flat list of steps CircleCI would run:
 * parameters resolved (given, else default; a missing required one is an error), references
 * substituted with CircleCI's typing rules, nested commands expanded, `when`/`unless` blocks
 * decided, and `\<<` unescaped.
 */
import { ConfigurationError } from '@deploy-kit/core';
import { isMapping, parameterReferences, substituteParameters, unescapeIncluded } from './parameter-references.ts';

export type StepWhen = 'on_success' | 'on_fail' | 'always';

export interface RunStep {
  kind: 'run';
  name: string;
  command: string;
  environment: Record<string, string>;
  shell?: string;
  workingDirectory?: string;
  when: StepWhen;
}

/** A built-in step other than run (checkout, store_artifacts, attach_workspace, …). */
export interface BuiltinStep {
  kind: 'builtin';
  type: string;
  args: Record<string, unknown>;
  when: StepWhen;
}

export type OrbStep = RunStep | BuiltinStep;

export interface ExpandedJob {
  steps: OrbStep[];
  /** The job's own `environment:`, under every step's. */
  environment: Record<string, string>;
}

export interface ExpandOptions {
  /** Orb aliases a caller may use as prefixes, e.g. `deploy-kit` for `deploy-kit/health_gate`. */
  aliases?: readonly string[];
}

const BUILTINS = new Set(['checkout', 'setup_remote_docker', 'save_cache', 'restore_cache', 'store_artifacts', 'store_test_results', 'persist_to_workspace', 'attach_workspace', 'add_ssh_keys', 'deploy']);
const MAX_DEPTH = 20;

function expandError(message: string, remediation: string): ConfigurationError {
  return new ConfigurationError(message, { remediation });
}

/** CircleCI's logic statements: and, or, not, equal, matches, or a plain (truthy) value. */
export function evaluateCondition(condition: unknown): boolean {
  if (isMapping(condition)) {
    const [operator, operand] = Object.entries(condition)[0] ?? [];
    switch (operator) {
      case 'and':
        return Array.isArray(operand) && operand.every(evaluateCondition);
      case 'or':
        return Array.isArray(operand) && operand.some(evaluateCondition);
      case 'not':
        return !evaluateCondition(operand);
      case 'equal':
        return Array.isArray(operand) && operand.every((value) => JSON.stringify(value) === JSON.stringify(operand[0]));
      case 'matches':
        return isMapping(operand) && new RegExp(`^(?:${String(operand.pattern)})$`).test(String(operand.value));
      default:
        return Object.keys(condition).length > 0;
    }
  }
  return !(condition === false || condition === null || condition === undefined || condition === 0 || condition === '' || Number.isNaN(condition));
}

function stepWhen(value: unknown): StepWhen {
  return value === 'always' || value === 'on_fail' ? value : 'on_success';
}

export class OrbStepExpander {
  readonly #orb: Record<string, unknown>;
  readonly #aliases: readonly string[];

  constructor(orb: Record<string, unknown>, options: ExpandOptions = {}) {
    this.#orb = orb;
    this.#aliases = options.aliases ?? [];
  }

  #component(kind: 'commands' | 'jobs', reference: string): Record<string, unknown> {
    const slash = reference.indexOf('/');
    const name = slash >= 0 && this.#aliases.includes(reference.slice(0, slash)) ? reference.slice(slash + 1) : reference;
    const components = this.#orb[kind];
    const definition = isMapping(components) ? components[name] : undefined;
    if (!isMapping(definition)) {
      throw expandError(`The orb has no ${kind.slice(0, -1)} '${reference}'.`, `Use one of: ${Object.keys(isMapping(components) ? components : {}).join(', ')}.`);
    }
    return definition;
  }

  #resolve(where: string, definition: Record<string, unknown>, args: unknown): Record<string, unknown> {
    const declared = isMapping(definition.parameters) ? definition.parameters : {};
    const given = isMapping(args) ? args : {};
    for (const key of Object.keys(given)) {
      if (!(key in declared)) throw expandError(`${where} has no parameter '${key}'.`, `Its parameters are: ${Object.keys(declared).join(', ')}.`);
    }
    const values: Record<string, unknown> = {};
    for (const [key, parameter] of Object.entries(declared)) {
      if (key in given) values[key] = given[key];
      else if (isMapping(parameter) && 'default' in parameter) values[key] = parameter.default;
      else throw expandError(`${where} requires parameter '${key}'.`, `Pass '${key}'.`);
    }
    return values;
  }

  #substitute(where: string, body: unknown, values: Record<string, unknown>): unknown {
    const substituted = substituteParameters(body, (name) => values[name]);
    const unresolved = parameterReferences(substituted);
    if (unresolved.length > 0) throw expandError(`${where} uses << parameters.${unresolved[0]} >>, which it does not declare.`, 'Declare the parameter or fix the reference.');
    return substituted;
  }

  #steps(steps: unknown, depth: number): OrbStep[] {
    if (depth > MAX_DEPTH) throw expandError('Commands call each other more than 20 levels deep.', 'Look for a command that invokes itself.');
    if (!Array.isArray(steps)) throw expandError(`Expected a list of steps, got ${JSON.stringify(steps)}.`, 'Write steps as a YAML list.');
    const out: OrbStep[] = [];
    for (const step of steps) {
      if (typeof step === 'string') {
        if (BUILTINS.has(step)) out.push({ kind: 'builtin', type: step, args: {}, when: 'on_success' });
        else out.push(...this.command(step, {}, depth + 1));
        continue;
      }
      if (!isMapping(step)) throw expandError(`A step must be a name or a mapping, got ${JSON.stringify(step)}.`, 'Fix the step.');
      const [key, body] = Object.entries(step)[0] ?? [];
      if (key === undefined) continue;
      if (key === 'run') out.push(this.#run(body));
      else if (key === 'when' || key === 'unless') {
        const block = isMapping(body) ? body : {};
        if (evaluateCondition(block.condition) === (key === 'when')) out.push(...this.#steps(block.steps, depth + 1));
      } else if (BUILTINS.has(key)) {
        const args = isMapping(body) ? body : {};
        out.push({ kind: 'builtin', type: key, args, when: stepWhen(args.when) });
      } else out.push(...this.command(key, body, depth + 1));
    }
    return out;
  }

  #run(body: unknown): RunStep {
    if (typeof body === 'string') return { kind: 'run', name: body.split('\n')[0]!, command: unescapeIncluded(body), environment: {}, when: 'on_success' };
    if (!isMapping(body) || typeof body.command !== 'string') throw expandError(`A run step needs a command, got ${JSON.stringify(body)}.`, 'Add command: to the run step.');
    const environment: Record<string, string> = {};
    for (const [name, value] of Object.entries(isMapping(body.environment) ? body.environment : {})) {
      environment[name] = unescapeIncluded(typeof value === 'string' ? value : JSON.stringify(value));
    }
    return {
      kind: 'run',
      name: typeof body.name === 'string' ? body.name : body.command.split('\n')[0]!,
      command: unescapeIncluded(body.command),
      environment,
      ...(typeof body.shell === 'string' ? { shell: body.shell } : {}),
      ...(typeof body.working_directory === 'string' ? { workingDirectory: body.working_directory } : {}),
      when: stepWhen(body.when),
    };
  }

  /** The steps of one command invocation, e.g. `command('health_gate', { urls: '…' })`. */
  command(reference: string, args: unknown = {}, depth = 0): OrbStep[] {
    const definition = this.#component('commands', reference);
    const values = this.#resolve(`Command '${reference}'`, definition, args);
    return this.#steps(this.#substitute(`Command '${reference}'`, definition.steps, values), depth);
  }

  /** The steps and environment of one job invocation (the executor is the caller's machine). */
  job(reference: string, args: unknown = {}): ExpandedJob {
    const definition = this.#component('jobs', reference);
    const values = this.#resolve(`Job '${reference}'`, definition, args);
    const { steps, environment } = this.#substitute(`Job '${reference}'`, { steps: definition.steps, environment: definition.environment ?? {} }, values) as { steps: unknown; environment: unknown };
    const env: Record<string, string> = {};
    for (const [name, value] of Object.entries(isMapping(environment) ? environment : {})) env[name] = typeof value === 'string' ? value : JSON.stringify(value);
    return { steps: this.#steps(steps, 0), environment: env };
  }
}

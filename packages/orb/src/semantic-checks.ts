import { closestName } from '@deploy-kit/core';
/**
 * The checks no offline tool does (the schema cannot, and CircleCI's parsers do not): every
 * command, job and executor referenced exists; every parameter passed to one is declared, with a
 * value of the declared type; required parameters are given; every `<< parameters.x >>` and
 * `<< pipeline.parameters.x >>` resolves; workflow `requires` name jobs of the workflow.
 * They run on a packed orb (its own references) and on configs that use it (the examples).
 */
import { isMapping, parameterReferences, pipelineParameterReferences, wholeReference, hasRuntimeReference } from './parameter-references.ts';

export interface SemanticFinding {
  /** Where, as a path into the document, e.g. `jobs/deploy/steps/3/deploy_digest`. */
  path: string;
  message: string;
}

type Definition = Record<string, unknown>;
type Parameters = Record<string, Definition>;
type Kind = 'commands' | 'jobs' | 'executors';

const PARAMETER_TYPES = new Set(['string', 'boolean', 'integer', 'enum', 'env_var_name', 'steps', 'executor']);
const ENV_VAR_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Steps built into CircleCI (their own keys are the schema's business). */
const BUILTIN_STEPS = new Set(['run', 'checkout', 'setup_remote_docker', 'save_cache', 'restore_cache', 'store_artifacts', 'store_test_results', 'persist_to_workspace', 'attach_workspace', 'add_ssh_keys', 'deploy']);
/** Keys a workflow may put on a job entry besides the job's own parameters. */
const WORKFLOW_JOB_KEYS = new Set(['requires', 'name', 'context', 'filters', 'matrix', 'type', 'pre-steps', 'post-steps', 'serial-group', 'override-with']);

class Catalog {
  readonly #components: Record<Kind, Map<string, Definition>> = { commands: new Map(), jobs: new Map(), executors: new Map() };

  add(document: Record<string, unknown>, prefix: string): void {
    for (const kind of ['commands', 'jobs', 'executors'] as const) {
      const components = document[kind];
      if (!isMapping(components)) continue;
      for (const [name, definition] of Object.entries(components)) this.#components[kind].set(`${prefix}${name}`, isMapping(definition) ? definition : {});
    }
  }

  get(kind: Kind, name: string): Definition | undefined {
    return this.#components[kind].get(name);
  }

  names(kind: Kind): string[] {
    return [...this.#components[kind].keys()];
  }
}

function parametersOf(definition: Definition | undefined): Parameters {
  const declared = definition?.parameters;
  if (!isMapping(declared)) return {};
  const out: Parameters = {};
  for (const [name, value] of Object.entries(declared)) out[name] = isMapping(value) ? value : {};
  return out;
}


function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}

function describeValue(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value) : JSON.stringify(value);
}

/** Whether a parameter of type `from` may be passed where `to` is declared. */
function compatible(to: Definition, from: Definition): boolean {
  if (to.type === from.type) {
    if (to.type !== 'enum') return true;
    const allowed = new Set(Array.isArray(to.enum) ? to.enum : []);
    return Array.isArray(from.enum) && from.enum.every((value) => allowed.has(value));
  }
  // Enums and variable names are strings once compiled.
  return to.type === 'string' && (from.type === 'enum' || from.type === 'env_var_name');
}

class Checker {
  readonly findings: SemanticFinding[] = [];
  readonly #catalog: Catalog;

  constructor(catalog: Catalog) {
    this.#catalog = catalog;
  }

  report(path: string, message: string): void {
    this.findings.push({ path, message });
  }

  /** A value given for a parameter declared as `definition`, inside a component declaring `enclosing`. */
  checkValue(path: string, name: string, definition: Definition, value: unknown, enclosing: Parameters): void {
    const reference = wholeReference(value);
    if (reference !== undefined) {
      const source = enclosing[reference];
      if (source && !compatible(definition, source)) {
        this.report(path, `'${name}' expects ${definition.type}${definition.type === 'enum' ? ` ${JSON.stringify(definition.enum)}` : ''} but gets << parameters.${reference} >>, ${article(String(source.type))} ${source.type}${source.type === 'enum' ? ` ${JSON.stringify(source.enum)}` : ''}.`);
      }
      return;
    }
    if (typeof value === 'string' && (parameterReferences(value).length > 0 || hasRuntimeReference(value))) {
      if (definition.type !== 'string') this.report(path, `'${name}' expects ${definition.type} but gets text built from references (${describeValue(value)}).`);
      return;
    }
    const fail = (expected: string): void => this.report(path, `'${name}' expects ${expected}, got ${describeValue(value)}.`);
    switch (definition.type) {
      case 'string':
        if (typeof value !== 'string') fail('a string (quote it in YAML)');
        break;
      case 'boolean':
        if (typeof value !== 'boolean') fail('true or false');
        break;
      case 'integer':
        if (typeof value !== 'number' || !Number.isInteger(value)) fail('a whole number');
        break;
      case 'enum': {
        const values = Array.isArray(definition.enum) ? definition.enum : [];
        if (typeof value !== 'string' || !values.includes(value)) fail(`one of ${values.join(', ')}`);
        break;
      }
      case 'env_var_name':
        // The value is not repeated: what was pasted here may be the secret itself.
        if (typeof value !== 'string' || !ENV_VAR_NAME.test(value)) this.report(path, `'${name}' expects the name of an environment variable (letters, digits and _), never the secret itself.`);
        break;
      case 'steps':
        if (!Array.isArray(value)) fail('a list of steps');
        else this.checkSteps(`${path}/${name}`, value, enclosing);
        break;
      case 'executor':
        if (typeof value === 'string') {
          if (!this.#catalog.get('executors', value)) this.report(path, `'${name}' names executor '${value}', which does not exist.`);
        } else if (isMapping(value) && typeof value.name === 'string') {
          const { name: executor, ...args } = value;
          this.checkInvocation(`${path}/${name}`, 'executors', executor, args, enclosing);
        } else fail('an executor name or {name: …}');
        break;
      default:
        break;
    }
  }

  /** An invocation of a command, job or executor with arguments. */
  checkInvocation(path: string, kind: Kind, name: string, args: unknown, enclosing: Parameters, extraKeys: ReadonlySet<string> = new Set(), provided: ReadonlySet<string> = new Set()): void {
    const singular = kind.slice(0, -1);
    const definition = this.#catalog.get(kind, name);
    if (!definition) {
      const suggestion = closestName(name, this.#catalog.names(kind));
      this.report(path, `${singular} '${name}' does not exist${suggestion ? ` (did you mean '${suggestion}'?)` : ''}.`);
      return;
    }
    if (args !== undefined && args !== null && !isMapping(args)) {
      this.report(path, `${singular} '${name}' takes parameters as a mapping, got ${describeValue(args)}.`);
      return;
    }
    const given = isMapping(args) ? args : {};
    const declared = parametersOf(definition);
    for (const [key, value] of Object.entries(given)) {
      if (extraKeys.has(key)) continue;
      const parameter = declared[key];
      if (!parameter) {
        const suggestion = closestName(key, Object.keys(declared));
        this.report(path, `${singular} '${name}' has no parameter '${key}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}.`);
        continue;
      }
      this.checkValue(path, key, parameter, value, enclosing);
    }
    for (const [key, parameter] of Object.entries(declared)) {
      if (!('default' in parameter) && !(key in given) && !provided.has(key)) this.report(path, `${singular} '${name}' requires parameter '${key}', which is not given.`);
    }
  }

  checkSteps(path: string, steps: unknown, enclosing: Parameters): void {
    if (wholeReference(steps) !== undefined) return;
    if (!Array.isArray(steps)) {
      this.report(path, `steps must be a list, got ${describeValue(steps)}.`);
      return;
    }
    steps.forEach((step, index) => {
      const at = `${path}/${index}`;
      if (typeof step === 'string') {
        if (!BUILTIN_STEPS.has(step)) this.checkInvocation(`${at}/${step}`, 'commands', step, undefined, enclosing);
        return;
      }
      if (!isMapping(step) || Object.keys(step).length !== 1) {
        this.report(at, `a step is a name or a mapping with one key, got ${describeValue(step)}.`);
        return;
      }
      const [key, body] = Object.entries(step)[0]!;
      if (BUILTIN_STEPS.has(key)) return;
      if (key === 'when' || key === 'unless') {
        this.checkSteps(`${at}/${key}/steps`, isMapping(body) ? body.steps : undefined, enclosing);
        return;
      }
      if (key === 'steps') {
        const reference = wholeReference(body);
        if (reference === undefined || enclosing[reference]?.type !== 'steps') this.report(at, `'- steps:' takes a parameter of type steps, got ${describeValue(body)}.`);
        return;
      }
      this.checkInvocation(`${at}/${key}`, 'commands', key, body, enclosing);
    });
  }

  checkParameterDefinitions(path: string, declared: Parameters): void {
    for (const [name, definition] of Object.entries(declared)) {
      const at = `${path}/parameters/${name}`;
      if (typeof definition.type !== 'string' || !PARAMETER_TYPES.has(definition.type)) {
        this.report(at, `type must be one of ${[...PARAMETER_TYPES].join(', ')}, got ${describeValue(definition.type)}.`);
        continue;
      }
      if (definition.type === 'enum' && (!Array.isArray(definition.enum) || definition.enum.length === 0)) this.report(at, 'an enum parameter needs a non-empty enum list.');
      if ('default' in definition) this.checkValue(at, `${name} (default)`, definition, definition.default, {});
    }
  }

  /** A command, job or executor definition: its parameters, references and steps. */
  checkComponent(path: string, kind: Kind, definition: Definition): void {
    const declared = parametersOf(definition);
    this.checkParameterDefinitions(path, declared);
    const { parameters: _declared, description: _description, ...body } = definition;
    for (const name of new Set(parameterReferences(body))) {
      if (!declared[name]) {
        const suggestion = closestName(name, Object.keys(declared));
        this.report(path, `<< parameters.${name} >> does not resolve: ${kind.slice(0, -1)} declares no '${name}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}.`);
      }
    }
    if (kind === 'executors') return;
    this.checkSteps(`${path}/steps`, definition.steps, declared);
    for (const hook of ['pre-steps', 'post-steps']) if (hook in definition) this.checkSteps(`${path}/${hook}`, definition[hook], declared);
    if (kind === 'jobs' && definition.executor !== undefined) {
      const executor = definition.executor;
      const reference = wholeReference(executor);
      if (reference !== undefined) {
        if (declared[reference] && declared[reference]!.type !== 'executor') this.report(`${path}/executor`, `executor: << parameters.${reference} >> must be a parameter of type executor.`);
      } else if (typeof executor === 'string') {
        this.checkInvocation(`${path}/executor`, 'executors', executor, undefined, declared);
      } else if (isMapping(executor) && typeof executor.name === 'string') {
        const { name, ...args } = executor;
        this.checkInvocation(`${path}/executor`, 'executors', name, args, declared);
      }
    }
  }

  checkComponents(document: Record<string, unknown>): void {
    for (const kind of ['commands', 'jobs', 'executors'] as const) {
      const components = document[kind];
      if (!isMapping(components)) continue;
      for (const [name, definition] of Object.entries(components)) this.checkComponent(`${kind}/${name}`, kind, isMapping(definition) ? definition : {});
    }
  }

  checkWorkflows(document: Record<string, unknown>): void {
    const workflows = document.workflows;
    if (!isMapping(workflows)) return;
    for (const [workflow, body] of Object.entries(workflows)) {
      if (workflow === 'version' || !isMapping(body)) continue;
      const entries = Array.isArray(body.jobs) ? body.jobs : [];
      const names = new Map<string, number>();
      const parsed = entries.map((entry, index) => {
        const [job, args] = typeof entry === 'string' ? [entry, {}] : isMapping(entry) && Object.keys(entry).length === 1 ? Object.entries(entry)[0]! : [undefined, undefined];
        const options = isMapping(args) ? args : {};
        const name = typeof options.name === 'string' ? options.name : job;
        if (name !== undefined) names.set(name, (names.get(name) ?? 0) + 1);
        return { index, job, options, name };
      });
      for (const { index, job, options, name } of parsed) {
        const at = `workflows/${workflow}/jobs/${index}`;
        if (job === undefined) {
          this.report(at, 'a workflow job is a name or a mapping with one key.');
          continue;
        }
        if (name !== undefined && names.get(name)! > 1) this.report(at, `two jobs in workflow '${workflow}' are named '${name}'; give each a unique name:.`);
        if (options.type !== 'approval') {
          const matrix = isMapping(options.matrix) && isMapping(options.matrix.parameters) ? new Set(Object.keys(options.matrix.parameters)) : new Set<string>();
          this.checkInvocation(`${at}/${job}`, 'jobs', job, options, {}, WORKFLOW_JOB_KEYS, matrix);
        }
        const requires = Array.isArray(options.requires) ? options.requires : options.requires === undefined ? [] : [options.requires];
        for (const required of requires) {
          const requiredName = typeof required === 'string' ? required : isMapping(required) ? Object.keys(required)[0] : undefined;
          if (requiredName === undefined || !names.has(requiredName)) this.report(`${at}/requires`, `requires '${String(requiredName)}', which is not a job of workflow '${workflow}'.`);
        }
      }
    }
  }

  checkPipelineParameters(document: Record<string, unknown>): void {
    const declared = isMapping(document.parameters) ? document.parameters : {};
    for (const name of new Set(pipelineParameterReferences(document))) {
      if (!(name in declared)) this.report('parameters', `<< pipeline.parameters.${name} >> does not resolve: the config declares no pipeline parameter '${name}'.`);
    }
  }
}

/** Checks a packed orb's references to its own commands, jobs and executors. */
export function checkOrbSemantics(orb: Record<string, unknown>): SemanticFinding[] {
  const catalog = new Catalog();
  catalog.add(orb, '');
  const checker = new Checker(catalog);
  checker.checkComponents(orb);
  return checker.findings;
}

/**
 * Checks a config (e.g. an example's `usage`) that imports orbs: `orbs` maps each alias the config
 * declares to the packed orb document it stands for. References to an alias that is not given
 * are reported, so a typo in an orb alias cannot pass.
 */
export function checkConfigSemantics(config: Record<string, unknown>, orbs: Record<string, Record<string, unknown>>): SemanticFinding[] {
  const catalog = new Catalog();
  catalog.add(config, '');
  const declaredOrbs = isMapping(config.orbs) ? Object.keys(config.orbs) : [];
  const checker = new Checker(catalog);
  for (const alias of declaredOrbs) {
    const orb = orbs[alias];
    if (orb) catalog.add(orb, `${alias}/`);
    else checker.report(`orbs/${alias}`, `orb '${alias}' is not available to the checker; its commands and jobs cannot be verified.`);
  }
  checker.checkComponents(config);
  checker.checkWorkflows(config);
  checker.checkPipelineParameters(config);
  return checker.findings;
}

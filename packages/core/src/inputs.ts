import { parseDuration } from './duration.ts';
import { InputError } from './errors.ts';

/**
 * Input definitions are the single source of truth for every front end: `action.yml`, the CLI's
 * flags and `--help`, and the CircleCI orb's parameters are all generated from (or checked
 * against) them.
 */
export type InputType =
  | 'string'
  | 'secret'
  | 'boolean'
  | 'integer'
  | 'duration'
  | 'list'
  | 'url-list'
  | 'json'
  | 'enum'
  | 'sha';

export interface InputDefinition {
  readonly description: string;
  readonly type: InputType;
  readonly required?: boolean;
  /** Written as the user would write it, e.g. `'10s'`, `'200'`, `'true'`. */
  readonly default?: string;
  /** Said in docs when the default is computed at run time, e.g. "the CI's commit SHA". */
  readonly defaultDescription?: string;
  /** Environment variable read when the input is not given (e.g. AZURE_CLIENT_ID set by a login step). */
  readonly env?: string;
  readonly values?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  readonly example?: string;
}

export interface OutputDefinition {
  readonly description: string;
}

export interface ActionSpec {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly inputs: Readonly<Record<string, InputDefinition>>;
  readonly outputs: Readonly<Record<string, OutputDefinition>>;
}

type ValueOf<D extends InputDefinition> = D['type'] extends 'boolean'
  ? boolean
  : D['type'] extends 'integer' | 'duration'
    ? number
    : D['type'] extends 'list' | 'url-list'
      ? string[]
      : D['type'] extends 'json'
        ? Record<string, unknown>
        : string;

type IsPresent<D extends InputDefinition> = D extends { required: true }
  ? true
  : D extends { default: string }
    ? true
    : D['type'] extends 'list' | 'url-list' | 'boolean' | 'sha'
      ? true
      : false;

export type InputValues<S extends ActionSpec> = {
  -readonly [K in keyof S['inputs']]: IsPresent<S['inputs'][K]> extends true
    ? ValueOf<S['inputs'][K]>
    : ValueOf<S['inputs'][K]> | undefined;
};

export type OutputValues<S extends ActionSpec> = { [K in keyof S['outputs']]?: string | number | boolean | object };

export function defineAction<const S extends ActionSpec>(spec: S): S {
  return spec;
}

const TRUE_WORDS = new Set(['true', 'yes', 'on', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'off', '0']);
const SHA = /^[0-9a-f]{7,64}$/i;

/** Splits a list input: one item per line, or comma-separated; blank items dropped. */
export function splitList(raw: string): string[] {
  return raw
    .split(/\r?\n|,/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

function parseOne(name: string, def: InputDefinition, raw: string): unknown {
  const accepted = (text: string) => new InputError(name, `got '${raw}', ${text}.`, `Set '${name}' to ${text.replace(/^expected /, '')}.`);
  switch (def.type) {
    case 'string':
    case 'secret':
      return raw;
    case 'boolean': {
      const word = raw.trim().toLowerCase();
      if (TRUE_WORDS.has(word)) return true;
      if (FALSE_WORDS.has(word)) return false;
      throw accepted("expected 'true' or 'false'");
    }
    case 'integer': {
      const trimmed = raw.trim();
      if (!/^-?\d+$/.test(trimmed)) throw accepted('expected a whole number');
      const value = Number(trimmed);
      checkRange(name, def, value, raw, String);
      return value;
    }
    case 'duration': {
      const ms = parseDuration(raw);
      if (ms === undefined) throw accepted("expected a duration such as '500ms', '10s' or '5m'");
      checkRange(name, def, ms, raw, (n) => `${n}ms`);
      return ms;
    }
    case 'list':
      return splitList(raw);
    case 'url-list': {
      const items = splitList(raw);
      for (const item of items) {
        let url: URL;
        try {
          url = new URL(item);
        } catch {
          throw new InputError(name, `'${item}' is not a URL.`, `Write each URL in full, e.g. 'https://api.example.com/health', one per line.`);
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
          throw new InputError(name, `'${item}' uses ${url.protocol}; only http: and https: are checked.`, 'Use an http:// or https:// URL.');
        }
      }
      return items;
    }
    case 'json': {
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (error) {
        throw new InputError(name, `is not valid JSON (${(error as Error).message}).`, `Quote the whole value in YAML, e.g. ${name}: '{"status":"healthy"}'.`);
      }
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new InputError(name, `must be a JSON object, got ${Array.isArray(value) ? 'an array' : typeof value}.`, `Write an object, e.g. '{"status":"healthy"}'.`);
      }
      return value;
    }
    case 'enum': {
      const values = def.values ?? [];
      const word = raw.trim();
      if (!values.includes(word)) throw accepted(`expected one of ${values.map((v) => `'${v}'`).join(', ')}`);
      return word;
    }
    case 'sha': {
      const word = raw.trim();
      if (!SHA.test(word)) throw accepted('expected a commit SHA (7 to 64 hexadecimal characters)');
      return word.toLowerCase();
    }
  }
}

function checkRange(name: string, def: InputDefinition, value: number, raw: string, show: (n: number) => string): void {
  if (def.min !== undefined && value < def.min) {
    throw new InputError(name, `got '${raw}', which is below the minimum ${show(def.min)}.`, `Use a value of at least ${show(def.min)}.`);
  }
  if (def.max !== undefined && value > def.max) {
    throw new InputError(name, `got '${raw}', which is above the maximum ${show(def.max)}.`, `Use a value of at most ${show(def.max)}.`);
  }
}

/** Every problem with the inputs at once, so a user fixes them in one round. */
export class InputErrors extends InputError {
  readonly errors: InputError[];

  constructor(errors: InputError[]) {
    super(errors.map((e) => e.input).join(', '), errors.map((e) => e.message).join('; '), errors.map((e) => e.remediation).filter(Boolean).join(' '));
    this.message = errors.length === 1 ? errors[0]!.message : `${errors.length} inputs are invalid:\n${errors.map((e) => `  - ${e.message}`).join('\n')}`;
    this.errors = errors;
  }
}

export interface RawInputSource {
  /** Returns the raw value of an input, or undefined when it was not given (or given empty). */
  get(name: string): string | undefined;
}

/**
 * Validates and converts every input of `spec`. `fallbacks` supplies values the runtime knows
 * (the commit SHA) for inputs the user left empty.
 */
export function parseInputs<S extends ActionSpec>(
  spec: S,
  source: RawInputSource,
  fallbacks: Partial<Record<InputType, string | undefined>> = {},
  env: Readonly<Record<string, string | undefined>> = {},
): InputValues<S> {
  const values: Record<string, unknown> = {};
  const errors: InputError[] = [];
  for (const [name, def] of Object.entries(spec.inputs)) {
    const given = source.get(name);
    const fromEnv = def.env ? env[def.env] : undefined;
    const raw = given !== undefined && given.trim() !== '' ? given : fromEnv !== undefined && fromEnv.trim() !== '' ? fromEnv : (def.default ?? fallbacks[def.type]);
    if (raw === undefined || raw.trim() === '') {
      if (def.required) {
        errors.push(new InputError(name, `is required but was not given${def.env ? ` (nor is ${def.env} set)` : ''}.`, `Set '${name}': ${def.description}`));
      } else if (def.type === 'list' || def.type === 'url-list') {
        values[name] = [];
      } else if (def.type === 'boolean') {
        values[name] = false;
      } else if (def.type === 'sha') {
        errors.push(new InputError(name, 'was not given and no commit SHA could be found in the CI environment.', `Pass '${name}' explicitly (e.g. --${name} $(git rev-parse HEAD)).`));
      }
      continue;
    }
    try {
      values[name] = parseOne(name, def, raw);
    } catch (error) {
      if (error instanceof InputError) errors.push(error);
      else throw error;
    }
  }
  if (errors.length > 0) throw new InputErrors(errors);
  return values as InputValues<S>;
}

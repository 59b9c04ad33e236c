import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { schemaId } from './schema-ids.ts';

/** A published artifact contract: its schema and the TypeScript type it describes. */
export interface Contract<T> {
  readonly kind: string;
  readonly version: number;
  readonly id: string;
  readonly schema: object;
  /** Phantom field carrying T; never set. */
  readonly type?: T;
}

export function defineContract<T>(kind: string, version: number, schema: object): Contract<T> {
  return { kind, version, id: schemaId(kind, version), schema };
}

// ajv and ajv-formats are CommonJS; under ESM their default export may arrive wrapped.
type AjvConstructor = typeof AjvModule;
const Ajv = ((AjvModule as unknown as { default?: AjvConstructor }).default ?? AjvModule) as AjvConstructor;
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule.default }).default ?? addFormatsModule) as typeof addFormatsModule.default;

export interface ValidationResult {
  valid: boolean;
  errors: string[];
}

/**
 * Compiles each contract's schema once per validator. Compilation happens on first use, not
 * at load time, so bundles that never validate a given artifact never pay for it.
 */
export class ContractValidator {
  readonly #ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
  readonly #compiled = new Map<string, ValidateFunction>();

  validate<T>(contract: Contract<T>, value: unknown): ValidationResult {
    const fn = this.#compiled.get(contract.id) ?? this.#ajv.compile(contract.schema);
    this.#compiled.set(contract.id, fn);
    const valid = fn(value) as boolean;
    return { valid, errors: valid ? [] : formatErrors(fn.errors ?? []) };
  }
}

function formatErrors(errors: ErrorObject[]): string[] {
  return errors.slice(0, 10).map((error) => {
    const where = error.instancePath || '(root)';
    if (error.keyword === 'additionalProperties') return `${where}: unknown field '${String(error.params.additionalProperty)}'`;
    if (error.keyword === 'enum') return `${where}: must be one of ${JSON.stringify(error.params.allowedValues)}`;
    return `${where}: ${error.message ?? error.keyword}`;
  });
}

/**
 * Structural validation against CircleCI's own JSON Schema (vendored in orb/schema from
 * circleci-yaml-language-server, Apache-2.0). The schema cannot know parameter values and rejects
 * `<< parameters.x >>` where it expects an enum (e.g. `resource_class`, `when`), so parameters are
 * first expanded to their defaults, or to a value of their type when they have none — which is
 * also what a user's config produces when it leaves them alone.
 */
import { readFileSync } from 'node:fs';
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { isMapping, substituteParameters, substitutePipelineParameters, substituteRuntimeReferences } from './parameter-references.ts';

// ajv and ajv-formats are CommonJS; under ESM their default export may arrive wrapped.
type AjvConstructor = typeof AjvModule;
const Ajv = ((AjvModule as unknown as { default?: AjvConstructor }).default ?? AjvModule) as AjvConstructor;
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule.default }).default ?? addFormatsModule) as typeof addFormatsModule.default;

const COMPONENT_KINDS = ['commands', 'jobs', 'executors'] as const;

/** A value of the parameter's type, for a parameter without a default. */
function standIn(definition: Record<string, unknown>): unknown {
  switch (definition.type) {
    case 'boolean':
      return true;
    case 'integer':
      return 1;
    case 'enum':
      return Array.isArray(definition.enum) && definition.enum.length > 0 ? definition.enum[0] : 'value';
    case 'env_var_name':
      return 'STAND_IN';
    case 'steps':
      return [];
    case 'executor':
      return 'default';
    default:
      return 'stand-in';
  }
}

function expandComponent(component: unknown): unknown {
  if (!isMapping(component) || !isMapping(component.parameters)) return component;
  const parameters = component.parameters;
  const lookup = (name: string): unknown => {
    const definition = parameters[name];
    if (!isMapping(definition)) return undefined;
    return 'default' in definition ? definition.default : standIn(definition);
  };
  const { parameters: declared, ...body } = component;
  return { parameters: declared, ...(substituteParameters(body, lookup) as Record<string, unknown>) };
}

/**
 * Expands every component's parameter references to defaults (or stand-ins), and pipeline and
 * matrix values to a stand-in string, so that the schema sees what the compiler would.
 */
export function expandForSchema(document: Record<string, unknown>): Record<string, unknown> {
  const expanded: Record<string, unknown> = { ...document };
  for (const kind of COMPONENT_KINDS) {
    const components = document[kind];
    if (!isMapping(components)) continue;
    const out: Record<string, unknown> = {};
    for (const [name, component] of Object.entries(components)) out[name] = expandComponent(component);
    expanded[kind] = out;
  }
  if (isMapping(document.parameters)) {
    const pipeline = document.parameters;
    const withPipeline = substitutePipelineParameters(expanded, (name) => {
      const definition = pipeline[name];
      return isMapping(definition) && 'default' in definition ? definition.default : undefined;
    });
    return substituteRuntimeReferences(withPipeline) as Record<string, unknown>;
  }
  return substituteRuntimeReferences(expanded) as Record<string, unknown>;
}

export interface SchemaValidationResult {
  valid: boolean;
  errors: string[];
}

function describe(error: ErrorObject): string {
  const params = error.keyword === 'enum' ? ` ${JSON.stringify((error.params as { allowedValues?: unknown }).allowedValues)}` : error.keyword === 'additionalProperties' ? ` (${(error.params as { additionalProperty?: string }).additionalProperty})` : '';
  return `${error.instancePath || '/'} ${error.message ?? error.keyword}${params}`;
}

/** Validates configs and packed orbs against one vendored copy of CircleCI's schema. */
export class CircleCiSchema {
  readonly #validate: ValidateFunction;

  constructor(schemaPath: string) {
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
    // The schema names draft-07 and carries editor keywords (markdownDescription) ajv does not know.
    const { $schema: _draft, ...body } = schema;
    const ajv = addFormats(new Ajv({ allErrors: true, strict: false, validateSchema: false }));
    this.#validate = ajv.compile(body);
  }

  /** Validates as written (no expansion). */
  validateRaw(document: unknown): SchemaValidationResult {
    const valid = this.#validate(document) as boolean;
    // oneOf failures repeat the same cause once per branch; keep each message once.
    const errors = valid ? [] : [...new Set((this.#validate.errors ?? []).map(describe))];
    return { valid, errors };
  }

  /** Validates after expanding parameters to their defaults (see expandForSchema). */
  validate(document: Record<string, unknown>): SchemaValidationResult {
    return this.validateRaw(expandForSchema(document));
  }
}

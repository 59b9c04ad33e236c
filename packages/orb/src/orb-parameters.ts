import type { ActionSpec, InputDefinition } from '@deploy-kit/core';
import { inputDescription } from '@deploy-kit/action-specs';
import { secretVariableDefault } from './orb-names.ts';

export type OrbParameterType = 'string' | 'boolean' | 'integer' | 'enum' | 'env_var_name' | 'steps' | 'executor';

/** One entry of a CircleCI `parameters:` map. A parameter without `default` is required. */
export interface OrbParameter {
  type: OrbParameterType;
  description: string;
  default?: string | boolean | number;
  enum?: string[];
}

/**
 * The orb parameter for an action input. Requiredness and defaults are the action.yml ones: an
 * input that can come from the environment (e.g. AZURE_CLIENT_ID, set by a context) is optional,
 * and an optional input without a default defaults to "" (CircleCI requires a default on every
 * optional parameter; the orb's script passes no flag for an empty value, as GitHub passes no
 * input). Typed CircleCI parameters are used only where the value is always present, so an
 * empty string never has to fit a boolean or an integer.
 */
export function orbParameter(name: string, def: InputDefinition): OrbParameter {
  if (def.type === 'secret') {
    return {
      type: 'env_var_name',
      default: secretVariableDefault(name),
      description: `Name of the environment variable (e.g. from a context) that holds the secret; never the secret itself. ${def.description}`,
    };
  }
  const description = inputDescription(def);
  const required = def.required === true && def.env === undefined;
  if (required) {
    if (def.type === 'enum') return { type: 'enum', enum: [...(def.values ?? [])], description };
    if (def.type === 'boolean' || def.type === 'integer') return { type: def.type, description };
    return { type: 'string', description };
  }
  // As in action.yml: a default would always be passed and hide the environment fallback.
  if (def.default === undefined || def.env !== undefined) return { type: 'string', default: '', description };
  switch (def.type) {
    case 'boolean':
      return { type: 'boolean', default: ['true', 'yes', 'on', '1'].includes(def.default.trim().toLowerCase()), description };
    case 'integer':
      return { type: 'integer', default: Number(def.default), description };
    case 'enum':
      return { type: 'enum', enum: [...(def.values ?? [])], default: def.default, description };
    default:
      return { type: 'string', default: def.default, description };
  }
}

export function orbParameters(spec: ActionSpec): Record<string, OrbParameter> {
  const parameters: Record<string, OrbParameter> = {};
  for (const [name, def] of Object.entries(spec.inputs)) parameters[name] = orbParameter(name, def);
  return parameters;
}

/** The inputs whose orb parameter names an environment variable instead of holding a value. */
export function secretInputs(spec: ActionSpec): string[] {
  return Object.entries(spec.inputs)
    .filter(([, def]) => def.type === 'secret')
    .map(([name]) => name);
}

import YAML from 'yaml';
import type { ActionSpec, InputDefinition } from '@deploy-kit/core';

const TYPE_WORDS: Record<InputDefinition['type'], string> = {
  string: 'text',
  secret: 'secret',
  boolean: 'true/false',
  integer: 'whole number',
  duration: "duration such as '500ms', '10s', '5m'",
  list: 'list, one per line or comma-separated',
  'url-list': 'URLs, one per line or comma-separated',
  json: 'JSON object',
  enum: 'one of',
  sha: 'commit SHA',
};

/** Human description of an input's type, shared by action.yml, --help and the orb. */
export function describeInputType(def: InputDefinition): string {
  if (def.type === 'enum') return `one of ${(def.values ?? []).join(', ')}`;
  return TYPE_WORDS[def.type];
}

export function inputDescription(def: InputDefinition): string {
  const extra = [describeInputType(def)];
  if (def.env) extra.push(`falls back to $${def.env}`);
  if (def.env && def.default !== undefined) extra.push(`then to ${def.default}`);
  if (def.defaultDescription) extra.push(`default: ${def.defaultDescription}`);
  return `${def.description} (${extra.join('; ')})`;
}

export interface RenderOptions {
  /** Path of the bundle relative to the action.yml. */
  main: string;
  header?: string;
}

/** Renders an action's metadata file from its spec; the build writes it, a test checks it. */
export function renderActionYml(spec: ActionSpec, options: RenderOptions): string {
  const inputs: Record<string, Record<string, unknown>> = {};
  for (const [name, def] of Object.entries(spec.inputs)) {
    // An input that can come from the environment is not required in the workflow file.
    const input: Record<string, unknown> = { description: inputDescription(def), required: def.required === true && def.env === undefined };
    // The runner passes every declared default as the input's value, which would hide the
    // environment fallback; such a default is applied by deploy-kit instead, after the variable.
    if (def.default !== undefined && def.env === undefined) input.default = def.default;
    inputs[name] = input;
  }
  const outputs: Record<string, { description: string }> = {};
  for (const [name, def] of Object.entries(spec.outputs)) outputs[name] = { description: def.description };
  const document = {
    name: spec.title,
    description: spec.description,
    author: 'deploy-kit',
    branding: { icon: 'upload-cloud', color: 'blue' },
    inputs,
    outputs,
    runs: { using: 'node24', main: options.main },
  };
  const header = options.header ?? `# Generated from packages/action-specs/src by \`npm run build\`; edit the spec, not this file.\n`;
  return header + YAML.stringify(document, { lineWidth: 0 });
}

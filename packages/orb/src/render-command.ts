import YAML from 'yaml';
import { VERSION, outputVariableName, type ActionSpec } from '@deploy-kit/core';
import { orbCommandName, paramVariable } from './orb-names.ts';
import { orbParameters, secretInputs } from './orb-parameters.ts';

/** The one script every generated command includes (path relative to orb/src). */
export const RUN_SCRIPT = 'scripts/run-deploy-kit.sh';

export const GENERATED_HEADER = '# Generated from packages/action-specs/src by packages/orb (npm run build); edit the spec, not this file.\n';

/**
 * A release decision is written even when an earlier step of the job failed: a missing or failed
 * stage is what makes it NO, and the auditable NO is the point.
 */
const RUNS_ALWAYS = new Set(['release-decision']);

export interface OrbCommandOptions {
  /** The deploy-kit npm package version the command runs; the orb's own version. */
  version?: string;
}

function commandDescription(spec: ActionSpec, version: string): string {
  const outputs = Object.keys(spec.outputs)
    .map((output) => outputVariableName(spec.name, output))
    .join(', ');
  const always = RUNS_ALWAYS.has(spec.name) ? ' Runs even when an earlier step failed, so the decision is always written.' : '';
  return (
    `${spec.description} Runs \`deploy-kit ${spec.name}\` from the npm package deploy-kit@${version} (the orb's version); ` +
    `parameters are the action's inputs, with the same names and defaults. Later steps of the job read the outputs as ${outputs}.${always}`
  );
}

/** The command as a YAML-ready object (what `orb/src/commands/<name>.yml` holds). */
export function orbCommand(spec: ActionSpec, options: OrbCommandOptions = {}): Record<string, unknown> {
  const version = options.version ?? VERSION;
  const parameters = orbParameters(spec);
  const secrets = secretInputs(spec);
  const environment: Record<string, string> = {
    DEPLOYKIT_ORB_COMMAND: spec.name,
    DEPLOYKIT_ORB_VERSION: version,
    DEPLOYKIT_ORB_INPUTS: Object.keys(parameters).join(' '),
  };
  if (secrets.length > 0) environment.DEPLOYKIT_ORB_SECRETS = secrets.join(' ');
  for (const name of Object.keys(parameters)) environment[paramVariable(name)] = `<< parameters.${name} >>`;
  const run: Record<string, unknown> = { name: spec.title, environment, command: `<<include(${RUN_SCRIPT})>>` };
  if (RUNS_ALWAYS.has(spec.name)) run.when = 'always';
  return { description: commandDescription(spec, version), parameters, steps: [{ run }] };
}

/** The text of `orb/src/commands/<snake_name>.yml` for an action. */
export function renderOrbCommand(spec: ActionSpec, options: OrbCommandOptions = {}): string {
  return GENERATED_HEADER + YAML.stringify(orbCommand(spec, options), { lineWidth: 100, version: '1.1' });
}

export function orbCommandFile(spec: ActionSpec): string {
  return `commands/${orbCommandName(spec.name)}.yml`;
}

/**
 * One set of inputs, three front ends: every orb command's parameters are the action's inputs —
 * same names, same requiredness and defaults as action.yml — read from the committed, packed
 * orb (what users get), and the run step hands each one to the CLI under its flag name.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import type { ActionSpec } from '@deploy-kit/core';
import { actionSpecs, renderActionYml } from '@deploy-kit/action-specs';
import { orbCommandName, orbParameter, paramVariable, secretVariableDefault } from '../src/index.ts';
import { committedOrb, repoRoot } from './support/repo.ts';

interface Parameter {
  type: string;
  default?: unknown;
  enum?: string[];
  description: string;
}

interface ActionInput {
  required: boolean;
  default?: string;
}

const orb = committedOrb();
const commands = orb.commands as Record<string, { parameters: Record<string, Parameter>; steps: { run: { environment: Record<string, string>; command: string; when?: string } }[] }>;

describe.each(actionSpecs.map((spec): [string, ActionSpec] => [orbCommandName(spec.name), spec]))('orb command %s', (command, spec) => {
  const actionInputs = (YAML.parse(renderActionYml(spec, { main: 'index.js' })) as { inputs: Record<string, ActionInput> }).inputs;

  it('exists in the packed orb with one parameter per action input, in the same order', () => {
    expect(Object.keys(commands[command]!.parameters)).toEqual(Object.keys(spec.inputs));
    expect(Object.keys(commands[command]!.parameters)).toEqual(Object.keys(actionInputs));
  });

  it('has the same requiredness and defaults as action.yml (secrets: the name of the variable holding them)', () => {
    for (const [name, input] of Object.entries(actionInputs)) {
      const parameter = commands[command]!.parameters[name]!;
      const def = spec.inputs[name]!;
      if (def.type === 'secret') {
        expect({ name, type: parameter.type, default: parameter.default }).toEqual({ name, type: 'env_var_name', default: secretVariableDefault(name) });
        expect(input.required).toBe(false);
        continue;
      }
      // CircleCI: a parameter without a default is required.
      expect({ name, required: !('default' in parameter) }).toEqual({ name, required: input.required });
      if (!input.required) expect({ name, default: String(parameter.default) }).toEqual({ name, default: input.default ?? '' });
      if (def.type === 'enum') expect(parameter.enum).toEqual(def.values);
    }
  });

  it('passes every parameter to the CLI by its input name, and runs the orb version of deploy-kit', async () => {
    const pkg = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const { environment, command: script } = commands[command]!.steps[0]!.run;
    expect(environment.DEPLOYKIT_ORB_COMMAND).toBe(spec.name);
    expect(environment.DEPLOYKIT_ORB_VERSION).toBe(pkg.version);
    expect(environment.DEPLOYKIT_ORB_INPUTS!.split(' ')).toEqual(Object.keys(spec.inputs));
    expect((environment.DEPLOYKIT_ORB_SECRETS ?? '').split(' ').filter(Boolean)).toEqual(Object.keys(spec.inputs).filter((name) => spec.inputs[name]!.type === 'secret'));
    for (const name of Object.keys(spec.inputs)) expect(environment[paramVariable(name)]).toBe(`<< parameters.${name} >>`);
    expect(script).toContain('npx --yes "deploy-kit@$DEPLOYKIT_ORB_VERSION"');
  });
});

describe('orbParameter', () => {
  it('maps each input type to the CircleCI parameter type that holds it', () => {
    expect(orbParameter('n', { description: 'd', type: 'integer', default: '3' })).toMatchObject({ type: 'integer', default: 3 });
    expect(orbParameter('b', { description: 'd', type: 'boolean', default: 'true' })).toMatchObject({ type: 'boolean', default: true });
    expect(orbParameter('e', { description: 'd', type: 'enum', values: ['a', 'b'], default: 'b' })).toMatchObject({ type: 'enum', enum: ['a', 'b'], default: 'b' });
    expect(orbParameter('t', { description: 'd', type: 'duration', default: '10s' })).toMatchObject({ type: 'string', default: '10s' });
    expect(orbParameter('s', { description: 'd', type: 'secret' })).toMatchObject({ type: 'env_var_name', default: 'DEPLOYKIT_S' });
    // Required, unless the environment can supply it (a context's AZURE_CLIENT_ID).
    expect(orbParameter('r', { description: 'd', type: 'string', required: true })).not.toHaveProperty('default');
    expect(orbParameter('r', { description: 'd', type: 'string', required: true, env: 'AZURE_CLIENT_ID' })).toMatchObject({ type: 'string', default: '' });
    // Optional with no default: an empty string, never a made-up typed value.
    expect(orbParameter('i', { description: 'd', type: 'integer' })).toMatchObject({ type: 'string', default: '' });
  });

  it('release_decision runs even after a failed step, so the decision is always written', () => {
    expect(commands.release_decision!.steps[0]!.run.when).toBe('always');
    expect(commands.health_gate!.steps[0]!.run.when).toBeUndefined();
  });
});

/**
 * One source of truth: action.yml, the CLI's flags and its --help all come from the specs.
 * This reads the committed action.yml files and the bundled CLI's --help and checks they agree.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { actionSpecs } from '@deploy-kit/action-specs';
import { repoRoot, runNode, cleanEnv } from './support/repo.ts';

const shipped = actionSpecs.filter((spec) => existsSync(path.join(repoRoot, 'actions', spec.name, 'main.ts')));

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { required: boolean; default?: string; description: string }>;
  outputs: Record<string, { description: string }>;
}

describe.each(shipped.map((spec) => [spec.name, spec] as const))('%s', (name, spec) => {
  let metadata: ActionYml;
  beforeAll(async () => {
    metadata = YAML.parse(await readFile(path.join(repoRoot, 'actions', name, 'action.yml'), 'utf8')) as ActionYml;
  });

  it('runs on node24 from its committed bundle', () => {
    expect(metadata.runs.using).toBe('node24');
    expect(existsSync(path.join(repoRoot, 'actions', name, metadata.runs.main))).toBe(true);
  });

  it('declares exactly the spec inputs and outputs, with the same defaults and requiredness', () => {
    expect(Object.keys(metadata.inputs)).toEqual(Object.keys(spec.inputs));
    expect(Object.keys(metadata.outputs)).toEqual(Object.keys(spec.outputs));
    for (const [input, def] of Object.entries(spec.inputs)) {
      expect({ input, required: metadata.inputs[input]!.required, default: metadata.inputs[input]!.default }).toEqual({ input, required: def.required === true && def.env === undefined, default: def.env === undefined ? def.default : undefined });
    }
  });

  it('has CLI flags and --help for every action.yml input', async () => {
    const result = await runNode(['dist/cli/index.js', name, '--help'], { env: cleanEnv() });
    expect(result.code).toBe(0);
    const flat = result.stdout.replace(/\s+/g, ' ');
    for (const [input, declared] of Object.entries(metadata.inputs)) {
      expect(result.stdout).toContain(`  --${input}\n`);
      if (declared.required) expect(flat).toMatch(new RegExp(`--${input} [^\\[]*\\[[^\\]]*required`));
      if (declared.default !== undefined) expect(flat).toMatch(new RegExp(`--${input} [^\\[]*\\[[^\\]]*default: ${declared.default.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    }
  });
});

describe('package', () => {
  it('VERSION matches package.json', async () => {
    const { VERSION } = await import('@deploy-kit/core');
    const pkg = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});

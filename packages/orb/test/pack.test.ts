/**
 * The packer follows `circleci orb pack` (0.1.x) rules, and the committed orb files are exactly
 * what the build produces from the specs and orb/src.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { ConfigurationError } from '@deploy-kit/core';
import { buildOrb, packOrb } from '../src/index.ts';
import { committedOrb, orbSrc, repoRoot } from './support/repo.ts';

const ROOT = 'version: 2.1\ndescription: An orb used to test the packer, described at more than sixty-four characters.\n';

function source(files: Record<string, string>): Map<string, string> {
  return new Map(Object.entries({ '@orb.yml': ROOT, ...files }));
}

function packError(files: Record<string, string>): string {
  try {
    packOrb(source(files));
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return `${(error as ConfigurationError).message} → ${(error as ConfigurationError).remediation}`;
  }
  throw new Error('packOrb accepted the source');
}

const HEREDOC_SCRIPT = '#!/usr/bin/env bash\ncat <<EOF\nshift: $((1 << 3))\nEOF\necho "<< parameters.not_a_reference >>"\n';

describe('packOrb', () => {
  it('makes one component per file, merges @orb.yml at the root and ignores non-YAML files', () => {
    const { document } = packOrb(
      source({
        'commands/greet.yml': 'description: Greets.\nsteps:\n  - run: {name: Greet, command: echo hi}\n',
        'commands/nested/wave.yml': 'description: Waves.\nsteps: []\n',
        'jobs/hello.yml': 'description: Says hello.\nexecutor: default\nsteps: [greet]\n',
        'executors/default.yml': 'description: Node.\ndocker: [{image: "cimg/node:24.13"}]\n',
        'examples/say_hello.yml': 'description: Shows it.\nusage: {version: 2.1}\n',
        'scripts/notes.txt': 'not YAML',
        'README.md': '# not packed',
      }),
    );
    expect(Object.keys(document)).toEqual(['version', 'description', 'commands', 'jobs', 'executors', 'examples']);
    expect(Object.keys(document.commands as object)).toEqual(['greet', 'wave']);
    expect((document.jobs as Record<string, { steps: unknown }>).hello!.steps).toEqual(['greet']);
  });

  it('merges @-files inside a component folder at that level', () => {
    const { document } = packOrb(source({ 'commands/@more.yml': 'one: {description: One., steps: []}\ntwo: {description: Two., steps: []}\n' }));
    expect(Object.keys(document.commands as object)).toEqual(['one', 'two']);
  });

  it('replaces a whole-value include by the file, escaping << so heredocs and shifts stay literal', () => {
    const { document, yaml } = packOrb(
      source({
        'commands/greet.yml': 'description: Greets.\nsteps:\n  - run:\n      name: Greet\n      command: <<include(scripts/greet.sh)>>\n',
        'scripts/greet.sh': HEREDOC_SCRIPT,
      }),
    );
    const command = (document.commands as Record<string, { steps: { run: { command: string } }[] }>).greet!.steps[0]!.run.command;
    expect(command).toBe(HEREDOC_SCRIPT.replace(/<</g, '\\<<'));
    // The written YAML reads back to the same text (a literal block, not a folded one).
    const reread = YAML.parse(yaml) as typeof document;
    expect((reread.commands as Record<string, { steps: { run: { command: string } }[] }>).greet!.steps[0]!.run.command).toBe(command);
    expect(yaml).toContain('command: |');
  });

  it('refuses includes that are not the whole value, appear twice, are missing, leave the source or sit in examples', () => {
    expect(packError({ 'commands/a.yml': 'description: A.\nsteps:\n  - run: {name: A, command: "echo <<include(scripts/a.sh)>>"}\n', 'scripts/a.sh': 'x' })).toMatch(/include must be the entire value/);
    expect(packError({ 'commands/a.yml': 'description: A.\nsteps:\n  - run: {name: A, command: "<<include(scripts/a.sh)>> <<include(scripts/a.sh)>>"}\n', 'scripts/a.sh': 'x' })).toMatch(/entire value, once/);
    expect(packError({ 'commands/a.yml': 'description: A.\nsteps:\n  - run: {name: A, command: "<<include(scripts/none.sh)>>"}\n' })).toMatch(/scripts\/none\.sh, which does not exist.*Create orb\/src\/scripts\/none\.sh/);
    expect(packError({ 'commands/a.yml': 'description: A.\nsteps:\n  - run: {name: A, command: "<<include(../secrets.sh)>>"}\n' })).toMatch(/outside the orb source/);
    expect(packError({ 'examples/a.yml': 'description: A.\nusage: {version: 2.1, jobs: {x: "<<include(scripts/a.sh)>>"}}\n', 'scripts/a.sh': 'x' })).toMatch(/resolved only in commands, jobs and executors/);
  });

  it('refuses YAML in folders pack does not know, stray root YAML, duplicate names and a missing @orb.yml', () => {
    expect(packError({ 'tests/fixture.yml': 'a: 1\n' })).toMatch(/tests\/ holds YAML .* not one of commands, jobs, executors, examples/);
    expect(packError({ 'extra.yml': 'a: 1\n' })).toMatch(/extra\.yml is a YAML file at the root/);
    expect(packError({ 'commands/a.yml': 'description: A.\nsteps: []\n', 'commands/more/a.yml': 'description: A.\nsteps: []\n' })).toMatch(/two files define commands\/a/);
    expect(packError({ 'commands/a.yml': '- not\n- a mapping\n' })).toMatch(/commands\/a\.yml must be a mapping/);
    expect(() => packOrb(new Map([['commands/a.yml', 'description: A.\n']]))).toThrow(/no @orb\.yml/);
  });
});

describe('the committed orb', () => {
  const build = buildOrb(repoRoot);

  it.each(build.files.map((file) => [file.path, file] as const))('%s matches a fresh build (run `node packages/orb/src/write-orb-files.ts` or `npm run build` if this fails)', async (file, generated) => {
    expect(await readFile(path.join(repoRoot, file), 'utf8')).toBe(generated.content);
  });

  it('has no generated command file that no spec produces, and no hand-written command', async () => {
    expect(build.stale).toEqual([]);
    const onDisk = (await readdir(path.join(orbSrc, 'commands'))).map((file) => `orb/src/commands/${file}`).sort();
    expect(onDisk).toEqual(build.files.filter((file) => file.path.startsWith('orb/src/commands/')).map((file) => file.path).sort());
  });

  it('carries run-deploy-kit.sh in every command, byte for byte once CircleCI unescapes it', async () => {
    const script = await readFile(path.join(orbSrc, 'scripts', 'run-deploy-kit.sh'), 'utf8');
    const commands = committedOrb().commands as Record<string, { steps: { run: { command: string } }[] }>;
    for (const command of Object.values(commands)) expect(command.steps[0]!.run.command.replace(/\\<</g, '<<')).toBe(script);
  });

  it('stays far below CircleCI limits: no bundle inlined (8 MB compiled config, 128 KiB per environment value)', async () => {
    const packed = await readFile(path.join(repoRoot, 'dist', 'orb.yml'), 'utf8');
    expect(Buffer.byteLength(packed)).toBeLessThan(200 * 1024);
    const commands = committedOrb().commands as Record<string, { steps: { run: { environment: Record<string, string> } }[] }>;
    for (const command of Object.values(commands)) {
      for (const value of Object.values(command.steps[0]!.run.environment)) expect(Buffer.byteLength(value)).toBeLessThan(128 * 1024);
    }
  });
});

/**
 * The orb validated offline, as orb-tools would in CircleCI plus what no tool checks: yamllint and
 * shellcheck (Debian), CircleCI's JSON Schema on the packed orb and on every example's usage,
 * parameter semantics, and the review rules. Each validator is also shown to catch the mistake
 * it exists for.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { VERSION } from '@deploy-kit/core';
import { CircleCiSchema, checkConfigSemantics, checkOrbSemantics, reviewOrb } from '../src/index.ts';
import { committedOrb, committedSource, orbSrc, repoRoot, runTool, schemaPath } from './support/repo.ts';

const orb = committedOrb();
const examples = Object.entries(orb.examples as Record<string, { usage: Record<string, unknown> }>);
const schema = new CircleCiSchema(schemaPath);

describe('linters', () => {
  it('yamllint -c orb/.yamllint orb/src passes (the orb template rules)', async () => {
    const result = await runTool('yamllint', ['-c', 'orb/.yamllint', '-f', 'parsable', 'orb/src']);
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  });

  it('yamllint fails on broken YAML with these rules', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'dk-yamllint-'));
    await writeFile(path.join(dir, 'bad.yml'), 'description: a\ndescription: b\nsteps:\n  - run:\n     name: x\n');
    try {
      const result = await runTool('yamllint', ['-c', 'orb/.yamllint', '-f', 'parsable', dir]);
      expect(result.code).toBe(1);
      expect(result.output).toMatch(/duplication of key "description"/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('shellcheck orb/src/scripts/*.sh passes', async () => {
    const result = await runTool('shellcheck', [path.join(orbSrc, 'scripts', 'run-deploy-kit.sh')]);
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  });
});

describe("CircleCI's JSON Schema (vendored in orb/schema)", () => {
  it('accepts the packed orb once parameters are expanded to their defaults', () => {
    expect(schema.validate(orb)).toEqual({ valid: true, errors: [] });
  });

  it('needs that expansion: as written, resource_class: << parameters.resource-class >> is not in its enum', () => {
    const raw = schema.validateRaw(orb);
    expect(raw.valid).toBe(false);
    expect(raw.errors.every((error) => error.startsWith('/executors/default'))).toBe(true);
  });

  it.each(examples.map(([name, example]) => [name, example.usage] as const))("accepts example %s's usage as a config", (_name, usage) => {
    expect(schema.validate(usage)).toEqual({ valid: true, errors: [] });
  });

  it('rejects a misspelt run key, an unknown parameter type and an example without usage', () => {
    const broken = YAML.parse(YAML.stringify(orb)) as Record<string, Record<string, Record<string, unknown>>>;
    const gate = broken.commands!.health_gate as { steps: { run: Record<string, unknown> }[]; parameters: Record<string, { type: string }> };
    gate.steps[0]!.run.comand = gate.steps[0]!.run.command;
    delete gate.steps[0]!.run.command;
    gate.parameters.urls!.type = 'str';
    broken.examples!.verify_endpoints = { description: 'no usage' };
    const errors = schema.validate(broken).errors.join('\n');
    expect(errors).toContain("/commands/health_gate/steps/0/run must have required property 'command'");
    expect(errors).toContain('/commands/health_gate/parameters/urls/type must be equal to one of the allowed values');
    expect(errors).toContain("/examples/verify_endpoints must have required property 'usage'");
  });
});

describe('parameter semantics', () => {
  it('the packed orb: every command, job and executor it uses exists, and every argument fits', () => {
    expect(checkOrbSemantics(orb)).toEqual([]);
  });

  it.each(examples.map(([name, example]) => [name, example.usage] as const))('example %s: every deploy-kit/… job and command call is valid', (_name, usage) => {
    expect(checkConfigSemantics(usage, { 'deploy-kit': orb })).toEqual([]);
  });

  it('catches what the schema cannot: unknown, missing, mistyped and unresolved parameters', () => {
    const config = YAML.parse(`
version: 2.1
orbs:
  deploy-kit: acme/deploy-kit@${VERSION}
jobs:
  ship:
    executor: deploy-kit/defualt
    parameters:
      count: {type: integer, default: 2}
    steps:
      - deploy-kit/health_gate:
          url: https://api.example.com/health
          consecutive: "3"
          dry-run: << parameters.count >>
      - deploy-kit/release_decision:
          github-token: ghp_not-a-variable-name
          fail-on-no: << parameters.missing >>
      - deploy-kit/deploy_digest:
          resource-group: rg
          mode: replay
workflows:
  release:
    jobs:
      - ship:
          requires: [build]
      - deploy-kit/deploy:
          clientid: abc
      - deploy-kit/verify:
          gate-urls: << pipeline.parameters.urls >>
`) as Record<string, unknown>;
    const messages = checkConfigSemantics(config, { 'deploy-kit': orb }).map((finding) => `${finding.path}: ${finding.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        "jobs/ship/steps/0/deploy-kit/health_gate: command 'deploy-kit/health_gate' has no parameter 'url' (did you mean 'urls'?).",
        "jobs/ship/steps/0/deploy-kit/health_gate: command 'deploy-kit/health_gate' requires parameter 'urls', which is not given.",
        'jobs/ship/steps/0/deploy-kit/health_gate: \'consecutive\' expects a whole number, got "3".',
        "jobs/ship/steps/0/deploy-kit/health_gate: 'dry-run' expects boolean but gets << parameters.count >>, an integer.",
        "jobs/ship: << parameters.missing >> does not resolve: job declares no 'missing'.",
        "jobs/ship/steps/1/deploy-kit/release_decision: 'github-token' expects the name of an environment variable (letters, digits and _), never the secret itself.",
        'jobs/ship/steps/2/deploy-kit/deploy_digest: \'mode\' expects one of deploy, rollback, got "replay".',
        "jobs/ship/executor: executor 'deploy-kit/defualt' does not exist (did you mean 'deploy-kit/default'?).",
        "workflows/release/jobs/0/requires: requires 'build', which is not a job of workflow 'release'.",
        "workflows/release/jobs/1/deploy-kit/deploy: job 'deploy-kit/deploy' has no parameter 'clientid' (did you mean 'client-id'?).",
        "workflows/release/jobs/1/deploy-kit/deploy: job 'deploy-kit/deploy' requires parameter 'resource-group', which is not given.",
        "parameters: << pipeline.parameters.urls >> does not resolve: the config declares no pipeline parameter 'urls'.",
      ]),
    );
    expect(messages).toHaveLength(12);
    // A value pasted into an env_var_name parameter may be the secret: it is never repeated.
    expect(messages.join('\n')).not.toContain('ghp_not-a-variable-name');
  });

  it("catches an orb's own broken reference", () => {
    const broken = YAML.parse(YAML.stringify(orb)) as { jobs: Record<string, { steps: unknown[] }> };
    broken.jobs.verify!.steps.push({ health_gate: { urls: '<< parameters.gate-url >>' } });
    expect(checkOrbSemantics(broken as unknown as Record<string, unknown>).map((finding) => finding.message)).toEqual(["<< parameters.gate-url >> does not resolve: job declares no 'gate-url' (did you mean 'gate-urls'?)."]);
  });
});

describe('orb-tools review rules that need no network (RC001-RC005, RC008-RC012)', () => {
  const options = { allowKebabCaseParameters: true, orbName: 'deploy-kit', version: VERSION };

  it('the orb source passes (parameters keep kebab-case on purpose, like circleci/node)', () => {
    expect(reviewOrb(committedSource(), options)).toEqual([]);
  });

  it('flags each rule it implements', () => {
    const source = new Map([
      ['@orb.yml', 'version: 2.1\ndescription: Too short.\ndisplay: {home_url: "https://example.com"}\n'],
      ['commands/say-hello.yml', 'parameters:\n  to-whom: {type: string, default: "$USER"}\nsteps:\n  - run: echo hi\n  - run:\n      command: echo "a command that is long enough to deserve a script of its own, really"\n  - save_cache: {key: "v1-<< parameters.to-whom >>", paths: [x]}\n'],
      ['examples/example_usage.yml', `description: Uses it.\nusage:\n  version: 2.1\n  orbs:\n    deploy-kit: acme/deploy-kit@0.0.1\n`],
    ]);
    const found = reviewOrb(source, { orbName: 'deploy-kit', version: '1.2.3' }).map((finding) => `${finding.code} ${finding.file}`);
    expect(found.sort()).toEqual(
      [
        'RC001 @orb.yml',
        'RC002 commands/say-hello.yml',
        'RC004 examples/example_usage.yml',
        'RC005 @orb.yml',
        'RC008 commands/say-hello.yml',
        'RC008 commands/say-hello.yml',
        'RC009 commands/say-hello.yml',
        'RC009 commands/say-hello.yml',
        'RC010 commands/say-hello.yml',
        'RC010 commands/say-hello.yml',
        'RC011 examples/example_usage.yml',
        'RC012 commands/say-hello.yml',
      ].sort(),
    );
    expect(reviewOrb(new Map([['@orb.yml', 'version: 2.1\n']]), { exclude: ['RC001', 'RC005'] }).map((finding) => finding.code)).toEqual(['RC003']);
  });
});

describe('orb/schema', () => {
  it('keeps the Apache-2.0 licence of the vendored schema next to it', async () => {
    const { readFile } = await import('node:fs/promises');
    expect(await readFile(path.join(repoRoot, 'orb', 'schema', 'LICENSE.md'), 'utf8')).toContain('Apache License');
  });
});

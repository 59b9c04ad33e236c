import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createRuntime, defineAction, detectRuntimeKind, outputVariableName, runAction, type ActionDefinition } from '@deploy-kit/core';

function sink() {
  const chunks: string[] = [];
  return { write: (chunk: string) => chunks.push(chunk), text: () => chunks.join('') };
}

const spec = defineAction({
  name: 'echo-thing',
  title: 'echo',
  description: 'echo',
  inputs: {
    word: { description: 'a word', type: 'string', required: true },
    token: { description: 'a secret', type: 'secret' },
    fail: { description: 'fail?', type: 'boolean' },
    'artifacts-dir': { description: 'dir', type: 'string', default: '.artifacts' },
  },
  outputs: { echoed: { description: 'the word' }, data: { description: 'json' } },
});

const echo: ActionDefinition<typeof spec> = {
  spec,
  async run(inputs, { runtime }) {
    runtime.log.info(`echoing ${inputs.word} with ${inputs.token ?? 'no token'}`);
    return { ok: !inputs.fail, outputs: { echoed: inputs.word, data: { word: inputs.word } }, summary: `| word |\n| --- |\n| ${inputs.word} |`, message: inputs.fail ? 'asked to fail' : 'done' };
  },
};

describe('runtime detection', () => {
  it('tells GitHub, CircleCI and a plain shell apart', () => {
    expect(detectRuntimeKind({ GITHUB_ACTIONS: 'true' })).toBe('github');
    expect(detectRuntimeKind({ CIRCLECI: 'true' })).toBe('circleci');
    expect(detectRuntimeKind({})).toBe('cli');
  });
});

describe('runAction in CircleCI and shells', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'dk-runtime-'));
  });

  it('exports outputs through BASH_ENV in CircleCI, prints them, and masks secret inputs', async () => {
    const bashEnv = path.join(dir, 'bash_env');
    await writeFile(bashEnv, '');
    const stdout = sink();
    const stderr = sink();
    const env = { CIRCLECI: 'true', BASH_ENV: bashEnv, CIRCLE_SHA1: 'abc1234', INPUT_WORD: 'hello', INPUT_TOKEN: 'tok-1234567890', 'INPUT_ARTIFACTS-DIR': path.join(dir, 'a') };
    const runtime = createRuntime({ env, command: spec.name, stdout, stderr });
    expect(runtime.kind).toBe('circleci');
    expect(runtime.context.sha).toBe('abc1234');
    const code = await runAction(echo, runtime);
    expect(code).toBe(0);
    expect(stdout.text()).toContain('echoed=hello\ndata={"word":"hello"}\n');
    expect(stderr.text()).toContain('echoing hello with ***');
    expect(stdout.text() + stderr.text()).not.toContain('tok-1234567890');
    const exported = await readFile(bashEnv, 'utf8');
    expect(exported).toContain(`export ${outputVariableName('echo-thing', 'echoed')}='hello'\n`);
    expect(outputVariableName('echo-thing', 'echoed')).toBe('DEPLOYKIT_ECHO_THING_ECHOED');
    expect(await readFile(path.join(dir, 'a', 'summary.md'), 'utf8')).toContain('| hello |');
  });

  it('returns 1 when the action reports failure and 2 for invalid inputs, with the reason on stderr', async () => {
    const stderr = sink();
    const failing = createRuntime({ env: {}, command: spec.name, inputs: { get: (n) => ({ word: 'x', fail: 'true', 'artifacts-dir': dir })[n] }, stdout: sink(), stderr });
    expect(await runAction(echo, failing)).toBe(1);
    expect(stderr.text()).toContain('error: asked to fail');

    const stderr2 = sink();
    const invalid = createRuntime({ env: {}, command: spec.name, inputs: { get: (n) => ({ fail: 'perhaps' })[n] }, stdout: sink(), stderr: stderr2 });
    expect(await runAction(echo, invalid)).toBe(2);
    expect(stderr2.text()).toContain("Input 'word': is required but was not given.");
    expect(stderr2.text()).toContain("Input 'fail': got 'perhaps'");
  });

  it('appends outputs to DEPLOYKIT_OUTPUT when set (for other CIs)', async () => {
    const outFile = path.join(dir, 'out');
    const runtime = createRuntime({ env: { DEPLOYKIT_OUTPUT: outFile }, command: spec.name, inputs: { get: (n) => ({ word: 'w', 'artifacts-dir': dir })[n] }, stdout: sink(), stderr: sink() });
    expect(await runAction(echo, runtime)).toBe(0);
    expect(await readFile(outFile, 'utf8')).toBe('echoed=w\ndata={"word":"w"}\n');
  });
});

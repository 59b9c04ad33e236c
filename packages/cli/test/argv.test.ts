import { InputError } from '@deploy-kit/core';
import { healthGateSpec } from '@deploy-kit/action-specs';
import { parseArgs, renderHelp } from '@deploy-kit/cli';

describe('parseArgs', () => {
  it('reads --flag value, --flag=value, bare booleans and repeated lists', () => {
    const { inputs, help } = parseArgs(healthGateSpec, ['--urls', 'https://a/health', '--urls=https://b/health', '--dry-run', '--expect-json', '{"status":"healthy"}', '--consecutive=3']);
    expect(help).toBe(false);
    expect(inputs.get('urls')).toBe('https://a/health\nhttps://b/health');
    expect(inputs.get('dry-run')).toBe('true');
    expect(inputs.get('expect-json')).toBe('{"status":"healthy"}');
    expect(inputs.get('consecutive')).toBe('3');
    expect(inputs.get('timeout')).toBeUndefined();
  });

  it('suggests the nearest flag for a typo', () => {
    expect(() => parseArgs(healthGateSpec, ['--expect-stauts', '200'])).toThrow(InputError);
    try {
      parseArgs(healthGateSpec, ['--expect-stauts', '200']);
    } catch (error) {
      expect((error as InputError).remediation).toBe('Did you mean --expect-status?');
    }
  });

  it('refuses a flag without a value, a repeated scalar, and positional words', () => {
    expect(() => parseArgs(healthGateSpec, ['--timeout'])).toThrow("'--timeout' needs a value.");
    expect(() => parseArgs(healthGateSpec, ['--timeout', '1s', '--timeout', '2s'])).toThrow('was given more than once');
    expect(() => parseArgs(healthGateSpec, ['health'])).toThrow('unexpected argument');
  });

  it('recognises --help anywhere', () => {
    expect(parseArgs(healthGateSpec, ['--urls', 'x', '--help']).help).toBe(true);
  });
});

describe('renderHelp', () => {
  it('lists every input with its type, default and requiredness, and every output', () => {
    const help = renderHelp(healthGateSpec);
    for (const name of Object.keys(healthGateSpec.inputs)) expect(help).toContain(`  --${name}\n`);
    for (const name of Object.keys(healthGateSpec.outputs)) expect(help).toContain(`  ${name}\n`);
    const flat = help.replace(/\s+/g, ' ');
    expect(flat).toMatch(/--urls URLs to check[^[]*\[URLs, one per line or comma-separated; required\]/);
    expect(flat).toMatch(/--timeout Overall deadline for the gate\. \[duration such as '500ms', '10s', '5m'; default: 5m\]/);
  });
});

import { defineAction, InputErrors, parseInputs, splitList } from '@deploy-kit/core';

const spec = defineAction({
  name: 'demo',
  title: 'demo',
  description: 'demo',
  inputs: {
    urls: { description: 'URLs', type: 'url-list', required: true },
    count: { description: 'n', type: 'integer', default: '2', min: 1, max: 10 },
    wait: { description: 'wait', type: 'duration', default: '1s' },
    flag: { description: 'flag', type: 'boolean' },
    body: { description: 'json', type: 'json' },
    mode: { description: 'mode', type: 'enum', values: ['a', 'b'], default: 'a' },
    sha: { description: 'sha', type: 'sha' },
  },
  outputs: {},
});

const source = (values: Record<string, string>) => ({ get: (name: string) => values[name] });

describe('parseInputs', () => {
  it('converts every type and applies defaults and fallbacks', () => {
    const inputs = parseInputs(spec, source({ urls: 'https://a.example/health\nhttps://b.example/health, https://c.example', flag: 'yes', body: '{"status":"healthy"}' }), { sha: 'ABCDEF1234567' });
    expect(inputs).toEqual({
      urls: ['https://a.example/health', 'https://b.example/health', 'https://c.example'],
      count: 2,
      wait: 1000,
      flag: true,
      body: { status: 'healthy' },
      mode: 'a',
      sha: 'abcdef1234567',
    });
  });

  it('reports every invalid input at once, naming the input, the value and what is accepted', () => {
    let caught: unknown;
    try {
      parseInputs(spec, source({ urls: 'ftp://x', count: '11', wait: '10', flag: 'maybe', body: '[1]', mode: 'c', sha: 'xyz' }));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputErrors);
    const errors = (caught as InputErrors).errors.map((e) => e.message);
    expect(errors).toEqual([
      expect.stringMatching(/^Input 'urls': 'ftp:\/\/x' uses ftp:/),
      "Input 'count': got '11', which is above the maximum 10.",
      expect.stringMatching(/^Input 'wait': got '10', expected a duration such as '500ms'/),
      "Input 'flag': got 'maybe', expected 'true' or 'false'.",
      "Input 'body': must be a JSON object, got an array.",
      "Input 'mode': got 'c', expected one of 'a', 'b'.",
      expect.stringMatching(/^Input 'sha': got 'xyz', expected a commit SHA/),
    ]);
    expect((caught as InputErrors).message).toMatch(/^7 inputs are invalid:/);
  });

  it('names a missing required input and tells how to set it', () => {
    expect(() => parseInputs(spec, source({}), { sha: 'abcdef1' })).toThrow("Input 'urls': is required but was not given.");
  });

  it('fails when no SHA is given and the CI has none', () => {
    expect(() => parseInputs(spec, source({ urls: 'https://a.example' }))).toThrow(/no commit SHA could be found/);
  });

  it('splits lists on lines and commas and drops blanks', () => {
    expect(splitList('a\n\n b ,c\r\nd,')).toEqual(['a', 'b', 'c', 'd']);
  });
});

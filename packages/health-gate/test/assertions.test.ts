import { findErrorCodes, findFailure, parseStatusSpec, statusMatches, type Criteria } from '@deploy-kit/health-gate';
import { InputError } from '@deploy-kit/core';

const ok200 = parseStatusSpec('200');

describe('parseStatusSpec', () => {
  it('reads codes, lists, classes and ranges', () => {
    const spec = parseStatusSpec('200, 204,3xx ,400-403');
    expect(spec.text).toBe('200,204,3xx,400-403');
    expect([200, 204, 301, 399, 400, 403].every((s) => statusMatches(spec, s))).toBe(true);
    expect([201, 299, 404, 500].some((s) => statusMatches(spec, s))).toBe(false);
  });

  it('accepts 2XX in capitals', () => {
    expect(statusMatches(parseStatusSpec('2XX'), 250)).toBe(true);
  });

  it.each(['', 'ok', '20', '2000', '299-200', '6xx0', '0xx'])('refuses %p with the input named', (text) => {
    expect(() => parseStatusSpec(text)).toThrow(InputError);
    expect(() => parseStatusSpec(text)).toThrow(/expect-status/);
  });
});

describe('findErrorCodes', () => {
  it.each([
    [{ error: { code: 'assignment_denied', message: 'no' } }, 'error.code'],
    [{ error: 'assignment_denied', error_description: 'AADSTS50105: not assigned' }, 'error'],
    [{ code: 'assignment_denied' }, 'code'],
    [{ errors: [{ code: 'other' }, { code: 'assignment_denied' }] }, 'errors[1].code'],
    [{ error: { code: 'Forbidden', innererror: { code: 'assignment_denied' } } }, 'error.innererror.code'],
  ])('finds the code in %j at %s', (body, where) => {
    expect(findErrorCodes(body)).toContainEqual({ path: where, code: 'assignment_denied' });
  });

  it('finds nothing in bodies without a code', () => {
    expect(findErrorCodes({ message: 'denied' })).toEqual([]);
    expect(findErrorCodes('assignment_denied')).toEqual([]);
    expect(findErrorCodes(null)).toEqual([]);
    expect(findErrorCodes([{ code: 'x' }])).toEqual([]);
  });

  it('reads numeric codes as text', () => {
    expect(findErrorCodes({ code: 4031 })).toEqual([{ path: 'code', code: '4031' }]);
  });
});

describe('findFailure', () => {
  const json = (body: unknown) => JSON.stringify(body);

  it('passes when the status matches and nothing else is asked', () => {
    expect(findFailure({ status: 200, body: 'anything' }, { status: ok200 })).toBeUndefined();
  });

  it('names the status it got and the one it expected', () => {
    expect(findFailure({ status: 503, body: 'warming up' }, { status: ok200 })).toBe('status 503, expected 200; body warming up');
  });

  it('checks a body substring', () => {
    const criteria: Criteria = { status: ok200, expectBody: 'healthy' };
    expect(findFailure({ status: 200, body: 'all healthy' }, criteria)).toBeUndefined();
    expect(findFailure({ status: 200, body: 'degraded' }, criteria)).toBe('body degraded does not contain "healthy"');
  });

  it('fails {"status":"unhealthy"} against expect-json {"status":"healthy"}, which a substring check would pass', () => {
    const body = json({ status: 'unhealthy' });
    expect(findFailure({ status: 200, body }, { status: ok200, expectBody: 'healthy' })).toBeUndefined();
    expect(findFailure({ status: 200, body }, { status: ok200, expectJson: { status: 'healthy' } })).toBe(
      'body {"status":"unhealthy"} does not contain {"status":"healthy"} ($.status is "unhealthy", expected "healthy")',
    );
  });

  it('says when a JSON assertion meets a body that is not JSON', () => {
    expect(findFailure({ status: 200, body: '<html>ok</html>' }, { status: ok200, expectJson: { status: 'healthy' } })).toBe('body <html>ok</html> is not JSON');
  });

  it('accepts the expected error code of a denied client', () => {
    const criteria: Criteria = { status: parseStatusSpec('4xx'), expectErrorCode: 'assignment_denied' };
    expect(findFailure({ status: 403, body: json({ error: { code: 'assignment_denied' } }) }, criteria)).toBeUndefined();
    expect(findFailure({ status: 401, body: json({ error: 'assignment_denied', error_description: 'x' }) }, criteria)).toBeUndefined();
  });

  it('names the code it found when it is the wrong one, and where it looked when there is none', () => {
    const criteria: Criteria = { status: parseStatusSpec('4xx'), expectErrorCode: 'assignment_denied' };
    expect(findFailure({ status: 403, body: json({ error: { code: 'tenant_denied' } }) }, criteria)).toBe('error code "tenant_denied" (error.code), expected "assignment_denied"');
    expect(findFailure({ status: 403, body: json({ message: 'Forbidden' }) }, criteria)).toMatch(/has no error code; expected "assignment_denied" in error.code, error, code or errors\[\].code/);
    expect(findFailure({ status: 200, body: json({ ok: true }) }, criteria)).toMatch(/^status 200, expected 4xx/);
  });

  it('keeps messages to one line and cuts long bodies', () => {
    const failure = findFailure({ status: 500, body: `line one\nline two ${'x'.repeat(500)}` }, { status: ok200 })!;
    expect(failure).not.toContain('\n');
    expect(failure.length).toBeLessThan(220);
    expect(failure.endsWith('…')).toBe(true);
  });
});

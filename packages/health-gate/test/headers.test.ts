import { InputError } from '@deploy-kit/core';
import { parseHeaders } from '../src/headers.ts';
import { displayUrl } from '../src/display-url.ts';

describe('parseHeaders', () => {
  it('reads Name: value lines, lower-casing names', () => {
    expect(parseHeaders(['X-Probe: deploy-kit', 'Accept:application/json']).headers).toEqual({ 'x-probe': 'deploy-kit', accept: 'application/json' });
  });

  it('puts back the commas the list input split a header value at', () => {
    // "Accept: text/html, application/json" arrives as two list items.
    expect(parseHeaders(['Accept: text/html', 'application/json', 'If-Modified-Since: Wed', '21 Oct 2015 07:28:00 GMT']).headers).toEqual({
      accept: 'text/html, application/json',
      'if-modified-since': 'Wed, 21 Oct 2015 07:28:00 GMT',
    });
  });

  it('marks credential header values as secrets, with and without their scheme', () => {
    const { secrets } = parseHeaders(['Authorization: Bearer abc.def.ghi', 'Cookie: s=1234567', 'X-Api-Key: k-999', 'X-Probe: visible']);
    expect(secrets).toEqual(expect.arrayContaining(['Bearer abc.def.ghi', 'abc.def.ghi', 's=1234567', 'k-999']));
    expect(secrets).not.toContain('visible');
  });

  it('refuses an item that is not a header, without echoing its value', () => {
    expect(() => parseHeaders(['just-a-token-value'])).toThrow(InputError);
    expect(() => parseHeaders(['Bad Name: x'])).toThrow(/'Bad Name…' is not a 'Name: value' header/);
  });
});

describe('displayUrl', () => {
  it('hides a password and keeps everything else', () => {
    expect(displayUrl('https://probe:s3cret-pass@api.example.com:8443/health?x=1')).toBe('https://probe:***@api.example.com:8443/health?x=1');
    expect(displayUrl('http://127.0.0.1:8080/ready')).toBe('http://127.0.0.1:8080/ready');
  });
});

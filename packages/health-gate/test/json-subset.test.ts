import { isJsonSubset, jsonSubsetMismatch } from '@deploy-kit/health-gate';

describe('jsonSubsetMismatch', () => {
  it('accepts a body that contains the expected object among other fields', () => {
    expect(jsonSubsetMismatch({ status: 'healthy', version: '1.2.3', checks: { db: 'up' } }, { status: 'healthy' })).toBeUndefined();
  });

  it('does not treat "unhealthy" as containing "healthy"', () => {
    expect(jsonSubsetMismatch({ status: 'unhealthy' }, { status: 'healthy' })).toBe('$.status is "unhealthy", expected "healthy"');
  });

  it('matches nested objects and names the first path that differs', () => {
    const actual = { checks: { db: { status: 'up' }, cache: { status: 'down' } } };
    expect(jsonSubsetMismatch(actual, { checks: { db: { status: 'up' } } })).toBeUndefined();
    expect(jsonSubsetMismatch(actual, { checks: { cache: { status: 'up' } } })).toBe('$.checks.cache.status is "down", expected "up"');
  });

  it('reports missing keys and wrong types', () => {
    expect(jsonSubsetMismatch({}, { status: 'healthy' })).toBe('$.status is missing');
    expect(jsonSubsetMismatch({ status: { ok: true } }, { status: 'healthy' })).toBe('$.status is an object, expected "healthy"');
    expect(jsonSubsetMismatch('healthy', { status: 'healthy' })).toBe('$ is "healthy", expected an object');
    expect(jsonSubsetMismatch([{ status: 'healthy' }], { status: 'healthy' })).toBe('$ is an array, expected an object');
  });

  it('compares primitives strictly: 1 is not "1", null is only null', () => {
    expect(isJsonSubset({ replicas: 1 }, { replicas: 1 })).toBe(true);
    expect(isJsonSubset({ replicas: '1' }, { replicas: 1 })).toBe(false);
    expect(isJsonSubset({ degraded: null }, { degraded: null })).toBe(true);
    expect(isJsonSubset({ degraded: false }, { degraded: null })).toBe(false);
    expect(isJsonSubset({ ready: true }, { ready: false })).toBe(false);
  });

  it('finds expected array elements anywhere in the actual array', () => {
    const actual = { checks: [{ name: 'db', status: 'up' }, { name: 'cache', status: 'up', ms: 3 }] };
    expect(isJsonSubset(actual, { checks: [{ name: 'cache', status: 'up' }] })).toBe(true);
    expect(jsonSubsetMismatch(actual, { checks: [{ name: 'queue' }] })).toBe('$.checks has no element matching {"name":"queue"}');
    expect(jsonSubsetMismatch({ checks: 'all' }, { checks: [] })).toBe('$.checks is "all", expected an array');
  });

  it('quotes keys that are not identifiers', () => {
    expect(jsonSubsetMismatch({ 'x-status': 'bad' }, { 'x-status': 'ok' })).toBe('$["x-status"] is "bad", expected "ok"');
  });

  it('does not find inherited properties', () => {
    expect(jsonSubsetMismatch({}, { constructor: 'x' })).toBe('$.constructor is missing');
  });
});

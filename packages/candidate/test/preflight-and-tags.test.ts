import { ConfigurationError } from '@deploy-kit/core';
import { computeTag, identityPreflight } from '@deploy-kit/candidate';

describe('identity preflight (seed 003)', () => {
  it('prefers API_IDENTIFIER_URI', () => {
    expect(identityPreflight({ apiIdentifierUri: 'api://compass-api', entraAudience: 'api://compass-api' })).toEqual({ identifierUri: 'api://compass-api', source: 'API_IDENTIFIER_URI' });
  });
  it('falls back to ENTRA_AUDIENCE', () => {
    expect(identityPreflight({ entraAudience: 'api://legacy' })).toEqual({ identifierUri: 'api://legacy', source: 'ENTRA_AUDIENCE' });
  });
  it('fails when both are set and differ', () => {
    expect(() => identityPreflight({ apiIdentifierUri: 'api://a', entraAudience: 'api://b' })).toThrow("API_IDENTIFIER_URI ('api://a') and ENTRA_AUDIENCE ('api://b') are both set and differ.");
  });
  it('fails unless the value is api://…', () => {
    expect(() => identityPreflight({ apiIdentifierUri: 'https://compass' })).toThrow(/is not an api:\/\/… identifier URI/);
    expect(() => identityPreflight({ entraAudience: 'api://' })).toThrow(ConfigurationError);
  });
  it('fails when neither is set, treating blanks as unset', () => {
    expect(() => identityPreflight({ apiIdentifierUri: '  ', entraAudience: '' })).toThrow('Neither API_IDENTIFIER_URI nor ENTRA_AUDIENCE is set.');
  });
});

describe('tag strategies (seed 001, seed 000)', () => {
  it.each([
    ['refs/heads/main', 'latest'],
    ['refs/heads/develop', 'dev'],
    ['refs/heads/feature/xyz', 'feature-xyz'],
    ['refs/heads/release/1.2.3', '1.2.3'],
    ['refs/heads/hotfix/fix', 'hotfix-fix'],
  ])('auto on %s → %s', (ref, tag) => {
    expect(computeTag('auto', { ref })).toBe(tag);
  });
  it('semver, commit, short SHA and custom', () => {
    expect(computeTag('semver', { ref: 'refs/tags/v1.2.3' })).toBe('1.2.3');
    expect(computeTag('commit', { sha: 'A1B2C3D4E5F6' })).toBe('a1b2c3d4e5f6');
    expect(computeTag('short-sha', { sha: 'a1b2c3d4e5f6' })).toBe('a1b2c3d');
    expect(computeTag('custom', { customTag: 'v1.2.3-rc1' })).toBe('v1.2.3-rc1');
  });
  it('explains what each strategy needs when it is missing', () => {
    expect(() => computeTag('semver', { ref: 'refs/heads/main' })).toThrow(/needs a tag like v1\.2\.3/);
    expect(() => computeTag('auto', { ref: 'refs/tags/v1.0.0' })).toThrow(/needs a branch ref/);
    expect(() => computeTag('custom', { customTag: '-bad' })).toThrow(/not a valid image tag/);
  });
});

import { describe, expect, test } from '@jest/globals';
import { ExitCode } from '@deploy-kit/core';
import { digestReference, parseChallenges, parseImageReference, RegistryError, RegistryErrorCode } from '../src/index.ts';

const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('parseImageReference', () => {
  test.each([
    ['myacr.azurecr.io/shop/api:1.4.2', { registry: 'myacr.azurecr.io', apiHost: 'myacr.azurecr.io', repository: 'shop/api', tag: '1.4.2', digest: undefined }],
    ['ghcr.io/acme/shop-api:sha-1a2b3c4', { registry: 'ghcr.io', apiHost: 'ghcr.io', repository: 'acme/shop-api', tag: 'sha-1a2b3c4', digest: undefined }],
    ['localhost:5000/shop/api:1.0.0', { registry: 'localhost:5000', apiHost: 'localhost:5000', repository: 'shop/api', tag: '1.0.0', digest: undefined }],
    ['127.0.0.1:41234/a/b/c:v1', { registry: '127.0.0.1:41234', apiHost: '127.0.0.1:41234', repository: 'a/b/c', tag: 'v1', digest: undefined }],
    [`localhost:5000/shop/api@${DIGEST}`, { registry: 'localhost:5000', apiHost: 'localhost:5000', repository: 'shop/api', tag: undefined, digest: DIGEST }],
    [`ghcr.io/acme/api:1.0@${DIGEST}`, { registry: 'ghcr.io', apiHost: 'ghcr.io', repository: 'acme/api', tag: '1.0', digest: DIGEST }],
    ['docker.io/nginx:1.27', { registry: 'docker.io', apiHost: 'registry-1.docker.io', repository: 'library/nginx', tag: '1.27', digest: undefined }],
    ['index.docker.io/bitnami/redis:7', { registry: 'docker.io', apiHost: 'registry-1.docker.io', repository: 'bitnami/redis', tag: '7', digest: undefined }],
    ['MyACR.AzureCR.io/shop/api:Release_1', { registry: 'myacr.azurecr.io', apiHost: 'myacr.azurecr.io', repository: 'shop/api', tag: 'Release_1', digest: undefined }],
  ])('%s', (text, expected) => {
    expect(parseImageReference(text)).toEqual(expected);
  });

  test.each([
    ['shop/api:1.0', /does not name its registry/],
    ['nginx:1.27', /does not name its registry/],
    ['ghcr.io/acme/api', /neither a tag nor a digest/],
    ['ghcr.io/Acme/api:1', /upper-case/],
    ['ghcr.io/acme/api:-bad', /invalid tag/],
    ['ghcr.io/acme/api@sha256:abc', /malformed sha256 digest/],
    [`ghcr.io/acme/api@sha512:${'a'.repeat(128)}`, /digest algorithm 'sha512'/],
    ['ghcr.io/acme//api:1', /invalid repository component ''/],
    ['[::1]:5000/acme/api:1', /IPv6/],
    ['ghcr.io/acme/api:1 extra', /whitespace/],
    ['', /is empty/],
  ])('refuses %j', (text, message) => {
    let caught: unknown;
    try {
      parseImageReference(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RegistryError);
    const error = caught as RegistryError;
    expect(error.code).toBe(RegistryErrorCode.InvalidReference);
    expect(error.message).toMatch(message);
    expect(error.remediation).toBeTruthy();
    expect(error.exitCode).toBe(ExitCode.UsageError);
  });

  test('digestReference writes the form a candidate freezes', () => {
    expect(digestReference(parseImageReference('docker.io/nginx:1'), DIGEST)).toBe(`docker.io/library/nginx@${DIGEST}`);
  });
});

describe('parseChallenges', () => {
  test('a Bearer challenge with quoted parameters', () => {
    expect(parseChallenges('Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:acme/api:pull"')).toEqual([
      { scheme: 'bearer', params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:acme/api:pull' } },
    ]);
  });

  test('several challenges joined by Node, unquoted values, escapes and an error parameter', () => {
    const parsed = parseChallenges(['Basic realm="Registry Realm"', 'Bearer realm=https://auth.example/token, service=reg, error="insufficient_scope", scope="repository:a/b:pull,push"']);
    expect(parsed).toEqual([
      { scheme: 'basic', params: { realm: 'Registry Realm' } },
      { scheme: 'bearer', params: { realm: 'https://auth.example/token', service: 'reg', error: 'insufficient_scope', scope: 'repository:a/b:pull,push' } },
    ]);
    expect(parseChallenges('Basic realm="a \\"quoted\\" realm"')[0]!.params.realm).toBe('a "quoted" realm');
  });

  test('a bare scheme and an empty header', () => {
    expect(parseChallenges('Basic')).toEqual([{ scheme: 'basic', params: {} }]);
    expect(parseChallenges(undefined)).toEqual([]);
  });
});

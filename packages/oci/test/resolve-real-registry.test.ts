import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describeError, RecordingLogger } from '@deploy-kit/core';
import { buildImage } from '../../sandbox/src/registry/index.ts';
import { ensureCa, ensureServerCredentials } from '../../sandbox/src/tls.ts';
import { writeOciLayout } from '../../../test/support/oci-layout.ts';
import { type RealRegistry, requireRegistryTools, startRealRegistry } from '../../../test/support/real-registry.ts';
import { ManifestMediaType, RegistryError, RegistryErrorCode, resolveDigest } from '../src/index.ts';

/**
 * Digest resolution against Debian's docker-registry (distribution 2.8), with images pushed by
 * skopeo from an OCI layout built here — so the digests expected are the ones we computed.
 */

const USER = 'deployer';
const PASSWORD = 'real-registry-password-7f3a';
const WRONG_PASSWORD = 'not-the-password-9c1e';

const single = buildImage({ behaviour: 'healthy', name: 'shop/api', version: '1.0.0' });
const multi = buildImage({ behaviour: 'healthy', name: 'shop/api', version: '2.0.0', platforms: ['linux/amd64', 'linux/arm64/v8'] });

let dir: string;
let plain: RealRegistry | undefined;
let secured: RealRegistry | undefined;
let tokenAuthed: RealRegistry | undefined;
let ca: string;

async function failure(promise: Promise<unknown>): Promise<RegistryError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(RegistryError);
    return error as RegistryError;
  }
  throw new Error('expected the resolution to fail');
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dk-real-registry-'));
  const layout = path.join(dir, 'layout');
  await writeOciLayout(layout, [
    { tag: '1.0.0', image: single },
    { tag: '2.0.0', image: multi },
  ]);
  const authority = await ensureCa(path.join(dir, 'ca'));
  await ensureServerCredentials(authority, path.join(dir, 'ca'));
  ca = authority.certPem;

  plain = await startRealRegistry({ dir: path.join(dir, 'plain') });
  await plain.push(layout, '1.0.0', 'shop/api');
  await plain.push(layout, '2.0.0', 'shop/api', { all: true });

  secured = await startRealRegistry({
    dir: path.join(dir, 'secured'),
    tls: { certFile: path.join(dir, 'ca', 'server.pem'), keyFile: path.join(dir, 'ca', 'server.key'), caPem: ca },
    htpasswd: { username: USER, password: PASSWORD },
  });
  await secured.push(layout, '2.0.0', 'team/private', { all: true });

  const serverCredentials = await ensureServerCredentials(authority, path.join(dir, 'ca'));
  tokenAuthed = await startRealRegistry({
    dir: path.join(dir, 'token'),
    tls: { certFile: path.join(dir, 'ca', 'server.pem'), keyFile: path.join(dir, 'ca', 'server.key'), caPem: ca },
    tokenAuth: { username: USER, password: PASSWORD, tls: serverCredentials },
  });
  await tokenAuthed.push(layout, '1.0.0', 'team/service');
}, 120_000);

afterAll(async () => {
  await plain?.close();
  await secured?.close();
  await tokenAuthed?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('docker-registry over plain HTTP, anonymous', () => {
  const options = () => ({ plainHttp: [plain!.host] });

  test('a single-platform tag resolves to the manifest digest skopeo pushed', async () => {
    const resolved = await resolveDigest(`${plain!.host}/shop/api:1.0.0`, options());
    expect(resolved.ref).toBe(`${plain!.host}/shop/api@${single.digest}`);
    expect(resolved.mediaType).toBe(ManifestMediaType.OciManifest);
    expect(resolved.isIndex).toBe(false);
  });

  test('a multi-arch tag resolves to the index digest, with its platforms', async () => {
    const resolved = await resolveDigest(`${plain!.host}/shop/api:2.0.0`, options());
    expect(resolved.digest).toBe(multi.digest);
    expect(resolved.mediaType).toBe(ManifestMediaType.OciIndex);
    expect(resolved.platforms).toEqual(['linux/amd64', 'linux/arm64/v8']);
    expect(multi.manifests.map((m) => m.digest)).not.toContain(resolved.digest);
  });

  test('a digest reference is verified to exist; one of a platform image in the index too', async () => {
    await expect(resolveDigest(`${plain!.host}/shop/api@${multi.digest}`, options())).resolves.toMatchObject({ digest: multi.digest, isIndex: true });
    const arm = multi.manifests[1]!.digest;
    await expect(resolveDigest(`${plain!.host}/shop/api@${arm}`, options())).resolves.toMatchObject({ digest: arm, mediaType: ManifestMediaType.OciManifest });
  });

  test('a missing digest, a missing tag and a missing repository are told apart', async () => {
    const missingDigest = `sha256:${'1'.repeat(64)}`;
    const digest = await failure(resolveDigest(`${plain!.host}/shop/api@${missingDigest}`, options()));
    expect(digest.code).toBe(RegistryErrorCode.DigestNotFound);
    const tag = await failure(resolveDigest(`${plain!.host}/shop/api:9.9.9`, options()));
    expect(tag.code).toBe(RegistryErrorCode.TagNotFound);
    expect(tag.message).toBe(`Tag 9.9.9 not found in ${plain!.host}/shop/api; available tags: 2.0.0, 1.0.0.`);
    const repo = await failure(resolveDigest(`${plain!.host}/shop/gone:1.0.0`, options()));
    expect(repo.code).toBe(RegistryErrorCode.RepositoryNotFound);
  });

  test('speaking TLS to a plain-HTTP registry says that it does not speak TLS', async () => {
    const error = await failure(resolveDigest(`${plain!.host}/shop/api:1.0.0`, { retries: 0 }));
    expect(error.code).toBe(RegistryErrorCode.Tls);
    expect(error.remediation).toContain('does not speak TLS');
  });
});

describe('docker-registry over TLS with htpasswd (Basic) auth', () => {
  test('the right username and password resolve the index digest', async () => {
    const resolved = await resolveDigest(`${secured!.host}/team/private:2.0.0`, { ca, credentials: { kind: 'basic', username: USER, password: PASSWORD } });
    expect(resolved.digest).toBe(multi.digest);
  });

  test('a wrong password is refused, and the error never shows it', async () => {
    const error = await failure(resolveDigest(`${secured!.host}/team/private:2.0.0`, { ca, credentials: { kind: 'basic', username: USER, password: WRONG_PASSWORD, source: 'REGISTRY_PASSWORD' } }));
    expect(error.code).toBe(RegistryErrorCode.CredentialsRefused);
    expect(error.remediation).toContain('REGISTRY_PASSWORD');
    const shown = [error.message, error.remediation, describeError(error), JSON.stringify(error), error.stack].join('\n');
    expect(shown).not.toContain(WRONG_PASSWORD);
    expect(shown).not.toContain(Buffer.from(`${USER}:${WRONG_PASSWORD}`).toString('base64'));
  });

  test('no credentials: the registry requires them', async () => {
    const error = await failure(resolveDigest(`${secured!.host}/team/private:2.0.0`, { ca }));
    expect(error.code).toBe(RegistryErrorCode.CredentialsRequired);
  });
});

describe('docker-registry with token auth (the bearer challenge of Docker Hub and GHCR)', () => {
  test('the challenge is answered with a token from the realm, and the digest resolves', async () => {
    const logger = new RecordingLogger();
    const resolved = await resolveDigest(`${tokenAuthed!.host}/team/service:1.0.0`, { ca, logger, credentials: { kind: 'basic', username: USER, password: PASSWORD } });
    expect(resolved.digest).toBe(single.digest);
    expect(logger.text()).toContain(`requesting a token for repository:team/service:pull from ${new URL(tokenAuthed!.tokenRealm!).origin}/token`);
    expect(logger.text()).not.toContain(PASSWORD);
  });

  test('a wrong password is refused by the token server, without showing it', async () => {
    const error = await failure(resolveDigest(`${tokenAuthed!.host}/team/service:1.0.0`, { ca, credentials: { kind: 'basic', username: USER, password: WRONG_PASSWORD } }));
    expect(error.code).toBe(RegistryErrorCode.CredentialsRefused);
    expect(error.message).toContain('token service refused the credentials');
    expect([error.message, error.remediation, describeError(error)].join('\n')).not.toContain(WRONG_PASSWORD);
  });

  test('anonymous: the token grants nothing and the registry requires credentials', async () => {
    const error = await failure(resolveDigest(`${tokenAuthed!.host}/team/service:1.0.0`, { ca }));
    expect(error.code).toBe(RegistryErrorCode.CredentialsRequired);
  });
});

describe('the harness itself', () => {
  test('a missing tool fails loudly with the install command, never a silent skip', async () => {
    const saved = process.env.PATH;
    process.env.PATH = path.join(dir, 'empty-bin');
    try {
      expect(() => requireRegistryTools({ htpasswd: true })).toThrow(/skopeo \(Debian package skopeo\), htpasswd \(Debian package apache2-utils\).*apt-get install -y docker-registry skopeo apache2-utils/);
    } finally {
      process.env.PATH = saved;
    }
  });
});

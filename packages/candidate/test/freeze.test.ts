import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ArtifactStore } from '@deploy-kit/contracts';
import { RecordingLogger } from '@deploy-kit/core';
import { freezeCandidate, FrozenCandidateError, parseImageList, parseScopes, readCandidate, TamperedCandidateError, type DigestResolver } from '@deploy-kit/candidate';

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const digestOf = (text: string) => `sha256:${Buffer.from(text.padEnd(32, '#')).toString('hex').slice(0, 64)}`;

/** Stands in for a registry: the OCI resolver has its own tests against real registries. */
function tableResolver(table: Record<string, string>): DigestResolver {
  return async (reference) => {
    const digest = table[reference];
    if (!digest) throw new Error(`no such tag ${reference}`);
    const repository = reference.replace(/[:@].*$/, '');
    return { ref: `${repository}@${digest}`, digest };
  };
}

describe('freezeCandidate', () => {
  let dir: string;
  const store = new ArtifactStore();
  const images = parseImageList(['api=registry.example.com/shop/api:1.4.2', 'web=registry.example.com/shop/web:1.4.2']);
  const table = { 'registry.example.com/shop/api:1.4.2': digestOf('api-1'), 'registry.example.com/shop/web:1.4.2': digestOf('web-1') };

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'dk-freeze-'));
  });

  const freeze = (overrides: Partial<Parameters<typeof freezeCandidate>[0]> = {}) =>
    freezeCandidate({ artifactsDir: dir, sha: SHA, repository: 'acme/shop', images, scopes: parseScopes(['runtime', 'migration']), resolve: tableResolver(table), store, log: new RecordingLogger(), now: new Date('2026-11-23T10:00:00Z'), ...overrides });

  it('writes a schema-valid manifest of digest refs with source tags, scopes and integrity', async () => {
    const result = await freeze();
    expect(result.written).toBe(true);
    expect(result.path).toBe(path.join(dir, 'candidate', SHA, 'manifest.json'));
    const manifest = JSON.parse(await readFile(result.path, 'utf8'));
    expect(manifest.images.api).toEqual({ ref: `registry.example.com/shop/api@${digestOf('api-1')}`, digest: digestOf('api-1'), source: 'registry.example.com/shop/api:1.4.2' });
    expect(manifest.scopes).toEqual({ runtime: true, infra: false, identity: false, requiresInfraConvergence: false, migration: true });
    expect(manifest.requiresControlPlaneApproval).toBe(false);
    expect(manifest.integrity).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect((await readCandidate(store, result.path)).manifest.sha).toBe(SHA);
  });

  it('treats freezing the same content again as a no-op, even later', async () => {
    const first = await freeze();
    const before = await readFile(first.path, 'utf8');
    const again = await freeze({ now: new Date('2026-11-24T10:00:00Z') });
    expect(again.written).toBe(false);
    expect(again.sha256).toBe(first.sha256);
    expect(await readFile(first.path, 'utf8')).toBe(before);
  });

  it('refuses different content for the same SHA and leaves the file untouched', async () => {
    const first = await freeze();
    const before = await readFile(first.path, 'utf8');
    const moved = tableResolver({ ...table, 'registry.example.com/shop/api:1.4.2': digestOf('api-2') });
    await expect(freeze({ resolve: moved })).rejects.toThrow(FrozenCandidateError);
    await expect(freeze({ resolve: moved })).rejects.toThrow(/image 'api' is registry\.example\.com\/shop\/api@sha256:[0-9a-f]+ in the frozen manifest, registry\.example\.com\/shop\/api@sha256:[0-9a-f]+ now/);
    await expect(freeze({ scopes: parseScopes(['runtime', 'infra']) })).rejects.toThrow(/scope 'infra' was false, now true/);
    expect(await readFile(first.path, 'utf8')).toBe(before);
  });

  it('detects a manifest edited after freezing, and refuses to freeze over it', async () => {
    const first = await freeze();
    const manifest = JSON.parse(await readFile(first.path, 'utf8'));
    manifest.images.api.ref = `registry.example.com/shop/api@${digestOf('evil')}`;
    await writeFile(first.path, JSON.stringify(manifest, null, 2));
    await expect(readCandidate(store, first.path)).rejects.toThrow(TamperedCandidateError);
    await expect(readCandidate(store, first.path)).rejects.toThrow(/edited after it was frozen/);
    await expect(freeze()).rejects.toThrow(TamperedCandidateError);
  });

  it('keeps exactly one manifest when two freezes race for the same SHA', async () => {
    const results = await Promise.allSettled([freeze(), freeze(), freeze()]);
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
    const written = results.filter((r) => r.status === 'fulfilled' && r.value.written);
    expect(written).toHaveLength(1);
  });

  it('flags control-plane approval for infra, identity and infra convergence', async () => {
    for (const scope of ['infra', 'identity', 'requiresInfraConvergence']) {
      const sha = `${scope.length.toString(16).padStart(2, '0')}${SHA.slice(2)}`;
      const result = await freeze({ sha, scopes: parseScopes(['runtime', scope]) });
      expect(result.manifest.requiresControlPlaneApproval).toBe(true);
    }
  });
});

describe('input parsing', () => {
  it('rejects malformed image items and unknown scopes with a fix', () => {
    expect(() => parseImageList(['api'])).toThrow("'api' is not of the form name=registry/repository:tag.");
    expect(() => parseImageList(['api=nginx:1'])).toThrow(/has no registry/);
    expect(() => parseImageList(['api=r.io/a:1', 'api=r.io/b:1'])).toThrow("image name 'api' appears twice.");
    expect(() => parseScopes(['runtime', 'database'])).toThrow("'database' is not a change scope.");
    expect(parseScopes(['requires-infra-convergence']).requiresInfraConvergence).toBe(true);
  });
});

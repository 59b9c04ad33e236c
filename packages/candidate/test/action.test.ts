/**
 * freeze-candidate end to end: the action, the real OCI resolver and the sandbox registry over
 * HTTPS with a bearer-token challenge (the test CA is trusted through the Jest global setup).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ShellRuntime, runAction } from '@deploy-kit/core';
import { freezeCandidateAction } from '@deploy-kit/candidate';
import { ensureCa, ensureServerCredentials } from '../../sandbox/src/tls.ts';
import { startHttpsServer, type RunningServer } from '../../sandbox/src/http.ts';
import { createSandboxRegistry, type SandboxRegistry } from '../../sandbox/src/registry/index.ts';
import { TEST_SANDBOX_CA_DIR } from '../../../test/setup/sandbox-ca.ts';

const SHA = '5f3e2d1c0b9a89786756453423120100ffeeddcc';
const PASSWORD = 'registry-pass-7f3a9c';

function sink() {
  const chunks: string[] = [];
  return { write: (chunk: string) => chunks.push(chunk), text: () => chunks.join('') };
}

describe('freeze-candidate action against the sandbox registry', () => {
  let registry: SandboxRegistry;
  let server: RunningServer;
  let host: string;

  beforeAll(async () => {
    const ca = await ensureCa(TEST_SANDBOX_CA_DIR);
    registry = createSandboxRegistry({ auth: { mode: 'bearer', users: [{ username: 'ci', password: PASSWORD }] } });
    server = await startHttpsServer(await ensureServerCredentials(ca, TEST_SANDBOX_CA_DIR), [registry.handler]);
    host = `localhost:${server.port}`;
  });
  afterAll(async () => server.close());

  async function run(inputs: Record<string, string>, dir: string) {
    const stdout = sink();
    const stderr = sink();
    const runtime = new ShellRuntime('cli', { env: {}, inputs: { get: (name) => inputs[name] }, stdout, stderr, command: 'freeze-candidate' });
    const code = await runAction(freezeCandidateAction, runtime);
    return { code, stdout: stdout.text(), stderr: stderr.text(), manifest: path.join(dir, 'candidate', SHA, 'manifest.json') };
  }

  it('resolves tags and a multi-arch index to digests, writes the manifest and outputs refs', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'dk-freeze-action-'));
    const result = await run(
      {
        images: `api=${host}/shop/api:1.2.0\nweb=${host}/shop/web:1.0.0`,
        scopes: 'runtime,migration',
        sha: SHA,
        repository: 'acme/shop',
        'registry-username': 'ci',
        'registry-password': PASSWORD,
        'artifacts-dir': dir,
      },
      dir,
    );
    expect(result.stderr).not.toContain('error');
    expect(result.code).toBe(0);
    const manifest = JSON.parse(await readFile(result.manifest, 'utf8'));
    expect(manifest.images.api.ref).toMatch(new RegExp(`^${host}/shop/api@sha256:[0-9a-f]{64}$`));
    expect(manifest.images.api.platforms).toEqual(['linux/amd64', 'linux/arm64/v8']);
    expect(manifest.images.web.source).toBe(`${host}/shop/web:1.0.0`);
    const refs = JSON.parse(/^refs=(.*)$/m.exec(result.stdout)![1]!);
    expect(refs).toEqual({ api: manifest.images.api.ref, web: manifest.images.web.ref });
    expect(result.stdout).toMatch(/^requires-control-plane-approval=false$/m);
    expect(result.stdout).toMatch(/^manifest-sha256=[0-9a-f]{64}$/m);
    expect(result.stdout + result.stderr + (await readFile(result.manifest, 'utf8'))).not.toContain(PASSWORD);
  });

  it('explains a missing tag and refused credentials, writes nothing, and never prints the password', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'dk-freeze-action-'));
    const missing = await run({ images: `api=${host}/shop/api:9.9.9`, sha: SHA, repository: 'acme/shop', 'registry-username': 'ci', 'registry-password': PASSWORD, 'artifacts-dir': dir }, dir);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/9\.9\.9/);
    expect(missing.stderr).toMatch(/1\.0\.0/);
    expect(existsSync(missing.manifest)).toBe(false);

    const refused = await run({ images: `api=${host}/shop/api:1.0.0`, sha: SHA, repository: 'acme/shop', 'registry-username': 'ci', 'registry-password': `${PASSWORD}-wrong`, 'artifacts-dir': dir }, dir);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/refused|denied|credentials/i);
    expect(refused.stderr).toContain('registry-password');
    expect(refused.stdout + refused.stderr).not.toContain(PASSWORD);
    expect(existsSync(refused.manifest)).toBe(false);
  });
});

import { writeFile } from 'node:fs/promises';
import { ArtifactPaths, contracts, manifestIntegrity, writeFileAtomic, type CandidateManifest } from '@deploy-kit/contracts';
import { ExitCode, InputError, runAction, ShellRuntime } from '@deploy-kit/core';
import { ArmRequestError, createDeployDigestAction, PolicyError, RevisionSuffixTakenError } from '@deploy-kit/deploy-digest';
import { getJson, SHA_1, SHA_2, SHA_3, startHarness, type Harness } from './support/sandbox-deploy.ts';

/** Everything a deploy must refuse, and the failures that must stop it before any app changes. */
let h: Harness;
let seededRevision: Record<string, string>;
const refs: Record<string, string> = {};
beforeAll(async () => {
  h = await startHarness();
  refs.api = h.image('api', '2.0.0', 'healthy');
  refs.web = h.image('web', '2.0.0', 'healthy');
  refs.migrateFail = h.image('migrate', 'fail-2', 'job-fail:200ms');
  refs.migrateSlow = h.image('migrate', 'slow-2', 'job-success:20s');
  const state = await h.sandbox.state();
  seededRevision = Object.fromEntries(state.arm.apps.map((app: any) => [app.name, app.properties.latestReadyRevisionName]));
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => {
  h.sandbox.arm.state.clearRequests();
});

const appWrites = () => h.sandbox.arm.state.requests().filter((r) => r.method !== 'GET' && r.path.includes('/containerApps/'));
const anyWrites = () => h.sandbox.arm.state.requests().filter((r) => r.method !== 'GET');

async function expectAppsUntouched(): Promise<void> {
  expect(appWrites()).toEqual([]);
  const state = await h.sandbox.state();
  for (const app of state.arm.apps as any[]) {
    expect({ app: app.name, serving: app.properties.latestReadyRevisionName }).toEqual({ app: app.name, serving: seededRevision[app.name] });
    expect((await getJson(`https://${app.properties.configuration.ingress.fqdn}/`)).body.revision).toBe(seededRevision[app.name]);
  }
}

describe('a failed migration', () => {
  it('stops the deploy with the execution name and status, and changes no app', async () => {
    await h.freeze(SHA_1, { api: refs.api!, web: refs.web!, migrate: refs.migrateFail! }, { migration: true });
    const result = await h.deploy(SHA_1, { migration: 'migrate=migrate' });

    expect(result.ok).toBe(false);
    expect(result.record.status).toBe('failed');
    const executions = (await h.sandbox.state()).arm.executions['migrate'] as any[];
    const execution = executions[0].name as string;
    expect(executions[0].properties.status).toBe('Failed');
    expect(result.record.migration).toEqual({ job: 'migrate', execution, status: 'Failed', image: refs.migrateFail });
    expect(result.message).toContain(`Migration job migrate execution ${execution}: Failed`);
    expect(result.message).toContain('No app was changed');
    expect(result.record.apps.map((a) => a.status)).toEqual(['skipped', 'skipped']);
    expect(result.record.apps[0]!.current).toEqual(result.record.apps[0]!.previous);
    await expectAppsUntouched();
  });

  it('stops the deploy when the execution runs past job-timeout, naming it and leaving it running', async () => {
    await h.freeze(SHA_2, { api: refs.api!, web: refs.web!, migrate: refs.migrateSlow! }, { migration: true });
    const result = await h.deploy(SHA_2, { migration: 'migrate=migrate', jobTimeoutMs: 400 });

    expect(result.ok).toBe(false);
    const execution = result.record.migration!.execution!;
    expect(result.record.migration!.status).toMatch(/^still Running after 400ms \(timed out; the execution was left running\)$/);
    expect(result.message).toContain(`execution ${execution}`);
    const executions = (await h.sandbox.state()).arm.executions['migrate'] as any[];
    expect(executions.find((e) => e.name === execution).properties.status).toBe('Running');
    await expectAppsUntouched();
  });

  it('is required when the candidate says so: no migration-job, no deploy', async () => {
    await expect(h.deploy(SHA_1)).rejects.toThrow(/'migration' scope set, but no 'migration-job' was given/);
    expect(h.sandbox.arm.state.requests()).toEqual([]);
  });
});

describe('refused before any change', () => {
  const runtimeFor = (inputs: Record<string, string>) => {
    const logs: string[] = [];
    const runtime = new ShellRuntime('cli', {
      env: {},
      inputs: { get: (name) => inputs[name] },
      stdout: { write: () => true },
      stderr: { write: (chunk: string) => logs.push(chunk) },
      command: 'deploy-digest',
    });
    return { runtime, logs };
  };
  const action = createDeployDigestAction({
    azure: () => {
      throw new Error('Azure must not be reached when the candidate is refused');
    },
  });

  it('a manifest that carries a tag instead of a digest', async () => {
    const paths = new ArtifactPaths(h.artifactsDir, SHA_3);
    const content: Omit<CandidateManifest, 'integrity'> = {
      schemaVersion: 1,
      kind: 'candidate-manifest',
      sha: SHA_3,
      repository: 'acme/shop',
      createdAt: new Date().toISOString(),
      images: { api: { ref: `${h.sandbox.host}/shop/api:2.0.0`, digest: `sha256:${'a'.repeat(64)}`, source: `${h.sandbox.host}/shop/api:2.0.0` } },
      scopes: { runtime: true, infra: false, identity: false, requiresInfraConvergence: false, migration: false },
      requiresControlPlaneApproval: false,
    };
    await writeFileAtomic(paths.candidateManifest(), JSON.stringify({ ...content, integrity: manifestIntegrity(content) }));
    const { runtime, logs } = runtimeFor({ sha: SHA_3, 'resource-group': h.sandbox.resourceGroup, apps: 'api=api', 'artifacts-dir': h.artifactsDir });

    const code = await runAction(action, runtime);

    expect(code).toBe(ExitCode.UsageError);
    expect(logs.join('')).toMatch(/manifest\.json: does not match the candidate-manifest v1 contract: .*images\/api\/ref/);
    expect(h.sandbox.arm.state.requests()).toEqual([]);
    // No record either: release-decision finds no deploy for this commit.
    await expect(h.store.read(contracts.deploymentRecord, paths.deploymentRecord())).rejects.toThrow(/no deployment-record found/);
  });

  it('a manifest edited after it was frozen (integrity check)', async () => {
    const frozen = await h.freeze(SHA_3.replace('3c', '4d'), { api: refs.api! });
    const edited = { ...frozen.manifest, images: { api: { ...frozen.manifest.images.api!, ref: refs.web!.replace('/web@', '/api@') } } };
    await writeFile(frozen.path, JSON.stringify(edited));
    const { runtime, logs } = runtimeFor({ sha: frozen.manifest.sha, 'resource-group': h.sandbox.resourceGroup, apps: 'api=api', 'artifacts-dir': h.artifactsDir });

    const code = await runAction(action, runtime);

    expect(code).toBe(ExitCode.UsageError);
    expect(logs.join('')).toContain('fails its integrity check');
    expect(h.sandbox.arm.state.requests()).toEqual([]);
  });

  it('an image name the candidate does not have', async () => {
    const sha = SHA_3.replace('3c', '5e');
    await h.freeze(sha, { api: refs.api! });
    const { runtime, logs } = runtimeFor({ sha, 'resource-group': h.sandbox.resourceGroup, apps: 'api=api\nweb=frontend', 'artifacts-dir': h.artifactsDir });
    expect(await runAction(action, runtime)).toBe(ExitCode.UsageError);
    expect(logs.join('')).toContain("image 'frontend' (for web) is not in the candidate");
    expect(h.sandbox.arm.state.requests()).toEqual([]);
  });

  it('a revision suffix Container Apps would reject, for every app, before the first call', async () => {
    await h.freeze(SHA_1.replace('1a', '6f'), { api: refs.api!, web: refs.web! });
    await expect(h.deploy(SHA_1.replace('1a', '6f'), { revisionSuffix: 'Rev_2' })).rejects.toThrow(InputError);
    await expect(h.deploy(SHA_1.replace('1a', '6f'), { revisionSuffix: 'release--2' })).rejects.toThrow(/contains '--'/);
    await expect(h.deploy(SHA_1.replace('1a', '6f'), { revisionSuffix: `r${'x'.repeat(50)}` })).rejects.toThrow(/would have 5\d characters; Container Apps allows 54/);
    expect(h.sandbox.arm.state.requests()).toEqual([]);
  });

  it('a revision suffix that is already taken, with the fix', async () => {
    const sha = SHA_1.replace('1a', '6f');
    const taken = seededRevision['api']!.slice('api--'.length);
    const error = await h.deploy(sha, { revisionSuffix: taken }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RevisionSuffixTakenError);
    expect((error as RevisionSuffixTakenError).message).toContain(`Revision suffix '${taken}' is already taken on api: revision api--${taken} already exists`);
    expect((error as RevisionSuffixTakenError).remediation).toContain("Choose another 'revision-suffix'");
    expect(anyWrites()).toEqual([]);
  });

  it('an app whose minReplicas is below the policy, even with a migration to run first', async () => {
    const sha = SHA_1.replace('1a', '7a');
    await h.freeze(sha, { api: refs.api!, web: refs.web!, migrate: refs.migrateFail! }, { migration: true });
    const error = await h.deploy(sha, { migration: 'migrate=migrate', minReplicas: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as PolicyError).message).toMatch(/^(api|web) has minReplicas 1, below the policy's 2/);
    expect((error as PolicyError).remediation).toContain('--min-replicas 2');
    expect(anyWrites()).toEqual([]);
  });

  it('canary traffic on an app in Single revision mode', async () => {
    const sha = SHA_1.replace('1a', '6f');
    const error = await h.deploy(sha, { traffic: 'canary:10,100' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as PolicyError).remediation).toContain('az containerapp revision set-mode -n api --mode multiple');
    expect(anyWrites()).toEqual([]);
  });

  it('an app that does not exist, with where to look', async () => {
    const sha = SHA_1.replace('1a', '6f');
    const error = await h.deploy(sha, { apps: ['api=api', 'shop-admin=web'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArmRequestError);
    expect((error as ArmRequestError).statusCode).toBe(404);
    expect((error as ArmRequestError).remediation).toContain(`az containerapp list -g ${h.sandbox.resourceGroup}`);
    expect(anyWrites()).toEqual([]);
    await expectAppsUntouched();
  });
});

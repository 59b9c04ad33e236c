import { readFile, writeFile, access } from 'node:fs/promises';
import path from 'node:path';
import { runAction, ShellRuntime, type ActionDefinition, type Env } from '@deploy-kit/core';
import { ArtifactPaths, contracts, type DecisionEvidence } from '@deploy-kit/contracts';
import { main } from '@deploy-kit/cli';
import { createReleaseDecisionAction, releaseDecisionAction } from '@deploy-kit/release-decision';
import { Captured, healthEvidence, SHA, store, TempDirs, writeHappyPath, writeHealth } from './fixtures.ts';
import { GitHubDeploymentsStub } from './github-stub.ts';

const TOKEN = 'ghp_LocalStubTokenThatMustNeverBePrinted42';
const dirs = new TempDirs();
const stub = new GitHubDeploymentsStub();

beforeAll(() => stub.start());
afterAll(() => stub.stop());
beforeEach(() => stub.reset());
afterEach(() => dirs.cleanup());

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(inputs: Record<string, string>, env: Env = {}, action: ActionDefinition<typeof releaseDecisionAction.spec> = releaseDecisionAction): Promise<Run> {
  const stdout = new Captured();
  const stderr = new Captured();
  const runtime = new ShellRuntime('cli', { env, inputs: { get: (name) => inputs[name] }, stdout, stderr, command: 'release-decision' });
  const code = await runAction(action, runtime);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const decisionFile = (root: string) => new ArtifactPaths(root, SHA).releaseDecision();
const readDecision = async (root: string) => (await store.read(contracts.releaseDecision, decisionFile(root))).value;

describe('release-decision action', () => {
  it('says YES, exits 0, writes a valid decision and a summary with a table and a stage diagram', async () => {
    const root = await dirs.make();
    const { manifest } = await writeHappyPath(root);
    const now = () => new Date('2025-01-02T03:15:00.000Z');
    const result = await run({ sha: SHA, required: 'candidate\ndeploy\napi', 'artifacts-dir': root }, {}, createReleaseDecisionAction({ now }));

    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`decision=YES\ndecision-path=${decisionFile(root)}\n`);
    expect(result.stderr).toContain(`Release decision for ${SHA} (production): YES.`);
    const decision = await readDecision(root);
    expect(decision).toMatchObject({ decision: 'YES', sha: SHA, environment: 'production', decidedAt: '2025-01-02T03:15:00.000Z', required: ['candidate', 'deploy', 'api'] });
    expect(decision.manifest).toEqual({ path: `candidate/${SHA}/manifest.json`, sha256: manifest.sha256, integrity: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
    expect(decision.deployment).toBeUndefined();

    const summary = await readFile(path.join(root, 'summary.md'), 'utf8');
    expect(summary).toContain('## ✅ Release decision: YES');
    expect(summary).toContain('| stage | status | evidence file | reason |');
    expect(summary).toContain(`| health 'api' | ✅ pass | \`deploy/${SHA}/health-api.json\` | 2 consecutive passes at https://api.example.com/health |`);
    expect(summary).toContain('```mermaid\nflowchart LR');
    expect(summary).toContain('s0 --> s1 --> s2 --> decision');
    expect(summary).toContain('class s2 pass');
    expect(summary).toContain('class decision pass');
    expect(summary).toContain(`integrity \`${decision.manifest!.integrity}\``);
  });

  it('says NO and exits 1 when a required health gate failed, with the reason in the log, the file and the summary', async () => {
    const root = await dirs.make();
    await writeHappyPath(root);
    await writeHealth(root, healthEvidence('api', { status: 'fail', reason: '3 consecutive failures at https://api.example.com/health' }));
    const result = await run({ sha: SHA, required: 'candidate,api', 'artifacts-dir': root });

    const reason = `health 'api': fail — 3 consecutive failures at https://api.example.com/health (deploy/${SHA}/health-api.json)`;
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('decision=NO\n');
    expect(result.stderr).toContain(`error: Release decision for ${SHA} (production): NO — ${reason}`);
    const decision = await readDecision(root);
    expect(decision.decision).toBe('NO');
    expect(decision.reasons).toEqual([reason]);
    const summary = await readFile(path.join(root, 'summary.md'), 'utf8');
    expect(summary).toContain('## ❌ Release decision: NO');
    expect(summary).toContain(`- ${reason}`);
    expect(summary).toContain('class s1 fail');
    expect(summary).toContain('class decision fail');
  });

  it("exits 0 on NO when 'fail-on-no' is false, and still says NO", async () => {
    const root = await dirs.make();
    const result = await run({ sha: SHA, required: 'approval', 'fail-on-no': 'false', 'artifacts-dir': root });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('decision=NO\n');
    expect(result.stderr).toContain("warning: The decision is NO; the step succeeds because 'fail-on-no' is false.");
    expect((await readDecision(root)).decision).toBe('NO');
  });

  it('says NO when no evidence exists at all for the commit', async () => {
    const root = await dirs.make();
    const artifactsDir = path.join(root, 'never-written');
    const result = await run({ sha: SHA, 'artifacts-dir': artifactsDir });
    expect(result.code).toBe(1);
    expect((await readDecision(artifactsDir)).reasons).toEqual([`no evidence found for ${SHA} under ${artifactsDir}`]);
  });

  it('says NO, naming the file, when evidence is corrupt', async () => {
    const root = await dirs.make();
    await writeHappyPath(root);
    await writeFile(new ArtifactPaths(root, SHA).healthEvidence('api'), '{"kind": "health-evidence", ');
    const result = await run({ sha: SHA, required: 'candidate,api', 'artifacts-dir': root });
    expect(result.code).toBe(1);
    const decision = await readDecision(root);
    expect(decision.reasons).toEqual([expect.stringMatching(new RegExp(`^health 'api': invalid — not valid JSON .*\\(deploy/${SHA}/health-api\\.json\\)$`))]);
  });

  it('still writes a NO decision when gathering throws something unexpected', async () => {
    const root = await dirs.make();
    const action = createReleaseDecisionAction({
      gather: async () => {
        throw new RangeError('disk on fire');
      },
    });
    const result = await run({ sha: SHA, required: 'candidate', 'artifacts-dir': root }, {}, action);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('warning: Gathering the evidence failed unexpectedly: disk on fire');
    const decision = await readDecision(root);
    expect(decision).toMatchObject({ decision: 'NO', reasons: ['the evidence could not be gathered: disk on fire'], evidence: [], manifest: null });
  });

  it('still writes a NO decision when the decision it made breaks its own contract', async () => {
    const root = await dirs.make();
    const broken = { name: 'api', kind: 'health', path: 'x', status: 'pass', required: true, reason: '' } as DecisionEvidence;
    const action = createReleaseDecisionAction({ gather: async () => ({ evidence: [broken], manifest: null }) });
    const result = await run({ sha: SHA, required: 'api', 'artifacts-dir': root }, {}, action);
    expect(result.code).toBe(1);
    const decision = await readDecision(root);
    expect(decision.decision).toBe('NO');
    expect(decision.reasons[0]).toContain('deploy-kit failed closed');
  });

  it('fails with a clear error, exit 2, when the artifacts directory cannot be written', async () => {
    const root = await dirs.make();
    const blocker = path.join(root, 'a-file');
    await writeFile(blocker, 'not a directory');
    const result = await run({ sha: SHA, required: 'candidate', 'artifacts-dir': blocker });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`Cannot write the release decision to ${decisionFile(blocker)}`);
    expect(result.stderr).toContain('treat this release as NO');
    await expect(access(decisionFile(blocker))).rejects.toThrow();
  });

  it('records a GitHub Deployment and its status, adds its id to the decision, and never prints the token', async () => {
    const root = await dirs.make();
    await writeHappyPath(root);
    const env = { DEPLOYKIT_REPOSITORY: 'contoso/compass', DEPLOYKIT_GITHUB_API_URL: stub.url, DEPLOYKIT_DEBUG: '1' };
    const result = await run({ sha: SHA, required: 'candidate,deploy,api', 'github-token': TOKEN, 'artifacts-dir': root }, env);

    expect(result.code).toBe(0);
    expect(stub.requests.map((r) => `${r.method} ${r.path} ${r.authorization}`)).toEqual([
      `POST /repos/contoso/compass/deployments token ${TOKEN}`,
      `POST /repos/contoso/compass/deployments/1001/statuses token ${TOKEN}`,
    ]);
    expect(stub.requests[0]!.body).toMatchObject({ ref: SHA, environment: 'production', production_environment: true, payload: { decision: 'YES', decisionPath: decisionFile(root) } });
    expect(stub.requests[1]!.body).toMatchObject({ state: 'success', description: expect.stringMatching(/^YES: candidate: pass/) });
    const decision = await readDecision(root);
    expect(decision.deployment).toEqual({ id: 1001, statusUrl: `${stub.url}/repos/contoso/compass/deployments/1001/statuses/1002` });
    expect(decision.repository).toBe('contoso/compass');

    const summary = await readFile(path.join(root, 'summary.md'), 'utf8');
    expect(summary).toContain('GitHub Deployment: 1001');
    for (const text of [result.stdout, result.stderr, summary, await readFile(decisionFile(root), 'utf8')]) expect(text).not.toContain(TOKEN);
  });

  it('keeps the decision when GitHub answers 500, with a warning and no deployment recorded', async () => {
    stub.reset({ createStatus: 500 });
    const root = await dirs.make();
    await writeHappyPath(root);
    const env = { DEPLOYKIT_REPOSITORY: 'contoso/compass', DEPLOYKIT_GITHUB_API_URL: stub.url, DEPLOYKIT_DEBUG: '1' };
    const result = await run({ sha: SHA, required: 'candidate,api', 'github-token': TOKEN, 'artifacts-dir': root }, env);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('warning: Could not record a GitHub Deployment for contoso/compass');
    expect(result.stderr).toContain('HTTP 500');
    const decision = await readDecision(root);
    expect(decision.decision).toBe('YES');
    expect(decision.deployment).toBeUndefined();
    expect(result.stdout + result.stderr).not.toContain(TOKEN);
  });

  it('records a failure status for a NO decision, and a 403 does not turn NO into anything else', async () => {
    const root = await dirs.make();
    const env = { DEPLOYKIT_REPOSITORY: 'contoso/compass', DEPLOYKIT_GITHUB_API_URL: stub.url };
    const no = await run({ sha: SHA, required: 'approval', environment: 'staging', 'github-token': TOKEN, 'artifacts-dir': root }, env);
    expect(no.code).toBe(1);
    expect(stub.requests[0]!.body).toMatchObject({ environment: 'staging', production_environment: false });
    expect(stub.requests[1]!.body).toMatchObject({ state: 'failure', environment: 'staging', description: expect.stringMatching(/^NO: stage 'approval': missing/) });

    stub.reset({ createStatus: 403 });
    const forbidden = await run({ sha: SHA, required: 'approval', 'github-token': TOKEN, 'artifacts-dir': root }, env);
    expect(forbidden.code).toBe(1);
    expect(forbidden.stderr).toContain("'permissions: deployments: write'");
    expect((await readDecision(root)).decision).toBe('NO');
  });

  it('warns and records no deployment when the repository is unknown', async () => {
    const root = await dirs.make();
    await writeHappyPath(root);
    const result = await run({ sha: SHA, required: 'candidate', 'github-token': TOKEN, 'artifacts-dir': root }, { DEPLOYKIT_GITHUB_API_URL: stub.url });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('DEPLOYKIT_REPOSITORY=owner/name');
    expect(stub.requests).toHaveLength(0);
  });

  it('runs from the CLI with flags, repeated --required and the same exit codes', async () => {
    const root = await dirs.make();
    await writeHappyPath(root);
    const stdout = new Captured();
    const stderr = new Captured();
    const io = { env: { DEPLOYKIT_SUMMARY_FILE: path.join(root, 'cli-summary.md') }, stdout, stderr };
    const yes = await main(['release-decision', '--sha', SHA, '--artifacts-dir', root, '--required', 'candidate', '--required', 'api'], io);
    expect(yes).toBe(0);
    expect(stdout.text).toContain('decision=YES');
    expect(await readFile(path.join(root, 'cli-summary.md'), 'utf8')).toContain('Release decision: YES');
    const no = await main(['release-decision', '--sha', SHA, '--artifacts-dir', root, '--required', 'smoke'], io);
    expect(no).toBe(1);
  });
});

/**
 * The packed orb's commands executed the way CircleCI executes them — bash steps with
 * CIRCLECI=true, CIRCLE_SHA1, a BASH_ENV file sourced by every step, `circleci env subst` — with
 * DEPLOYKIT_CLI pointing at the committed dist/cli bundle instead of npx, against real local HTTP
 * services.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigurationError } from '@deploy-kit/core';
import { OrbStepExpander, evaluateCondition, prepareCircleCiJob, readBashEnv, runOrbCommand, runOrbJob, runOrbSteps, type OrbStep } from '../src/index.ts';
import { committedOrb, repoRoot } from './support/repo.ts';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const SECRET = 'smoke-token-4f9c1e77b2';
const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');
const orb = committedOrb();

interface Service {
  url: string;
  authorizations: (string | undefined)[];
  close(): Promise<void>;
}

function startService(healthy: boolean): Promise<Service> {
  const authorizations: (string | undefined)[] = [];
  const server = http.createServer((req, res) => {
    authorizations.push(req.headers.authorization, req.headers['x-smoke-token'] as string | undefined);
    res.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: healthy ? 'healthy' : 'unhealthy' }));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, authorizations, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

async function listFiles(root: string, dir = ''): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(root, relative)));
    else files.push(relative);
  }
  return files;
}

const scratch: string[] = [];

async function job(extra: Record<string, string> = {}) {
  const circle = await prepareCircleCiJob({ sha: SHA, cli, extra });
  const cwd = await mkdtemp(path.join(os.tmpdir(), 'dk-orb-checkout-'));
  scratch.push(circle.dir, cwd);
  return { ...circle, cwd };
}

afterAll(async () => {
  await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('orb commands run as CircleCI runs them', () => {
  let healthy: Service;
  let failing: Service;

  beforeAll(async () => {
    [healthy, failing] = await Promise.all([startService(true), startService(false)]);
  });

  afterAll(async () => {
    await Promise.all([healthy.close(), failing.close()]);
  });

  it('health_gate then release_decision: outputs reach later steps through BASH_ENV, artifacts are written, the secret goes only to the service', async () => {
    const { env, bashEnv, cwd } = await job({ SERVICE_URL: healthy.url, SMOKE_CLIENT_TOKEN: SECRET });
    const expander = new OrbStepExpander(orb);
    const readVerdict: OrbStep = { kind: 'run', name: 'Read the verdict', command: 'test "$DEPLOYKIT_HEALTH_GATE_VERDICT" = pass\necho "gate said $DEPLOYKIT_HEALTH_GATE_VERDICT"\n', environment: {}, when: 'on_success' };
    const steps = [
      ...expander.command('health_gate', { urls: '${SERVICE_URL}/health', name: 'api', 'expect-json': '{"status":"healthy"}', interval: '50ms', 'bearer-token': 'SMOKE_CLIENT_TOKEN', headers: 'X-Smoke-Token: ${SMOKE_CLIENT_TOKEN}' }),
      readVerdict,
      ...expander.command('release_decision', { required: 'api', environment: 'staging' }),
    ];
    const outcome = await runOrbSteps(steps, { cwd, env });

    expect(outcome.steps.map((step) => [step.step.kind === 'run' ? step.step.name : step.step.type, step.status])).toEqual([
      ['deploy-kit health gate', 'success'],
      ['Read the verdict', 'success'],
      ['deploy-kit release decision', 'success'],
    ]);
    expect(outcome.status).toBe('success');
    expect(outcome.steps[1]!.stdout).toBe('gate said pass\n');
    // The step logs the command as written in the config: variables unexpanded, secrets by name.
    expect(outcome.steps[0]!.stdout).toContain(`deploy-kit health-gate --urls '\${SERVICE_URL}/health' --name api --expect-json '{"status":"healthy"}'`);
    expect(outcome.steps[0]!.stdout).toContain("--headers '(not shown)' (--bearer-token from $SMOKE_CLIENT_TOKEN)");
    // …while the CLI got the expanded URL.
    expect(outcome.steps[0]!.stderr).toContain(`${healthy.url}/health: pass`);

    const exported = readBashEnv(bashEnv);
    expect(exported).toMatchObject({
      DEPLOYKIT_HEALTH_GATE_VERDICT: 'pass',
      DEPLOYKIT_HEALTH_GATE_EVIDENCE_PATH: `.artifacts/deploy/${SHA}/health-api.json`,
      DEPLOYKIT_RELEASE_DECISION_DECISION: 'YES',
      DEPLOYKIT_RELEASE_DECISION_DECISION_PATH: `.artifacts/release/${SHA}/decision.json`,
    });
    const evidence = JSON.parse(await readFile(path.join(cwd, exported.DEPLOYKIT_HEALTH_GATE_EVIDENCE_PATH!), 'utf8')) as { status: string };
    expect(evidence.status).toBe('pass');
    const decision = JSON.parse(await readFile(path.join(cwd, exported.DEPLOYKIT_RELEASE_DECISION_DECISION_PATH!), 'utf8')) as { decision: string; environment: string };
    expect(decision).toMatchObject({ decision: 'YES', environment: 'staging' });

    expect(healthy.authorizations).toContain(`Bearer ${SECRET}`);
    expect(healthy.authorizations).toContain(SECRET);
    const written = await Promise.all((await listFiles(cwd)).map((file) => readFile(path.join(cwd, file), 'utf8')));
    for (const text of [...outcome.steps.flatMap((step) => [step.stdout, step.stderr]), await readFile(bashEnv, 'utf8'), ...written]) expect(text).not.toContain(SECRET);
  });

  it('a failing health gate fails the job, later steps are skipped, and release_decision still writes NO', async () => {
    const { env, bashEnv, cwd } = await job();
    const expander = new OrbStepExpander(orb);
    const steps = [
      ...expander.command('health_gate', { urls: `${failing.url}/health`, name: 'api', 'expect-json': '{"status":"healthy"}', interval: '20ms', 'max-interval': '40ms', 'max-failures': 2 }),
      { kind: 'run', name: 'Announce', command: 'echo released\n', environment: {}, when: 'on_success' } satisfies OrbStep,
      ...expander.command('release_decision', { required: 'api' }),
    ];
    const outcome = await runOrbSteps(steps, { cwd, env });
    expect(outcome.status).toBe('failed');
    expect(outcome.steps.map((step) => [step.status, step.exitCode])).toEqual([
      ['failed', 1],
      ['skipped', null],
      ['failed', 1],
    ]);
    expect(readBashEnv(bashEnv)).toMatchObject({ DEPLOYKIT_HEALTH_GATE_VERDICT: 'fail', DEPLOYKIT_RELEASE_DECISION_DECISION: 'NO' });
    const decision = JSON.parse(await readFile(path.join(cwd, '.artifacts', 'release', SHA, 'decision.json'), 'utf8')) as { decision: string };
    expect(decision.decision).toBe('NO');
  });

  it('the verify job: gate, decision and stored artifacts, from job parameters', async () => {
    const { env, bashEnv, cwd } = await job();
    const stored: string[] = [];
    const outcome = await runOrbJob(orb, 'verify', { 'gate-urls': `${healthy.url}/health\n${healthy.url}/ready`, 'gate-name': 'api', 'gate-expect-json': '{"status":"healthy"}', required: 'api' }, {
      cwd,
      env,
      builtins: { store_artifacts: (step) => void stored.push(String(step.args.path)) },
    });
    expect(outcome.steps.map((step) => (step.step.kind === 'run' ? step.step.name : step.step.type))).toEqual(['deploy-kit health gate', 'deploy-kit release decision', 'store_artifacts']);
    expect(outcome.status).toBe('success');
    expect(stored).toEqual(['.artifacts']);
    expect(readBashEnv(bashEnv)).toMatchObject({ DEPLOYKIT_HEALTH_GATE_VERDICT: 'pass', DEPLOYKIT_RELEASE_DECISION_DECISION: 'YES' });
  });

  it('guards secrets and the CLI path: a pasted secret is refused without being echoed, an unset variable is named, a missing CLI is explained', async () => {
    const pasted = await job();
    const refused = await runOrbCommand(orb, 'release_decision', { 'github-token': 'ghp_pasted-secret-value', 'fail-on-no': false }, { cwd: pasted.cwd, env: pasted.env });
    expect(refused.steps[0]!.exitCode).toBe(2);
    expect(refused.steps[0]!.stderr).toContain("parameter 'github-token' must be the name of an environment variable.");
    expect(refused.steps[0]!.stdout + refused.steps[0]!.stderr).not.toContain('ghp_pasted-secret-value');

    const unset = await runOrbCommand(orb, 'release_decision', { 'github-token': 'DEPLOYMENTS_TOKEN', 'fail-on-no': false }, { cwd: pasted.cwd, env: pasted.env });
    expect(unset.steps[0]!.stderr).toContain('DEPLOYMENTS_TOKEN is not set, so --github-token is not passed.');
    expect(unset.steps[0]!.stdout).not.toContain('--github-token');
    expect(unset.status).toBe('success');

    const missing = await job({ DEPLOYKIT_CLI: path.join(os.tmpdir(), 'no-such-cli', 'index.js') });
    const noCli = await runOrbCommand(orb, 'release_decision', {}, { cwd: missing.cwd, env: missing.env });
    expect(noCli.steps[0]!.exitCode).toBe(2);
    expect(noCli.steps[0]!.stderr).toMatch(/DEPLOYKIT_CLI is set to '.*no-such-cli\/index\.js', which is not a file\.\n {2}→ Point DEPLOYKIT_CLI at a built dist\/cli\/index\.js/);
  });
});

describe('compiling orb invocations', () => {
  it('the deploy job: login, freeze only when images are given, deploy, decide, keep the candidate; production attaches the workspace', () => {
    const expander = new OrbStepExpander(orb, { aliases: ['deploy-kit'] });
    const names = (steps: OrbStep[]) => steps.map((step) => (step.kind === 'run' ? step.name : step.type));
    const staging = expander.job('deploy-kit/deploy', { images: 'api=registry.example.com/shop/api:1.0', 'resource-group': 'rg', apps: 'shop-api=api', 'gate-urls': 'https://api.example.com/health', environment: 'staging' });
    expect(names(staging.steps)).toEqual(['checkout', 'deploy-kit OIDC login', 'deploy-kit freeze candidate', 'deploy-kit deploy digest', 'deploy-kit health gate', 'deploy-kit release decision', 'store_artifacts', 'persist_to_workspace']);
    const production = expander.job('deploy', { 'attach-workspace': true, 'resource-group': 'rg', apps: 'shop-api=api' });
    expect(names(production.steps)).toEqual(['checkout', 'attach_workspace', 'deploy-kit OIDC login', 'deploy-kit deploy digest', 'deploy-kit release decision', 'store_artifacts', 'persist_to_workspace']);
    const deploy = production.steps[3] as Extract<OrbStep, { kind: 'run' }>;
    expect(deploy.environment).toMatchObject({ DEPLOYKIT_ORB_COMMAND: 'deploy-digest', PARAM_RESOURCE_GROUP: 'rg', PARAM_MIN_REPLICAS: '1', PARAM_ROLLBACK_ON_FAILURE: 'true', PARAM_HEALTH_EXPECT_JSON: '{"status":"healthy"}' });
    expect(production.steps.find((step) => step.kind === 'builtin' && step.type === 'persist_to_workspace')).toMatchObject({ args: { root: '.', paths: ['.artifacts/candidate'] } });
  });

  it('refuses a missing required parameter or an unknown one, as CircleCI would at compile time', () => {
    const expander = new OrbStepExpander(orb);
    expect(() => expander.command('health_gate', {})).toThrow(ConfigurationError);
    expect(() => expander.command('health_gate', {})).toThrow("Command 'health_gate' requires parameter 'urls'.");
    expect(() => expander.command('health_gate', { urls: 'https://x', url: 'https://y' })).toThrow("Command 'health_gate' has no parameter 'url'.");
    expect(() => expander.job('deploy', {})).toThrow("Job 'deploy' requires parameter 'resource-group'.");
  });

  it('evaluates logic statements the way CircleCI does', () => {
    expect([evaluateCondition(''), evaluateCondition('x'), evaluateCondition(false), evaluateCondition(0), evaluateCondition(true)]).toEqual([false, true, false, false, true]);
    expect(evaluateCondition({ and: [true, 'x'] })).toBe(true);
    expect(evaluateCondition({ or: [false, ''] })).toBe(false);
    expect(evaluateCondition({ not: '' })).toBe(true);
    expect(evaluateCondition({ equal: ['main', 'main'] })).toBe(true);
    expect(evaluateCondition({ matches: { pattern: '^v[0-9]+$', value: 'v1' } })).toBe(true);
  });

  it('persist_to_workspace and attach_workspace carry files from one job to the next', async () => {
    const workspaceDir = await mkdtemp(path.join(os.tmpdir(), 'dk-orb-workspace-'));
    scratch.push(workspaceDir);
    const first = await job();
    await mkdir(path.join(first.cwd, '.artifacts', 'candidate', SHA), { recursive: true });
    await writeFile(path.join(first.cwd, '.artifacts', 'candidate', SHA, 'manifest.json'), '{"frozen":true}');
    await runOrbSteps([{ kind: 'builtin', type: 'persist_to_workspace', args: { root: '.', paths: ['.artifacts/candidate'] }, when: 'on_success' }], { cwd: first.cwd, env: first.env, workspaceDir });
    const second = await job();
    const outcome = await runOrbSteps([{ kind: 'builtin', type: 'attach_workspace', args: { at: '.' }, when: 'on_success' }], { cwd: second.cwd, env: second.env, workspaceDir });
    expect(outcome.status).toBe('success');
    expect(existsSync(path.join(second.cwd, '.artifacts', 'candidate', SHA, 'manifest.json'))).toBe(true);
  });
});

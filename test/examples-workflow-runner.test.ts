/**
 * The local workflow runner the examples run on: its expressions follow GitHub's rules, its
 * file commands and artifacts behave as on GitHub, action.yml defaults and required inputs apply
 * to the committed bundles, and whatever it does not implement is refused, never ignored.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cleanEnv } from './support/repo.ts';
import { evaluateCondition, evaluateExpression, interpolate, LocalGitHub, runWorkflow, stepOutcomes, type ExprScope, type WorkflowRunOptions } from './support/workflow-runner.ts';

const scope = (contexts: ExprScope['contexts'], failed = false): ExprScope => ({
  contexts,
  status: { success: () => !failed, failure: () => failed, cancelled: () => false },
  where: 'a test',
});

describe('expressions', () => {
  const contexts = {
    github: { sha: 'abc', event_name: 'push', event: { before: '123' } },
    vars: { APP: 'api', EMPTY: '' },
    needs: { build: { result: 'success', outputs: { fqdns: '{"api":"localhost:8443","web":"localhost:9443"}', approval: 'true' } } },
    inputs: {},
    steps: { deploy: { outputs: { revision: 'api--rev-1' }, outcome: 'success', conclusion: 'success' } },
  };

  it('follows GitHub: || and && return operands, == is case-insensitive on strings and numeric across types, missing properties are null', () => {
    const s = scope(contexts);
    expect(evaluateExpression("inputs.candidate_sha || github.sha", s)).toBe('abc');
    expect(evaluateExpression("needs.build.outputs.approval == 'true' && 'control-plane-approval, ' || ''", s)).toBe('control-plane-approval, ');
    expect(evaluateExpression("needs.build.outputs.missing == 'true' && 'x' || ''", s)).toBe('');
    expect(evaluateExpression("github.event_name == 'PUSH'", s)).toBe(true);
    expect(evaluateExpression("'1' == 1", s)).toBe(true);
    expect(evaluateExpression('null == 0', s)).toBe(true);
    expect(evaluateExpression("vars.EMPTY == ''", s)).toBe(true);
    expect(evaluateExpression('steps.nope.outputs.x', s)).toBeNull();
    expect(evaluateExpression("!(needs.build.result != 'success')", s)).toBe(true);
  });

  it('fromJSON with an index expression, format with escaped braces, contains and startsWith', () => {
    const s = scope(contexts);
    expect(evaluateExpression('fromJSON(needs.build.outputs.fqdns)[vars.APP]', s)).toBe('localhost:8443');
    expect(evaluateExpression("format('{0}-{{literal}}-{1}', 'a', vars.APP)", s)).toBe('a-{literal}-api');
    expect(evaluateExpression("contains('runtime,infra', 'INFRA')", s)).toBe(true);
    expect(evaluateExpression("startsWith(steps.deploy.outputs.revision, 'api--')", s)).toBe(true);
    expect(interpolate('https://${{ fromJSON(needs.build.outputs.fqdns).web }}/health', s)).toBe('https://localhost:9443/health');
  });

  it('if: implies success() unless a status function is used; failure() and always() see a failed step', () => {
    expect(evaluateCondition("vars.APP == 'api'", scope(contexts))).toBe(true);
    expect(evaluateCondition("vars.APP == 'api'", scope(contexts, true))).toBe(false);
    expect(evaluateCondition('${{ failure() }}', scope(contexts, true))).toBe(true);
    expect(evaluateCondition('always()', scope(contexts, true))).toBe(true);
    expect(evaluateCondition("${{ !cancelled() && needs.build.result == 'success' }}", scope(contexts, true))).toBe(true);
    expect(evaluateCondition(undefined, scope(contexts, true))).toBe(false);
  });

  it('refuses what it does not implement: an unknown function, a context not available there, an object filter', () => {
    expect(() => evaluateExpression("hashFiles('**/package-lock.json')", scope(contexts))).toThrow('does not implement the expression function hashFiles()');
    expect(() => evaluateExpression('matrix.os', scope(contexts))).toThrow("the context 'matrix' is not available in a test");
    expect(() => evaluateExpression('github.event.commits[*].id', scope(contexts))).toThrow("object filters ('[*]', '.*') are not supported");
    expect(() => evaluateCondition("prefix ${{ vars.APP }}", scope(contexts))).toThrow('mixes text and');
  });
});

describe('running workflows', () => {
  let github: LocalGitHub;
  let dir: string;
  let service: http.Server;
  let serviceUrl: string;

  beforeAll(async () => {
    github = await LocalGitHub.start('acme/shop');
    dir = await mkdtemp(path.join(os.tmpdir(), 'dk-runner-'));
    service = http.createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: 'healthy', path: req.url }));
    });
    await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', () => resolve()));
    serviceUrl = `http://127.0.0.1:${(service.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await github?.stop();
    service?.closeAllConnections();
    await new Promise<void>((resolve) => (service ? service.close(() => resolve()) : resolve()));
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  let counter = 0;
  async function run(workflow: string, overrides: Partial<WorkflowRunOptions> = {}) {
    const file = path.join(dir, `workflow-${++counter}.yml`);
    await writeFile(file, workflow);
    return runWorkflow({ workflow: file, github, event: 'push', sha: 'a'.repeat(40), hostEnv: cleanEnv(), oidc: { requestUrl: 'https://127.0.0.1:9/token?api-version=2.0', requestToken: 'request-token-xyz' }, ...overrides });
  }

  it("applies action.yml defaults to a bundle and passes outputs through GITHUB_OUTPUT, GITHUB_ENV and job outputs", async () => {
    const result = await run(`on: push
jobs:
  check:
    runs-on: ubuntu-latest
    outputs:
      verdict: \${{ steps.gate.outputs.verdict }}
    steps:
      - id: url
        run: |
          echo "health=${serviceUrl}/health" >> "$GITHUB_OUTPUT"
          echo "GREETING=hello" >> "$GITHUB_ENV"
      - uses: ./actions/health-gate
        id: gate
        with:
          urls: \${{ steps.url.outputs.health }}
      - run: test "$GREETING" = hello && test -f ".artifacts/deploy/$GITHUB_SHA/health-health.json"
  after:
    needs: check
    runs-on: ubuntu-latest
    steps:
      - run: echo "verdict=\${{ needs.check.outputs.verdict }}"
`);
    const check = result.jobs.check!;
    expect(stepOutcomes(check)).toEqual([
      ['Run echo "health=' + serviceUrl + '/health" >> "$GITHUB_OUTPUT"', 'success'],
      ['Run ./actions/health-gate', 'success'],
      ['Run test "$GREETING" = hello && test -f ".artifacts/deploy/$GITHUB_SHA/health-health.json"', 'success'],
    ]);
    // name (health), expect-status, consecutive, … came from action.yml, as GitHub passes them.
    expect(check.steps[1]!.inputNames).toEqual(expect.arrayContaining(['urls', 'name', 'consecutive', 'interval', 'timeout', 'artifacts-dir']));
    expect(check.outputs).toEqual({ verdict: 'pass' });
    expect(check.summary).toContain(`${serviceUrl}/health`);
    expect(result.jobs.after!.steps[0]!.stdout).toBe('verdict=pass\n');
  }, 60_000);

  it('as GitHub: warns about an undeclared input, leaves a missing required input to the action, which fails the step', async () => {
    const result = await run(`on: push
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: acme/deploy-kit/actions/health-gate@v1
        with:
          url: ${serviceUrl}/health
      - run: echo never
      - if: failure()
        run: echo cleanup
`);
    const steps = result.jobs.check!.steps;
    expect(stepOutcomes(result.jobs.check!)).toEqual([
      ['Run acme/deploy-kit/actions/health-gate@v1', 'failure'],
      ['Run echo never', 'skipped'],
      ['Run echo cleanup', 'success'],
    ]);
    expect(steps[0]!.exitCode).toBe(2);
    expect(steps[0]!.stdout).toContain("::error::health-gate: Input 'urls': is required but was not given.");
    expect(steps[0]!.warnings).toEqual([
      expect.stringMatching(/^Unexpected input\(s\) 'url', valid inputs are \['urls', 'name'/),
      "action.yml marks 'urls' required and it is not given (GitHub's runner does not check this; the action must)",
    ]);
    expect(result.jobs.check!.result).toBe('failure');
  });

  it('gives the ID-token request variables only to jobs granted id-token: write', async () => {
    const result = await run(`on: push
permissions:
  contents: read
jobs:
  with-oidc:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
    steps:
      - run: echo "url=\${ACTIONS_ID_TOKEN_REQUEST_URL:-none}"
  without:
    runs-on: ubuntu-latest
    steps:
      - run: echo "url=\${ACTIONS_ID_TOKEN_REQUEST_URL:-none}"
`);
    expect(result.jobs['with-oidc']!.steps[0]!.stdout).toBe('url=https://127.0.0.1:9/token?api-version=2.0\n');
    expect(result.jobs.without!.steps[0]!.stdout).toBe('url=none\n');
  });

  it('skips dependents of a failed job, runs always() jobs, and drops a job output that carries a secret', async () => {
    const result = await run(
      `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    outputs:
      token: \${{ steps.t.outputs.token }}
      plain: \${{ steps.t.outputs.plain }}
    steps:
      - id: t
        env:
          TOKEN: \${{ secrets.API_TOKEN }}
        run: |
          echo "token=$TOKEN" >> "$GITHUB_OUTPUT"
          echo "plain=visible" >> "$GITHUB_OUTPUT"
          exit 1
  b:
    needs: a
    runs-on: ubuntu-latest
    steps:
      - run: echo b
  c:
    needs: [a, b]
    if: always()
    runs-on: ubuntu-latest
    steps:
      - run: echo "a=\${{ needs.a.result }} b=\${{ needs.b.result }} plain=\${{ needs.a.outputs.plain }} token=\${{ needs.a.outputs.token }}"
`,
      { secrets: { API_TOKEN: 's3cr3t-value' } },
    );
    expect(result.jobs.a!.result).toBe('failure');
    expect(result.jobs.a!.warnings).toEqual(["Skip output 'token' since it may contain secret."]);
    expect(result.jobs.b!.result).toBe('skipped');
    expect(result.jobs.c!.steps[0]!.stdout).toBe('a=failure b=skipped plain=visible token=\n');
  });

  it('moves artifacts between jobs like upload/download-artifact v4: hidden files only when asked, a name once per run, other runs by run-id', async () => {
    const workflow = `on: push
jobs:
  up:
    runs-on: ubuntu-latest
    steps:
      - run: mkdir -p .artifacts/candidate/x && echo '{"a":1}' > .artifacts/candidate/x/manifest.json
      - uses: actions/upload-artifact@v4
        with:
          name: hidden-left-out
          path: .artifacts/candidate/
          if-no-files-found: error
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: candidate
          path: .artifacts/candidate/
          include-hidden-files: true
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: candidate
          path: .artifacts/candidate/
          include-hidden-files: true
  down:
    needs: up
    if: always()
    runs-on: ubuntu-latest
    steps:
      - uses: actions/download-artifact@v4
        with:
          name: candidate
          path: .artifacts/candidate
      - uses: actions/download-artifact@v4
        with:
          pattern: nothing-*
          path: elsewhere
          merge-multiple: true
      - run: cat .artifacts/candidate/x/manifest.json
`;
    const first = await run(workflow);
    expect(stepOutcomes(first.jobs.up!)).toEqual([
      ['Run mkdir -p .artifacts/candidate/x && echo \'{"a":1}\' > .artifacts/candidate/x/manifest.json', 'success'],
      ['Run actions/upload-artifact@v4', 'failure'],
      ['Run actions/upload-artifact@v4', 'success'],
      ['Run actions/upload-artifact@v4', 'failure'],
    ]);
    expect(first.jobs.up!.steps[1]!.stdout).toContain('No files were found with the provided path');
    expect(first.jobs.up!.steps[3]!.stdout).toContain('an artifact with this name already exists');
    expect(first.jobs.down!.steps[2]!.stdout).toBe('{"a":1}\n');
    expect(github.artifactNames(first.runId)).toEqual(['candidate']);

    const second = await run(`on: workflow_dispatch
jobs:
  fetch:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/download-artifact@v4
        with:
          name: candidate
          path: got
          run-id: ${first.runId}
          github-token: \${{ github.token }}
      - run: cat got/x/manifest.json
`, { event: 'workflow_dispatch' });
    expect(second.jobs.fetch!.steps[1]!.stdout).toBe('{"a":1}\n');
  });

  it('serves npx deploy-kit@<this version> from the committed CLI and refuses any other package', async () => {
    const result = await run(`on: push
jobs:
  cli:
    runs-on: ubuntu-latest
    steps:
      - run: npx --yes deploy-kit@0.1.0 record-evidence --sha "$GITHUB_SHA" --name acceptance --status pass
      - if: always()
        run: npx --yes left-pad@1.3.0
`);
    const [record, other] = result.jobs.cli!.steps;
    expect(record!.outcome).toBe('success');
    expect(JSON.parse(await readFile(path.join(result.jobs.cli!.workspace, '.artifacts', 'evidence', 'a'.repeat(40), 'acceptance.json'), 'utf8')).status).toBe('pass');
    expect(other!.exitCode).toBe(127);
    expect(other!.stderr).toContain("needs the npm registry; only deploy-kit@0.1.0");
  });

  it('refuses an action it cannot run and a workflow key it does not implement', async () => {
    const result = await run(`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: azure/login@v2
`);
    expect(result.jobs.a!.steps[0]!.outcome).toBe('failure');
    expect(result.jobs.a!.steps[0]!.stderr).toContain("the local runner cannot run 'azure/login@v2'");
    await expect(
      run(`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        node: [20, 24]
    steps:
      - run: echo hi
`),
    ).rejects.toThrow("the local runner does not implement 'strategy' (job a)");
  });

  it('answers the Actions artifacts and Deployments APIs only to a run token', async () => {
    const unauthenticated = await fetch(`${github.apiUrl}/repos/acme/shop/actions/artifacts?name=candidate`);
    expect(unauthenticated.status).toBe(401);
  });
});

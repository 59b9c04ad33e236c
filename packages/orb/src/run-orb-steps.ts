/**
 * Runs compiled orb steps on this machine the way a CircleCI job runs them: each run step is a
 * script executed by `bash -eo pipefail` (or the step's shell) with the job's environment plus the
 * step's, `$BASH_ENV` sourced at the start of every step (so what one step exports, the next one
 * sees), `when:` honoured after a failure, and `circleci env subst` available as on CircleCI's
 * executors. Built-in steps do what they mean locally: attach_workspace and persist_to_workspace
 * copy to and from a workspace directory shared by jobs; checkout and store_artifacts are
 * recorded (or handled by the caller).
 */
import { spawn, execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmod, cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OrbStepExpander, type BuiltinStep, type ExpandOptions, type OrbStep, type RunStep } from './expand-steps.ts';

export type StepStatus = 'success' | 'failed' | 'skipped';

export interface StepOutcome {
  step: OrbStep;
  status: StepStatus;
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

export interface JobOutcome {
  status: 'success' | 'failed';
  steps: StepOutcome[];
}

export interface BuiltinContext {
  cwd: string;
  env: Readonly<Record<string, string>>;
  workspaceDir?: string;
}

export type BuiltinHandler = (step: BuiltinStep, context: BuiltinContext) => Promise<void> | void;

export interface RunOrbStepsOptions {
  /** The job's working directory (the checkout). */
  cwd: string;
  /** The job's environment; build it with prepareCircleCiJob. */
  env: Readonly<Record<string, string>>;
  /** The job's own `environment:` (steps' override it). */
  jobEnvironment?: Readonly<Record<string, string>>;
  /** Shared by the jobs of one simulated workflow (attach_workspace / persist_to_workspace). */
  workspaceDir?: string;
  /** Overrides for built-in steps, e.g. a checkout that copies a fixture repository. */
  builtins?: Readonly<Record<string, BuiltinHandler>>;
  /** Safety net per step; the step fails when it is exceeded. */
  stepTimeoutMs?: number;
  onOutput?: (step: RunStep, stream: 'stdout' | 'stderr', text: string) => void;
}

const defaultBuiltins: Readonly<Record<string, BuiltinHandler>> = {
  async attach_workspace(step, { cwd, workspaceDir }) {
    if (!workspaceDir || !existsSync(workspaceDir)) return;
    await cp(workspaceDir, path.resolve(cwd, String(step.args.at ?? '.')), { recursive: true, force: true });
  },
  async persist_to_workspace(step, { cwd, workspaceDir }) {
    if (!workspaceDir) return;
    const root = path.resolve(cwd, String(step.args.root ?? '.'));
    for (const entry of Array.isArray(step.args.paths) ? step.args.paths : []) {
      const from = path.resolve(root, String(entry));
      if (existsSync(from)) await cp(from, path.resolve(workspaceDir, String(entry)), { recursive: true, force: true });
    }
  },
};

function shouldRun(when: OrbStep['when'], failed: boolean): boolean {
  return when === 'always' || (when === 'on_fail' ? failed : !failed);
}

async function runScript(step: RunStep, options: RunOrbStepsOptions, scriptDir: string, index: number): Promise<Omit<StepOutcome, 'step' | 'status'> & { ok: boolean }> {
  const script = path.join(scriptDir, `step-${index}.sh`);
  await writeFile(script, step.command, { mode: 0o700 });
  const shell = (step.shell ?? 'bash -eo pipefail').split(/\s+/).filter(Boolean);
  const env = { ...options.env, ...options.jobEnvironment, ...step.environment };
  const cwd = step.workingDirectory ? path.resolve(options.cwd, step.workingDirectory) : options.cwd;
  return new Promise((resolve) => {
    // Its own process group, so a timeout stops the CLI and anything it started with it.
    const child = spawn(shell[0]!, [...shell.slice(1), script], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      stdout += text;
      options.onOutput?.(step, 'stdout', text);
    });
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderr += text;
      options.onOutput?.(step, 'stderr', text);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, options.stepTimeoutMs ?? 600_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, exitCode: null, stdout, stderr: `${stderr}${error.message}\n` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) stderr += `step timed out after ${options.stepTimeoutMs ?? 600_000} ms\n`;
      resolve({ ok: code === 0 && !timedOut, exitCode: code, stdout, stderr });
    });
  });
}

/** Runs steps in order as one job. */
export async function runOrbSteps(steps: readonly OrbStep[], options: RunOrbStepsOptions): Promise<JobOutcome> {
  const scriptDir = await mkdtemp(path.join(os.tmpdir(), 'dk-orb-steps-'));
  const builtins = { ...defaultBuiltins, ...options.builtins };
  const outcomes: StepOutcome[] = [];
  let failed = false;
  try {
    for (const [index, step] of steps.entries()) {
      if (!shouldRun(step.when, failed)) {
        outcomes.push({ step, status: 'skipped', exitCode: null, stdout: '', stderr: '' });
        continue;
      }
      if (step.kind === 'builtin') {
        try {
          await builtins[step.type]?.(step, { cwd: options.cwd, env: options.env, workspaceDir: options.workspaceDir });
          outcomes.push({ step, status: 'success', exitCode: 0, stdout: '', stderr: '' });
        } catch (error) {
          failed = true;
          outcomes.push({ step, status: 'failed', exitCode: null, stdout: '', stderr: `${(error as Error).message}\n` });
        }
        continue;
      }
      const { ok, ...result } = await runScript(step, options, scriptDir, index);
      if (!ok) failed = true;
      outcomes.push({ step, status: ok ? 'success' : 'failed', ...result });
    }
  } finally {
    await rm(scriptDir, { recursive: true, force: true });
  }
  return { status: failed ? 'failed' : 'success', steps: outcomes };
}

/** Runs one orb command invocation as a job of its own. */
export async function runOrbCommand(orb: Record<string, unknown>, command: string, args: Record<string, unknown>, options: RunOrbStepsOptions & ExpandOptions): Promise<JobOutcome> {
  return runOrbSteps(new OrbStepExpander(orb, options).command(command, args), options);
}

/** Runs one orb job invocation (its executor is this machine). */
export async function runOrbJob(orb: Record<string, unknown>, job: string, args: Record<string, unknown>, options: RunOrbStepsOptions & ExpandOptions): Promise<JobOutcome> {
  const expanded = new OrbStepExpander(orb, options).job(job, args);
  return runOrbSteps(expanded.steps, { ...options, jobEnvironment: { ...expanded.environment, ...options.jobEnvironment } });
}

/**
 * What CircleCI's agent offers a job that the orb uses: `circleci env subst`, expanding $VAR,
 * ${VAR} and ${VAR:-default} from the environment. Other subcommands exist only on CircleCI.
 */
const AGENT_STAND_IN = `#!/usr/bin/env node
const args = process.argv.slice(2);
if (args[0] !== 'env' || args[1] !== 'subst') {
  process.stderr.write('circleci ' + args.join(' ') + ': only "env subst" is available outside CircleCI\\n');
  process.exit(1);
}
const text = args.length > 2 ? args[2] : require('node:fs').readFileSync(0, 'utf8');
const pattern = /\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?\\}|\\$([A-Za-z_][A-Za-z0-9_]*)/g;
process.stdout.write(text.replace(pattern, (match, braced, operator, fallback, bare) => {
  const value = process.env[braced ?? bare];
  if (operator && (value === undefined || (operator === ':-' && value === ''))) return fallback;
  return value ?? '';
}));
`;

export interface CircleCiJobOptions {
  /** The commit (CIRCLE_SHA1). */
  sha: string;
  /** owner/name (CIRCLE_PROJECT_USERNAME / CIRCLE_PROJECT_REPONAME); default acme/shop. */
  repository?: string;
  /** A local dist/cli/index.js the orb runs instead of `npx deploy-kit@<version>` (DEPLOYKIT_CLI). */
  cli?: string;
  /** CIRCLE_OIDC_TOKEN_V2, e.g. minted by the sandbox's CircleCI-shaped issuer. */
  oidcToken?: string;
  /** Anything else the job's contexts and project settings would provide. */
  extra?: Readonly<Record<string, string>>;
  /** Put the `circleci env subst` stand-in on PATH (default true), as CircleCI's agent is. */
  agent?: boolean;
}

export interface CircleCiJob {
  env: Record<string, string>;
  /** The job's $BASH_ENV file. */
  bashEnv: string;
  /** Scratch directory of this job (BASH_ENV, the agent stand-in). */
  dir: string;
}

/**
 * A CircleCI-like job environment on this machine: CIRCLECI, CIRCLE_SHA1, the project and workflow
 * variables CircleCI always sets, an empty BASH_ENV file,
 * this Node (24) first on PATH, and the agent's `circleci env subst`. Nothing is inherited from
 * the calling process except PATH, HOME and NODE_EXTRA_CA_CERTS.
 */
export async function prepareCircleCiJob(options: CircleCiJobOptions): Promise<CircleCiJob> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dk-orb-job-'));
  const bashEnv = path.join(dir, 'bash_env');
  await writeFile(bashEnv, '');
  const pathEntries = [path.dirname(process.execPath), process.env.PATH ?? '/usr/bin:/bin'];
  if (options.agent ?? true) {
    const bin = path.join(dir, 'bin');
    await mkdir(bin);
    await writeFile(path.join(bin, 'circleci'), AGENT_STAND_IN);
    await chmod(path.join(bin, 'circleci'), 0o755);
    pathEntries.unshift(bin);
  }
  const [owner, name] = (options.repository ?? 'acme/shop').split('/');
  const env: Record<string, string> = {
    PATH: pathEntries.join(path.delimiter),
    HOME: process.env.HOME ?? dir,
    CI: 'true',
    CIRCLECI: 'true',
    CIRCLE_SHA1: options.sha,
    CIRCLE_BRANCH: 'main',
    CIRCLE_JOB: 'deploy',
    CIRCLE_PROJECT_USERNAME: owner ?? 'acme',
    CIRCLE_PROJECT_REPONAME: name ?? 'shop',
    CIRCLE_USERNAME: 'deployer',
    CIRCLE_WORKFLOW_ID: randomUUID(),
    CIRCLE_BUILD_NUM: '1',
    CIRCLE_WORKING_DIRECTORY: '~/project',
    BASH_ENV: bashEnv,
  };
  if (process.env.NODE_EXTRA_CA_CERTS) env.NODE_EXTRA_CA_CERTS = process.env.NODE_EXTRA_CA_CERTS;
  if (options.cli) env.DEPLOYKIT_CLI = options.cli;
  if (options.oidcToken) env.CIRCLE_OIDC_TOKEN_V2 = options.oidcToken;
  return { env: { ...env, ...options.extra }, bashEnv, dir };
}

/** The variables a job's $BASH_ENV exports, read by sourcing it in a clean bash. */
export function readBashEnv(file: string): Record<string, string> {
  const dump = (script: string): Record<string, string> => {
    const out = execFileSync('env', ['-i', 'bash', '--noprofile', '--norc', '-c', script, 'bash', file], { encoding: 'utf8' });
    const vars: Record<string, string> = {};
    for (const entry of out.split('\0')) {
      const eq = entry.indexOf('=');
      if (eq > 0) vars[entry.slice(0, eq)] = entry.slice(eq + 1);
    }
    return vars;
  };
  const baseline = dump('env -0');
  const sourced = dump('. "$1" && env -0');
  const exported: Record<string, string> = {};
  for (const [name, value] of Object.entries(sourced)) if (baseline[name] !== value && name !== '_') exported[name] = value;
  return exported;
}

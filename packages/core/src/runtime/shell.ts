import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import os from 'node:os';
import { StreamLogger, type Logger, type Writable } from '../logger.ts';
import { Redactor } from '../redactor.ts';
import type { RawInputSource } from '../inputs.ts';
import { DeployKitEnv, envFlag, type CiContext, type CiRuntime, type Env, type RuntimeKind } from './ci-runtime.ts';
import { appendSummaryFile, defaultSummaryFile } from './summary-file.ts';
import { circleCiOidcToken, cliOidcToken } from './oidc-sources.ts';

export interface ShellRuntimeOptions {
  env: Env;
  inputs: RawInputSource;
  /** Where outputs go (stdout for the CLI). */
  stdout: Writable;
  /** Where logs go (stderr for the CLI, so stdout stays machine-readable). */
  stderr: Writable;
  /** Names exported outputs, e.g. DEPLOYKIT_HEALTH_GATE_VERDICT. */
  command: string;
}

export function outputVariableName(command: string, output: string): string {
  return `DEPLOYKIT_${command}_${output}`.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * Plain shells and CircleCI. Outputs are printed as `name=value` on stdout; in CircleCI they
 * are also exported through $BASH_ENV so later steps of the job can read them; with
 * DEPLOYKIT_OUTPUT set they are appended to that file as `name=value` lines.
 */
export class ShellRuntime implements CiRuntime {
  readonly kind: RuntimeKind;
  readonly redactor = new Redactor();
  readonly log: Logger;
  readonly context: CiContext;
  readonly inputs: RawInputSource;
  readonly env: Env;
  readonly #stdout: Writable;
  readonly #command: string;

  constructor(kind: 'circleci' | 'cli', options: ShellRuntimeOptions) {
    this.kind = kind;
    this.env = options.env;
    this.inputs = options.inputs;
    this.#stdout = options.stdout;
    this.#command = options.command;
    const debug = envFlag(options.env[DeployKitEnv.debug]) || (kind === 'circleci' && envFlag(options.env.DEPLOYKIT_STEP_DEBUG));
    this.log = new StreamLogger(options.stderr, this.redactor, { debug });
    this.context = kind === 'circleci' ? circleContext(options.env) : cliContext(options.env);
  }

  setOutput(name: string, value: string): void {
    const safe = this.redactor.redact(value);
    this.#stdout.write(`${name}=${safe}\n`);
    const file = this.env[DeployKitEnv.outputFile];
    if (file) appendFileSync(file, `${name}=${safe}\n`);
    if (this.kind === 'circleci') this.exportVariable(outputVariableName(this.#command, name), safe);
  }

  exportVariable(name: string, value: string): void {
    const bashEnv = this.env.BASH_ENV;
    if (this.kind === 'circleci' && bashEnv) {
      appendFileSync(bashEnv, `export ${name}=${shellQuote(value)}\n`);
    } else {
      this.log.debug(`${name} would be exported for later steps; this shell has no step-to-step environment.`);
    }
  }

  setSecret(value: string): void {
    this.redactor.add(value);
  }

  async appendSummary(markdown: string, artifactsDir: string): Promise<string> {
    const file = this.env[DeployKitEnv.summaryFile] || defaultSummaryFile(artifactsDir);
    return appendSummaryFile(this.redactor.redact(markdown), file);
  }

  async oidcToken(_audience: string): Promise<string> {
    const token = this.kind === 'circleci' ? circleCiOidcToken(this.env) : await cliOidcToken(this.env);
    this.redactor.add(token);
    return token;
  }
}

function circleContext(env: Env): CiContext {
  const repository = env.CIRCLE_PROJECT_USERNAME && env.CIRCLE_PROJECT_REPONAME ? `${env.CIRCLE_PROJECT_USERNAME}/${env.CIRCLE_PROJECT_REPONAME}` : undefined;
  return {
    sha: env.CIRCLE_SHA1,
    ref: env.CIRCLE_TAG ? `refs/tags/${env.CIRCLE_TAG}` : env.CIRCLE_BRANCH ? `refs/heads/${env.CIRCLE_BRANCH}` : undefined,
    repository: env[DeployKitEnv.repository] ?? repository,
    runId: env.CIRCLE_WORKFLOW_ID,
    runUrl: env.CIRCLE_BUILD_URL,
    actor: env.CIRCLE_USERNAME,
    job: env.CIRCLE_JOB,
    workspace: env.CIRCLE_WORKING_DIRECTORY,
    tempDir: os.tmpdir(),
  };
}

function cliContext(env: Env): CiContext {
  return { sha: env[DeployKitEnv.sha] ?? gitHead(), repository: env[DeployKitEnv.repository], tempDir: os.tmpdir() };
}

function gitHead(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

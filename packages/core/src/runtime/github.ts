import os from 'node:os';
import * as core from '@actions/core';
import type { Logger } from '../logger.ts';
import { Redactor } from '../redactor.ts';
import type { CiContext, CiRuntime, Env } from './ci-runtime.ts';
import type { RawInputSource } from '../inputs.ts';
import { ConfigurationError } from '../errors.ts';

/** GitHub Actions: workflow commands and file commands through @actions/core. */
export class GitHubRuntime implements CiRuntime {
  readonly kind = 'github';
  readonly redactor = new Redactor();
  readonly log: Logger;
  readonly context: CiContext;
  readonly inputs: RawInputSource;
  readonly env: Env;

  constructor(env: Env, inputs?: RawInputSource) {
    this.env = env;
    this.log = new GitHubLogger(this.redactor);
    // Actions read `INPUT_<NAME>`; a CLI run inside a GitHub job passes its flags instead.
    this.inputs = inputs ?? { get: (name) => core.getInput(name) || undefined };
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    this.context = {
      sha: env.GITHUB_SHA,
      ref: env.GITHUB_REF,
      repository: env.GITHUB_REPOSITORY,
      runId: env.GITHUB_RUN_ID,
      runUrl: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
      actor: env.GITHUB_ACTOR,
      workflow: env.GITHUB_WORKFLOW,
      job: env.GITHUB_JOB,
      apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
      serverUrl,
      workspace: env.GITHUB_WORKSPACE,
      tempDir: env.RUNNER_TEMP ?? os.tmpdir(),
    };
  }

  setOutput(name: string, value: string): void {
    core.setOutput(name, value);
  }

  exportVariable(name: string, value: string): void {
    core.exportVariable(name, value);
  }

  setSecret(value: string): void {
    this.redactor.add(value);
    core.setSecret(value);
  }

  async appendSummary(markdown: string): Promise<string> {
    const file = this.env.GITHUB_STEP_SUMMARY;
    if (!file) {
      this.log.debug('GITHUB_STEP_SUMMARY is not set; the summary is not written.');
      return '';
    }
    await core.summary.addRaw(markdown, true).write();
    core.summary.emptyBuffer();
    return file;
  }

  async oidcToken(audience: string): Promise<string> {
    if (!this.env.ACTIONS_ID_TOKEN_REQUEST_URL || !this.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
      throw new ConfigurationError('GitHub did not provide an OIDC token request endpoint (ACTIONS_ID_TOKEN_REQUEST_URL is not set).', {
        remediation:
          "Grant the job 'permissions: id-token: write' (and 'contents: read'). Pull requests from forks and Dependabot runs never get OIDC tokens.",
      });
    }
    const token = await core.getIDToken(audience);
    this.redactor.add(token);
    return token;
  }
}

class GitHubLogger implements Logger {
  readonly #redactor: Redactor;
  constructor(redactor: Redactor) {
    this.#redactor = redactor;
  }
  get debugEnabled(): boolean {
    return core.isDebug();
  }
  debug(message: string): void {
    core.debug(this.#redactor.redact(message));
  }
  info(message: string): void {
    core.info(this.#redactor.redact(message));
  }
  warning(message: string): void {
    core.warning(this.#redactor.redact(message));
  }
  error(message: string): void {
    core.error(this.#redactor.redact(message));
  }
  group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    return core.group(this.#redactor.redact(title), fn);
  }
}

import type { RawInputSource } from '../inputs.ts';
import type { Logger } from '../logger.ts';
import type { Redactor } from '../redactor.ts';

export type RuntimeKind = 'github' | 'circleci' | 'cli';

/** What the CI tells us about the run. Every field is optional: a laptop knows little. */
export interface CiContext {
  readonly sha?: string;
  readonly ref?: string;
  readonly repository?: string;
  readonly runId?: string;
  readonly runUrl?: string;
  readonly actor?: string;
  readonly workflow?: string;
  readonly job?: string;
  readonly apiUrl?: string;
  readonly serverUrl?: string;
  readonly workspace?: string;
  /** A per-job temporary directory (RUNNER_TEMP on GitHub). */
  readonly tempDir: string;
}

/**
 * The one interface that hides which CI we run in. Library code receives a `CiRuntime` (or
 * just its logger); it never reads `GITHUB_*` or `CIRCLE_*` itself.
 */
export interface CiRuntime {
  readonly kind: RuntimeKind;
  readonly log: Logger;
  readonly redactor: Redactor;
  readonly context: CiContext;
  readonly inputs: RawInputSource;
  /** The process environment this runtime was built from (for non-CI variables such as AZURE_*). */
  readonly env: Readonly<Record<string, string | undefined>>;
  setOutput(name: string, value: string): void;
  /** Makes a variable visible to later steps of the same job. */
  exportVariable(name: string, value: string): void;
  /** Masks a value in this process's output and, where the CI supports it, in the CI log. */
  setSecret(value: string): void;
  /** Appends Markdown to the step summary; returns where it went. */
  appendSummary(markdown: string, artifactsDir: string): Promise<string>;
  /** A fresh OIDC ID token from the CI for `audience`. */
  oidcToken(audience: string): Promise<string>;
}

export type Env = Readonly<Record<string, string | undefined>>;

/** Environment variable names are spelled once, here. */
export const DeployKitEnv = {
  sha: 'DEPLOYKIT_SHA',
  repository: 'DEPLOYKIT_REPOSITORY',
  debug: 'DEPLOYKIT_DEBUG',
  oidcToken: 'DEPLOYKIT_OIDC_TOKEN',
  oidcTokenFile: 'DEPLOYKIT_OIDC_TOKEN_FILE',
  summaryFile: 'DEPLOYKIT_SUMMARY_FILE',
  outputFile: 'DEPLOYKIT_OUTPUT',
  /** GitHub REST API base for Deployments (GitHub Enterprise Server, or a local stub in tests). */
  githubApiUrl: 'DEPLOYKIT_GITHUB_API_URL',
} as const;

export function envFlag(value: string | undefined): boolean {
  return value !== undefined && ['1', 'true', 'yes', 'on'].includes(value.trim().toLowerCase());
}

import type { RawInputSource } from '../inputs.ts';
import type { Writable } from '../logger.ts';
import { envFlag, type CiRuntime, type Env, type RuntimeKind } from './ci-runtime.ts';
import { GitHubRuntime } from './github.ts';
import { ShellRuntime } from './shell.ts';

export function detectRuntimeKind(env: Env): RuntimeKind {
  if (envFlag(env.GITHUB_ACTIONS)) return 'github';
  if (envFlag(env.CIRCLECI)) return 'circleci';
  return 'cli';
}

export interface CreateRuntimeOptions {
  env?: Env;
  /** Omit for actions (inputs come from INPUT_*); the CLI passes its parsed flags. */
  inputs?: RawInputSource;
  command: string;
  stdout?: Writable;
  stderr?: Writable;
}

/** Detects the CI once, at the entry point, and builds the matching runtime. */
export function createRuntime(options: CreateRuntimeOptions): CiRuntime {
  const env = options.env ?? process.env;
  const kind = detectRuntimeKind(env);
  if (kind === 'github') return new GitHubRuntime(env, options.inputs);
  return new ShellRuntime(kind, {
    env,
    inputs: options.inputs ?? actionInputsFromEnv(env),
    stdout: options.stdout ?? process.stdout,
    stderr: options.stderr ?? (options.inputs ? process.stderr : process.stdout),
    command: options.command,
  });
}

/** The `INPUT_<NAME>` convention GitHub uses, so bundles run the same under CircleCI or a shell. */
export function actionInputsFromEnv(env: Env): RawInputSource {
  return {
    get(name) {
      const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
      return value === undefined || value.trim() === '' ? undefined : value;
    },
  };
}

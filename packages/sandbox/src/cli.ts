import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describeError, ExitCode, exitCodeFor, formatDuration, InputError, parseDuration, type Env, type Writable } from '@deploy-kit/core';
import type { IdentityEvent } from './entra/identity-events.ts';
import { SANDBOX_ENV_KEYS, type SandboxEnv } from './sandbox-env.ts';
import type { Sandbox, SandboxOptions } from './sandbox.ts';

/** The same shape as the CLI's ToolCommand (packages/cli/src/commands.ts). */
export interface SandboxToolCommand {
  kind: 'tool';
  name: string;
  summary: string;
  run(argv: readonly string[], io: { env: Env; stdout: Writable; stderr: Writable }): Promise<number>;
}

export interface SandboxCommandOptions {
  /** Resolves when the sandbox should stop. Default: the first SIGINT or SIGTERM. */
  untilStopped?: (signal: AbortSignal) => Promise<void>;
  /** Called once the sandbox listens (tests use it to talk to the running sandbox). */
  onReady?: (sandbox: Sandbox) => void | Promise<void>;
  /** Resolves relative paths and the default directory. Default: the process's working directory. */
  cwd?: string;
}

interface SandboxArgs {
  help: boolean;
  dir?: string;
  port?: number;
  envFile?: string;
  tokenLifetimeSeconds?: number;
  accessTokenLifetimeSeconds?: number;
}

const FLAGS = ['dir', 'port', 'env-file', 'token-lifetime', 'access-token-lifetime'] as const;
type Flag = (typeof FLAGS)[number];

const HELP = `deploy-kit sandbox [--dir DIR] [--port N] [--env-file FILE]

Runs a local HTTPS Azure sandbox in the foreground until Ctrl-C: Entra (federated
credentials, real AADSTS errors), GitHub- and CircleCI-shaped OIDC issuers, the Container
Apps ARM API, a registry, and revisions as local processes. It prints the environment a
pipeline needs as 'export KEY=value' lines on stdout.

Flags:
  --dir DIR                  Where the CA, certificates and signing keys live, reused across
                             runs so NODE_EXTRA_CA_CERTS stays valid. [default: .sandbox]
  --port N                   Port on 127.0.0.1. [default: any free port]
  --env-file FILE            Also write the environment as KEY=value lines (mode 0600).
  --token-lifetime D         Lifetime of the OIDC ID tokens, e.g. 5m. [default: 5m GitHub, 1h CircleCI]
  --access-token-lifetime D  Lifetime of Entra access tokens, e.g. 1h. [default: 1h]
  --help                     Show this help.

Example:
  deploy-kit sandbox --env-file .sandbox/env &
  set -a; . .sandbox/env; set +a
  deploy-kit oidc-login
`;

function durationSeconds(flag: Flag, value: string): number {
  const ms = parseDuration(value);
  if (ms === undefined || ms < 1000) throw new InputError(flag, `'${value}' is not a duration of at least 1s.`, 'Write it as 30s, 5m or 1h.');
  return Math.round(ms / 1000);
}

export function parseSandboxArgs(argv: readonly string[]): SandboxArgs {
  const args: SandboxArgs = { help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      args.help = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq >= 0 ? arg.slice(2, eq) : arg.slice(2)) as Flag;
    if (!arg.startsWith('--') || !FLAGS.includes(name)) {
      throw new InputError(arg.replace(/^--/, ''), `'${arg}' is not a flag of sandbox.`, `It takes ${FLAGS.map((f) => `--${f}`).join(', ')}; run 'deploy-kit sandbox --help'.`);
    }
    let value: string | undefined = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') throw new InputError(name, `'--${name}' needs a value.`, `Write --${name} <value>.`);
    value = value.trim();
    if (name === 'dir') args.dir = value;
    else if (name === 'env-file') args.envFile = value;
    else if (name === 'token-lifetime') args.tokenLifetimeSeconds = durationSeconds(name, value);
    else if (name === 'access-token-lifetime') args.accessTokenLifetimeSeconds = durationSeconds(name, value);
    else {
      const port = Number(value);
      if (!/^\d+$/.test(value) || port > 65535) throw new InputError(name, `'${value}' is not a port number.`, 'Give a number from 0 to 65535 (0: any free port).');
      args.port = port;
    }
  }
  return args;
}

/** POSIX-shell quoting, only where a value needs it. */
function shellQuote(value: string): string {
  return /^[A-Za-z0-9_./:@%+=,-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

export function renderExports(env: SandboxEnv): string {
  return SANDBOX_ENV_KEYS.map((key) => `export ${key}=${shellQuote(env[key])}\n`).join('');
}

export function renderEnvFile(env: SandboxEnv): string {
  return SANDBOX_ENV_KEYS.map((key) => `${key}=${env[key]}\n`).join('');
}

async function writeEnvFile(file: string, env: SandboxEnv): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, renderEnvFile(env), { mode: 0o600 });
  await rename(temporary, file);
}

function describeEvent(event: IdentityEvent): string {
  const via = event.federatedCredential ? ` via federated credential '${event.federatedCredential}'` : '';
  const resource = event.resource ? ` for ${event.resource}` : '';
  return `entra: token request from client ${event.clientId ?? '(none)'} → ${event.outcome}${resource}${via}\n`;
}

function untilSignal(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    signal.addEventListener('abort', stop, { once: true });
  });
}

export function createSandboxCommand(options: SandboxCommandOptions = {}): SandboxToolCommand {
  return {
    kind: 'tool',
    name: 'sandbox',
    summary: 'Run the local HTTPS Azure sandbox (Entra, OIDC issuers, Container Apps ARM, registry) and print the environment a pipeline needs.',
    async run(argv, io) {
      let args: SandboxArgs;
      try {
        args = parseSandboxArgs(argv);
      } catch (error) {
        io.stderr.write(`error: ${describeError(error)}\n`);
        return exitCodeFor(error);
      }
      if (args.help) {
        io.stdout.write(HELP);
        return ExitCode.Success;
      }
      const cwd = options.cwd ?? process.cwd();
      const sandboxOptions: SandboxOptions = {
        dir: path.resolve(cwd, args.dir ?? '.sandbox'),
        port: args.port,
        tokenLifetimeSeconds: args.tokenLifetimeSeconds,
        accessTokenLifetimeSeconds: args.accessTokenLifetimeSeconds,
        onIdentityEvent: (event) => io.stderr.write(describeEvent(event)),
      };
      const started = performance.now();
      let sandbox: Sandbox;
      try {
        // Loaded here so that the CLI starts without the sandbox's modules until they are needed.
        const { Sandbox } = await import('./sandbox.ts');
        sandbox = await Sandbox.start(sandboxOptions);
      } catch (error) {
        io.stderr.write(`error: the sandbox did not start: ${describeError(error)}\n`);
        return exitCodeFor(error);
      }
      const stopping = new AbortController();
      // Listen before printing: whoever reads the environment may stop us straight away.
      const stopped = (options.untilStopped ?? untilSignal)(stopping.signal);
      try {
        const env = sandbox.env();
        if (args.envFile) await writeEnvFile(path.resolve(cwd, args.envFile), env);
        io.stdout.write(renderExports(env));
        io.stderr.write(
          `deploy-kit sandbox listening on ${sandbox.url} (started in ${formatDuration(performance.now() - started)}; state: ${sandbox.url}/_sandbox/state)\n` +
            `CA certificate: ${sandbox.ca.certFile}${args.envFile ? `; environment written to ${args.envFile}` : ''}\nPress Ctrl-C to stop.\n`,
        );
        await options.onReady?.(sandbox);
        await stopped;
        return ExitCode.Success;
      } catch (error) {
        io.stderr.write(`error: ${describeError(error)}\n`);
        return exitCodeFor(error);
      } finally {
        stopping.abort();
        await sandbox.stop();
        io.stderr.write('deploy-kit sandbox stopped.\n');
      }
    },
  };
}

/** `deploy-kit sandbox`: the lead registers it in packages/cli/src/commands.ts. */
export const sandboxCommand: SandboxToolCommand = createSandboxCommand();

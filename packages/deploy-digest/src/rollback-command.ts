import { createRuntime, ExitCode, runAction, type ActionDefinition, type Env, type InputDefinition, type RawInputSource, type Writable } from '@deploy-kit/core';
import { deployDigestSpec } from '@deploy-kit/action-specs';
import { createDeployDigestAction, type DeployDigestActionOptions } from './action.ts';

/** The CLI's tool-command shape (packages/cli/src/commands.ts), spelled here to avoid a cycle. */
export interface RollbackCommandIo {
  env: Env;
  stdout: Writable;
  stderr: Writable;
}

/** The deploy-digest inputs that mean something to a rollback; the rest would be ignored. */
const FLAGS = ['sha', 'resource-group', 'subscription-id', 'apps', 'artifacts-dir', 'force', 'concurrency', 'revision-timeout'] as const;
const BOOLEAN_FLAGS = new Set<string>(['force']);

function usage(): string {
  const lines = [
    'Usage: deploy-kit rollback --sha <sha> --resource-group <rg> [flags]',
    '',
    'Restores, app by app, what the deploy of <sha> replaced, from .artifacts/production/<sha>/deployment-record.json:',
    'the previous traffic (Multiple revision mode) or the previous images (Single mode). Same as deploy-digest with mode: rollback.',
    'To go forward to an earlier accepted candidate instead, replay it: deploy-kit deploy-digest --sha <earlier sha> …',
    '',
    'Flags:',
  ];
  for (const flag of FLAGS) {
    const def: InputDefinition = deployDigestSpec.inputs[flag];
    const notes = [def.required ? 'required' : undefined, def.default !== undefined ? `default: ${def.default}` : undefined, def.defaultDescription ? `default: ${def.defaultDescription}` : undefined].filter(Boolean).join(', ');
    lines.push(`  --${flag}`, `      ${flag === 'apps' ? 'Apps to roll back, comma-separated (default: every app in the record).' : def.description}${notes ? ` [${notes}]` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `--name value`, `--name=value`, and bare boolean flags. */
export function parseRollbackArgs(argv: readonly string[]): { help: boolean; values: Map<string, string> } {
  const values = new Map<string, string>();
  let help = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    const match = /^--([a-z][a-z-]*)(?:=(.*))?$/.exec(arg);
    if (!match || !(FLAGS as readonly string[]).includes(match[1]!)) {
      throw new Error(`unknown argument '${arg}' (flags: ${FLAGS.map((flag) => `--${flag}`).join(', ')})`);
    }
    const name = match[1]!;
    let value = match[2];
    if (value === undefined) {
      const next = argv[i + 1];
      if (BOOLEAN_FLAGS.has(name) && (next === undefined || next.startsWith('--'))) value = 'true';
      else if (next === undefined) throw new Error(`--${name} needs a value`);
      else {
        value = next;
        i += 1;
      }
    }
    values.set(name, value);
  }
  return { help, values };
}

export function createRollbackCommand(options: DeployDigestActionOptions = {}) {
  return {
    kind: 'tool' as const,
    name: 'rollback',
    summary: "Roll back a deploy from its deployment record: previous traffic or previous image, app by app. Same as deploy-digest with mode 'rollback'.",
    async run(argv: readonly string[], io: RollbackCommandIo): Promise<number> {
      let parsed: ReturnType<typeof parseRollbackArgs>;
      try {
        parsed = parseRollbackArgs(argv);
      } catch (error) {
        io.stderr.write(`error: ${(error as Error).message}\n  → Run 'deploy-kit rollback --help'.\n`);
        return ExitCode.UsageError;
      }
      if (parsed.help) {
        io.stdout.write(usage());
        return ExitCode.Success;
      }
      const inputs: RawInputSource = {
        get(name) {
          if (name === 'mode') return 'rollback';
          const value = parsed.values.get(name);
          return value === undefined || value.trim() === '' ? undefined : value;
        },
      };
      const runtime = createRuntime({ command: 'rollback', inputs, env: io.env, stdout: io.stdout, stderr: io.stderr });
      return runAction(createDeployDigestAction(options) as ActionDefinition<typeof deployDigestSpec>, runtime);
    },
  };
}

/** Registered by the CLI as `deploy-kit rollback`. */
export const rollbackCommand = createRollbackCommand();

import { closestName, InputError, type ActionSpec, type RawInputSource } from '@deploy-kit/core';

export interface ParsedArgs {
  inputs: RawInputSource;
  help: boolean;
}

/**
 * `--name value`, `--name=value`; a boolean input may stand alone (`--dry-run`); a list input
 * may repeat (`--urls a --urls b`). Unknown flags are errors with a suggestion, never ignored.
 */
export function parseArgs(spec: ActionSpec, argv: readonly string[]): ParsedArgs {
  const values = new Map<string, string[]>();
  let help = false;
  const names = Object.keys(spec.inputs);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      throw new InputError(arg, `unexpected argument; ${spec.name} takes only --flags.`, `Run 'deploy-kit ${spec.name} --help' for the flags it takes.`);
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    const def = spec.inputs[name];
    if (!def) {
      const suggestion = closestName(name, names);
      throw new InputError(name, `'--${name}' is not a flag of ${spec.name}.`, suggestion ? `Did you mean --${suggestion}?` : `Run 'deploy-kit ${spec.name} --help' for the flags it takes.`);
    }
    let value: string;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (def.type === 'boolean' && (argv[i + 1] === undefined || argv[i + 1]!.startsWith('--'))) value = 'true';
    else {
      const next = argv[i + 1];
      if (next === undefined) throw new InputError(name, `'--${name}' needs a value.`, `Write --${name} <value>.`);
      value = next;
      i++;
    }
    const list = values.get(name) ?? [];
    if (list.length > 0 && def.type !== 'list' && def.type !== 'url-list') {
      throw new InputError(name, `'--${name}' was given more than once.`, 'Give it once.');
    }
    list.push(value);
    values.set(name, list);
  }
  return { help, inputs: { get: (name) => values.get(name)?.join('\n') } };
}

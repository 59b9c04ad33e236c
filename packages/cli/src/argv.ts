import { InputError, type ActionSpec, type RawInputSource } from '@deploy-kit/core';

export interface ParsedArgs {
  inputs: RawInputSource;
  help: boolean;
}

function closest(word: string, candidates: string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    const distance = levenshtein(word, name);
    if (distance <= Math.max(2, Math.floor(name.length / 3)) && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
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
      const suggestion = closest(name, names);
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

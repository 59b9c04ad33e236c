import type { ActionSpec } from '@deploy-kit/core';
import { describeInputType } from '@deploy-kit/action-specs';

function wrap(text: string, width: number, indent: string): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join(`\n${indent}`);
}

/** `deploy-kit <command> --help`, generated from the same spec as action.yml. */
export function renderHelp(spec: ActionSpec): string {
  const out: string[] = [`deploy-kit ${spec.name} [--flag value]…`, '', wrap(spec.description, 88, ''), '', 'Flags:'];
  const indent = '      ';
  for (const [name, def] of Object.entries(spec.inputs)) {
    const facts = [describeInputType(def)];
    if (def.required) facts.push('required');
    if (def.env) facts.push(`or $${def.env}`);
    if (def.default !== undefined) facts.push(`default: ${def.default}`);
    if (def.defaultDescription) facts.push(`default: ${def.defaultDescription}`);
    out.push(`  --${name}`);
    out.push(`${indent}${wrap(`${def.description} [${facts.join('; ')}]`, 82, indent)}`);
  }
  out.push('', 'Outputs (printed as name=value on stdout):');
  for (const [name, def] of Object.entries(spec.outputs)) out.push(`  ${name}`, `${indent}${wrap(def.description, 82, indent)}`);
  out.push('', 'Exit status: 0 success/pass/YES, 1 failure/fail/NO, 2 invalid input or configuration, 3 internal error.');
  return `${out.join('\n')}\n`;
}

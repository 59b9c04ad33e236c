/** Tokenizer and parser of GitHub's `${{ }}` expression language (the subset the examples use). */
import { fail } from './errors.ts';

export type ExprValue = string | number | boolean | null | ExprValue[] | { [key: string]: ExprValue };

type Token =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'ident'; value: string }
  | { kind: 'punct'; value: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= source.length) fail(`unterminated string in expression: ${source}`);
        if (source[i] === "'") {
          if (source[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += source[i];
        i++;
      }
      tokens.push({ kind: 'string', value });
    } else if (/[0-9]/.test(ch) || (ch === '-' && /[0-9]/.test(source[i + 1] ?? ''))) {
      const match = /^-?(0x[0-9a-f]+|[0-9]+(\.[0-9]+)?(e[+-]?[0-9]+)?)/i.exec(source.slice(i))!;
      tokens.push({ kind: 'number', value: Number(match[0]) });
      i += match[0].length;
    } else if (/[A-Za-z_]/.test(ch)) {
      const match = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(source.slice(i))!;
      tokens.push({ kind: 'ident', value: match[0] });
      i += match[0].length;
    } else {
      const two = source.slice(i, i + 2);
      if (['==', '!=', '<=', '>=', '&&', '||'].includes(two)) {
        tokens.push({ kind: 'punct', value: two });
        i += 2;
      } else if ('()[].,!<>'.includes(ch)) {
        tokens.push({ kind: 'punct', value: ch });
        i++;
      } else if (ch === '*') {
        fail(`object filters ('[*]', '.*') are not supported: ${source}`);
      } else {
        fail(`unsupported character '${ch}' in expression: ${source}`);
      }
    }
  }
  return tokens;
}

export type Node =
  | { type: 'literal'; value: ExprValue }
  | { type: 'context'; name: string }
  | { type: 'member'; object: Node; property: Node }
  | { type: 'call'; name: string; args: Node[] }
  | { type: 'not'; operand: Node }
  | { type: 'binary'; op: string; left: Node; right: Node };

export function parseExpression(source: string): Node {
  const tokens = tokenize(source);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isPunct = (value: string) => peek()?.kind === 'punct' && peek()!.value === value;
  const expect = (value: string) => {
    if (!isPunct(value)) fail(`expected '${value}' in expression: ${source}`);
    pos++;
  };
  const binary = (next: () => Node, ops: string[]) => (): Node => {
    let left = next();
    while (peek()?.kind === 'punct' && ops.includes(String(peek()!.value))) {
      const op = tokens[pos++]!.value as string;
      left = { type: 'binary', op, left, right: next() };
    }
    return left;
  };
  const primary = (): Node => {
    const token = tokens[pos++];
    if (!token) fail(`unexpected end of expression: ${source}`);
    if (token.kind === 'string' || token.kind === 'number') return { type: 'literal', value: token.value };
    if (token.kind === 'punct' && token.value === '(') {
      const inner = or();
      expect(')');
      return inner;
    }
    if (token.kind === 'ident') {
      if (token.value === 'true' || token.value === 'false') return { type: 'literal', value: token.value === 'true' };
      if (token.value === 'null') return { type: 'literal', value: null };
      if (isPunct('(')) {
        pos++;
        const args: Node[] = [];
        if (!isPunct(')')) {
          args.push(or());
          while (isPunct(',')) {
            pos++;
            args.push(or());
          }
        }
        expect(')');
        return { type: 'call', name: token.value, args };
      }
      return { type: 'context', name: token.value };
    }
    return fail(`unexpected '${String(token.value)}' in expression: ${source}`);
  };
  const postfix = (): Node => {
    let node = primary();
    for (;;) {
      if (isPunct('.')) {
        pos++;
        const name = tokens[pos++];
        if (!name || name.kind !== 'ident') fail(`expected a property name after '.' in expression: ${source}`);
        node = { type: 'member', object: node, property: { type: 'literal', value: name.value } };
      } else if (isPunct('[')) {
        pos++;
        const property = or();
        expect(']');
        node = { type: 'member', object: node, property };
      } else {
        return node;
      }
    }
  };
  const unary = (): Node => {
    if (isPunct('!')) {
      pos++;
      return { type: 'not', operand: unary() };
    }
    return postfix();
  };
  const comparison = binary(unary, ['<', '<=', '>', '>=']);
  const equality = binary(comparison, ['==', '!=']);
  const and = binary(equality, ['&&']);
  const or = binary(and, ['||']);
  const tree = or();
  if (pos < tokens.length) fail(`unexpected '${String(tokens[pos]!.value)}' in expression: ${source}`);
  return tree;
}

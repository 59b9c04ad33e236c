/** Evaluating `${{ }}` expressions, interpolating them into strings, and `if:` conditions, as GitHub does. */
import { fail } from './errors.ts';
import { parseExpression, type ExprValue, type Node } from './expression-parser.ts';

export type { ExprValue } from './expression-parser.ts';

export function truthy(value: ExprValue): boolean {
  if (value === null || value === false || value === '' || value === 0) return false;
  if (typeof value === 'number' && Number.isNaN(value)) return false;
  return true;
}

function toNumber(value: ExprValue): number {
  if (value === null) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.trim() === '' ? 0 : Number(value);
  return Number.NaN;
}

/** GitHub's loose equality: strings compare case-insensitively; mixed types compare as numbers. */
function looseEquals(a: ExprValue, b: ExprValue): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') return a === b;
  if (typeof a === typeof b && (a === null || typeof a !== 'object')) return a === b;
  const x = toNumber(a);
  const y = toNumber(b);
  return !Number.isNaN(x) && !Number.isNaN(y) && x === y;
}

/** What `${{ x }}` puts into a string. */
export function exprToString(value: ExprValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  return JSON.stringify(value, null, 2);
}

function member(object: ExprValue, property: ExprValue): ExprValue {
  if (object === null || typeof object !== 'object') return null;
  if (Array.isArray(object)) {
    const index = toNumber(property);
    return Number.isInteger(index) ? (object[index] ?? null) : null;
  }
  const key = exprToString(property);
  if (Object.hasOwn(object, key)) return object[key]!;
  // Contexts and object properties are case-insensitive on GitHub.
  const found = Object.keys(object).find((name) => name.toLowerCase() === key.toLowerCase());
  return found === undefined ? null : object[found]!;
}

export interface JobStatusFunctions {
  success(): boolean;
  failure(): boolean;
  cancelled(): boolean;
}

export interface ExprScope {
  /** The contexts available where the expression is written; any other name is an error. */
  contexts: Record<string, ExprValue>;
  status?: JobStatusFunctions;
  /** Where the expression comes from, for error messages. */
  where: string;
}

function formatString(template: string, args: ExprValue[]): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const ch = template[i]!;
    if (ch === '{' && template[i + 1] === '{') {
      out += '{';
      i++;
    } else if (ch === '}' && template[i + 1] === '}') {
      out += '}';
      i++;
    } else if (ch === '{') {
      const end = template.indexOf('}', i);
      const index = Number(template.slice(i + 1, end));
      if (end < 0 || !Number.isInteger(index) || index >= args.length) fail(`format(): bad placeholder in '${template}'`);
      out += exprToString(args[index]!);
      i = end;
    } else {
      out += ch;
    }
  }
  return out;
}

function callFunction(name: string, args: ExprValue[], scope: ExprScope): ExprValue {
  const lower = name.toLowerCase();
  const status = () => scope.status ?? fail(`${name}() is not available in ${scope.where}`);
  switch (lower) {
    case 'success':
      return status().success();
    case 'failure':
      return status().failure();
    case 'cancelled':
      return status().cancelled();
    case 'always':
      return true;
    case 'fromjson': {
      const text = exprToString(args[0] ?? null);
      try {
        return JSON.parse(text) as ExprValue;
      } catch {
        return fail(`fromJSON(): not JSON in ${scope.where}: ${JSON.stringify(text)}`);
      }
    }
    case 'tojson':
      return JSON.stringify(args[0] ?? null, null, 2);
    case 'format':
      return formatString(exprToString(args[0] ?? null), args.slice(1));
    case 'contains': {
      const [search, item] = [args[0] ?? null, args[1] ?? null];
      if (Array.isArray(search)) return search.some((entry) => looseEquals(entry, item));
      return exprToString(search).toLowerCase().includes(exprToString(item).toLowerCase());
    }
    case 'startswith':
      return exprToString(args[0] ?? null).toLowerCase().startsWith(exprToString(args[1] ?? null).toLowerCase());
    case 'endswith':
      return exprToString(args[0] ?? null).toLowerCase().endsWith(exprToString(args[1] ?? null).toLowerCase());
    case 'join': {
      const list = args[0] ?? null;
      const separator = args.length > 1 ? exprToString(args[1]!) : ',';
      return Array.isArray(list) ? list.map(exprToString).join(separator) : exprToString(list);
    }
    default:
      return fail(`the local runner does not implement the expression function ${name}() (in ${scope.where})`);
  }
}

function evaluateNode(node: Node, scope: ExprScope): ExprValue {
  switch (node.type) {
    case 'literal':
      return node.value;
    case 'context': {
      const key = Object.keys(scope.contexts).find((name) => name.toLowerCase() === node.name.toLowerCase());
      if (key === undefined) fail(`the context '${node.name}' is not available in ${scope.where} (available: ${Object.keys(scope.contexts).join(', ')})`);
      return scope.contexts[key]!;
    }
    case 'member':
      return member(evaluateNode(node.object, scope), evaluateNode(node.property, scope));
    case 'call':
      return callFunction(
        node.name,
        node.args.map((arg) => evaluateNode(arg, scope)),
        scope,
      );
    case 'not':
      return !truthy(evaluateNode(node.operand, scope));
    case 'binary': {
      if (node.op === '&&') {
        const left = evaluateNode(node.left, scope);
        return truthy(left) ? evaluateNode(node.right, scope) : left;
      }
      if (node.op === '||') {
        const left = evaluateNode(node.left, scope);
        return truthy(left) ? left : evaluateNode(node.right, scope);
      }
      const left = evaluateNode(node.left, scope);
      const right = evaluateNode(node.right, scope);
      if (node.op === '==') return looseEquals(left, right);
      if (node.op === '!=') return !looseEquals(left, right);
      const [a, b] = typeof left === 'string' && typeof right === 'string' ? [left.toLowerCase(), right.toLowerCase()] : [toNumber(left), toNumber(right)];
      if (node.op === '<') return a < b;
      if (node.op === '<=') return a <= b;
      if (node.op === '>') return a > b;
      return a >= b;
    }
  }
}

export function evaluateExpression(source: string, scope: ExprScope): ExprValue {
  return evaluateNode(parseExpression(source), scope);
}

/** Finds the `}}` that closes a `${{` opened at `start`, skipping quoted strings. */
function closingBraces(text: string, start: number): number {
  let inString = false;
  for (let i = start; i < text.length - 1; i++) {
    if (text[i] === "'") inString = !inString;
    else if (!inString && text[i] === '}' && text[i + 1] === '}') return i;
  }
  return fail(`unterminated \${{ in: ${text}`);
}

/** Replaces every `${{ expr }}` in `text`. */
export function interpolate(text: string, scope: ExprScope): string {
  let out = '';
  let index = 0;
  for (;;) {
    const open = text.indexOf('${{', index);
    if (open < 0) return out + text.slice(index);
    const close = closingBraces(text, open + 3);
    out += text.slice(index, open) + exprToString(evaluateExpression(text.slice(open + 3, close), scope));
    index = close + 2;
  }
}

/** An `if:` condition: with or without `${{ }}`; `success() &&` is implied unless a status function is used. */
export function evaluateCondition(condition: unknown, scope: ExprScope): boolean {
  if (condition === undefined || condition === null) return callFunction('success', [], scope) as boolean;
  if (typeof condition === 'boolean') return condition;
  let source = String(condition).trim();
  const wrapped = /^\$\{\{([\s\S]*)\}\}$/.exec(source);
  if (wrapped && closingBraces(source, 3) === source.length - 2) source = wrapped[1]!;
  else if (source.includes('${{')) fail(`the condition '${source}' mixes text and \${{ }}; write one expression (in ${scope.where})`);
  const usesStatus = /\b(success|failure|always|cancelled)\s*\(/i.test(source.replace(/'(?:[^']|'')*'/g, "''"));
  const value = evaluateExpression(source, scope);
  return usesStatus ? truthy(value) : truthy(callFunction('success', [], scope)) && truthy(value);
}

/** Interpolates every string inside a YAML value (with:, env:, outputs:). */
export function interpolateValue(value: unknown, scope: ExprScope): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return interpolate(value, scope);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return fail(`expected a scalar in ${scope.where}, got ${JSON.stringify(value)}`);
}

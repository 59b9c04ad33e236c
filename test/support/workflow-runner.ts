/**
 * A local GitHub Actions runner for deploy-kit's example workflows: it reads a workflow file and
 * runs its jobs on this machine, step by step, the way GitHub's runner does — deploy-kit's
 * actions from their committed `action.yml` + `dist/` bundle (defaults, required inputs, INPUT_*
 * variables), `run:` steps with bash, outputs through the GITHUB_OUTPUT / GITHUB_ENV /
 * GITHUB_PATH / GITHUB_STEP_SUMMARY file commands, the ID-token request variables only for jobs
 * granted `id-token: write`, and artifacts between jobs (and runs) through
 * actions/upload-artifact and actions/download-artifact.
 *
 * It implements what the examples use and refuses everything else loudly (an unknown action,
 * expression function, context or workflow key is an error, never silently ignored), so an
 * example cannot pass here by relying on something this runner only pretends to do.
 *
 * `LocalGitHub` is the GitHub side: run ids, the artifact store, and the two REST endpoints the
 * examples call (artifacts by name for a replay, Deployments for the release decision), on
 * 127.0.0.1 with an ephemeral port.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import type { SandboxEnv } from '@deploy-kit/sandbox';
import { parseFileCommands } from './github-runner.ts';
import { cleanEnv, repoRoot } from './repo.ts';

/** Thrown for anything this runner does not implement or a workflow gets wrong. */
export class WorkflowRunnerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkflowRunnerError';
  }
}

function fail(message: string): never {
  throw new WorkflowRunnerError(message);
}

// ── expressions: ${{ … }} ────────────────────────────────────────────────────────────────────

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

type Node =
  | { type: 'literal'; value: ExprValue }
  | { type: 'context'; name: string }
  | { type: 'member'; object: Node; property: Node }
  | { type: 'call'; name: string; args: Node[] }
  | { type: 'not'; operand: Node }
  | { type: 'binary'; op: string; left: Node; right: Node };

function parseExpression(source: string): Node {
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

function truthy(value: ExprValue): boolean {
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
function interpolateValue(value: unknown, scope: ExprScope): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return interpolate(value, scope);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return fail(`expected a scalar in ${scope.where}, got ${JSON.stringify(value)}`);
}

// ── the workflow file ────────────────────────────────────────────────────────────────────────

type Scalar = string | number | boolean;

export interface StepDefinition {
  id?: string;
  name?: string;
  if?: Scalar;
  uses?: string;
  with?: Record<string, Scalar | null>;
  run?: string;
  env?: Record<string, Scalar>;
  shell?: string;
  'working-directory'?: string;
  'continue-on-error'?: boolean;
  'timeout-minutes'?: number;
}

export type Permissions = 'read-all' | 'write-all' | Record<string, 'read' | 'write' | 'none'>;

export interface JobDefinition {
  name?: string;
  'runs-on': string;
  needs?: string | string[];
  if?: Scalar;
  environment?: string | { name: string; url?: string };
  concurrency?: string | { group: string; 'cancel-in-progress'?: boolean | string };
  permissions?: Permissions;
  env?: Record<string, Scalar>;
  outputs?: Record<string, string>;
  steps: StepDefinition[];
  'timeout-minutes'?: number;
}

export interface WorkflowDefinition {
  name?: string;
  on: Record<string, { inputs?: Record<string, { description?: string; required?: boolean; default?: Scalar; type?: string; options?: string[] }> } | null>;
  permissions?: Permissions;
  env?: Record<string, Scalar>;
  concurrency?: JobDefinition['concurrency'];
  jobs: Record<string, JobDefinition>;
}

const WORKFLOW_KEYS = new Set(['name', 'run-name', 'on', 'permissions', 'env', 'concurrency', 'jobs']);
const JOB_KEYS = new Set(['name', 'runs-on', 'needs', 'if', 'environment', 'concurrency', 'permissions', 'env', 'outputs', 'steps', 'timeout-minutes']);
const STEP_KEYS = new Set(['id', 'name', 'if', 'uses', 'with', 'run', 'env', 'shell', 'working-directory', 'continue-on-error', 'timeout-minutes']);

function checkKeys(object: Record<string, unknown>, allowed: Set<string>, where: string): void {
  for (const key of Object.keys(object)) if (!allowed.has(key)) fail(`the local runner does not implement '${key}' (${where})`);
}

export async function loadWorkflow(file: string): Promise<WorkflowDefinition> {
  const workflow = YAML.parse(await readFile(file, 'utf8')) as WorkflowDefinition;
  checkKeys(workflow as unknown as Record<string, unknown>, WORKFLOW_KEYS, file);
  // `on: push` and `on: [push, workflow_dispatch]` are short for the mapping form.
  const on = workflow.on as unknown;
  if (typeof on === 'string') workflow.on = { [on]: null };
  else if (Array.isArray(on)) workflow.on = Object.fromEntries(on.map((event: string) => [event, null]));
  for (const [id, job] of Object.entries(workflow.jobs)) {
    checkKeys(job as unknown as Record<string, unknown>, JOB_KEYS, `job ${id}`);
    if (!/^ubuntu-/.test(job['runs-on'])) fail(`job ${id}: runs-on '${job['runs-on']}' is not an Ubuntu runner; this runner is Linux with bash`);
    job.steps.forEach((step, index) => {
      checkKeys(step as unknown as Record<string, unknown>, STEP_KEYS, `job ${id}, step ${index + 1}`);
      if ((step.uses === undefined) === (step.run === undefined)) fail(`job ${id}, step ${index + 1}: a step has either uses: or run:`);
    });
  }
  return workflow;
}

function needsOf(job: JobDefinition): string[] {
  return job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs];
}

/** Jobs in an order where every job comes after what it needs. */
export function jobOrder(workflow: WorkflowDefinition): string[] {
  const order: string[] = [];
  const visiting = new Set<string>();
  const visit = (id: string) => {
    if (order.includes(id)) return;
    if (visiting.has(id)) fail(`jobs form a cycle at ${id}`);
    const job = workflow.jobs[id] ?? fail(`a job needs '${id}', which the workflow does not define`);
    visiting.add(id);
    for (const need of needsOf(job)) visit(need);
    visiting.delete(id);
    order.push(id);
  };
  for (const id of Object.keys(workflow.jobs)) visit(id);
  return order;
}

function environmentName(job: JobDefinition): string | undefined {
  return typeof job.environment === 'string' ? job.environment : job.environment?.name;
}

function grantsIdToken(permissions: Permissions | undefined): boolean {
  if (permissions === 'write-all') return true;
  return typeof permissions === 'object' && permissions['id-token'] === 'write';
}

// ── the GitHub side: runs, artifacts, REST endpoints ────────────────────────────────────────

export interface RecordedDeployment {
  id: number;
  ref: string;
  environment: string;
  payload: unknown;
  statuses: Array<{ state: string; description?: string; environment?: string }>;
}

interface RunRecord {
  id: number;
  token: string;
  dir: string;
  artifacts: Map<string, string>;
}

/** A sliver of GitHub: run ids and tokens, the artifact store, and the REST endpoints the examples call. */
export class LocalGitHub {
  readonly repository: string;
  readonly dir: string;
  readonly deployments: RecordedDeployment[] = [];
  /** Every API request, as `METHOD /path?query`. */
  readonly requests: string[] = [];
  readonly #runs = new Map<number, RunRecord>();
  readonly #server: http.Server;
  #nextRun = 7001;
  #nextDeployment = 501;
  #apiUrl = '';

  private constructor(repository: string, dir: string) {
    this.repository = repository;
    this.dir = dir;
    this.#server = http.createServer((req, res) => void this.#handle(req, res));
  }

  static async start(repository = 'acme/shop'): Promise<LocalGitHub> {
    const github = new LocalGitHub(repository, await mkdtemp(path.join(os.tmpdir(), 'dk-local-github-')));
    await new Promise<void>((resolve, reject) => {
      github.#server.once('error', reject);
      github.#server.listen(0, '127.0.0.1', () => resolve());
    });
    github.#apiUrl = `http://127.0.0.1:${(github.#server.address() as AddressInfo).port}`;
    return github;
  }

  get apiUrl(): string {
    return this.#apiUrl;
  }

  async stop(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
    await rm(this.dir, { recursive: true, force: true });
  }

  async newRun(): Promise<RunRecord> {
    const id = this.#nextRun++;
    const run: RunRecord = { id, token: `ghs_${randomBytes(18).toString('hex')}`, dir: path.join(this.dir, 'runs', String(id)), artifacts: new Map() };
    await mkdir(run.dir, { recursive: true });
    this.#runs.set(id, run);
    return run;
  }

  run(id: number): RunRecord | undefined {
    return this.#runs.get(id);
  }

  /** The names of a run's artifacts. */
  artifactNames(runId: number): string[] {
    return [...(this.#runs.get(runId)?.artifacts.keys() ?? [])];
  }

  #authorized(req: http.IncomingMessage): boolean {
    const match = /^(?:Bearer|token)\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    return match !== null && [...this.#runs.values()].some((run) => run.token === match[1]);
  }

  async #handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', this.#apiUrl);
    this.requests.push(`${req.method} ${url.pathname}${url.search}`);
    const send = (status: number, body: unknown) => {
      const json = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
      res.end(json);
    };
    if (!this.#authorized(req)) return send(401, { message: 'Bad credentials', status: '401' });
    const repo = `/repos/${this.repository}`;
    let body: Record<string, unknown> = {};
    try {
      if (chunks.length > 0) body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
    } catch {
      return send(400, { message: 'Problems parsing JSON' });
    }
    if (req.method === 'GET' && url.pathname === `${repo}/actions/artifacts`) {
      const name = url.searchParams.get('name');
      const artifacts = [...this.#runs.values()]
        .reverse()
        .flatMap((run) => [...run.artifacts.keys()].filter((artifact) => name === null || artifact === name).map((artifact) => ({ run, artifact })))
        .map(({ run, artifact }, index) => ({ id: 90000 + run.id * 10 + index, name: artifact, expired: false, workflow_run: { id: run.id, head_sha: null } }));
      return send(200, { total_count: artifacts.length, artifacts });
    }
    if (req.method === 'POST' && url.pathname === `${repo}/deployments`) {
      const deployment: RecordedDeployment = { id: this.#nextDeployment++, ref: String(body.ref), environment: String(body.environment), payload: body.payload, statuses: [] };
      this.deployments.push(deployment);
      return send(201, { id: deployment.id, url: `${this.#apiUrl}${repo}/deployments/${deployment.id}`, ref: deployment.ref, environment: deployment.environment });
    }
    const status = new RegExp(`^${repo}/deployments/(\\d+)/statuses$`).exec(url.pathname);
    if (req.method === 'POST' && status) {
      const deployment = this.deployments.find((d) => d.id === Number(status[1]));
      if (!deployment) return send(404, { message: 'Not Found' });
      deployment.statuses.push({ state: String(body.state), description: body.description as string | undefined, environment: body.environment as string | undefined });
      return send(201, { id: deployment.statuses.length, state: body.state, url: `${this.#apiUrl}${url.pathname}/${deployment.statuses.length}` });
    }
    return send(404, { message: `Not Found (the local GitHub serves only artifacts and deployments): ${req.method} ${url.pathname}` });
  }
}

// ── running a workflow ───────────────────────────────────────────────────────────────────────

export type JobResult = 'success' | 'failure' | 'skipped';

export interface StepOutcome {
  /** The step's id, or `step-<n>`. */
  id: string;
  name: string;
  uses?: string;
  outcome: 'success' | 'failure' | 'skipped';
  conclusion: 'success' | 'failure' | 'skipped';
  exitCode?: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** The INPUT_* an action received (secret values are never stored here). */
  inputNames?: string[];
  /** The runner's own messages: unexpected inputs, dropped outputs, refused steps. */
  warnings: string[];
}

export interface JobOutcome {
  id: string;
  result: JobResult;
  /** Why a job was skipped or failed before its steps ran. */
  reason?: string;
  outputs: Record<string, string>;
  steps: StepOutcome[];
  /** Every step's GITHUB_STEP_SUMMARY, in order. */
  summary: string;
  workspace: string;
  environment?: string;
  concurrency?: { group: string; cancelInProgress: boolean };
  /** Whether the job was given ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN. */
  idToken: boolean;
  warnings: string[];
}

/** A job of the workflow this run does not execute: what it ended with. */
export interface GivenJob {
  result: JobResult;
  outputs?: Record<string, string>;
}

export interface EnvironmentSettings {
  vars?: Record<string, string>;
  secrets?: Record<string, string>;
  /** A reviewer's answer to the environment's protection rule (default: approved). */
  approved?: boolean;
}

export interface WorkflowRunOptions {
  workflow: string;
  github: LocalGitHub;
  event: 'push' | 'workflow_dispatch';
  /** workflow_dispatch inputs. */
  inputs?: Record<string, string>;
  /** Extra fields of github.event (e.g. `before` for a push). */
  eventPayload?: Record<string, ExprValue>;
  sha: string;
  ref?: string;
  /** The jobs to run (default all). A job they need that is not run must be in `given`. */
  jobs?: readonly string[];
  given?: Record<string, GivenJob>;
  vars?: Record<string, string>;
  secrets?: Record<string, string>;
  environments?: Record<string, EnvironmentSettings>;
  /** The runner machine's environment (PATH, HOME, a CA to trust…). */
  hostEnv: Record<string, string>;
  /** What a job granted `id-token: write` gets as ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN. */
  oidc?: { requestUrl: string; requestToken: string };
  /** The source tree actions/checkout copies into each job's workspace. */
  checkout?: string;
  stepTimeoutMs?: number;
}

export interface WorkflowRunResult {
  runId: number;
  /** The run's GITHUB_TOKEN (a secret: tests check that no step prints it). */
  githubToken: string;
  jobs: Record<string, JobOutcome>;
  /** Jobs in the order they ran or were skipped (given jobs are not listed). */
  order: string[];
}

interface RunContext {
  options: WorkflowRunOptions;
  workflow: WorkflowDefinition;
  run: RunRecord;
  github: Record<string, ExprValue>;
  inputs: Record<string, ExprValue>;
  shimDir: string;
  eventFile: string;
}

const DEFAULT_STEP_TIMEOUT_MS = 180_000;

function packageVersion(): Promise<string> {
  return readFile(path.join(repoRoot, 'package.json'), 'utf8').then((text) => (JSON.parse(text) as { version: string }).version);
}

/**
 * The runner machine has no npm registry: `npx [-y|--yes] deploy-kit@<this version> …` runs the
 * committed dist/cli, as the published package would; any other npx call fails loudly.
 */
async function writeNpxShim(dir: string): Promise<void> {
  const version = await packageVersion();
  const cli = path.join(repoRoot, 'dist', 'cli', 'index.js');
  await mkdir(dir, { recursive: true });
  const script = `#!/usr/bin/env bash
args=("$@")
while [ "\${1:-}" = "-y" ] || [ "\${1:-}" = "--yes" ]; do shift; done
if [ "\${1:-}" = "deploy-kit@${version}" ]; then
  shift
  exec ${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} "$@"
fi
echo "local runner: 'npx \${args[*]}' needs the npm registry; only deploy-kit@${version} (the committed dist/cli) is served here" >&2
exit 127
`;
  await writeFile(path.join(dir, 'npx'), script);
  await chmod(path.join(dir, 'npx'), 0o755);
}

function dispatchInputs(workflow: WorkflowDefinition, given: Record<string, string>): Record<string, ExprValue> {
  const declared = workflow.on.workflow_dispatch?.inputs ?? {};
  for (const name of Object.keys(given)) if (!(name in declared)) fail(`workflow_dispatch has no input '${name}'`);
  const inputs: Record<string, ExprValue> = {};
  for (const [name, def] of Object.entries(declared)) {
    const raw = given[name] ?? (def.default === undefined ? undefined : String(def.default));
    if ((raw === undefined || raw === '') && def.required) fail(`workflow_dispatch input '${name}' is required`);
    inputs[name] = def.type === 'boolean' ? raw === 'true' : (raw ?? '');
  }
  return inputs;
}

export async function runWorkflow(options: WorkflowRunOptions): Promise<WorkflowRunResult> {
  const workflow = await loadWorkflow(options.workflow);
  if (!(options.event in workflow.on)) fail(`the workflow is not triggered by ${options.event}`);
  if (options.event !== 'workflow_dispatch' && options.inputs) fail('inputs are given only to workflow_dispatch');
  const run = await options.github.newRun();
  const ref = options.ref ?? 'refs/heads/main';
  const inputs = options.event === 'workflow_dispatch' ? dispatchInputs(workflow, options.inputs ?? {}) : {};
  const [owner] = options.github.repository.split('/');
  const event: Record<string, ExprValue> = {
    ref,
    repository: { full_name: options.github.repository, name: options.github.repository.split('/')[1]!, owner: { login: owner! } },
    ...(options.event === 'push' ? { after: options.sha } : { inputs }),
    ...options.eventPayload,
  };
  const eventFile = path.join(run.dir, 'event.json');
  await writeFile(eventFile, JSON.stringify(event, null, 2));
  const context: RunContext = {
    options,
    workflow,
    run,
    inputs,
    shimDir: path.join(run.dir, 'bin'),
    eventFile,
    github: {
      event_name: options.event,
      event,
      sha: options.sha,
      ref,
      ref_name: ref.replace(/^refs\/(heads|tags)\//, ''),
      repository: options.github.repository,
      repository_owner: owner!,
      run_id: String(run.id),
      run_number: '1',
      run_attempt: '1',
      actor: 'octocat',
      workflow: workflow.name ?? path.basename(options.workflow),
      server_url: 'https://github.com',
      api_url: options.github.apiUrl,
      token: run.token,
    },
  };
  await writeNpxShim(context.shimDir);

  const order = jobOrder(workflow);
  const selected = new Set(options.jobs ?? order);
  for (const id of selected) if (!workflow.jobs[id]) fail(`the workflow has no job '${id}'`);
  const outcomes: Record<string, JobOutcome | GivenJob> = { ...options.given };
  const ran: string[] = [];
  const jobs: Record<string, JobOutcome> = {};
  for (const id of order) {
    if (!selected.has(id)) continue;
    for (const need of needsOf(workflow.jobs[id]!)) {
      if (!outcomes[need]) fail(`job ${id} needs ${need}, which this run neither runs nor is given`);
    }
    const outcome = await runJob(context, id, outcomes);
    outcomes[id] = outcome;
    jobs[id] = outcome;
    ran.push(id);
  }
  return { runId: run.id, githubToken: run.token, jobs, order: ran };
}

function needsContext(job: JobDefinition, outcomes: Record<string, JobOutcome | GivenJob>): Record<string, ExprValue> {
  return Object.fromEntries(needsOf(job).map((need) => [need, { result: outcomes[need]!.result, outputs: { ...(outcomes[need]!.outputs ?? {}) } }]));
}

/** Job-level status functions look at the jobs it needs, transitively for failure(). */
function jobStatus(workflow: WorkflowDefinition, job: JobDefinition, outcomes: Record<string, JobOutcome | GivenJob>): JobStatusFunctions {
  const ancestors = new Set<string>();
  const walk = (j: JobDefinition) => {
    for (const need of needsOf(j)) {
      if (ancestors.has(need)) continue;
      ancestors.add(need);
      if (workflow.jobs[need]) walk(workflow.jobs[need]!);
    }
  };
  walk(job);
  return {
    success: () => needsOf(job).every((need) => outcomes[need]?.result === 'success'),
    failure: () => [...ancestors].some((need) => outcomes[need]?.result === 'failure'),
    cancelled: () => false,
  };
}

interface JobState {
  id: string;
  dir: string;
  workspace: string;
  temp: string;
  env: Record<string, string>;
  path: string[];
  secrets: Record<string, string>;
  vars: Record<string, string>;
  masks: Set<string>;
  steps: Record<string, ExprValue>;
  failed: boolean;
  idToken: boolean;
  needs: Record<string, ExprValue>;
}

async function runJob(context: RunContext, id: string, outcomes: Record<string, JobOutcome | GivenJob>): Promise<JobOutcome> {
  const { options, workflow, run } = context;
  const job = workflow.jobs[id]!;
  const environment = environmentName(job);
  const envSettings = environment ? (options.environments?.[environment] ?? {}) : {};
  const vars = { ...options.vars, ...envSettings.vars };
  const secrets = { ...options.secrets, ...envSettings.secrets, GITHUB_TOKEN: run.token };
  const needs = needsContext(job, outcomes);
  const dir = path.join(run.dir, 'jobs', id);
  const state: JobState = {
    id,
    dir,
    workspace: path.join(dir, 'workspace'),
    temp: path.join(dir, 'temp'),
    env: {},
    path: [],
    secrets,
    vars,
    masks: new Set(Object.values(secrets).filter((value) => value !== '')),
    steps: {},
    failed: false,
    idToken: grantsIdToken(job.permissions ?? workflow.permissions),
    needs,
  };
  const base: JobOutcome = { id, result: 'skipped', outputs: {}, steps: [], summary: '', workspace: state.workspace, idToken: state.idToken, warnings: [], ...(environment ? { environment } : {}) };

  const jobScope: ExprScope = {
    contexts: { github: context.github, needs, vars, inputs: context.inputs },
    status: jobStatus(workflow, job, outcomes),
    where: `jobs.${id}.if`,
  };
  if (!evaluateCondition(job.if, jobScope)) return { ...base, result: 'skipped', reason: job.if === undefined ? 'a job it needs did not succeed' : `if: ${String(job.if)} is false` };
  if (envSettings.approved === false) return { ...base, result: 'failure', reason: `the deployment to environment '${environment}' was rejected` };

  const concurrency = job.concurrency ?? workflow.concurrency;
  if (concurrency !== undefined) {
    const scope: ExprScope = { contexts: { github: context.github, needs, vars, inputs: context.inputs }, where: `jobs.${id}.concurrency` };
    base.concurrency =
      typeof concurrency === 'string'
        ? { group: interpolate(concurrency, scope), cancelInProgress: false }
        : { group: interpolate(concurrency.group, scope), cancelInProgress: truthy(concurrency['cancel-in-progress'] === undefined ? false : typeof concurrency['cancel-in-progress'] === 'string' ? interpolate(concurrency['cancel-in-progress'], scope) : concurrency['cancel-in-progress']) };
  }
  await mkdir(state.workspace, { recursive: true });
  await mkdir(state.temp, { recursive: true });

  // Workflow env, then job env; both may use the contexts GitHub allows there.
  const envScope = (where: string): ExprScope => ({ contexts: { github: context.github, needs, vars, secrets, inputs: context.inputs, env: { ...state.env } }, where });
  for (const [name, value] of Object.entries(workflow.env ?? {})) state.env[name] = interpolateValue(value, envScope(`env.${name}`));
  for (const [name, value] of Object.entries(job.env ?? {})) state.env[name] = interpolateValue(value, envScope(`jobs.${id}.env.${name}`));

  const steps: StepOutcome[] = [];
  const summaries: string[] = [];
  for (const [index, step] of job.steps.entries()) {
    const outcome = await runStep(context, state, step, index, summaries);
    steps.push(outcome);
    if (step.id) state.steps[step.id] = { outputs: outcome.outputs, outcome: outcome.outcome, conclusion: outcome.conclusion };
    if (outcome.conclusion === 'failure') state.failed = true;
  }

  const outputs: Record<string, string> = {};
  const warnings: string[] = [];
  const outputScope: ExprScope = { contexts: { github: context.github, needs, vars, inputs: context.inputs, steps: state.steps, env: { ...state.env }, job: { status: state.failed ? 'failure' : 'success' } }, where: `jobs.${id}.outputs` };
  for (const [name, value] of Object.entries(job.outputs ?? {})) {
    const text = interpolateValue(value, { ...outputScope, where: `jobs.${id}.outputs.${name}` });
    // GitHub drops a job output that contains a secret rather than pass it to other jobs.
    if ([...state.masks].some((secret) => secret.length > 0 && text.includes(secret))) warnings.push(`Skip output '${name}' since it may contain secret.`);
    else outputs[name] = text;
  }
  return { ...base, result: state.failed ? 'failure' : 'success', outputs, steps, summary: summaries.join('\n'), warnings };
}

function stepDisplayName(step: StepDefinition): string {
  return step.name ?? (step.uses ? `Run ${step.uses}` : `Run ${(step.run ?? '').split('\n')[0]}`);
}

async function runStep(context: RunContext, state: JobState, step: StepDefinition, index: number, summaries: string[]): Promise<StepOutcome> {
  const id = step.id ?? `step-${index + 1}`;
  const where = `jobs.${state.id}.steps[${id}]`;
  const outcome: StepOutcome = { id, name: stepDisplayName(step), ...(step.uses ? { uses: step.uses } : {}), outcome: 'skipped', conclusion: 'skipped', stdout: '', stderr: '', outputs: {}, warnings: [] };
  const status: JobStatusFunctions = { success: () => !state.failed, failure: () => state.failed, cancelled: () => false };
  const contexts = (env: Record<string, string>): Record<string, ExprValue> => ({
    github: { ...context.github, job: state.id, workspace: state.workspace },
    needs: state.needs,
    vars: state.vars,
    secrets: state.secrets,
    inputs: context.inputs,
    steps: state.steps,
    env,
    job: { status: state.failed ? 'failure' : 'success' },
    runner: { os: 'Linux', arch: 'X64', temp: state.temp, name: 'deploy-kit local runner' },
  });
  if (!evaluateCondition(step.if, { contexts: contexts({ ...state.env }), status, where: `${where}.if` })) return outcome;

  const stepEnv: Record<string, string> = { ...state.env };
  for (const [name, value] of Object.entries(step.env ?? {})) stepEnv[name] = interpolateValue(value, { contexts: contexts({ ...stepEnv }), status, where: `${where}.env.${name}` });
  const scope: ExprScope = { contexts: contexts(stepEnv), status, where };
  outcome.name = step.name ? interpolate(step.name, scope) : outcome.name;

  const files = { output: path.join(state.dir, `${id}.output`), env: path.join(state.dir, `${id}.env`), path: path.join(state.dir, `${id}.path`), summary: path.join(state.dir, `${id}.summary`) };
  await Promise.all(Object.values(files).map((file) => writeFile(file, '')));
  const processEnv: Record<string, string> = {
    ...context.options.hostEnv,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_SHA: context.options.sha,
    GITHUB_REF: String(context.github.ref),
    GITHUB_REF_NAME: String(context.github.ref_name),
    GITHUB_REPOSITORY: context.options.github.repository,
    GITHUB_REPOSITORY_OWNER: String(context.github.repository_owner),
    GITHUB_RUN_ID: String(context.run.id),
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: state.id,
    GITHUB_WORKFLOW: String(context.github.workflow),
    GITHUB_EVENT_NAME: context.options.event,
    GITHUB_EVENT_PATH: context.eventFile,
    GITHUB_ACTOR: 'octocat',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: context.options.github.apiUrl,
    GITHUB_WORKSPACE: state.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: state.temp,
    ...(state.idToken && context.options.oidc ? { ACTIONS_ID_TOKEN_REQUEST_URL: context.options.oidc.requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: context.options.oidc.requestToken } : {}),
    ...stepEnv,
  };
  processEnv.PATH = [context.shimDir, ...state.path, context.options.hostEnv.PATH ?? '/usr/bin:/bin'].join(path.delimiter);
  const cwd = step['working-directory'] ? path.resolve(state.workspace, interpolate(step['working-directory'], scope)) : state.workspace;
  const timeoutMs = step['timeout-minutes'] !== undefined ? step['timeout-minutes'] * 60_000 : (context.options.stepTimeoutMs ?? DEFAULT_STEP_TIMEOUT_MS);

  let result: { code: number; stdout: string; stderr: string };
  try {
    if (step.run !== undefined) {
      if (step.shell !== undefined && step.shell !== 'bash') fail(`${where}: only shell: bash is supported`);
      const script = path.join(state.temp, `${id}.sh`);
      await writeFile(script, interpolate(step.run, scope));
      result = await spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], processEnv, cwd, timeoutMs);
    } else {
      result = await runUses(context, state, step, scope, processEnv, cwd, timeoutMs, outcome);
    }
  } catch (error) {
    if (!(error instanceof WorkflowRunnerError)) throw error;
    // A refused step fails like a broken action would, with the reason in its log.
    result = { code: 1, stdout: '', stderr: `local runner: ${error.message}\n` };
    outcome.warnings.push(error.message);
  }

  outcome.exitCode = result.code;
  outcome.stdout = result.stdout;
  outcome.stderr = result.stderr;
  for (const line of result.stdout.split('\n')) {
    const mask = /^::add-mask::(.+)$/.exec(line.trim());
    if (mask) state.masks.add(mask[1]!);
  }
  outcome.outputs = { ...outcome.outputs, ...parseFileCommands(await readFile(files.output, 'utf8')) };
  Object.assign(state.env, parseFileCommands(await readFile(files.env, 'utf8')));
  state.path.unshift(...(await readFile(files.path, 'utf8')).split('\n').filter(Boolean).reverse());
  const summary = await readFile(files.summary, 'utf8');
  if (summary) summaries.push(summary);
  outcome.outcome = result.code === 0 ? 'success' : 'failure';
  outcome.conclusion = outcome.outcome === 'failure' && step['continue-on-error'] === true ? 'success' : outcome.outcome;
  return outcome;
}

function spawn(command: string, args: string[], env: Record<string, string>, cwd: string, timeoutMs: number): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { env, cwd, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr: error && error.killed ? `${stderr}\nlocal runner: the step was stopped after ${timeoutMs} ms\n` : stderr });
    });
  });
}

// ── uses: ────────────────────────────────────────────────────────────────────────────────────

interface ActionMetadata {
  name?: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: Scalar }>;
  outputs?: Record<string, unknown>;
  runs: { using: string; main?: string; pre?: string; post?: string };
}

/** Where a `uses:` reference to deploy-kit points in this repository, or undefined. */
export function deployKitActionDir(uses: string): string | undefined {
  const local = /^\.\/actions\/([a-z0-9-]+)\/?$/.exec(uses);
  if (local) return path.join(repoRoot, 'actions', local[1]!);
  const remote = /^[A-Za-z0-9_.-]+\/deploy-kit\/actions\/([a-z0-9-]+)@[A-Za-z0-9_.\-/]+$/.exec(uses);
  if (remote) return path.join(repoRoot, 'actions', remote[1]!);
  if (uses === './' || uses === '.' || /^[A-Za-z0-9_.-]+\/deploy-kit@[A-Za-z0-9_.\-/]+$/.test(uses)) return repoRoot;
  return undefined;
}

export async function readActionMetadata(actionDir: string): Promise<ActionMetadata> {
  const file = path.join(actionDir, 'action.yml');
  if (!existsSync(file)) fail(`${path.relative(repoRoot, file) || 'action.yml'} does not exist (the action is not built yet: npm run build)`);
  return YAML.parse(await readFile(file, 'utf8')) as ActionMetadata;
}

const BUILTIN_ACTIONS: Record<string, (context: RunContext, state: JobState, inputs: Record<string, string>, outcome: StepOutcome) => Promise<{ code: number; stdout: string; stderr: string }>> = {
  'actions/checkout@v4': checkoutAction,
  'actions/setup-node@v4': setupNodeAction,
  'actions/upload-artifact@v4': uploadArtifactAction,
  'actions/download-artifact@v4': downloadArtifactAction,
};

const BUILTIN_INPUTS: Record<string, string[]> = {
  'actions/checkout@v4': ['ref', 'fetch-depth', 'persist-credentials'],
  'actions/setup-node@v4': ['node-version', 'cache'],
  'actions/upload-artifact@v4': ['name', 'path', 'if-no-files-found', 'retention-days', 'compression-level', 'overwrite', 'include-hidden-files'],
  'actions/download-artifact@v4': ['name', 'path', 'pattern', 'merge-multiple', 'github-token', 'repository', 'run-id'],
};

async function runUses(
  context: RunContext,
  state: JobState,
  step: StepDefinition,
  scope: ExprScope,
  processEnv: Record<string, string>,
  cwd: string,
  timeoutMs: number,
  outcome: StepOutcome,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const uses = step.uses!;
  const given: Record<string, string> = {};
  for (const [name, value] of Object.entries(step.with ?? {})) given[name] = interpolateValue(value, { ...scope, where: `${scope.where}.with.${name}` });

  const builtin = BUILTIN_ACTIONS[uses];
  if (builtin) {
    const unknown = Object.keys(given).filter((name) => !BUILTIN_INPUTS[uses]!.includes(name));
    if (unknown.length > 0) fail(`${uses}: the local runner does not implement the input(s) ${unknown.join(', ')}`);
    return builtin(context, state, given, outcome);
  }
  const actionDir = deployKitActionDir(uses) ?? fail(`the local runner cannot run '${uses}': it runs deploy-kit's actions and ${Object.keys(BUILTIN_ACTIONS).join(', ')}`);
  const metadata = await readActionMetadata(actionDir);
  if (metadata.runs.using !== 'node24') fail(`${uses}: runs.using is '${metadata.runs.using}'; the local runner runs node24 actions`);
  if (metadata.runs.pre || metadata.runs.post) fail(`${uses}: pre/post steps are not supported`);
  const main = path.resolve(actionDir, metadata.runs.main ?? fail(`${uses}: action.yml has no runs.main`));
  if (!existsSync(main)) fail(`${uses}: ${path.relative(repoRoot, main)} does not exist (the bundle is not built yet: npm run build)`);

  const declared = metadata.inputs ?? {};
  const unexpected = Object.keys(given).filter((name) => !(name in declared));
  // The runner's own words: it warns about, and still passes, inputs the action does not declare.
  if (unexpected.length > 0) outcome.warnings.push(`Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${Object.keys(declared).join("', '")}']`);
  const inputs: Record<string, string> = { ...given };
  for (const [name, def] of Object.entries(declared)) {
    // As GitHub's runner: every default is passed as an input (so it wins over any environment
    // fallback of the action), and `required` is not enforced here — the action decides.
    if (!(name in inputs) && def.default !== undefined) inputs[name] = interpolateValue(def.default, { ...scope, where: `${uses} default of ${name}` });
    if (def.required && (inputs[name] ?? '') === '') outcome.warnings.push(`action.yml marks '${name}' required and it is not given (GitHub's runner does not check this; the action must)`);
  }
  const env: Record<string, string> = { ...processEnv, GITHUB_ACTION: outcome.id, GITHUB_ACTION_PATH: actionDir, GITHUB_ACTION_REPOSITORY: 'acme/deploy-kit', GITHUB_ACTION_REF: uses.split('@')[1] ?? '' };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  outcome.inputNames = Object.keys(inputs);
  return spawn(process.execPath, [main], env, cwd, timeoutMs);
}

const ok = (stdout: string) => ({ code: 0, stdout, stderr: '' });
const refused = (stderr: string) => ({ code: 1, stdout: `::error::${stderr}\n`, stderr });

/** actions/checkout: copies the source tree the run was given (with its .git) into the workspace. */
async function checkoutAction(context: RunContext, state: JobState): Promise<{ code: number; stdout: string; stderr: string }> {
  const source = context.options.checkout ?? fail('actions/checkout: this run was given no source tree (options.checkout)');
  await cp(source, state.workspace, { recursive: true });
  return ok(`checked out ${context.options.github.repository}@${context.options.sha} (local copy of ${source})\n`);
}

/** actions/setup-node: this machine's Node (the one running the tests) must be the major asked for. */
async function setupNodeAction(_context: RunContext, state: JobState, inputs: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const wanted = (inputs['node-version'] ?? '').trim();
  const major = process.versions.node.split('.')[0]!;
  if (!/^\d+$/.test(wanted)) fail(`actions/setup-node: the local runner supports a major node-version (e.g. 24), got '${wanted}'`);
  if (wanted !== major) return refused(`actions/setup-node: node ${wanted} was asked for; this runner has node ${process.versions.node}`);
  state.path.unshift(path.dirname(process.execPath));
  return ok(`node ${process.versions.node} (${process.execPath})\n`);
}

async function filesUnder(root: string): Promise<string[]> {
  const info = await stat(root);
  if (!info.isDirectory()) return [root];
  const entries = await readdir(root, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => filesUnder(path.join(root, entry.name))));
  return nested.flat();
}

function hidden(relative: string): boolean {
  return relative.split(path.sep).some((part) => part.startsWith('.') && part !== '.' && part !== '..');
}

/**
 * actions/upload-artifact@v4: the artifact's root is the least common ancestor of the paths;
 * hidden files (any path segment starting with '.') are left out unless include-hidden-files,
 * and a name may be uploaded once per run unless overwrite.
 */
async function uploadArtifactAction(context: RunContext, state: JobState, inputs: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const name = inputs.name || 'artifact';
  const searchPaths = (inputs.path ?? fail('actions/upload-artifact: Input required and not supplied: path'))
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (searchPaths.some((p) => p.startsWith('!') || /[*?[]/.test(p))) fail('actions/upload-artifact: the local runner supports plain paths only (no globs or exclusions)');
  const absolute = searchPaths.map((p) => path.resolve(state.workspace, p));
  const roots = await Promise.all(absolute.map(async (p) => (existsSync(p) && (await stat(p)).isDirectory() ? p : path.dirname(p))));
  let root = roots[0]!;
  while (!roots.every((r) => r === root || r.startsWith(root + path.sep))) root = path.dirname(root);
  const includeHidden = inputs['include-hidden-files'] === 'true';
  const files = (await Promise.all(absolute.filter((p) => existsSync(p)).map(filesUnder))).flat().filter((file) => includeHidden || !hidden(path.relative(state.workspace, file)));
  if (files.length === 0) {
    const mode = inputs['if-no-files-found'] || 'warn';
    const message = `No files were found with the provided path: ${searchPaths.join(', ')}. No artifacts will be uploaded.`;
    if (mode === 'error') return refused(message);
    return ok(`${mode === 'warn' ? '::warning::' : ''}${message}\n`);
  }
  if (context.run.artifacts.has(name) && inputs.overwrite !== 'true') return refused(`Failed to CreateArtifact: an artifact with this name already exists on the workflow run: ${name}`);
  const target = path.join(context.run.dir, 'artifacts', name);
  await rm(target, { recursive: true, force: true });
  for (const file of files) {
    const destination = path.join(target, path.relative(root, file));
    await mkdir(path.dirname(destination), { recursive: true });
    await cp(file, destination);
  }
  context.run.artifacts.set(name, target);
  return ok(`Artifact ${name} has been successfully uploaded (${files.length} files)\n`);
}

function globRegExp(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
}

/** actions/download-artifact@v4: by name or pattern, from this run or (with run-id and github-token) another. */
async function downloadArtifactAction(context: RunContext, state: JobState, inputs: Record<string, string>, outcome: StepOutcome): Promise<{ code: number; stdout: string; stderr: string }> {
  let source = context.run;
  if (inputs['run-id']) {
    if (!inputs['github-token']) return refused('actions/download-artifact: run-id needs github-token');
    if (inputs.repository && inputs.repository !== context.options.github.repository) fail(`actions/download-artifact: the local GitHub holds only ${context.options.github.repository}`);
    source = context.options.github.run(Number(inputs['run-id'])) ?? fail(`actions/download-artifact: no run ${inputs['run-id']}`);
  }
  const target = path.resolve(state.workspace, inputs.path || '.');
  let names: string[];
  if (inputs.name) {
    if (inputs.pattern) fail('actions/download-artifact: give name or pattern, not both');
    if (!source.artifacts.has(inputs.name)) return refused(`Unable to download artifact(s): Artifact not found for name: ${inputs.name}`);
    names = [inputs.name];
  } else {
    const pattern = inputs.pattern ? globRegExp(inputs.pattern) : /.*/;
    names = [...source.artifacts.keys()].filter((artifact) => pattern.test(artifact));
  }
  const single = Boolean(inputs.name) || inputs['merge-multiple'] === 'true';
  for (const artifact of names) {
    await mkdir(target, { recursive: true });
    await cp(source.artifacts.get(artifact)!, single ? target : path.join(target, artifact), { recursive: true });
  }
  outcome.outputs['download-path'] = target;
  return ok(`Downloaded ${names.length} artifact(s): ${names.join(', ') || 'none'}\n`);
}

// ── the sandbox as the cloud ────────────────────────────────────────────────────────────────

/**
 * What a run against the sandbox needs: a runner machine that trusts the sandbox's CA (node and
 * curl, as a self-hosted runner would be set up), the sandbox's ID-token endpoint for jobs with
 * `id-token: write`, and the repository variables that point the examples at it.
 */
export function sandboxRunOptions(env: SandboxEnv): Pick<WorkflowRunOptions, 'hostEnv' | 'oidc' | 'vars'> {
  return {
    hostEnv: { ...cleanEnv(), NODE_EXTRA_CA_CERTS: env.NODE_EXTRA_CA_CERTS, CURL_CA_BUNDLE: env.NODE_EXTRA_CA_CERTS },
    oidc: { requestUrl: env.ACTIONS_ID_TOKEN_REQUEST_URL, requestToken: env.ACTIONS_ID_TOKEN_REQUEST_TOKEN },
    vars: {
      AZURE_TENANT_ID: env.AZURE_TENANT_ID,
      AZURE_SUBSCRIPTION_ID: env.AZURE_SUBSCRIPTION_ID,
      AZURE_RESOURCE_GROUP: env.DEPLOYKIT_RESOURCE_GROUP,
      AZURE_AUTHORITY_HOST: env.AZURE_AUTHORITY_HOST,
      DEPLOYKIT_ARM_ENDPOINT: env.DEPLOYKIT_ARM_ENDPOINT,
      ACR_LOGIN_SERVER: env.DEPLOYKIT_REGISTRY,
    },
  };
}

/** Lines a step printed, without the `::add-mask::` commands GitHub consumes and never shows. */
export function printedLines(step: StepOutcome): string {
  return `${step.stdout}\n${step.stderr}`
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}

/** Every step whose printed output contains one of `secrets`, as `job/step`. */
export function stepsPrinting(result: WorkflowRunResult, secrets: readonly string[]): string[] {
  const found: string[] = [];
  for (const job of Object.values(result.jobs)) {
    for (const step of job.steps) if (secrets.some((secret) => secret !== '' && printedLines(step).includes(secret))) found.push(`${job.id}/${step.name}`);
  }
  return found;
}

// ── reading results ──────────────────────────────────────────────────────────────────────────

/** A readable transcript of a run, for assertion messages. */
export function describeRun(result: WorkflowRunResult): string {
  const lines: string[] = [];
  for (const id of result.order) {
    const job = result.jobs[id]!;
    lines.push(`job ${id}: ${job.result}${job.reason ? ` (${job.reason})` : ''}`);
    for (const step of job.steps) {
      lines.push(`  ${step.outcome.padEnd(7)} ${step.name}${step.exitCode !== undefined ? ` [exit ${step.exitCode}]` : ''}`);
      if (step.outcome === 'failure') {
        const tail = `${step.stdout}\n${step.stderr}`.trim().split('\n').slice(-15);
        lines.push(...tail.map((line) => `      | ${line}`));
      }
      for (const warning of step.warnings) lines.push(`      ! ${warning}`);
    }
    for (const warning of job.warnings) lines.push(`  ! ${warning}`);
  }
  return lines.join('\n');
}

/** The runner's warnings (undeclared or missing inputs, dropped outputs), as `job/step: warning`. */
export function runnerWarnings(result: WorkflowRunResult): string[] {
  return Object.values(result.jobs).flatMap((job) => [...job.steps.flatMap((step) => step.warnings.map((w) => `${job.id}/${step.name}: ${w}`)), ...job.warnings.map((w) => `${job.id}: ${w}`)]);
}

/** `name → outcome` of a job's steps, in order. */
export function stepOutcomes(job: JobOutcome): Array<[string, StepOutcome['outcome']]> {
  return job.steps.map((step) => [step.name, step.outcome]);
}

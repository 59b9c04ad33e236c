/**
 * The GitHub side of a run: run ids and tokens, the artifact store, and the two REST endpoints the
 * examples call (artifacts by name for a replay, Deployments for the release decision), on
 * 127.0.0.1 with an ephemeral port.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface RecordedDeployment {
  id: number;
  ref: string;
  environment: string;
  payload: unknown;
  statuses: Array<{ state: string; description?: string; environment?: string }>;
}

export interface RunRecord {
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

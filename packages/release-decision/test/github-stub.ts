import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  userAgent: string | undefined;
  body: Record<string, unknown>;
}

/** How the stub answers each endpoint: a status code other than 2xx makes it fail like GitHub does. */
export interface StubBehaviour {
  createStatus?: number;
  statusStatus?: number;
}

/**
 * The two GitHub REST endpoints release-decision calls, in GitHub's request and response shape,
 * on 127.0.0.1 with an ephemeral port. Records every request it receives.
 */
export class GitHubDeploymentsStub {
  readonly requests: RecordedRequest[] = [];
  behaviour: StubBehaviour = {};
  #server: http.Server | undefined;
  #nextId = 1001;
  #url = '';

  get url(): string {
    return this.#url;
  }

  async start(): Promise<void> {
    this.#server = http.createServer((req, res) => void this.#handle(req, res));
    await new Promise<void>((resolve, reject) => {
      this.#server!.once('error', reject);
      this.#server!.listen(0, '127.0.0.1', () => resolve());
    });
    this.#url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  reset(behaviour: StubBehaviour = {}): void {
    this.requests.length = 0;
    this.behaviour = behaviour;
  }

  async #handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    const path = new URL(req.url ?? '/', this.#url).pathname;
    this.requests.push({ method: req.method ?? '', path, authorization: req.headers.authorization, userAgent: req.headers['user-agent'], body });
    const send = (status: number, payload: unknown) => {
      const json = JSON.stringify(payload);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
      res.end(json);
    };
    const failure = (status: number) =>
      send(status, {
        message: status === 403 ? 'Resource not accessible by integration' : 'Server Error',
        documentation_url: 'https://docs.github.com/rest/deployments/deployments#create-a-deployment',
        status: String(status),
      });

    const create = /^\/repos\/([^/]+)\/([^/]+)\/deployments$/.exec(path);
    const status = /^\/repos\/([^/]+)\/([^/]+)\/deployments\/(\d+)\/statuses$/.exec(path);
    if (req.method === 'POST' && create) {
      if (this.behaviour.createStatus) return failure(this.behaviour.createStatus);
      const id = this.#nextId++;
      const base = `${this.#url}/repos/${create[1]}/${create[2]}/deployments/${id}`;
      return send(201, {
        url: base,
        id,
        node_id: `DE_${id}`,
        sha: body.ref,
        ref: body.ref,
        task: 'deploy',
        payload: body.payload ?? {},
        environment: body.environment,
        description: body.description ?? null,
        production_environment: body.production_environment ?? false,
        transient_environment: body.transient_environment ?? false,
        created_at: '2025-01-02T03:15:00Z',
        updated_at: '2025-01-02T03:15:00Z',
        statuses_url: `${base}/statuses`,
        repository_url: `${this.#url}/repos/${create[1]}/${create[2]}`,
      });
    }
    if (req.method === 'POST' && status) {
      if (this.behaviour.statusStatus) return failure(this.behaviour.statusStatus);
      const id = this.#nextId++;
      const deploymentUrl = `${this.#url}/repos/${status[1]}/${status[2]}/deployments/${status[3]}`;
      return send(201, {
        url: `${deploymentUrl}/statuses/${id}`,
        id,
        node_id: `DES_${id}`,
        state: body.state,
        description: body.description ?? '',
        environment: body.environment,
        target_url: body.log_url ?? '',
        log_url: body.log_url ?? '',
        environment_url: body.environment_url ?? '',
        created_at: '2025-01-02T03:15:01Z',
        updated_at: '2025-01-02T03:15:01Z',
        deployment_url: deploymentUrl,
        repository_url: `${this.#url}/repos/${status[1]}/${status[2]}`,
      });
    }
    send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }
}

import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServerCredentials } from './tls.ts';

/** Handles a request if it is for this service; returns false to let the next service try. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

export async function readBody(req: IncomingMessage, limit = 8 * 1024 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error(`request body over ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function readJson(req: IncomingMessage): Promise<unknown> {
  const body = await readBody(req);
  return body.length === 0 ? undefined : JSON.parse(body.toString('utf8'));
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export interface RunningServer {
  readonly port: number;
  /** https://localhost:<port> */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Starts an HTTPS server on 127.0.0.1 with an ephemeral port (or `port`). Handlers are tried in
 * order; an unhandled request gets a 404 JSON body, a throwing handler a 500.
 */
export async function startHttpsServer(credentials: ServerCredentials, handlers: readonly RouteHandler[], options: { port?: number } = {}): Promise<RunningServer> {
  const server = https.createServer({ ...credentials, keepAlive: true }, (req, res) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'localhost'}`);
    void (async () => {
      try {
        for (const handler of handlers) if (await handler(req, res, url)) return;
        sendJson(res, 404, { error: { code: 'NotFound', message: `No sandbox route for ${req.method} ${url.pathname}` } });
      } catch (error) {
        if (!res.headersSent) sendJson(res, 500, { error: { code: 'SandboxError', message: (error as Error).message } });
        else res.destroy();
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `https://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

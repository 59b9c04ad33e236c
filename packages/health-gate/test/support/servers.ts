import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { AddressInfo, Socket } from 'node:net';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface TestServer {
  readonly port: number;
  readonly url: string;
  /** Requests seen, in order, with the headers they carried. */
  readonly requests: Array<{ path: string; headers: http.IncomingHttpHeaders; at: number }>;
  /** Sockets the server saw closed by the client before it answered (cancelled or timed-out samples). */
  readonly abandoned: () => number;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Serve HTTPS with these credentials. */
  tls?: { key: string; cert: string };
  /** Listen on this port (to bring a server up where a client was refused before). */
  port?: number;
}

/** A real HTTP(S) server on 127.0.0.1; every connection is tracked so close() never hangs. */
export async function startServer(handler: Handler, options: ServerOptions = {}): Promise<TestServer> {
  const requests: TestServer['requests'] = [];
  const sockets = new Set<Socket>();
  let abandoned = 0;
  const onRequest: Handler = (req, res) => {
    requests.push({ path: req.url ?? '/', headers: req.headers, at: Date.now() });
    req.socket.once('close', () => {
      if (!res.writableEnded) abandoned++;
    });
    handler(req, res);
  };
  const server = options.tls ? https.createServer({ ...options.tls }, onRequest) : http.createServer(onRequest);
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `${options.tls ? 'https' : 'http'}://${options.tls ? 'localhost' : '127.0.0.1'}:${port}`,
    requests,
    abandoned: () => abandoned,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on (yet): bound and released, so connections to it are refused. */
export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

export function json(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

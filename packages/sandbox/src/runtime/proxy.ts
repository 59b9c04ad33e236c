import http, { type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { sendJson } from '../http.ts';

export interface Upstream {
  port: number;
  revision: string;
  image: string;
}

export interface ProxyOptions {
  agent: http.Agent;
  timeoutMs: number;
  /** Which router answered, e.g. `app`, `revision`, `label:blue` (x-sandbox-route). */
  route: string;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

function endToEnd(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const named = new Set(
    String(headers.connection ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
  );
  const kept: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name) && !named.has(name)) kept[name] = value;
  }
  return kept;
}

/** The sandbox ingress's own answer (no revision reached), shaped like the rest of the sandbox's errors. */
export function sendRouterError(res: ServerResponse, status: number, code: string, message: string, route: string, revision?: string): void {
  const headers: Record<string, string> = { 'x-sandbox-route': route };
  if (revision) headers['x-sandbox-revision'] = revision;
  sendJson(res, status, { error: { code, message } }, headers);
}

/**
 * Forwards a request (method, path, headers, body) to a revision's process over HTTP and
 * streams the answer back with x-sandbox-revision / x-sandbox-image set by the router, so
 * the caller can trust which revision answered. An upstream that refuses or drops the
 * connection is a 502; one that does not answer in time a 504.
 */
export function proxyRequest(req: IncomingMessage, res: ServerResponse, upstream: Upstream, options: ProxyOptions): Promise<void> {
  return new Promise<void>((resolve) => {
    res.once('close', () => resolve());
    const headers = endToEnd(req.headers);
    const forwardedFor = req.socket.remoteAddress ?? '127.0.0.1';
    headers['x-forwarded-for'] = req.headers['x-forwarded-for'] ? `${String(req.headers['x-forwarded-for'])}, ${forwardedFor}` : forwardedFor;
    headers['x-forwarded-proto'] = 'https';
    if (req.headers.host) headers['x-forwarded-host'] = req.headers.host;

    const outgoing = http.request({ host: '127.0.0.1', port: upstream.port, method: req.method, path: req.url ?? '/', headers, agent: options.agent });
    let failed = false;
    const fail = (status: number, code: string, message: string): void => {
      if (failed) return;
      failed = true;
      outgoing.destroy();
      if (!res.headersSent) sendRouterError(res, status, code, message, options.route, upstream.revision);
      else res.destroy();
    };
    outgoing.setTimeout(options.timeoutMs, () => fail(504, 'GatewayTimeout', `Revision ${upstream.revision} did not answer within ${options.timeoutMs} ms.`));
    outgoing.on('error', (error) => fail(502, 'BadGateway', `Revision ${upstream.revision} did not answer: ${error.message}.`));
    outgoing.on('response', (answer) => {
      const responseHeaders = endToEnd(answer.headers);
      responseHeaders['x-sandbox-revision'] = upstream.revision;
      responseHeaders['x-sandbox-image'] = upstream.image;
      responseHeaders['x-sandbox-route'] = options.route;
      res.writeHead(answer.statusCode ?? 502, responseHeaders);
      answer.pipe(res);
      answer.on('error', () => res.destroy());
    });
    // A caller that gives up should not leave the upstream request hanging.
    res.once('close', () => {
      if (!res.writableFinished) outgoing.destroy();
    });
    req.pipe(outgoing);
  });
}

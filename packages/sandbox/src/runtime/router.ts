import type http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startHttpsServer, type RunningServer } from '../http.ts';
import type { ServerCredentials } from '../tls.ts';
import { proxyRequest, sendRouterError, type Upstream } from './proxy.ts';

/** Where a router sends one request: to a revision's process, or an answer of its own. */
export type RouteDecision =
  | { kind: 'upstream'; upstream: Upstream }
  | { kind: 'refuse'; status: number; code: string; message: string; revision?: string };

export interface RouterCounts {
  /** Requests this router sent (or tried to send) to each revision. */
  byRevision: Record<string, number>;
  /** Requests it answered itself without choosing a revision (no traffic, unknown label). */
  unrouted: number;
}

/**
 * One ingress endpoint: an HTTPS listener on 127.0.0.1 whose FQDN is `localhost:<port>`. The
 * app's FQDN, each revision's and each label's are all routers; they differ only in how
 * `decide` picks the revision.
 */
export class Router {
  readonly route: string;
  readonly #server: RunningServer;
  readonly #counts: RouterCounts;

  private constructor(route: string, server: RunningServer, counts: RouterCounts) {
    this.route = route;
    this.#server = server;
    this.#counts = counts;
  }

  static async start(
    route: string,
    credentials: ServerCredentials,
    decide: () => RouteDecision,
    proxy: { agent: http.Agent; timeoutMs: number },
  ): Promise<Router> {
    const counts: RouterCounts = { byRevision: {}, unrouted: 0 };
    const handle = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
      const decision = decide();
      const revision = decision.kind === 'upstream' ? decision.upstream.revision : decision.revision;
      if (revision === undefined) counts.unrouted += 1;
      else counts.byRevision[revision] = (counts.byRevision[revision] ?? 0) + 1;
      if (decision.kind === 'upstream') await proxyRequest(req, res, decision.upstream, { ...proxy, route });
      else sendRouterError(res, decision.status, decision.code, decision.message, route, decision.revision);
      return true;
    };
    return new Router(route, await startHttpsServer(credentials, [handle]), counts);
  }

  get port(): number {
    return this.#server.port;
  }

  /** `localhost:<port>`: no scheme, as Container Apps reports FQDNs. */
  get fqdn(): string {
    return `localhost:${this.#server.port}`;
  }

  counts(): RouterCounts {
    return { byRevision: { ...this.#counts.byRevision }, unrouted: this.#counts.unrouted };
  }

  close(): Promise<void> {
    return this.#server.close();
  }
}

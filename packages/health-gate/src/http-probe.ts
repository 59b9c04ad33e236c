import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import { VERSION } from '@deploy-kit/core';
import { describeTransportError } from './transport-errors.ts';
import { displayUrl } from './display-url.ts';

export interface ProbeRequest {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Covers the whole sample: connect, TLS, redirects and the body. */
  readonly timeoutMs: number;
  /** Aborts the request when the gate no longer needs it. */
  readonly signal?: AbortSignal;
  /** Extra trusted CA certificates (PEM), added to Node's defaults (which include NODE_EXTRA_CA_CERTS). */
  readonly ca?: string;
  readonly maxRedirects?: number;
  /** Bytes of body kept; the rest is not read. */
  readonly bodyLimit?: number;
}

interface ProbeBase {
  readonly latencyMs: number;
  /** Each redirect followed, as `<status> <location>`. */
  readonly redirects: string[];
}

export interface ProbeAnswer extends ProbeBase {
  readonly kind: 'answer';
  readonly status: number;
  readonly body: string;
}

export interface ProbeError extends ProbeBase {
  readonly kind: 'error';
  /** ECONNREFUSED, ECONNRESET, timeout, cancelled, too_many_redirects, a TLS code, … */
  readonly code: string;
  readonly message: string;
}

export type ProbeResult = ProbeAnswer | ProbeError;
export type Probe = (request: ProbeRequest) => Promise<ProbeResult>;

export const DEFAULT_MAX_REDIRECTS = 5;
const DEFAULT_BODY_LIMIT = 1024 * 1024;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Not sent on to another origin after a redirect, as browsers and curl do. */
const CREDENTIAL_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);

interface RawAnswer {
  status: number;
  location: string | undefined;
  body: string;
}

/**
 * One sample: a GET with a fresh connection (no keep-alive, so every sample proves the server
 * accepts connections), following up to `maxRedirects` redirects. Never throws: transport
 * failures come back as `kind: 'error'` with a code.
 */
export async function probeUrl(request: ProbeRequest): Promise<ProbeResult> {
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
  const timeout = AbortSignal.timeout(Math.max(1, Math.round(request.timeoutMs)));
  const signal = request.signal ? AbortSignal.any([timeout, request.signal]) : timeout;
  const maxRedirects = request.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const redirects: string[] = [];
  let url = new URL(request.url);
  let headers: Record<string, string> = { ...request.headers };
  try {
    for (let hop = 0; ; hop++) {
      const answer = await requestOnce(url, headers, signal, request.ca, request.bodyLimit ?? DEFAULT_BODY_LIMIT);
      if (!REDIRECT_STATUSES.has(answer.status) || answer.location === undefined) {
        return { kind: 'answer', status: answer.status, body: answer.body, latencyMs: elapsed(), redirects };
      }
      const next = new URL(answer.location, url);
      redirects.push(`${answer.status} ${displayUrl(next)}`);
      if (hop >= maxRedirects) {
        return { kind: 'error', code: 'too_many_redirects', message: `more than ${maxRedirects} redirects`, latencyMs: elapsed(), redirects };
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        return { kind: 'error', code: 'bad_redirect', message: `redirected to ${next.protocol}, which is not HTTP`, latencyMs: elapsed(), redirects };
      }
      if (next.origin !== url.origin) headers = withoutCredentials(headers);
      url = next;
    }
  } catch (error) {
    const code = request.signal?.aborted ? 'cancelled' : timeout.aborted ? 'timeout' : errorCode(error);
    return { kind: 'error', code, message: describeTransportError(code, error, request.timeoutMs), latencyMs: elapsed(), redirects };
  }
}

function requestOnce(url: URL, headers: Record<string, string>, signal: AbortSignal, ca: string | undefined, bodyLimit: number): Promise<RawAnswer> {
  return new Promise<RawAnswer>((resolve, reject) => {
    const secure = url.protocol === 'https:';
    const options: https.RequestOptions = {
      method: 'GET',
      headers: { accept: 'application/json, text/plain;q=0.9, */*;q=0.5', 'user-agent': `deploy-kit-health-gate/${VERSION}`, ...headers, connection: 'close' },
      agent: false,
      signal,
      ...(secure && ca ? { ca: [...tls.getCACertificates('default'), ca] } : {}),
    };
    const req = (secure ? https : http).request(url, options, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const finish = () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body: Buffer.concat(chunks).toString('utf8') });
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= bodyLimit) {
          finish();
          res.destroy();
        }
      });
      res.on('end', finish);
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

function withoutCredentials(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !CREDENTIAL_HEADERS.has(name.toLowerCase())));
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && code.length > 0 ? code : 'request_failed';
}

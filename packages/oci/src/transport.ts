import http from 'node:http';
import https from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import tls from 'node:tls';

export interface HttpRequest {
  method: 'GET' | 'HEAD' | 'POST';
  url: URL;
  headers: Record<string, string>;
  body?: string;
}

export interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface TransportOptions {
  /** Extra CA certificates (PEM) trusted on top of Node's defaults (which include NODE_EXTRA_CA_CERTS). */
  ca?: string | readonly string[];
  timeoutMs: number;
  maxBodyBytes: number;
  userAgent: string;
}

/** A request failed below HTTP: no connection, a TLS failure, a timeout, an oversized body. */
export class TransportFailure extends Error {
  readonly kind: 'tls' | 'unreachable' | 'timeout' | 'too-large';
  readonly code: string | undefined;

  constructor(kind: TransportFailure['kind'], message: string, code?: string) {
    super(message);
    this.name = 'TransportFailure';
    this.kind = kind;
    this.code = code;
  }
}

const TLS_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_UNTRUSTED',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'ERR_SSL_PACKET_LENGTH_TOO_LONG',
  'EPROTO',
]);

function classify(error: NodeJS.ErrnoException): TransportFailure {
  const code = error.code;
  if ((code && (TLS_CODES.has(code) || code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_'))) || /certificate|ssl|tls/i.test(error.message)) {
    return new TransportFailure('tls', error.message, code);
  }
  return new TransportFailure('unreachable', error.message, code);
}

/**
 * HTTP(S) through node:http/node:https, so that each client can trust its own CA without
 * touching process-wide settings. No keep-alive: a resolver makes a handful of calls and must
 * not hold the process open afterwards.
 */
export class Transport {
  readonly #options: TransportOptions;
  readonly #ca: string[] | undefined;

  constructor(options: TransportOptions) {
    this.#options = options;
    const extra = options.ca === undefined ? [] : typeof options.ca === 'string' ? [options.ca] : [...options.ca];
    // `ca` replaces Node's trust store, so keep the default roots (and NODE_EXTRA_CA_CERTS) beside ours.
    this.#ca = extra.length === 0 ? undefined : [...tls.getCACertificates('default'), ...extra];
  }

  send(request: HttpRequest): Promise<HttpResponse> {
    const { url } = request;
    const secure = url.protocol === 'https:';
    const headers: Record<string, string | number> = { 'user-agent': this.#options.userAgent, ...request.headers };
    if (request.body !== undefined) headers['content-length'] = Buffer.byteLength(request.body);
    return new Promise<HttpResponse>((resolve, reject) => {
      const options: https.RequestOptions = { method: request.method, headers, agent: false, ...(secure && this.#ca ? { ca: this.#ca } : {}) };
      const req = (secure ? https : http).request(url, options, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > this.#options.maxBodyBytes) {
            req.destroy(new TransportFailure('too-large', `response body over ${this.#options.maxBodyBytes} bytes`));
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', (error) => reject(error instanceof TransportFailure ? error : classify(error)));
      });
      req.setTimeout(this.#options.timeoutMs, () => req.destroy(new TransportFailure('timeout', `no answer within ${this.#options.timeoutMs} ms`)));
      req.on('error', (error) => reject(error instanceof TransportFailure ? error : classify(error)));
      req.end(request.body);
    });
  }
}

import type { IncomingHttpHeaders } from 'node:http';
import { ArmError } from './arm-error.ts';
import { normalizeEtag } from './ids.ts';
import type { Json } from './json.ts';
import type { ArmStore } from './store.ts';

/** What a route handler needs to answer one request. */
export interface RequestContext {
  store: ArmStore;
  method: string;
  headers: IncomingHttpHeaders;
  /** `https://host:port` the client used, for absolute Azure-AsyncOperation/Location URLs. */
  baseUrl: string;
  apiVersion: string;
  /** The caller's client id, recorded in systemData. */
  principal: string;
  /** Seconds to put in Retry-After on operations still running (undefined: no header). */
  pollRetryAfterSeconds: number | undefined;
  body(): Promise<Json | undefined>;
}

export interface Reply {
  status: number;
  body?: Json;
  headers?: Record<string, string>;
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

const PRECONDITION_FAILED = 'The condition specified using HTTP conditional header(s) is not met.';

/**
 * HTTP conditional writes as ARM applies them: `If-Match` must name the current ETag (`*` means
 * "it must exist"), `If-None-Match: *` means "it must not exist"; otherwise 412.
 */
export function checkPreconditions(headers: IncomingHttpHeaders, currentEtag: string | undefined): void {
  const ifMatch = header(headers, 'if-match');
  if (ifMatch !== undefined && ifMatch.trim() !== '') {
    const candidates = ifMatch.split(',').map((value) => value.trim());
    const ok = currentEtag !== undefined && (candidates.includes('*') || candidates.some((candidate) => normalizeEtag(candidate) === normalizeEtag(currentEtag)));
    if (!ok) throw new ArmError(412, 'PreconditionFailed', PRECONDITION_FAILED);
  }
  const ifNoneMatch = header(headers, 'if-none-match');
  if (ifNoneMatch !== undefined && ifNoneMatch.trim() !== '' && currentEtag !== undefined) {
    const candidates = ifNoneMatch.split(',').map((value) => value.trim());
    if (candidates.includes('*') || candidates.some((candidate) => normalizeEtag(candidate) === normalizeEtag(currentEtag))) {
      throw new ArmError(412, 'PreconditionFailed', PRECONDITION_FAILED);
    }
  }
}

import { ConcurrentChangeError } from './errors.ts';

/** A resource as read, with the ETag that must accompany any write based on that read. */
export interface Versioned<T> {
  value: T;
  etag: string | undefined;
}

/** The part of a raw SDK response we look at. */
export interface RawResponse {
  status: number;
  headers: { get(name: string): string | undefined };
  parsedBody?: unknown;
}

/**
 * Captures the ETag of the response an SDK call received (the `onResponse` option), from the
 * `ETag` header or, as some resource providers send it, the body's `etag` field.
 */
export function etagCatcher(): { onResponse: (raw: RawResponse) => void; etag: () => string | undefined } {
  let etag: string | undefined;
  return {
    onResponse: (raw) => {
      const header = raw.headers.get('etag');
      const body = raw.parsedBody as { etag?: unknown } | undefined;
      etag = header ?? (typeof body?.etag === 'string' ? body.etag : undefined);
    },
    etag: () => etag,
  };
}

/** Request options that make a write conditional on the resource being as we read it. */
export function ifMatch(etag: string | undefined): { requestOptions: { headers: Record<string, string> } } {
  return { requestOptions: { headers: etag === undefined ? {} : { 'If-Match': etag } } };
}

export function statusCodeOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

export function isPreconditionFailed(error: unknown): boolean {
  return statusCodeOf(error) === 412;
}

/** Runs a conditional write; a 412 becomes a ConcurrentChangeError naming the resource. */
export async function writeIfUnchanged<T>(resource: string, etag: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isPreconditionFailed(error)) throw new ConcurrentChangeError(resource, etag);
    throw error;
  }
}

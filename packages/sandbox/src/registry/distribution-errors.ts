import type { ServerResponse } from 'node:http';

/** Error codes of the OCI distribution spec that the sandbox registry answers with. */
export const DistributionErrorCode = {
  BlobUnknown: 'BLOB_UNKNOWN',
  BlobUploadUnknown: 'BLOB_UPLOAD_UNKNOWN',
  DigestInvalid: 'DIGEST_INVALID',
  ManifestBlobUnknown: 'MANIFEST_BLOB_UNKNOWN',
  ManifestInvalid: 'MANIFEST_INVALID',
  ManifestUnknown: 'MANIFEST_UNKNOWN',
  NameInvalid: 'NAME_INVALID',
  NameUnknown: 'NAME_UNKNOWN',
  Unauthorized: 'UNAUTHORIZED',
  Denied: 'DENIED',
  Unsupported: 'UNSUPPORTED',
  TooManyRequests: 'TOOMANYREQUESTS',
} as const;
export type DistributionErrorCode = (typeof DistributionErrorCode)[keyof typeof DistributionErrorCode];

/** Writes `{"errors":[{code,message,detail}]}`; a HEAD response gets the status and headers only. */
export function sendDistributionError(
  res: ServerResponse,
  method: string | undefined,
  status: number,
  code: DistributionErrorCode,
  message: string,
  options: { detail?: unknown; headers?: Record<string, string> } = {},
): void {
  const text = JSON.stringify({ errors: [{ code, message, ...(options.detail === undefined ? {} : { detail: options.detail }) }] });
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'docker-distribution-api-version': 'registry/2.0',
    ...options.headers,
  });
  res.end(method === 'HEAD' ? undefined : text);
}

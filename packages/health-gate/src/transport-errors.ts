import { errorMessage } from '@deploy-kit/core';

const TLS_TRUST = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'CERT_UNTRUSTED',
]);

const MEANINGS: Record<string, string> = {
  ECONNREFUSED: 'connection refused: nothing is listening there (yet)',
  ECONNRESET: 'the server closed the connection without answering',
  EPIPE: 'the server closed the connection while the request was sent',
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name could not be resolved (DNS is not answering)',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  ETIMEDOUT: 'the connection attempt timed out',
  CERT_HAS_EXPIRED: 'the server certificate has expired',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the server certificate is not valid for this host name',
  HPE_INVALID_CONSTANT: 'the answer is not valid HTTP',
  cancelled: 'cancelled: the gate no longer needs this sample',
};

/** What a transport failure means, for the log and the evidence. */
export function describeTransportError(code: string, error: unknown, timeoutMs: number): string {
  if (code === 'timeout') return `no complete answer within ${timeoutMs} ms`;
  if (TLS_TRUST.has(code)) return `the server certificate is not trusted (${code}); give the CA to Node with NODE_EXTRA_CA_CERTS`;
  const meaning = MEANINGS[code];
  if (meaning) return meaning;
  return `request failed: ${errorMessage(error)}`;
}

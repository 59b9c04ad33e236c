import tls from 'node:tls';

/**
 * NODE_EXTRA_CA_CERTS is read only when a process starts; a sandbox started inside this process
 * adds its CA to the default trust store instead, so the SDKs and fetch trust it unmodified.
 */
export function trustCertificateAuthority(pem: string): void {
  const trusted = tls.getCACertificates('default');
  if (!trusted.includes(pem)) tls.setDefaultCACertificates([...trusted, pem]);
}

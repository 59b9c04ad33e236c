// Plain ESM on purpose: Jest compiles a TypeScript globalSetup to CommonJS, in which our
// `.ts` sources cannot be imported; Node 24 loads this file and the sources natively.
import tls from 'node:tls';
import { ensureCa, ensureServerCredentials } from '../../packages/sandbox/src/tls.ts';
import { TEST_SANDBOX_CA_DIR } from './sandbox-ca.ts';

/**
 * Makes every test process trust the sandbox CA. Node reads NODE_EXTRA_CA_CERTS only when a
 * process starts: the workers Jest spawns after this inherit it; the main process (which runs
 * the tests itself with --runInBand or a single test file) gets the CA added to its default
 * store instead.
 */
export default async function globalSetup() {
  const ca = await ensureCa(TEST_SANDBOX_CA_DIR);
  // Created here, once, so that parallel workers only ever read the shared directory.
  await ensureServerCredentials(ca, TEST_SANDBOX_CA_DIR);
  process.env.NODE_EXTRA_CA_CERTS = ca.certFile;
  const trusted = tls.getCACertificates('default');
  if (!trusted.includes(ca.certPem)) tls.setDefaultCACertificates([...trusted, ca.certPem]);
}

import { fileURLToPath } from 'node:url';

/**
 * The CA every test process trusts: created once by the global setup, stable across runs (so a
 * developer's shell can trust it too), and passed to `Sandbox.start({ caDir })`.
 */
export const TEST_SANDBOX_CA_DIR = fileURLToPath(new URL('../../node_modules/.cache/deploy-kit-sandbox-ca', import.meta.url));

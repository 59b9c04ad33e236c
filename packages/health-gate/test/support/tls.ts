import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface TestCa {
  /** The CA certificate (PEM) a client must trust. */
  readonly caPem: string;
  /** The same certificate as a file, for NODE_EXTRA_CA_CERTS. */
  readonly caFile: string;
  /** Server key and certificate for localhost / 127.0.0.1, signed by the CA. */
  readonly server: { key: string; cert: string };
  dispose(): Promise<void>;
}

/** A throwaway CA and server certificate made with the openssl command in a temporary directory. */
export async function createTestCa(): Promise<TestCa> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'health-gate-ca-'));
  const openssl = (...args: string[]) => run('openssl', args, { cwd: dir });
  await openssl('ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', 'ca.key');
  await openssl('req', '-x509', '-new', '-key', 'ca.key', '-sha256', '-days', '2', '-subj', '/CN=health-gate test CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign', '-out', 'ca.pem');
  await writeFile(path.join(dir, 'server.ext'), 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n');
  await openssl('ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', 'server.key');
  await openssl('req', '-new', '-key', 'server.key', '-subj', '/CN=localhost', '-out', 'server.csr');
  await openssl('x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '2', '-sha256', '-extfile', 'server.ext', '-out', 'server.pem');
  const [caPem, key, cert] = await Promise.all(['ca.pem', 'server.key', 'server.pem'].map((file) => readFile(path.join(dir, file), 'utf8')));
  return { caPem: caPem!, caFile: path.join(dir, 'ca.pem'), server: { key: key!, cert: cert! }, dispose: () => rm(dir, { recursive: true, force: true }) };
}

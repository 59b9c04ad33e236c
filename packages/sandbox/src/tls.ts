import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { ConfigurationError } from '@deploy-kit/core';

const run = promisify(execFile);

/** A certificate authority the sandbox signs its server certificates with. */
export interface SandboxCa {
  /** PEM file to put in NODE_EXTRA_CA_CERTS (read by Node only when a process starts). */
  certFile: string;
  certPem: string;
  keyFile: string;
}

export interface ServerCredentials {
  key: string;
  cert: string;
}

async function openssl(args: string[], cwd: string): Promise<void> {
  try {
    await run('openssl', args, { cwd });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigurationError(code === 'ENOENT' ? 'The sandbox needs the openssl command to create its certificates, and it is not installed.' : `openssl ${args[0]} failed: ${(error as Error).message}`, {
      remediation: code === 'ENOENT' ? 'Install OpenSSL (Debian/Ubuntu: apt-get install openssl).' : 'Check that the sandbox directory is writable.',
    });
  }
}

/**
 * Creates the CA in `dir`, or reuses the one already there. Reuse matters: a test run or a
 * shell that exported NODE_EXTRA_CA_CERTS keeps trusting the sandbox across restarts.
 */
export async function ensureCa(dir: string): Promise<SandboxCa> {
  await mkdir(dir, { recursive: true });
  const certFile = path.join(dir, 'ca.pem');
  const keyFile = path.join(dir, 'ca.key');
  if (!existsSync(certFile) || !existsSync(keyFile)) {
    await openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', 'ca.key'], dir);
    await openssl(
      ['req', '-x509', '-new', '-key', 'ca.key', '-sha256', '-days', '825', '-subj', '/CN=deploy-kit sandbox CA',
        '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign', '-out', 'ca.pem'],
      dir,
    );
  }
  return { certFile, keyFile, certPem: await readFile(certFile, 'utf8') };
}

/** A server certificate for localhost, 127.0.0.1 and ::1, signed by the CA; cached in `dir`. */
export async function ensureServerCredentials(ca: SandboxCa, dir: string): Promise<ServerCredentials> {
  const keyFile = path.join(dir, 'server.key');
  const certFile = path.join(dir, 'server.pem');
  if (!existsSync(keyFile) || !existsSync(certFile)) {
    await writeFile(path.join(dir, 'server.ext'), 'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n');
    await openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', 'server.key'], dir);
    await openssl(['req', '-new', '-key', 'server.key', '-subj', '/CN=localhost', '-out', 'server.csr'], dir);
    await openssl(['x509', '-req', '-in', 'server.csr', '-CA', ca.certFile, '-CAkey', ca.keyFile, '-CAcreateserial', '-days', '397', '-sha256', '-extfile', 'server.ext', '-out', 'server.pem'], dir);
  }
  return { key: await readFile(keyFile, 'utf8'), cert: await readFile(certFile, 'utf8') };
}

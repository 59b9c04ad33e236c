import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createHash, createPrivateKey, createPublicKey, randomBytes, sign } from 'node:crypto';
import { accessSync, constants } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The real `docker-registry` (distribution 2.8) from Debian, driven by the tests so that digest
 * resolution is proven against a registry we did not write. Images get into it the way users'
 * do: `skopeo copy` from an OCI layout (see oci-layout.ts).
 */

export const REGISTRY_BINARY = '/usr/bin/docker-registry';
const INSTALL_HINT = 'apt-get update && apt-get install -y docker-registry skopeo apache2-utils (scripts/ensure-system-packages.sh installs them)';

function onPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this directory.
    }
  }
  return undefined;
}

/** Fails loudly — never skips — when a tool the real-registry tests need is not installed. */
export function requireRegistryTools(options: { htpasswd?: boolean } = {}): void {
  const missing: string[] = [];
  try {
    accessSync(REGISTRY_BINARY, constants.X_OK);
  } catch {
    missing.push(`${REGISTRY_BINARY} (Debian package docker-registry)`);
  }
  if (!onPath('skopeo')) missing.push('skopeo (Debian package skopeo)');
  if (options.htpasswd && !onPath('htpasswd')) missing.push('htpasswd (Debian package apache2-utils)');
  if (missing.length > 0) {
    throw new Error(`The real-registry tests need ${missing.join(', ')}, which ${missing.length === 1 ? 'is' : 'are'} not installed. Install with: ${INSTALL_HINT}`);
  }
}

export interface RealRegistryOptions {
  /** Scratch directory for config, storage and logs (the caller removes it). */
  dir: string;
  /** Serve HTTPS with this certificate (PEM files); default plain HTTP. */
  tls?: { certFile: string; keyFile: string; caPem: string };
  /** Require HTTP Basic auth (htpasswd, bcrypt) for this user. */
  htpasswd?: { username: string; password: string };
  /**
   * Require bearer tokens (distribution's `auth.token`): a token server started here, over HTTPS
   * with `tls`, trades this user's Basic credentials for signed JWTs; anonymous callers get tokens
   * with no access, as Docker Hub does.
   */
  tokenAuth?: { username: string; password: string; tls: { key: string; cert: string } };
}

export interface RealRegistry {
  /** `127.0.0.1:<port>`, the registry part of image references. */
  host: string;
  /** `http(s)://127.0.0.1:<port>` */
  url: string;
  /** The token server's `https://127.0.0.1:<port>/token`, in token-auth mode. */
  tokenRealm?: string;
  /** Copies `oci:<layoutDir>:<tag>` to `<host>/<repository>:<tag>` with skopeo (`all`: every image of an index). */
  push(layoutDir: string, tag: string, repository: string, options?: { all?: boolean; destinationTag?: string }): Promise<void>;
  /** What the registry has logged (errors only; a HEAD for a blob not yet pushed is one), for failure messages. */
  logs(): string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** libtrust's key id, which distribution matches a JWT's `kid` against: base32 of the first 240 bits of sha256(SPKI DER), in groups of four. */
function libtrustKeyId(certPem: string): string {
  const der = createPublicKey(certPem).export({ type: 'spki', format: 'der' });
  const bytes = createHash('sha256').update(der).digest().subarray(0, 30);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const byte of bytes) bits += byte.toString(2).padStart(8, '0');
  let encoded = '';
  for (let i = 0; i < bits.length; i += 5) encoded += alphabet[parseInt(bits.slice(i, i + 5), 2)];
  return encoded.match(/.{4}/g)!.join(':');
}

const TOKEN_SERVICE = 'deploy-kit-real-registry';
const TOKEN_ISSUER = 'deploy-kit-test-token-issuer';

interface TokenServer {
  realm: string;
  signerCertFile: string;
  close(): Promise<void>;
}

/** The Docker token-auth server side: Basic credentials in, an ES256 JWT listing the granted access out. */
async function startTokenServer(dir: string, auth: NonNullable<RealRegistryOptions['tokenAuth']>): Promise<TokenServer> {
  await run('openssl', ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', 'token-signer.key'], { cwd: dir });
  await run('openssl', ['req', '-x509', '-new', '-key', 'token-signer.key', '-subj', '/CN=deploy-kit test token signer', '-days', '2', '-out', 'token-signer.pem'], { cwd: dir });
  const signerCertFile = path.join(dir, 'token-signer.pem');
  const signerKey = createPrivateKey(await readFile(path.join(dir, 'token-signer.key'), 'utf8'));
  const kid = libtrustKeyId(await readFile(signerCertFile, 'utf8'));
  const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

  const server = https.createServer(auth.tls, (req, res) => {
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    const basic = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const [username, ...rest] = basic ? Buffer.from(basic, 'base64').toString('utf8').split(':') : [];
    const authenticated = username === auth.username && rest.join(':') === auth.password;
    if (url.pathname !== '/token' || (basic !== undefined && !authenticated)) {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'invalid username or password' }] }));
      return;
    }
    const access = url.searchParams.getAll('scope').flatMap((scope) => {
      const match = /^repository:([^:]+):(.+)$/.exec(scope);
      return match ? [{ type: 'repository', name: match[1], actions: authenticated ? match[2]!.split(',') : [] }] : [];
    });
    const now = Math.floor(Date.now() / 1000);
    const claims = { iss: TOKEN_ISSUER, sub: authenticated ? username : '', aud: TOKEN_SERVICE, iat: now, nbf: now - 5, exp: now + 300, jti: randomBytes(8).toString('hex'), access };
    const input = `${b64url({ typ: 'JWT', alg: 'ES256', kid })}.${b64url(claims)}`;
    const signature = sign('sha256', Buffer.from(input), { key: signerKey, dsaEncoding: 'ieee-p1363' }).toString('base64url');
    const token = `${input}.${signature}`;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ token, access_token: token, expires_in: 300, issued_at: new Date(now * 1000).toISOString() }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as net.AddressInfo;
  return {
    realm: `https://127.0.0.1:${port}/token`,
    signerCertFile,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function configYaml(options: RealRegistryOptions, port: number, storage: string, htpasswdFile: string | undefined, tokenServer: TokenServer | undefined): string {
  const lines = [
    'version: 0.1',
    'log:',
    '  level: error',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${JSON.stringify(storage)}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: 127.0.0.1:${port}`,
    `  secret: ${randomBytes(16).toString('hex')}`,
  ];
  if (options.tls) lines.push('  tls:', `    certificate: ${JSON.stringify(options.tls.certFile)}`, `    key: ${JSON.stringify(options.tls.keyFile)}`);
  if (htpasswdFile) lines.push('auth:', '  htpasswd:', '    realm: deploy-kit-test', `    path: ${JSON.stringify(htpasswdFile)}`);
  if (tokenServer) {
    lines.push(
      'auth:',
      '  token:',
      `    realm: ${JSON.stringify(tokenServer.realm)}`,
      `    service: ${TOKEN_SERVICE}`,
      `    issuer: ${TOKEN_ISSUER}`,
      `    rootcertbundle: ${JSON.stringify(tokenServer.signerCertFile)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function probe(url: string, caPem: string | undefined): Promise<number> {
  return new Promise((resolve) => {
    const target = new URL('/v2/', url);
    const client = target.protocol === 'https:' ? https : http;
    const req = client.request(target, { method: 'GET', agent: false, timeout: 1000, ...(caPem ? { ca: caPem } : {}) }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
    req.end();
  });
}

async function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  if (!(await waitForExit(child, 5000))) {
    child.kill('SIGKILL');
    await waitForExit(child, 5000);
  }
}

/** Starts docker-registry on a free loopback port and waits until `/v2/` answers. */
export async function startRealRegistry(options: RealRegistryOptions): Promise<RealRegistry> {
  requireRegistryTools({ htpasswd: options.htpasswd !== undefined });
  const storage = path.join(options.dir, 'storage');
  await mkdir(storage, { recursive: true });
  let htpasswdFile: string | undefined;
  if (options.htpasswd) {
    htpasswdFile = path.join(options.dir, 'htpasswd');
    // distribution's htpasswd accepts bcrypt entries only.
    const { stdout } = await run('htpasswd', ['-Bbn', options.htpasswd.username, options.htpasswd.password]);
    await writeFile(htpasswdFile, stdout.trim() + '\n');
  }

  if (options.htpasswd && options.tokenAuth) throw new Error('Choose htpasswd or tokenAuth for the real registry, not both.');
  const tokenServer = options.tokenAuth ? await startTokenServer(options.dir, options.tokenAuth) : undefined;
  const pushCredentials = options.htpasswd ?? options.tokenAuth;

  // The port is picked free, then bound by the registry; another process could take it in between, so retry.
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort();
    const configFile = path.join(options.dir, 'config.yml');
    await writeFile(configFile, configYaml(options, port, storage, htpasswdFile, tokenServer));
    const child = spawn(REGISTRY_BINARY, ['serve', configFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-20_000);
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    const url = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
    let ready = false;
    for (let i = 0; i < 200 && child.exitCode === null && child.signalCode === null; i++) {
      const status = await probe(url, options.tls?.caPem);
      if (status === 200 || status === 401) {
        ready = true;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (ready) {
      const host = `127.0.0.1:${port}`;
      return {
        host,
        url,
        ...(tokenServer ? { tokenRealm: tokenServer.realm } : {}),
        logs: () => output,
        async close() {
          await stop(child);
          await tokenServer?.close();
        },
        async push(layoutDir, tag, repository, pushOptions = {}) {
          const args = ['--insecure-policy', 'copy', '--dest-tls-verify=false'];
          if (pushOptions.all) args.push('--all');
          if (pushCredentials) args.push('--dest-creds', `${pushCredentials.username}:${pushCredentials.password}`);
          args.push(`oci:${layoutDir}:${tag}`, `docker://${host}/${repository}:${pushOptions.destinationTag ?? tag}`);
          try {
            await run('skopeo', args, { timeout: 60_000, env: { ...process.env, REGISTRY_AUTH_FILE: path.join(options.dir, 'auth.json') } });
          } catch (error) {
            const failure = error as { stderr?: string; message: string };
            throw new Error(`skopeo copy of ${tag} to ${host}/${repository} failed: ${failure.stderr || failure.message}\nregistry log (tail):\n${output.slice(-4000)}`);
          }
        },
      };
    }
    await stop(child);
    if (!/address already in use/i.test(output) || attempt === 3) {
      await tokenServer?.close();
      throw new Error(`docker-registry did not start on ${url} (exit ${child.exitCode ?? child.signalCode ?? 'none'}):\n${output}`);
    }
  }
  throw new Error('unreachable: the start loop returns or throws');
}

import { createHash, createPrivateKey, createPublicKey, generateKeyPair, sign, type JsonWebKey, type KeyObject } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { base64url } from './base64url.ts';

export type JwtAlgorithm = 'RS256' | 'ES256';

const generate = promisify(generateKeyPair);

/** RFC 7638 thumbprint: the same public key always gets the same `kid`. */
function thumbprint(jwk: JsonWebKey): string {
  const members = jwk.kty === 'EC' ? { crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y } : { e: jwk.e, kty: jwk.kty, n: jwk.n };
  return base64url(createHash('sha256').update(JSON.stringify(members)).digest());
}

/** A private key that signs JWTs, with the public half as a JWK for a JWKS document. */
export class SigningKey {
  readonly alg: JwtAlgorithm;
  readonly kid: string;
  readonly publicJwk: JsonWebKey;
  readonly #privateKey: KeyObject;

  constructor(privateKey: KeyObject, alg: JwtAlgorithm) {
    this.#privateKey = privateKey;
    this.alg = alg;
    const jwk = createPublicKey(privateKey).export({ format: 'jwk' });
    this.kid = thumbprint(jwk);
    this.publicJwk = { ...jwk, kid: this.kid, alg, use: 'sig' };
  }

  sign(signingInput: string): Buffer {
    return this.alg === 'ES256'
      ? sign('sha256', Buffer.from(signingInput), { key: this.#privateKey, dsaEncoding: 'ieee-p1363' })
      : sign('sha256', Buffer.from(signingInput), this.#privateKey);
  }

  /** PKCS#8 PEM, for the sandbox directory only; never logged. */
  exportPrivatePem(): string {
    return this.#privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  }
}

export async function generateSigningKey(alg: JwtAlgorithm): Promise<SigningKey> {
  const { privateKey } = alg === 'ES256' ? await generate('ec', { namedCurve: 'P-256' }) : await generate('rsa', { modulusLength: 2048 });
  return new SigningKey(privateKey, alg);
}

/**
 * Loads `<dir>/<name>.pem`, or creates it. Keeping keys in the sandbox directory means tokens
 * minted before a restart still verify after it. Concurrent creators race through `link`, which
 * fails when the file exists, so every process ends up using the one key that won.
 */
export async function loadOrCreateSigningKey(dir: string, name: string, alg: JwtAlgorithm): Promise<SigningKey> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}.pem`);
  try {
    return new SigningKey(createPrivateKey(await readFile(file, 'utf8')), alg);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = await generateSigningKey(alg);
  const pem = key.exportPrivatePem();
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, pem, { mode: 0o600 });
  try {
    await link(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(temporary);
  }
  return new SigningKey(createPrivateKey(await readFile(file, 'utf8')), alg);
}

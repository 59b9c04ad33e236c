import { randomBytes, createHash } from 'node:crypto';
import { link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ContractError } from '@deploy-kit/core';
import { ContractValidator, type Contract } from './validate.ts';

/** One validator per store; schemas compile lazily. */
export class ArtifactStore {
  readonly #validator: ContractValidator;

  constructor(validator: ContractValidator = new ContractValidator()) {
    this.#validator = validator;
  }

  /** Validates against the contract; the returned list is empty when the value is valid. */
  check<T>(contract: Contract<T>, value: unknown): string[] {
    return this.#validator.validate(contract, value).errors;
  }

  /**
   * Validates, then writes atomically (temporary file + rename): a reader never sees a half
   * written artifact, and an invalid one is never written at all.
   */
  async write<T>(contract: Contract<T>, file: string, value: T, options: { exclusive?: boolean } = {}): Promise<{ path: string; sha256: string }> {
    const document = { $schema: contract.id, ...(value as object) };
    const errors = this.check(contract, document);
    if (errors.length > 0) {
      throw new ContractError(file, `refusing to write an invalid ${contract.kind}: ${errors.join('; ')}`, {
        remediation: 'This is a bug in deploy-kit; please report it with the message above.',
      });
    }
    const text = `${JSON.stringify(document, null, 2)}\n`;
    await writeFileAtomic(file, text, options);
    return { path: file, sha256: sha256Hex(text) };
  }

  /** Reads and validates; every failure names the file and says what is wrong with it. */
  async read<T>(contract: Contract<T>, file: string): Promise<{ value: T; sha256: string }> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new ContractError(file, code === 'ENOENT' ? `no ${contract.kind} found` : `cannot be read (${code ?? (error as Error).message})`, {
        remediation: code === 'ENOENT' ? `Run the step that writes the ${contract.kind} for this commit first, or check 'sha' and 'artifacts-dir'.` : 'Check the file permissions.',
        cause: error,
      });
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new ContractError(file, `is not valid JSON (${(error as Error).message})`, {
        remediation: 'The file is corrupt; restore it from the artifact store of the run that wrote it.',
      });
    }
    const errors = this.check(contract, value);
    if (errors.length > 0) {
      throw new ContractError(file, `does not match the ${contract.kind} v${contract.version} contract: ${errors.join('; ')}`, {
        remediation: `See ${contract.id}; an artifact edited by hand or written by another version of deploy-kit can fail this check.`,
      });
    }
    return { value: value as T, sha256: sha256Hex(text) };
  }
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Writes through a temporary file so readers never see half a file. `exclusive` links instead
 * of renaming: it fails with EEXIST rather than replace a file another writer created first.
 */
export async function writeFileAtomic(file: string, text: string, options: { exclusive?: boolean } = {}): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  let renamed = false;
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    if (options.exclusive) await link(temporary, file);
    else {
      await rename(temporary, file);
      renamed = true;
    }
  } finally {
    if (!renamed) await rm(temporary, { force: true });
  }
}

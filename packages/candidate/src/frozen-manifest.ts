import { existsSync } from 'node:fs';
import { ArtifactStore, ArtifactPaths, canonicalJson, contracts, hasValidIntegrity, manifestIntegrity, type CandidateImage, type CandidateManifest, type ChangeScopes } from '@deploy-kit/contracts';
import { ContractError, DeployKitError, ExitCode } from '@deploy-kit/core';
import { requiresControlPlaneApproval } from './scopes.ts';

export class FrozenCandidateError extends DeployKitError {
  constructor(path: string, differences: string[]) {
    super(`${path} is already frozen for this commit with different content: ${differences.join('; ')}. The existing manifest was left untouched.`, {
      remediation: 'A candidate is frozen once per commit. Deploy the frozen candidate as it is, or make a new commit for a new candidate.',
      exitCode: ExitCode.Failure,
    });
  }
}

export class TamperedCandidateError extends ContractError {
  constructor(path: string, expected: string, actual: string) {
    super(path, `fails its integrity check (recorded ${expected}, content hashes to ${actual}): it was edited after it was frozen.`, {
      remediation: 'Never edit a frozen manifest. Restore it from the run that froze it, or freeze a new commit.',
    });
  }
}

export interface FreezeRequest {
  artifactsDir: string;
  sha: string;
  repository: string;
  images: Record<string, CandidateImage>;
  scopes: ChangeScopes;
  now: Date;
}

export interface FreezeResult {
  manifest: CandidateManifest;
  path: string;
  sha256: string;
  /** false when an identical manifest was already frozen (a no-op). */
  written: boolean;
}

/** What "the same content" means: everything but when it was frozen. */
function comparable(manifest: CandidateManifest): string {
  const { createdAt: _createdAt, integrity: _integrity, $schema: _schema, ...content } = manifest;
  return canonicalJson(content);
}

function differences(existing: CandidateManifest, next: CandidateManifest): string[] {
  const found: string[] = [];
  for (const name of new Set([...Object.keys(existing.images), ...Object.keys(next.images)])) {
    const a = existing.images[name]?.ref;
    const b = next.images[name]?.ref;
    if (a !== b) found.push(`image '${name}' is ${a ?? 'absent'} in the frozen manifest, ${b ?? 'absent'} now`);
  }
  for (const key of Object.keys(next.scopes) as Array<keyof ChangeScopes>) {
    if (existing.scopes[key] !== next.scopes[key]) found.push(`scope '${key}' was ${existing.scopes[key]}, now ${next.scopes[key]}`);
  }
  if (existing.repository !== next.repository) found.push(`repository was ${existing.repository}, now ${next.repository}`);
  return found.length > 0 ? found : ['the content differs'];
}

export async function readCandidate(store: ArtifactStore, file: string): Promise<{ manifest: CandidateManifest; sha256: string }> {
  const { value, sha256 } = await store.read(contracts.candidateManifest, file);
  if (!hasValidIntegrity(value)) throw new TamperedCandidateError(file, value.integrity, manifestIntegrity(value));
  return { manifest: value, sha256 };
}

/**
 * Freezes a candidate. Frozen means frozen: the same content again is a no-op that returns the
 * existing manifest; different content for the same SHA is refused and the file left as it was.
 */
export async function freezeManifest(store: ArtifactStore, request: FreezeRequest): Promise<FreezeResult> {
  const file = new ArtifactPaths(request.artifactsDir, request.sha).candidateManifest();
  const content: Omit<CandidateManifest, 'integrity'> = {
    schemaVersion: 1,
    kind: 'candidate-manifest',
    sha: request.sha,
    repository: request.repository,
    createdAt: request.now.toISOString(),
    images: request.images,
    scopes: request.scopes,
    requiresControlPlaneApproval: requiresControlPlaneApproval(request.scopes),
  };
  const manifest: CandidateManifest = { ...content, integrity: manifestIntegrity(content) };
  const compareWithExisting = async (): Promise<FreezeResult> => {
    const existing = await readCandidate(store, file);
    if (comparable(existing.manifest) !== comparable(manifest)) throw new FrozenCandidateError(file, differences(existing.manifest, manifest));
    return { manifest: existing.manifest, path: file, sha256: existing.sha256, written: false };
  };
  if (existsSync(file)) return compareWithExisting();
  try {
    const written = await store.write(contracts.candidateManifest, file, manifest, { exclusive: true });
    return { manifest, path: file, sha256: written.sha256, written: true };
  } catch (error) {
    // Another run froze this SHA between our check and our write: theirs stands.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return compareWithExisting();
    throw error;
  }
}

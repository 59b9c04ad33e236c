import { readdir, lstat } from 'node:fs/promises';
import path from 'node:path';
import { ContractError, errorMessage } from '@deploy-kit/core';
import {
  contracts,
  hasValidIntegrity,
  manifestIntegrity,
  type ArtifactPaths,
  type ArtifactStore,
  type Contract,
  type DecisionEvidence,
  type EvidenceKind,
} from '@deploy-kit/contracts';

/** Where the evidence lives and how it is read; one per decision. */
export interface SourceContext {
  readonly paths: ArtifactPaths;
  readonly store: ArtifactStore;
}

/** A piece of evidence as read from its file; whether it is required is decided by the caller. */
export type EvidenceRead = Omit<DecisionEvidence, 'required'>;

export interface ManifestFacts {
  path: string;
  sha256: string;
  integrity: string;
}

export interface CandidateRead {
  evidence: EvidenceRead;
  /** Set only when the manifest passed: it is then the accepted candidate. */
  manifest: ManifestFacts | null;
}

export interface DeploymentRead {
  evidence: EvidenceRead;
  /** The manifest hash the deploy recorded, to check it deployed this commit's candidate. */
  deployedManifestSha256?: string;
}

/** The evidence files that exist for a commit, by kind. */
export interface DiscoveredEvidence {
  candidate: boolean;
  deploy: boolean;
  health: string[];
  stage: string[];
}

export const CANDIDATE = 'candidate';
export const DEPLOY = 'deploy';

/** Names that resolve to deploy-kit's own artifacts rather than to health or stage evidence. */
export const RESERVED_EVIDENCE_NAMES: readonly string[] = [CANDIDATE, DEPLOY];

/** Artifact paths in the decision are relative to the artifacts directory, with forward slashes. */
export function relativeArtifactPath(paths: ArtifactPaths, file: string): string {
  return path.relative(paths.root, file).split(path.sep).join('/');
}

type ArtifactOutcome<T> = { ok: true; value: T; sha256: string } | { ok: false; status: 'missing' | 'invalid'; reason: string };

/**
 * Reads one artifact through its contract and turns every way it can go wrong into a status and
 * a reason, so a bad file becomes a NO with an explanation instead of a crash.
 */
async function readArtifact<T>(context: SourceContext, contract: Contract<T>, file: string, missingReason: string): Promise<ArtifactOutcome<T>> {
  try {
    const { value, sha256 } = await context.store.read(contract, file);
    return { ok: true, value, sha256 };
  } catch (error) {
    if (error instanceof ContractError) {
      const code = (error.cause as NodeJS.ErrnoException | undefined)?.code;
      if (code === 'ENOENT') return { ok: false, status: 'missing', reason: missingReason };
      const detail = error.message.startsWith(`${file}: `) ? error.message.slice(file.length + 2) : error.message;
      return { ok: false, status: 'invalid', reason: detail.replace(/^is /, '') };
    }
    // Something we did not foresee; if there is no file at all, it is simply missing.
    if (!(await exists(file))) return { ok: false, status: 'missing', reason: missingReason };
    return { ok: false, status: 'invalid', reason: `could not be read: ${errorMessage(error)}` };
  }
}

function wrongCommit(recorded: string, expected: string): string | undefined {
  return recorded.toLowerCase() === expected.toLowerCase() ? undefined : `records commit ${recorded}, not ${expected}; it belongs to another release`;
}

function failed(name: string, kind: EvidenceKind, file: string, outcome: { status: 'missing' | 'invalid'; reason: string }): EvidenceRead {
  return { name, kind, path: file, status: outcome.status, reason: outcome.reason };
}

export async function readCandidate(context: SourceContext): Promise<CandidateRead> {
  const file = context.paths.candidateManifest();
  const where = relativeArtifactPath(context.paths, file);
  const outcome = await readArtifact(context, contracts.candidateManifest, file, 'no candidate manifest for this commit; run freeze-candidate first');
  if (!outcome.ok) return { evidence: failed(CANDIDATE, 'candidate', where, outcome), manifest: null };
  const manifest = outcome.value;
  const base = { name: CANDIDATE, kind: 'candidate' as const, path: where, sha256: outcome.sha256 };
  const mismatch = wrongCommit(manifest.sha, context.paths.sha);
  if (mismatch) return { evidence: { ...base, status: 'invalid', reason: mismatch }, manifest: null };
  if (!hasValidIntegrity(manifest)) {
    const reason = `integrity mismatch: the manifest records ${manifest.integrity} but its content hashes to ${manifestIntegrity(manifest)}; it was changed after it was frozen`;
    return { evidence: { ...base, status: 'invalid', reason }, manifest: null };
  }
  const images = Object.keys(manifest.images).sort();
  const reason = `${images.length} image${images.length === 1 ? '' : 's'} frozen to digests (${images.join(', ')}); integrity ${manifest.integrity} verified`;
  return {
    evidence: { ...base, status: 'pass', reason },
    manifest: { path: where, sha256: outcome.sha256, integrity: manifest.integrity },
  };
}

export async function readDeployment(context: SourceContext): Promise<DeploymentRead> {
  const file = context.paths.deploymentRecord();
  const where = relativeArtifactPath(context.paths, file);
  const outcome = await readArtifact(context, contracts.deploymentRecord, file, 'no deployment record for this commit; run deploy-digest first');
  if (!outcome.ok) return { evidence: failed(DEPLOY, 'deploy', where, outcome) };
  const record = outcome.value;
  const base = { name: DEPLOY, kind: 'deploy' as const, path: where, sha256: outcome.sha256 };
  const mismatch = wrongCommit(record.sha, context.paths.sha);
  if (mismatch) return { evidence: { ...base, status: 'invalid', reason: mismatch } };
  const apps = record.apps.map((app) => `${app.app} ${app.status}`).join(', ');
  if (record.status !== 'succeeded') {
    const reason = `deployment ${record.status}${record.message ? `: ${record.message}` : ''}${apps ? ` (${apps})` : ''}`;
    return { evidence: { ...base, status: 'fail', reason }, deployedManifestSha256: record.manifest.sha256 };
  }
  const reason = `deployment succeeded${apps ? ` (${apps})` : ''}, traffic ${record.traffic}`;
  return { evidence: { ...base, status: 'pass', reason }, deployedManifestSha256: record.manifest.sha256 };
}

export async function readHealth(context: SourceContext, name: string): Promise<EvidenceRead> {
  const file = context.paths.healthEvidence(name);
  const where = relativeArtifactPath(context.paths, file);
  const outcome = await readArtifact(context, contracts.healthEvidence, file, `no health-gate run named '${name}' for this commit`);
  if (!outcome.ok) return failed(name, 'health', where, outcome);
  const evidence = outcome.value;
  const base = { name, kind: 'health' as const, path: where, sha256: outcome.sha256 };
  const problem = wrongCommit(evidence.sha, context.paths.sha) ?? (evidence.name === name ? undefined : `names itself '${evidence.name}', not '${name}'`);
  if (problem) return { ...base, status: 'invalid', reason: problem };
  // A dry run reports its verdict without failing its own step; here the verdict is what counts.
  const reason = `${evidence.dryRun ? 'dry run: ' : ''}${evidence.reason}`;
  return { ...base, status: evidence.status, reason };
}

export async function readStage(context: SourceContext, name: string): Promise<EvidenceRead> {
  const file = context.paths.stageEvidence(name);
  const where = relativeArtifactPath(context.paths, file);
  const outcome = await readArtifact(
    context,
    contracts.stageEvidence,
    file,
    `no stage evidence named '${name}' for this commit; record it with 'deploy-kit record-evidence --name ${name} --status pass'`,
  );
  if (!outcome.ok) return failed(name, 'stage', where, outcome);
  const evidence = outcome.value;
  const base = { name, kind: 'stage' as const, path: where, sha256: outcome.sha256 };
  const problem = wrongCommit(evidence.sha, context.paths.sha) ?? (evidence.name === name ? undefined : `names itself '${evidence.name}', not '${name}'`);
  if (problem) return { ...base, status: 'invalid', reason: problem };
  const said = evidence.summary?.trim() || `recorded ${evidence.status} at ${evidence.recordedAt}`;
  return { ...base, status: evidence.status, reason: evidence.url ? `${said}; see ${evidence.url}` : said };
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch (error) {
    // Anything but "not there" means something is there that the read will have to explain.
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

/** Names of `<prefix><name>.json` files in a directory; an absent directory holds none. */
async function jsonFileNames(directory: string, prefix: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const names: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile() && !entry.isSymbolicLink()) continue;
    if (!entry.name.startsWith(prefix) || !entry.name.endsWith('.json')) continue;
    const name = entry.name.slice(prefix.length, -'.json'.length);
    if (name.length > 0) names.push(name);
  }
  return names.sort();
}

function stageEvidenceDir(paths: ArtifactPaths): string {
  return paths.stageEvidenceDir();
}

/** Lists the evidence written for this commit. Throws only when a directory cannot be listed. */
export async function discoverEvidence(context: SourceContext): Promise<DiscoveredEvidence> {
  const { paths } = context;
  const [candidate, deploy, health, stage] = await Promise.all([
    exists(paths.candidateManifest()),
    exists(paths.deploymentRecord()),
    jsonFileNames(paths.deployDir(), 'health-'),
    jsonFileNames(stageEvidenceDir(paths), ''),
  ]);
  return { candidate, deploy, health, stage };
}

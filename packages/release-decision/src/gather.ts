import path from 'node:path';
import { errorMessage } from '@deploy-kit/core';
import { ArtifactPaths, ArtifactStore, isSafeArtifactName, type DecisionEvidence, type EvidenceKind } from '@deploy-kit/contracts';
import {
  CANDIDATE,
  DEPLOY,
  discoverEvidence,
  readCandidate,
  readDeployment,
  readHealth,
  readStage,
  relativeArtifactPath,
  type CandidateRead,
  type DeploymentRead,
  type DiscoveredEvidence,
  type EvidenceRead,
  type ManifestFacts,
  type SourceContext,
} from './evidence-sources.ts';

export interface GatherOptions {
  artifactsDir: string;
  sha: string;
  /** Names that must pass; empty means every evidence found must pass. */
  required: readonly string[];
  store?: ArtifactStore;
}

export interface GatheredEvidence {
  /** Required evidence first, in the order asked for; then the rest that was found. */
  evidence: DecisionEvidence[];
  /** The accepted candidate manifest, when one was read and passed. */
  manifest: ManifestFacts | null;
}

/** Trimmed, without blanks or repeats, in the order given. */
export function normaliseRequired(required: readonly string[]): string[] {
  return [...new Set(required.map((name) => name.trim()).filter((name) => name.length > 0))];
}

/** Runs one source; whatever it throws becomes invalid evidence for that file rather than a crash. */
async function safely<T extends { evidence: EvidenceRead }>(fallback: Omit<EvidenceRead, 'status' | 'reason'>, read: () => Promise<T>): Promise<T | { evidence: EvidenceRead }> {
  try {
    return await read();
  } catch (error) {
    return { evidence: { ...fallback, status: 'invalid', reason: `could not be read: ${errorMessage(error)}` } };
  }
}

const NO_EVIDENCE_FOUND: DiscoveredEvidence = { candidate: false, deploy: false, health: [], stage: [] };

/**
 * Reads every piece of evidence that bears on the decision. Never throws for a bad or missing
 * file: each becomes evidence with status `missing` or `invalid` and a reason naming the file.
 */
export async function gatherEvidence(options: GatherOptions): Promise<GatheredEvidence> {
  const paths = new ArtifactPaths(options.artifactsDir, options.sha);
  const context: SourceContext = { paths, store: options.store ?? new ArtifactStore() };
  const required = normaliseRequired(options.required);
  const everythingDecides = required.length === 0;
  const relative = (file: string) => relativeArtifactPath(paths, file);

  const evidence: DecisionEvidence[] = [];
  const seen = new Set<string>();
  const add = (item: EvidenceRead, isRequired: boolean) => {
    evidence.push({ ...item, required: isRequired });
    seen.add(`${item.kind}:${item.name}`);
  };
  let candidate: CandidateRead | { evidence: EvidenceRead } | undefined;
  let deployment: DeploymentRead | { evidence: EvidenceRead } | undefined;

  const loadCandidate = () => safely({ name: CANDIDATE, kind: 'candidate', path: relative(paths.candidateManifest()) }, () => readCandidate(context));
  const loadDeployment = () => safely({ name: DEPLOY, kind: 'deploy', path: relative(paths.deploymentRecord()) }, () => readDeployment(context));
  const loadNamed = async (kind: EvidenceKind, name: string) => {
    const file = kind === 'health' ? paths.healthEvidence(name) : paths.stageEvidence(name);
    const read = kind === 'health' ? readHealth : readStage;
    return (await safely({ name, kind, path: relative(file) }, async () => ({ evidence: await read(context, name) }))).evidence;
  };

  for (const name of required) {
    if (!isSafeArtifactName(name)) {
      const reason = `'${name}' is not a valid evidence name (letters, digits, '.', '_' and '-', up to 63 characters)`;
      add({ name, kind: 'stage', path: relative(paths.stageEvidenceDir()), status: 'invalid', reason }, true);
    } else if (name === CANDIDATE) {
      candidate = await loadCandidate();
      add(candidate.evidence, true);
    } else if (name === DEPLOY) {
      deployment = await loadDeployment();
      add(deployment.evidence, true);
    } else {
      const found = (await Promise.all([loadNamed('health', name), loadNamed('stage', name)])).filter((item) => item.status !== 'missing');
      if (found.length === 0) {
        const reason = `no health-gate run or stage evidence named '${name}' for this commit (also looked for ${relative(paths.healthEvidence(name))}); record it with 'deploy-kit record-evidence --name ${name} --status pass' or run the health gate with name: ${name}`;
        add({ name, kind: 'stage', path: relative(paths.stageEvidence(name)), status: 'missing', reason }, true);
      }
      for (const item of found) add(item, true);
    }
  }

  let discovered = NO_EVIDENCE_FOUND;
  try {
    discovered = await discoverEvidence(context);
  } catch (error) {
    const where = (error as NodeJS.ErrnoException).path;
    const reason = `the evidence could not be listed: ${errorMessage(error)}`;
    add({ name: 'evidence', kind: 'stage', path: where ? relative(where) : '.', status: 'invalid', reason }, everythingDecides);
  }
  if (discovered.candidate && !seen.has(`candidate:${CANDIDATE}`)) {
    candidate = await loadCandidate();
    add(candidate.evidence, everythingDecides);
  }
  if (discovered.deploy && !seen.has(`deploy:${DEPLOY}`)) {
    deployment = await loadDeployment();
    add(deployment.evidence, everythingDecides);
  }
  for (const kind of ['health', 'stage'] as const) {
    for (const name of discovered[kind]) {
      if (!seen.has(`${kind}:${name}`)) add(await loadNamed(kind, name), everythingDecides);
    }
  }

  const manifest = candidate && 'manifest' in candidate ? candidate.manifest : null;
  if (manifest && deployment && 'deployedManifestSha256' in deployment) checkDeployedManifest(evidence, manifest, deployment.deployedManifestSha256);
  return { evidence, manifest };
}

/**
 * What was accepted must be what was deployed: the deployment record names the manifest it
 * deployed, by file hash (or by the hex of its integrity, which survives reformatting).
 */
function checkDeployedManifest(evidence: DecisionEvidence[], manifest: ManifestFacts, deployed: string | undefined): void {
  const item = evidence.find((e) => e.kind === 'deploy');
  if (!item || item.status !== 'pass' || deployed === undefined) return;
  if (deployed === manifest.sha256 || `sha256:${deployed}` === manifest.integrity) return;
  item.status = 'fail';
  item.reason = `the deployment record names manifest sha256 ${deployed}, but this commit's candidate manifest (${manifest.path}) hashes to ${manifest.sha256}; what was deployed is not what was accepted`;
}

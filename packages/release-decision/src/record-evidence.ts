import { ConfigurationError, DeployKitError, errorMessage, InputError, type ActionDefinition } from '@deploy-kit/core';
import { recordEvidenceSpec } from '@deploy-kit/action-specs';
import { ArtifactPaths, ArtifactStore, contracts, isSafeArtifactName, type StageEvidence } from '@deploy-kit/contracts';
import { RESERVED_EVIDENCE_NAMES } from './evidence-sources.ts';

export interface RecordStageEvidenceOptions {
  artifactsDir: string;
  sha: string;
  name: string;
  status: 'pass' | 'fail';
  summary?: string;
  url?: string;
  details?: Record<string, unknown>;
  now?: () => Date;
  store?: ArtifactStore;
}

const SHA = /^[0-9a-f]{7,64}$/i;

/**
 * Writes .artifacts/evidence/<sha>/<name>.json for a stage deploy-kit does not run itself
 * (acceptance tests, an approval, a browser smoke run), so `required: <name>` can weigh it.
 * Recording again replaces the earlier evidence of that name.
 */
export async function recordStageEvidence(options: RecordStageEvidenceOptions): Promise<{ path: string; sha256: string }> {
  const { name, status } = options;
  if (!isSafeArtifactName(name)) {
    throw new InputError('name', `'${name}' is not a valid evidence name.`, "Use letters, digits, '.', '_' and '-' (up to 63 characters), e.g. 'acceptance' or 'approval'.");
  }
  if (RESERVED_EVIDENCE_NAMES.includes(name)) {
    throw new InputError('name', `'${name}' names deploy-kit's own evidence (the candidate manifest or the deployment record).`, 'Pick another name, e.g. acceptance, approval or smoke.');
  }
  if (status !== 'pass' && status !== 'fail') {
    throw new InputError('status', `got '${String(status)}', expected 'pass' or 'fail'.`, "Set 'status' to pass or fail.");
  }
  if (!SHA.test(options.sha)) {
    throw new InputError('sha', `got '${options.sha}', expected a commit SHA (7 to 64 hexadecimal characters).`, 'Pass the commit the evidence is about.');
  }
  if (options.url !== undefined) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(options.url);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
      throw new InputError('url', `'${options.url}' is not an http(s) URL.`, 'Link the run or report that holds the details, e.g. https://ci.example.com/runs/42.');
    }
  }
  const sha = options.sha.toLowerCase();
  const evidence: StageEvidence = {
    schemaVersion: 1,
    kind: 'stage-evidence',
    sha,
    name,
    status,
    recordedAt: (options.now ?? (() => new Date()))().toISOString(),
    ...(options.summary?.trim() ? { summary: options.summary.trim() } : {}),
    ...(options.url ? { url: options.url } : {}),
    ...(options.details ? { details: options.details } : {}),
  };
  const file = new ArtifactPaths(options.artifactsDir, sha).stageEvidence(name);
  try {
    return await (options.store ?? new ArtifactStore()).write(contracts.stageEvidence, file, evidence);
  } catch (error) {
    if (error instanceof DeployKitError) throw error;
    throw new ConfigurationError(`Cannot write the evidence to ${file}: ${errorMessage(error)}`, {
      remediation: `Make '${options.artifactsDir}' a writable directory (or pass --artifacts-dir).`,
      cause: error,
    });
  }
}

/** `deploy-kit record-evidence`: the same flags, outputs and exit codes as every command. */
export const recordEvidenceAction: ActionDefinition<typeof recordEvidenceSpec> = {
  spec: recordEvidenceSpec,
  async run(inputs, { runtime }) {
    const written = await recordStageEvidence({
      artifactsDir: inputs['artifacts-dir'],
      sha: inputs.sha,
      name: inputs.name,
      status: inputs.status as 'pass' | 'fail',
      ...(inputs.summary !== undefined ? { summary: inputs.summary } : {}),
      ...(inputs.url !== undefined ? { url: inputs.url } : {}),
    });
    return { ok: true, outputs: { 'evidence-path': written.path }, message: `Recorded ${inputs.status} for '${inputs.name}' at ${inputs.sha} in ${written.path}.` };
  },
};

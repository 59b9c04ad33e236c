import { rm } from 'node:fs/promises';
import path from 'node:path';
import {
  ArtifactPaths,
  ArtifactStore,
  healthEvidenceContract,
  healthSamplesContract,
  type HealthCriteria,
  type HealthEvidence,
  type HealthSample,
  type HealthSamples,
} from '@deploy-kit/contracts';
import type { GateOptions, GateResult, UrlVerdict } from './types.ts';

export interface EvidenceTarget {
  readonly artifactsDir: string;
  readonly sha: string;
  readonly name: string;
  readonly dryRun: boolean;
  /** Removes registered secrets from every string written (the runtime's redactor). */
  readonly redact?: (text: string) => string;
  readonly store?: ArtifactStore;
}

export interface WrittenEvidence {
  /** The aggregate evidence file. */
  readonly path: string;
  readonly sha256: string;
  readonly evidence: HealthEvidence;
  readonly samplePaths: readonly string[];
}

/**
 * Writes one samples file per URL, then the aggregate that release-decision reads. Sample files
 * of an earlier run with the same name are removed first, so the directory never mixes runs.
 */
export async function writeHealthEvidence(result: GateResult, target: EvidenceTarget): Promise<WrittenEvidence> {
  const store = target.store ?? new ArtifactStore();
  const paths = new ArtifactPaths(target.artifactsDir, target.sha);
  const redact = target.redact ?? ((text: string) => text);
  await rm(path.dirname(paths.healthSamples(target.name, 0)), { recursive: true, force: true });

  const samplePaths: string[] = [];
  for (const [index, verdict] of result.urls.entries()) {
    const file = paths.healthSamples(target.name, index);
    await store.write(healthSamplesContract, file, samplesDocument(verdict, target, redact));
    samplePaths.push(file);
  }
  const evidence: HealthEvidence = {
    schemaVersion: 1,
    kind: 'health-evidence',
    sha: target.sha,
    name: target.name,
    status: result.status,
    dryRun: target.dryRun,
    reason: redact(result.reason),
    startedAt: new Date(result.startedAt).toISOString(),
    finishedAt: new Date(result.finishedAt).toISOString(),
    durationMs: Math.round(result.finishedAt - result.startedAt),
    criteria: criteriaOf(result.options),
    samples: result.samples,
    p95Ms: result.p95Ms,
    urls: result.urls.map((verdict, index) => ({
      url: redact(verdict.url),
      status: verdict.status,
      reason: redact(verdict.reason),
      samples: verdict.samples.length,
      p95Ms: verdict.p95Ms,
      evidence: relativeTo(target.artifactsDir, samplePaths[index]!),
    })),
  };
  const written = await store.write(healthEvidenceContract, paths.healthEvidence(target.name), evidence);
  return { path: written.path, sha256: written.sha256, evidence, samplePaths };
}

function samplesDocument(verdict: UrlVerdict, target: EvidenceTarget, redact: (text: string) => string): HealthSamples {
  return {
    schemaVersion: 1,
    kind: 'health-samples',
    sha: target.sha,
    name: target.name,
    url: redact(verdict.url),
    status: verdict.status,
    reason: redact(verdict.reason),
    samples: verdict.samples.map((sample) => redactSample(sample, redact)),
  };
}

function redactSample(sample: HealthSample, redact: (text: string) => string): HealthSample {
  return {
    ...sample,
    ...(sample.error !== undefined ? { error: redact(sample.error) } : {}),
    ...(sample.failure !== undefined ? { failure: redact(sample.failure) } : {}),
    ...(sample.redirects !== undefined ? { redirects: sample.redirects.map(redact) } : {}),
    ...(sample.bodyExcerpt !== undefined ? { bodyExcerpt: redact(sample.bodyExcerpt) } : {}),
  };
}

export function criteriaOf(options: GateOptions): HealthCriteria {
  const { criteria } = options;
  return {
    expectStatus: criteria.status.text,
    ...(criteria.expectBody !== undefined ? { expectBody: criteria.expectBody } : {}),
    ...(criteria.expectJson !== undefined ? { expectJson: { ...criteria.expectJson } } : {}),
    ...(criteria.expectErrorCode !== undefined ? { expectErrorCode: criteria.expectErrorCode } : {}),
    consecutive: options.consecutive,
    maxFailures: options.maxFailures,
    timeoutMs: options.timeoutMs,
    requestTimeoutMs: options.requestTimeoutMs,
    ...(options.latencyP95Ms !== undefined ? { latencyP95Ms: options.latencyP95Ms } : {}),
    intervalMs: options.intervalMs,
    maxIntervalMs: options.maxIntervalMs,
  };
}

/** Paths inside the artifacts directory are written with forward slashes on every OS. */
function relativeTo(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

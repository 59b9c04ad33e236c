import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  ArtifactPaths,
  ArtifactStore,
  contracts,
  manifestIntegrity,
  type CandidateManifest,
  type DeploymentRecord,
  type HealthEvidence,
} from '@deploy-kit/contracts';

export const SHA = 'd1b4cf35eaa4845c0d2f4a1b9e8c7d6f5a4b3c2d';
export const OTHER_SHA = '0123456789abcdef0123456789abcdef01234567';
const DIGEST_A = `sha256:${'a'.repeat(64)}`;
const DIGEST_B = `sha256:${'b'.repeat(64)}`;

export const store = new ArtifactStore();

/** A fresh artifacts directory per test; removed by `cleanup`. */
export class TempDirs {
  readonly #dirs: string[] = [];

  async make(prefix = 'release-decision-'): Promise<string> {
    const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
    this.#dirs.push(dir);
    return dir;
  }

  async cleanup(): Promise<void> {
    await Promise.all(this.#dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  }
}

export function candidateManifest(sha = SHA): CandidateManifest {
  const content = {
    schemaVersion: 1 as const,
    kind: 'candidate-manifest' as const,
    sha,
    repository: 'contoso/compass',
    createdAt: '2025-01-02T03:04:05.000Z',
    images: {
      api: { ref: `contoso.azurecr.io/compass-api@${DIGEST_A}`, digest: DIGEST_A, source: 'contoso.azurecr.io/compass-api:1.2.3' },
      web: { ref: `contoso.azurecr.io/compass-web@${DIGEST_B}`, digest: DIGEST_B, source: 'contoso.azurecr.io/compass-web:1.2.3' },
    },
    scopes: { runtime: true, infra: false, identity: false, requiresInfraConvergence: false, migration: true },
    requiresControlPlaneApproval: false,
  };
  return { ...content, integrity: manifestIntegrity(content) };
}

export async function writeManifest(root: string, manifest: CandidateManifest = candidateManifest()): Promise<{ path: string; sha256: string }> {
  return store.write(contracts.candidateManifest, new ArtifactPaths(root, SHA).candidateManifest(), manifest);
}

export function deploymentRecord(manifestSha256: string, overrides: Partial<DeploymentRecord> = {}): DeploymentRecord {
  const revision = { revision: 'compass-api--rev-d1b4cf3', images: { api: `contoso.azurecr.io/compass-api@${DIGEST_A}` }, traffic: [{ revisionName: 'compass-api--rev-d1b4cf3', weight: 100 }] };
  return {
    schemaVersion: 1,
    kind: 'deployment-record',
    sha: SHA,
    status: 'succeeded',
    manifest: { path: `candidate/${SHA}/manifest.json`, sha256: manifestSha256 },
    subscriptionId: '00000000-0000-0000-0000-000000000001',
    resourceGroup: 'rg-compass-prod',
    traffic: 'all',
    apps: [{ app: 'compass-api', status: 'deployed', previous: { revision: null, images: {}, traffic: [] }, current: revision, record: `deploy/${SHA}/compass-api.json` }],
    startedAt: '2025-01-02T03:10:00.000Z',
    finishedAt: '2025-01-02T03:12:00.000Z',
    ...overrides,
  };
}

export async function writeDeploymentRecord(root: string, record: DeploymentRecord): Promise<{ path: string; sha256: string }> {
  return store.write(contracts.deploymentRecord, new ArtifactPaths(root, SHA).deploymentRecord(), record);
}

export function healthEvidence(name: string, overrides: Partial<HealthEvidence> = {}): HealthEvidence {
  return {
    schemaVersion: 1,
    kind: 'health-evidence',
    sha: SHA,
    name,
    status: 'pass',
    dryRun: false,
    reason: '2 consecutive passes at https://api.example.com/health',
    startedAt: '2025-01-02T03:12:00.000Z',
    finishedAt: '2025-01-02T03:12:03.000Z',
    durationMs: 3000,
    criteria: { expectStatus: '200', consecutive: 2, maxFailures: 0, timeoutMs: 300_000, requestTimeoutMs: 10_000, intervalMs: 1000, maxIntervalMs: 5000 },
    samples: 2,
    p95Ms: 12,
    urls: [{ url: 'https://api.example.com/health', status: 'pass', reason: '2 consecutive passes', samples: 2, p95Ms: 12, evidence: `deploy/${SHA}/health-${name}/url-1.json` }],
    ...overrides,
  };
}

export async function writeHealth(root: string, evidence: HealthEvidence, fileName = evidence.name): Promise<{ path: string; sha256: string }> {
  return store.write(contracts.healthEvidence, new ArtifactPaths(root, SHA).healthEvidence(fileName), evidence);
}

/** A passing candidate, deploy of that candidate and health gate `api`. */
export async function writeHappyPath(root: string): Promise<{ manifest: { path: string; sha256: string } }> {
  const manifest = await writeManifest(root);
  await writeDeploymentRecord(root, deploymentRecord(manifest.sha256));
  await writeHealth(root, healthEvidence('api'));
  return { manifest };
}

/** Collects everything written to a stream, for assertions on what people would see. */
export class Captured {
  text = '';
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

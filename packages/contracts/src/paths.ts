import path from 'node:path';

/**
 * Where each artifact lives under the artifacts directory. Seed 003's layout, kept exactly so
 * that existing tooling that reads `.artifacts/<stage>/<sha>/…` keeps working.
 */
export class ArtifactPaths {
  readonly root: string;
  readonly sha: string;

  constructor(root: string, sha: string) {
    this.root = root;
    this.sha = sha;
  }

  candidateDir(): string {
    return path.join(this.root, 'candidate', this.sha);
  }
  candidateManifest(): string {
    return path.join(this.candidateDir(), 'manifest.json');
  }
  deployDir(): string {
    return path.join(this.root, 'deploy', this.sha);
  }
  deployRecord(app: string): string {
    return path.join(this.deployDir(), `${app}.json`);
  }
  /** Aggregate verdict of one health-gate run, named by its `name` input. */
  healthEvidence(name: string): string {
    return path.join(this.deployDir(), `health-${name}.json`);
  }
  /** Per-URL samples of one health-gate run. */
  healthSamples(name: string, index: number): string {
    return path.join(this.deployDir(), `health-${name}`, `url-${index + 1}.json`);
  }
  productionDir(): string {
    return path.join(this.root, 'production', this.sha);
  }
  deploymentRecord(): string {
    return path.join(this.productionDir(), 'deployment-record.json');
  }
  /** Evidence recorded by other tools or by hand (acceptance, approval, smoke). */
  stageEvidenceDir(): string {
    return path.join(this.root, 'evidence', this.sha);
  }
  stageEvidence(name: string): string {
    return path.join(this.stageEvidenceDir(), `${name}.json`);
  }
  releaseDir(): string {
    return path.join(this.root, 'release', this.sha);
  }
  releaseDecision(): string {
    return path.join(this.releaseDir(), 'decision.json');
  }
}

const NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/i;

/** Evidence and app names become file names; keep them to a safe alphabet. */
export function isSafeArtifactName(name: string): boolean {
  return NAME.test(name) && !name.includes('..');
}

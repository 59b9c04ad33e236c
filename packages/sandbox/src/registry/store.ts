import type { Blob } from './image-builder.ts';

export interface StoredManifest {
  digest: string;
  mediaType: string;
  bytes: Buffer;
}

export interface Repository {
  manifests: Map<string, StoredManifest>;
  tags: Map<string, string>;
  /** Blobs linked into this repository (pushed or mounted here); their bytes live in the store. */
  blobs: Set<string>;
}

export interface Upload {
  repository: string;
  chunks: Buffer[];
}

/** What the registry holds. Buffers are never mutated, so a snapshot only copies the maps. */
export interface StoreSnapshot {
  repositories: Map<string, Repository>;
  blobs: Map<string, Buffer>;
}

export class RegistryStore {
  repositories = new Map<string, Repository>();
  blobs = new Map<string, Buffer>();
  readonly uploads = new Map<string, Upload>();

  repository(name: string): Repository | undefined {
    return this.repositories.get(name);
  }

  ensureRepository(name: string): Repository {
    let repo = this.repositories.get(name);
    if (!repo) {
      repo = { manifests: new Map(), tags: new Map(), blobs: new Set() };
      this.repositories.set(name, repo);
    }
    return repo;
  }

  putBlob(repository: string, digest: string, bytes: Buffer): void {
    this.blobs.set(digest, bytes);
    this.ensureRepository(repository).blobs.add(digest);
  }

  putBlobs(repository: string, blobs: readonly Blob[]): void {
    for (const b of blobs) this.putBlob(repository, b.digest, b.bytes);
  }

  putManifest(repository: string, manifest: StoredManifest, tag?: string): void {
    const repo = this.ensureRepository(repository);
    repo.manifests.set(manifest.digest, manifest);
    if (tag !== undefined) repo.tags.set(tag, manifest.digest);
  }

  /** A tag or a digest, looked up in one repository. */
  manifest(repository: string, reference: string): StoredManifest | undefined {
    const repo = this.repositories.get(repository);
    if (!repo) return undefined;
    const digest = reference.includes(':') ? reference : repo.tags.get(reference);
    return digest === undefined ? undefined : repo.manifests.get(digest);
  }

  snapshot(): StoreSnapshot {
    const repositories = new Map<string, Repository>();
    for (const [name, repo] of this.repositories) {
      repositories.set(name, { manifests: new Map(repo.manifests), tags: new Map(repo.tags), blobs: new Set(repo.blobs) });
    }
    return { repositories, blobs: new Map(this.blobs) };
  }

  restore(snapshot: StoreSnapshot): void {
    this.repositories = new Map();
    for (const [name, repo] of snapshot.repositories) {
      this.repositories.set(name, { manifests: new Map(repo.manifests), tags: new Map(repo.tags), blobs: new Set(repo.blobs) });
    }
    this.blobs = new Map(snapshot.blobs);
    this.uploads.clear();
  }
}

import type { ArtifactStore, CandidateImage } from '@deploy-kit/contracts';
import type { Logger } from '@deploy-kit/core';
import { freezeManifest, type FreezeResult } from './frozen-manifest.ts';
import type { ImageRequest } from './image-list.ts';
import type { ChangeScopes } from '@deploy-kit/contracts';

/** Resolves one reference to its digest; @deploy-kit/oci provides the real one. */
export type DigestResolver = (reference: string) => Promise<{ ref: string; digest: string; mediaType?: string; platforms?: string[] }>;

export interface FreezeCandidateOptions {
  artifactsDir: string;
  sha: string;
  repository: string;
  images: ImageRequest[];
  scopes: ChangeScopes;
  resolve: DigestResolver;
  store: ArtifactStore;
  log: Logger;
  now?: Date;
  /** How many registry look-ups run at once. */
  concurrency?: number;
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  });
  await Promise.all(workers);
  return results;
}

/** Resolves every image to its digest, then freezes the manifest (or confirms the frozen one). */
export async function freezeCandidate(options: FreezeCandidateOptions): Promise<FreezeResult> {
  const resolved = await mapLimit(options.images, options.concurrency ?? 4, async (request) => {
    const result = await options.resolve(request.reference);
    options.log.info(`${request.name}: ${request.reference} → ${result.ref}`);
    const image: CandidateImage = { ref: result.ref, digest: result.digest, source: request.reference };
    if (result.mediaType) image.mediaType = result.mediaType;
    if (result.platforms && result.platforms.length > 0) image.platforms = result.platforms;
    return [request.name, image] as const;
  });
  return freezeManifest(options.store, {
    artifactsDir: options.artifactsDir,
    sha: options.sha,
    repository: options.repository,
    images: Object.fromEntries(resolved),
    scopes: options.scopes,
    now: options.now ?? new Date(),
  });
}

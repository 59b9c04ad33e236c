import type { RouteHandler } from '../http.ts';
import type { ImageBehaviour, ImageCatalog } from '../service-interfaces.ts';
import { RegistryAuthenticator, type RegistryAuthOptions } from './auth.ts';
import { createImageCatalog } from './catalog.ts';
import { createRegistryHandler, type RegistryContext, type RegistryFault, type RegistryQuirks, type RegistryRequestRecord } from './handler.ts';
import { buildImage, type BuiltImage } from './image-builder.ts';
import type { ImageFormat } from './media-types.ts';
import { RegistryStore, type StoreSnapshot } from './store.ts';

export type { AadTokenVerdict, AadTokenVerifier, RegistryAction, RegistryAuthOptions, RegistryUser } from './auth.ts';
export { ACR_REFRESH_USERNAME } from './auth.ts';
export { formatBehaviour, parseBehaviour } from './behaviour-label.ts';
export { SandboxImageNotFoundError, splitImageRef } from './catalog.ts';
export type { RegistryFault, RegistryQuirks, RegistryRequestRecord } from './handler.ts';
export { buildImage, formatPlatform, parsePlatform, sha256Digest, tarOneFile } from './image-builder.ts';
export type { Blob, BuiltImage, BuiltManifest, ImageSpec, Platform } from './image-builder.ts';
export { MediaType } from './media-types.ts';
export type { ImageFormat } from './media-types.ts';

export interface PushImageOptions {
  repository: string;
  tag: string;
  behaviour: ImageBehaviour | string;
  /** `os/arch[/variant]`; two or more make a multi-platform index. */
  platforms?: readonly string[];
  /** Push an index even for a single platform. */
  index?: boolean;
  /** `docker` writes Docker v2 manifests / a manifest list instead of OCI. */
  format?: ImageFormat;
  /** Recorded in the config so that two tags with the same behaviour get different digests; default the tag. */
  version?: string;
  labels?: Record<string, string>;
}

export interface SeedImage {
  repository: string;
  tag: string;
  behaviour: string;
  platforms?: readonly string[];
}

/** What a fresh sandbox registry holds. */
export const SEED_IMAGES: readonly SeedImage[] = [
  ...['shop/api', 'shop/web'].flatMap((repository): SeedImage[] => [
    { repository, tag: '1.0.0', behaviour: 'healthy' },
    { repository, tag: '1.1.0', behaviour: 'healthy' },
    { repository, tag: '1.2.0', behaviour: 'healthy', platforms: ['linux/amd64', 'linux/arm64/v8'] },
    { repository, tag: 'bad', behaviour: 'unhealthy' },
    { repository, tag: 'slow', behaviour: 'slow-start:3s' },
    { repository, tag: 'crash', behaviour: 'crash:0ms' },
    { repository, tag: 'error', behaviour: 'error-500' },
  ]),
  { repository: 'shop/migrate', tag: '1.0.0', behaviour: 'job-success:500ms' },
  { repository: 'shop/migrate', tag: 'fail', behaviour: 'job-fail:500ms' },
];

export interface SandboxRegistryOptions {
  /** Default anonymous. */
  auth?: RegistryAuthOptions;
  /** `service` in bearer challenges; default the Host the client used (as ACR does). */
  service?: string;
  /** Images to start with; default SEED_IMAGES. */
  seed?: readonly SeedImage[];
  quirks?: RegistryQuirks;
  /** Clock for token expiry (ms since epoch). */
  now?: () => number;
}

export interface RegistryState {
  repositories: Record<string, { tags: Record<string, string>; manifests: Array<{ digest: string; mediaType: string }> }>;
  uploadsInProgress: number;
}

export interface SandboxRegistry {
  /** Serves `/v2/…` and the token endpoints of the auth mode; mount it on an HTTPS listener. */
  handler: RouteHandler;
  catalog: ImageCatalog;
  /** Builds a real OCI image whose config carries the behaviour, stores it, tags it; returns its (index) digest. */
  pushImage(options: PushImageOptions): string;
  /** Stores an image built elsewhere (e.g. with buildImage) under a tag; returns its digest. */
  pushBuiltImage(repository: string, tag: string, image: BuiltImage): string;
  state(): RegistryState;
  snapshot(): StoreSnapshot;
  restore(snapshot: StoreSnapshot): void;
  /** Back to the seeded images; forgets tokens, faults, quirks changes and the request log. */
  reset(): void;
  /** Every request the handler answered, in order (method, path, status, kind of credentials). */
  readonly requests: readonly RegistryRequestRecord[];
  clearRequests(): void;
  injectFault(fault: RegistryFault): void;
  clearFaults(): void;
  setQuirks(quirks: RegistryQuirks): void;
}

export function createSandboxRegistry(options: SandboxRegistryOptions = {}): SandboxRegistry {
  const store = new RegistryStore();
  const ctx: RegistryContext = {
    store,
    auth: new RegistryAuthenticator(options.auth ?? { mode: 'anonymous' }, options.now ?? Date.now),
    service: options.service,
    requests: [],
    faults: [],
    quirks: { ...options.quirks },
  };

  const pushBuiltImage = (repository: string, tag: string, image: BuiltImage): string => {
    for (const manifest of image.manifests) {
      store.putBlobs(repository, manifest.blobs);
      store.putManifest(repository, manifest);
    }
    store.putManifest(repository, image, tag);
    return image.digest;
  };
  const pushImage = (push: PushImageOptions): string =>
    pushBuiltImage(
      push.repository,
      push.tag,
      buildImage({
        behaviour: push.behaviour,
        name: push.repository,
        version: push.version ?? push.tag,
        platforms: push.platforms,
        index: push.index,
        format: push.format,
        labels: push.labels,
      }),
    );

  for (const seed of options.seed ?? SEED_IMAGES) pushImage(seed);
  const seeded = store.snapshot();

  return {
    handler: createRegistryHandler(ctx),
    catalog: createImageCatalog(store),
    pushImage,
    pushBuiltImage,
    state() {
      const repositories: RegistryState['repositories'] = {};
      for (const [name, repo] of [...store.repositories].sort(([a], [b]) => a.localeCompare(b))) {
        repositories[name] = {
          tags: Object.fromEntries([...repo.tags].sort(([a], [b]) => a.localeCompare(b))),
          manifests: [...repo.manifests.values()].map((m) => ({ digest: m.digest, mediaType: m.mediaType })),
        };
      }
      return { repositories, uploadsInProgress: store.uploads.size };
    },
    snapshot: () => store.snapshot(),
    restore: (snapshot) => store.restore(snapshot),
    reset() {
      store.restore(seeded);
      ctx.auth.reset();
      ctx.faults.length = 0;
      ctx.requests.length = 0;
      ctx.quirks = { ...options.quirks };
    },
    get requests() {
      return ctx.requests;
    },
    clearRequests() {
      ctx.requests.length = 0;
    },
    injectFault(fault) {
      ctx.faults.push({ ...fault });
    },
    clearFaults() {
      ctx.faults.length = 0;
    },
    setQuirks(quirks) {
      ctx.quirks = { ...quirks };
    },
  };
}

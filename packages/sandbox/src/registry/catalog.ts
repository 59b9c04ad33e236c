import type { ImageBehaviour, ImageCatalog } from '../service-interfaces.ts';
import { BEHAVIOUR_LABEL } from '../service-interfaces.ts';
import { parseBehaviour } from './behaviour-label.ts';
import { isIndexMediaType } from './media-types.ts';
import type { RegistryStore } from './store.ts';

/** The image a reference names is not in the sandbox registry (what a pull failure would be). */
export class SandboxImageNotFoundError extends Error {
  readonly code = 'MANIFEST_UNKNOWN';
  readonly imageRef: string;

  constructor(imageRef: string, why: string) {
    super(`Image '${imageRef}' is not in the sandbox registry: ${why}`);
    this.name = 'SandboxImageNotFoundError';
    this.imageRef = imageRef;
  }
}

/**
 * Splits `host:port/repo/name:tag` or `…@sha256:…` into repository and tag/digest. The host is
 * dropped (the sandbox registry is the only one the runtime knows), so `shop/api:1.0.0` works too.
 */
export function splitImageRef(imageRef: string): { repository: string; reference: string } | undefined {
  const at = imageRef.indexOf('@');
  let name = at >= 0 ? imageRef.slice(0, at) : imageRef;
  let reference = at >= 0 ? imageRef.slice(at + 1) : undefined;
  const lastSlash = name.lastIndexOf('/');
  const colon = name.indexOf(':', lastSlash + 1);
  if (colon >= 0) {
    reference ??= name.slice(colon + 1);
    name = name.slice(0, colon);
  }
  const parts = name.split('/');
  if (parts.length > 1 && (parts[0]!.includes('.') || parts[0]!.includes(':') || parts[0] === 'localhost')) parts.shift();
  if (!reference || parts.length === 0 || parts.some((p) => p === '')) return undefined;
  return { repository: parts.join('/'), reference };
}

interface ManifestJson {
  config?: { digest?: string };
  manifests?: Array<{ digest?: string }>;
}

export function createImageCatalog(store: RegistryStore): ImageCatalog {
  return {
    async behaviourOf(imageRef: string): Promise<ImageBehaviour> {
      const parts = splitImageRef(imageRef);
      if (!parts) throw new SandboxImageNotFoundError(imageRef, 'write it as <registry>/<repository>:<tag> or <registry>/<repository>@sha256:<digest>');
      let manifest = store.manifest(parts.repository, parts.reference);
      if (!manifest) throw new SandboxImageNotFoundError(imageRef, store.repository(parts.repository) ? `no tag or digest '${parts.reference}'` : `no repository '${parts.repository}'`);
      if (isIndexMediaType(manifest.mediaType)) {
        const first = (JSON.parse(manifest.bytes.toString('utf8')) as ManifestJson).manifests?.[0]?.digest;
        manifest = first === undefined ? undefined : store.manifest(parts.repository, first);
        if (!manifest) throw new SandboxImageNotFoundError(imageRef, 'its index lists no image that the registry holds');
      }
      const configDigest = (JSON.parse(manifest.bytes.toString('utf8')) as ManifestJson).config?.digest;
      const config = configDigest === undefined ? undefined : store.blobs.get(configDigest);
      if (!config) throw new SandboxImageNotFoundError(imageRef, 'its config blob is missing');
      const label = (JSON.parse(config.toString('utf8')) as { config?: { Labels?: Record<string, string> } }).config?.Labels?.[BEHAVIOUR_LABEL];
      // An image pushed from elsewhere (no label) behaves as a healthy service.
      if (label === undefined) return { kind: 'healthy' };
      const behaviour = parseBehaviour(label);
      if (!behaviour) throw new Error(`Image '${imageRef}': its ${BEHAVIOUR_LABEL} label '${label}' is not a sandbox behaviour`);
      return behaviour;
    },
  };
}

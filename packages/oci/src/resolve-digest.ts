import { createHash, getHashes } from 'node:crypto';
import { type CredentialsProvider, credentialsFor, type RegistryCredentials } from './credentials.ts';
import { RegistryError, RegistryErrorCode } from './errors.ts';
import { bareMediaType, isIndexMediaType, isManifestMediaType, LEGACY_SCHEMA1_MEDIA_TYPES, MANIFEST_ACCEPT, ManifestMediaType } from './media-types.ts';
import { digestReference, formatReference, type ImageReference, parseImageReference } from './reference.ts';
import { distributionErrorSummary, RegistryClient, type RegistryClientOptions } from './registry-client.ts';
import { accessDeniedRemediation, credentialsRequiredRemediation } from './remediation.ts';
import type { HttpResponse } from './transport.ts';

export interface ResolveOptions extends RegistryClientOptions {
  /** One set of credentials, or a function choosing them per registry host; default anonymous. */
  credentials?: RegistryCredentials | CredentialsProvider;
}

export interface ResolvedImage {
  /** `registry/repository@sha256:<64 hex>` — what a candidate freezes. */
  ref: string;
  digest: string;
  mediaType: ManifestMediaType;
  registry: string;
  repository: string;
  /** The tag it was resolved from (or that accompanied the digest). */
  tag: string | undefined;
  /** The digest is an index's (a multi-platform image); it is kept, not narrowed to one platform. */
  isIndex: boolean;
  /** For an index: `os/architecture[/variant]` of each image in it. */
  platforms?: string[];
}

interface FetchedManifest {
  digest: string;
  mediaType: ManifestMediaType;
  json: { manifests?: Array<{ platform?: { os?: string; architecture?: string; variant?: string }; annotations?: Record<string, string> }> };
}

const SHA256 = /^sha256:[a-f0-9]{64}$/;
const SHOWN_TAGS = 15;

function headerValue(response: HttpResponse, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function platformsOf(manifest: FetchedManifest): string[] {
  const platforms = (manifest.json.manifests ?? [])
    // BuildKit lists attestations as unknown/unknown entries; they are not platforms.
    .filter((m) => m.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest' && m.platform?.os && m.platform.os !== 'unknown')
    .map((m) => [m.platform!.os, m.platform!.architecture, m.platform!.variant].filter(Boolean).join('/'));
  return [...new Set(platforms)];
}

/** Newest-looking tags first: numeric-aware descending order. */
function orderTags(tags: readonly string[]): string[] {
  return [...tags].sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
}

/**
 * Resolves image references to digests. Keep one resolver for a run: it reuses the tokens it
 * earns for each registry and repository.
 */
export class DigestResolver {
  readonly #client: RegistryClient;
  readonly #options: ResolveOptions;

  constructor(options: ResolveOptions = {}) {
    this.#options = options;
    this.#client = new RegistryClient(options);
  }

  /**
   * `registry/repo:tag` → the digest the tag points at now (HEAD, falling back to a verified
   * GET); `registry/repo@sha256:…` → verified to exist. An index keeps the index's digest.
   */
  async resolve(input: string): Promise<ResolvedImage> {
    const reference = parseImageReference(input);
    const credentials = credentialsFor(this.#options.credentials, reference.registry);
    return reference.digest ? this.#verifyDigest(reference, credentials) : this.#resolveTag(reference, credentials);
  }

  async #resolveTag(reference: ImageReference, credentials: RegistryCredentials): Promise<ResolvedImage> {
    const path = `/v2/${reference.repository}/manifests/${reference.tag}`;
    const head = await this.#client.request(reference, credentials, 'HEAD', path, MANIFEST_ACCEPT);
    if (head.status === 200) {
      const digest = headerValue(head, 'docker-content-digest');
      const mediaType = bareMediaType(headerValue(head, 'content-type'));
      this.#refuseLegacy(reference, mediaType);
      if (digest !== undefined && SHA256.test(digest) && isManifestMediaType(mediaType)) {
        if (!isIndexMediaType(mediaType)) return this.#result(reference, digest, mediaType);
        // The index digest is already known; fetch the index only to report its platforms.
        return this.#fromManifest(reference, await this.#fetchManifest(reference, credentials, digest, digest));
      }
      this.#options.logger?.debug(`${formatReference(reference)}: HEAD gave no usable Docker-Content-Digest/Content-Type; fetching the manifest to hash it`);
    } else if (head.status !== 405 && head.status !== 400) {
      throw await this.#failure(reference, credentials, head);
    }
    return this.#fromManifest(reference, await this.#fetchManifest(reference, credentials, reference.tag!, undefined));
  }

  async #verifyDigest(reference: ImageReference, credentials: RegistryCredentials): Promise<ResolvedImage> {
    const digest = reference.digest!;
    const head = await this.#client.request(reference, credentials, 'HEAD', `/v2/${reference.repository}/manifests/${digest}`, MANIFEST_ACCEPT);
    if (head.status === 200) {
      const announced = headerValue(head, 'docker-content-digest');
      if (announced !== undefined && announced !== digest) throw this.#mismatch(reference, digest, announced, 'announced');
      const mediaType = bareMediaType(headerValue(head, 'content-type'));
      this.#refuseLegacy(reference, mediaType);
      if (announced === digest && isManifestMediaType(mediaType) && !isIndexMediaType(mediaType)) return this.#result(reference, digest, mediaType);
    } else if (head.status !== 405 && head.status !== 400) {
      throw await this.#failure(reference, credentials, head);
    }
    return this.#fromManifest(reference, await this.#fetchManifest(reference, credentials, digest, digest));
  }

  #fromManifest(reference: ImageReference, manifest: FetchedManifest): ResolvedImage {
    const result = this.#result(reference, manifest.digest, manifest.mediaType);
    return isIndexMediaType(manifest.mediaType) ? { ...result, platforms: platformsOf(manifest) } : result;
  }

  #result(reference: ImageReference, digest: string, mediaType: ManifestMediaType): ResolvedImage {
    return {
      ref: digestReference(reference, digest),
      digest,
      mediaType,
      registry: reference.registry,
      repository: reference.repository,
      tag: reference.tag,
      isIndex: isIndexMediaType(mediaType),
    };
  }

  /** GET a manifest and hash the bytes: the digest is computed, never taken on trust. */
  async #fetchManifest(reference: ImageReference, credentials: RegistryCredentials, ref: string, expected: string | undefined): Promise<FetchedManifest> {
    const response = await this.#client.request(reference, credentials, 'GET', `/v2/${reference.repository}/manifests/${ref}`, MANIFEST_ACCEPT);
    if (response.status !== 200) throw await this.#failure(reference, credentials, response);
    const digest = `sha256:${createHash('sha256').update(response.body).digest('hex')}`;
    const announced = headerValue(response, 'docker-content-digest');
    if (announced !== undefined) {
      const [algorithm, hex] = announced.split(':');
      const computed = algorithm === 'sha256' ? digest : algorithm && hex && getHashes().includes(algorithm) ? `${algorithm}:${createHash(algorithm).update(response.body).digest('hex')}` : undefined;
      if (computed !== announced) throw this.#mismatch(reference, digest, announced, 'served');
    }
    if (expected !== undefined && digest !== expected) throw this.#mismatch(reference, expected, digest, 'requested');
    let json: FetchedManifest['json'] & { mediaType?: unknown; schemaVersion?: unknown; config?: unknown };
    try {
      json = JSON.parse(response.body.toString('utf8'));
    } catch {
      throw this.#protocol(reference, `served a manifest for ${formatReference(reference)} that is not JSON`);
    }
    const headerType = bareMediaType(headerValue(response, 'content-type'));
    this.#refuseLegacy(reference, headerType);
    const declared = typeof json.mediaType === 'string' ? json.mediaType : undefined;
    if (declared !== undefined) this.#refuseLegacy(reference, declared);
    const mediaType = isManifestMediaType(headerType)
      ? headerType
      : declared !== undefined && isManifestMediaType(declared)
        ? declared
        : Array.isArray(json.manifests)
          ? ManifestMediaType.OciIndex
          : json.config !== undefined
            ? ManifestMediaType.OciManifest
            : undefined;
    if (json.schemaVersion !== 2 || mediaType === undefined) {
      throw new RegistryError(RegistryErrorCode.UnsupportedManifest, `${formatReference(reference)} is not an OCI or Docker v2 image manifest (media type '${headerType || declared || 'none'}').`, {
        registry: reference.registry,
        repository: reference.repository,
        remediation: 'Point the reference at a container image pushed by docker, buildx, podman, skopeo or another OCI tool.',
      });
    }
    return { digest, mediaType, json };
  }

  #refuseLegacy(reference: ImageReference, mediaType: string): void {
    if (!LEGACY_SCHEMA1_MEDIA_TYPES.includes(mediaType)) return;
    throw new RegistryError(RegistryErrorCode.UnsupportedManifest, `${formatReference(reference)} is a Docker schema 1 manifest, whose digest cannot be pinned reliably.`, {
      registry: reference.registry,
      repository: reference.repository,
      remediation: 'Rebuild and push the image with a current docker/buildx, podman or skopeo (schema 2 or OCI).',
    });
  }

  #mismatch(reference: ImageReference, expected: string, actual: string, how: 'announced' | 'served' | 'requested'): RegistryError {
    const text =
      how === 'requested'
        ? `asked for ${expected} but the manifest served hashes to ${actual}`
        : how === 'served'
          ? `announced ${actual} for a manifest whose bytes hash to ${expected}`
          : `announced ${actual} for ${expected}`;
    return new RegistryError(RegistryErrorCode.DigestMismatch, `${reference.registry} ${text} (${formatReference(reference)}); the content cannot be trusted.`, {
      registry: reference.registry,
      repository: reference.repository,
      remediation: 'Do not deploy it. Retry; if it persists, a proxy or the registry is altering manifests — report it to the registry operator.',
    });
  }

  #protocol(reference: ImageReference, text: string): RegistryError {
    return new RegistryError(RegistryErrorCode.Protocol, `${reference.registry} ${text}.`, {
      registry: reference.registry,
      repository: reference.repository,
      remediation: 'Check that the reference points at an OCI distribution registry.',
    });
  }

  /** Turns a non-success manifest response into the error that explains it. */
  async #failure(reference: ImageReference, credentials: RegistryCredentials, response: HttpResponse): Promise<RegistryError> {
    const { registry, repository } = reference;
    if (response.status === 404) return this.#notFound(reference, credentials, response);
    if (response.status === 403) {
      return new RegistryError(RegistryErrorCode.AccessDenied, `${registry} denied access to ${repository}${this.#client.said(response)}.`, {
        registry,
        repository,
        status: 403,
        remediation: credentials.kind === 'anonymous' ? credentialsRequiredRemediation(registry) : accessDeniedRemediation(registry, repository, credentials),
      });
    }
    if (response.status === 429 || response.status >= 500) return this.#client.statusError(reference, response);
    return this.#protocol(reference, `answered HTTP ${response.status} for ${formatReference(reference)}${this.#client.said(response)}`);
  }

  /** A 404: the tag (or digest) is missing, or the whole repository is. Tags are listed to tell which. */
  async #notFound(reference: ImageReference, credentials: RegistryCredentials, manifestResponse: HttpResponse): Promise<RegistryError> {
    const { registry, repository } = reference;
    const listing = await this.#listTags(reference, credentials);
    const manifestSaid = distributionErrorSummary(manifestResponse.body)?.code;
    if (listing.kind === 'no-repository' || (listing.kind === 'unknown' && manifestSaid === 'NAME_UNKNOWN')) {
      return new RegistryError(RegistryErrorCode.RepositoryNotFound, `Repository ${repository} not found in ${registry}.`, {
        registry,
        repository,
        status: 404,
        remediation: `Check the repository path in the image reference, and that the build pushed to ${registry}/${repository}. GHCR and ACR also answer "not found" to identities that may not see a private repository.`,
      });
    }
    const available =
      listing.kind === 'tags'
        ? listing.tags.length === 0
          ? '; the repository has no tags'
          : `; available tags: ${orderTags(listing.tags).slice(0, SHOWN_TAGS).join(', ')}${listing.tags.length > SHOWN_TAGS ? `, … (${listing.tags.length - SHOWN_TAGS} more)` : ''}`
        : '';
    if (reference.digest) {
      return new RegistryError(RegistryErrorCode.DigestNotFound, `Digest ${reference.digest} not found in ${registry}/${repository}${available}.`, {
        registry,
        repository,
        status: 404,
        remediation: 'The image was deleted or never pushed to this repository: check the digest, or freeze the candidate again from its tag.',
      });
    }
    return new RegistryError(RegistryErrorCode.TagNotFound, `Tag ${reference.tag} not found in ${registry}/${repository}${available}.`, {
      registry,
      repository,
      status: 404,
      remediation: `Check the tag, and that the build job pushed ${registry}/${repository}:${reference.tag} before this step ran (tags are case-sensitive).`,
    });
  }

  async #listTags(reference: ImageReference, credentials: RegistryCredentials): Promise<{ kind: 'tags'; tags: string[] } | { kind: 'no-repository' } | { kind: 'unknown' }> {
    try {
      const response = await this.#client.request(reference, credentials, 'GET', `/v2/${reference.repository}/tags/list?n=1000`, 'application/json');
      if (response.status === 404) return { kind: 'no-repository' };
      if (response.status !== 200) return { kind: 'unknown' };
      const tags = (JSON.parse(response.body.toString('utf8')) as { tags?: unknown }).tags;
      return { kind: 'tags', tags: Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : [] };
    } catch {
      // Listing is only a hint for the message; the 404 stands on its own.
      return { kind: 'unknown' };
    }
  }
}

/** Resolves one reference; for several, share a DigestResolver so tokens are reused. */
export function resolveDigest(reference: string, options: ResolveOptions = {}): Promise<ResolvedImage> {
  return new DigestResolver(options).resolve(reference);
}

/** Manifest media types a digest can be resolved for, and the Accept header that asks for all of them. */
export const ManifestMediaType = {
  OciIndex: 'application/vnd.oci.image.index.v1+json',
  OciManifest: 'application/vnd.oci.image.manifest.v1+json',
  DockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  DockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
} as const;
export type ManifestMediaType = (typeof ManifestMediaType)[keyof typeof ManifestMediaType];

/** Docker's schema 1, whose digest is not that of the bytes served; no current tool writes it. */
export const LEGACY_SCHEMA1_MEDIA_TYPES: readonly string[] = ['application/vnd.docker.distribution.manifest.v1+json', 'application/vnd.docker.distribution.manifest.v1+prettyjws'];

/**
 * Index types first: a registry that is not asked for an index answers with one platform's
 * manifest instead, and the candidate would freeze a single-architecture digest.
 */
export const MANIFEST_ACCEPT = [ManifestMediaType.OciIndex, ManifestMediaType.DockerManifestList, ManifestMediaType.OciManifest, ManifestMediaType.DockerManifest].join(', ');

const KNOWN: readonly string[] = Object.values(ManifestMediaType);

export function isManifestMediaType(value: string): value is ManifestMediaType {
  return KNOWN.includes(value);
}

export function isIndexMediaType(value: string): boolean {
  return value === ManifestMediaType.OciIndex || value === ManifestMediaType.DockerManifestList;
}

/** `application/vnd.oci.image.manifest.v1+json; charset=utf-8` → the bare media type. */
export function bareMediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

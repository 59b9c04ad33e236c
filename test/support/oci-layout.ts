import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Blob, BuiltImage } from '../../packages/sandbox/src/registry/image-builder.ts';

/**
 * Writes images into an OCI image layout directory (oci-layout, index.json, blobs/sha256/…),
 * the form `skopeo copy oci:<dir>:<tag> …` reads. Each image is tagged through the
 * `org.opencontainers.image.ref.name` annotation, as the image-spec describes.
 */
export async function writeOciLayout(dir: string, images: ReadonlyArray<{ tag: string; image: BuiltImage }>): Promise<void> {
  await mkdir(path.join(dir, 'blobs', 'sha256'), { recursive: true });
  await writeFile(path.join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  const written = new Set<string>();
  const writeBlob = async (b: Blob) => {
    if (written.has(b.digest)) return;
    written.add(b.digest);
    await writeFile(path.join(dir, 'blobs', 'sha256', b.digest.slice('sha256:'.length)), b.bytes);
  };
  for (const { image } of images) {
    for (const manifest of image.manifests) {
      for (const b of manifest.blobs) await writeBlob(b);
      await writeBlob(manifest);
    }
    await writeBlob(image);
  }
  const index = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: images.map(({ tag, image }) => ({
      mediaType: image.mediaType,
      digest: image.digest,
      size: image.bytes.length,
      annotations: { 'org.opencontainers.image.ref.name': tag },
    })),
  };
  await writeFile(path.join(dir, 'index.json'), JSON.stringify(index, null, 2));
}

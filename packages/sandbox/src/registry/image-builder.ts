import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { ImageBehaviour } from '../service-interfaces.ts';
import { BEHAVIOUR_LABEL } from '../service-interfaces.ts';
import { formatBehaviour, toBehaviour } from './behaviour-label.ts';
import { type ImageFormat, mediaTypesFor } from './media-types.ts';

/** A content-addressed piece of an image: a config, a layer, or a manifest. */
export interface Blob {
  digest: string;
  mediaType: string;
  bytes: Buffer;
}

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

export interface BuiltManifest extends Blob {
  /** The config and layers this manifest references. */
  blobs: Blob[];
  platform: Platform;
}

/**
 * A complete image: a single manifest, or an index over one manifest per platform. `digest`,
 * `mediaType` and `bytes` are those of the top-level manifest (the index for multi-platform).
 */
export interface BuiltImage extends Blob {
  manifests: BuiltManifest[];
  isIndex: boolean;
}

export interface ImageSpec {
  behaviour: ImageBehaviour | string;
  /** Recorded in the config labels so that images with the same behaviour still differ. */
  name: string;
  version: string;
  /** `os/arch[/variant]`; more than one makes an index. Default: linux/amd64, single manifest. */
  platforms?: readonly string[];
  /** Force an index even for one platform. */
  index?: boolean;
  format?: ImageFormat;
  labels?: Record<string, string>;
}

/** Fixed, so that the same spec always builds the same digests (tests and seeds are reproducible). */
const CREATED = '2024-01-01T00:00:00Z';

export function sha256Digest(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

function blob(mediaType: string, bytes: Buffer): Blob {
  return { digest: sha256Digest(bytes), mediaType, bytes };
}

function json(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value, null, 2), 'utf8');
}

export function parsePlatform(text: string): Platform {
  const [os, architecture, variant, ...rest] = text.split('/');
  if (!os || !architecture || rest.length > 0) throw new Error(`'${text}' is not a platform; write os/architecture[/variant], e.g. linux/arm64/v8`);
  return variant ? { os, architecture, variant } : { os, architecture };
}

export function formatPlatform(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}

/** A one-file POSIX tar (ustar) archive; mtime 0 and fixed ownership keep it reproducible. */
export function tarOneFile(fileName: string, content: Buffer): Buffer {
  const header = Buffer.alloc(512, 0);
  const write = (text: string, offset: number, length: number) => header.write(text.slice(0, length), offset, length, 'ascii');
  const octal = (value: number, length: number) => value.toString(8).padStart(length - 1, '0');
  write(fileName, 0, 100);
  write(octal(0o644, 8), 100, 8);
  write(octal(0, 8), 108, 8);
  write(octal(0, 8), 116, 8);
  write(octal(content.length, 12), 124, 12);
  write(octal(0, 12), 136, 12);
  write('        ', 148, 8);
  write('0', 156, 1);
  write('ustar\u000000', 257, 8);
  write('root', 265, 32);
  write('root', 297, 32);
  let checksum = 0;
  for (const byte of header) checksum += byte;
  write(`${checksum.toString(8).padStart(6, '0')}\u0000 `, 148, 8);
  const padding = Buffer.alloc((512 - (content.length % 512)) % 512, 0);
  return Buffer.concat([header, content, padding, Buffer.alloc(1024, 0)]);
}

function buildManifest(spec: ImageSpec, behaviour: ImageBehaviour, platform: Platform): BuiltManifest {
  const types = mediaTypesFor(spec.format ?? 'oci');
  const label = formatBehaviour(behaviour);
  const file = json({ name: spec.name, version: spec.version, behaviour: label, platform: formatPlatform(platform) });
  const tar = tarOneFile('etc/deploy-kit-sandbox.json', file);
  const layer = blob(types.layer, gzipSync(tar, { level: 9 }));
  const config = blob(
    types.config,
    json({
      created: CREATED,
      architecture: platform.architecture,
      os: platform.os,
      ...(platform.variant ? { variant: platform.variant } : {}),
      config: {
        Cmd: ['/deploy-kit-sandbox-app'],
        Labels: {
          'org.opencontainers.image.title': spec.name,
          'org.opencontainers.image.version': spec.version,
          ...spec.labels,
          [BEHAVIOUR_LABEL]: label,
        },
      },
      rootfs: { type: 'layers', diff_ids: [sha256Digest(tar)] },
      history: [{ created: CREATED, created_by: 'deploy-kit sandbox image builder' }],
    }),
  );
  const descriptor = (b: Blob) => ({ mediaType: b.mediaType, digest: b.digest, size: b.bytes.length });
  const manifest = blob(types.manifest, json({ schemaVersion: 2, mediaType: types.manifest, config: descriptor(config), layers: [descriptor(layer)] }));
  return { ...manifest, blobs: [config, layer], platform };
}

/** Builds a real, valid OCI (or Docker v2) image whose config label carries the behaviour. */
export function buildImage(spec: ImageSpec): BuiltImage {
  const behaviour = toBehaviour(spec.behaviour);
  const platforms = (spec.platforms && spec.platforms.length > 0 ? spec.platforms : ['linux/amd64']).map(parsePlatform);
  const manifests = platforms.map((platform) => buildManifest(spec, behaviour, platform));
  if (manifests.length === 1 && !spec.index) return { ...manifests[0]!, manifests, isIndex: false };
  const types = mediaTypesFor(spec.format ?? 'oci');
  const index = blob(
    types.index,
    json({
      schemaVersion: 2,
      mediaType: types.index,
      manifests: manifests.map((m) => ({ mediaType: m.mediaType, digest: m.digest, size: m.bytes.length, platform: m.platform })),
    }),
  );
  return { ...index, manifests, isIndex: true };
}

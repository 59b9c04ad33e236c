import { InputError } from '@deploy-kit/core';
import type { CandidateManifest } from '@deploy-kit/contracts';

/** One container of a target whose image becomes a candidate digest. */
export interface ContainerImage {
  /** Container name inside the app or job; undefined = the only container. */
  container: string | undefined;
  /** Image name in the candidate manifest (`api`, `web`). */
  imageName: string;
  /** The frozen reference: registry/repo@sha256:<64 hex>. */
  ref: string;
}

export interface AppTarget {
  app: string;
  images: ContainerImage[];
}

export interface JobTarget {
  job: string;
  image: ContainerImage;
}

/**
 * Container Apps names: lower-case letters, digits and '-', starting with a letter, ending
 * with a letter or digit, 2 to 32 characters, no '--' (az containerapp create's validator).
 */
const RESOURCE_NAME = /^[a-z][a-z0-9-]{0,30}[a-z0-9]$/;
const CONTAINER_NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const DIGEST_REF = /^[a-z0-9.-]+(?::[0-9]+)?\/[a-z0-9._/-]+@sha256:[0-9a-f]{64}$/;

export function resourceNameProblem(name: string): string | undefined {
  if (!RESOURCE_NAME.test(name)) return 'must be 2-32 lower-case letters, digits or hyphens, start with a letter and end with a letter or digit';
  if (name.includes('--')) return "cannot contain '--'";
  return undefined;
}

interface Entry {
  resource: string;
  container: string | undefined;
  imageName: string;
}

/** `app=image`, `app/container=image`, or a bare `name` meaning `name=name`. */
function parseEntry(input: string, line: string): Entry {
  const eq = line.indexOf('=');
  const left = (eq < 0 ? line : line.slice(0, eq)).trim();
  const imageName = (eq < 0 ? line : line.slice(eq + 1)).trim();
  const example = input === 'apps' ? "'compass-api=api' (container-app=image-name), or 'compass-api/server=api' for one container of several" : "'compass-migrate=api' (job=image-name)";
  if (!left || !imageName) throw new InputError(input, `'${line}' is not of the form name=image-name.`, `Write ${example}.`);
  const slash = left.indexOf('/');
  const resource = slash < 0 ? left : left.slice(0, slash);
  const container = slash < 0 ? undefined : left.slice(slash + 1);
  const problem = resourceNameProblem(resource);
  if (problem) throw new InputError(input, `'${resource}' is not a valid Container Apps name: it ${problem}.`, `Use the name exactly as Azure shows it, e.g. ${example}.`);
  if (container !== undefined && !CONTAINER_NAME.test(container)) {
    throw new InputError(input, `'${container}' is not a valid container name.`, 'Container names are lower-case letters, digits and hyphens, as in the app template.');
  }
  return { resource, container, imageName };
}

function resolveImage(input: string, entry: Entry, manifest: CandidateManifest): ContainerImage {
  const image = manifest.images[entry.imageName];
  if (!image) {
    const known = Object.keys(manifest.images).sort().join(', ');
    throw new InputError(input, `image '${entry.imageName}' (for ${entry.resource}) is not in the candidate for ${manifest.sha} (it has: ${known}).`, `Use one of the candidate's image names (${known}), or freeze a candidate that includes '${entry.imageName}'.`);
  }
  // The manifest schema already insists on digests; a tag here would mean a hand-made manifest.
  if (!DIGEST_REF.test(image.ref)) {
    throw new InputError(input, `image '${entry.imageName}' is '${image.ref}', not an immutable digest reference.`, 'deploy-digest deploys digests only (registry/repo@sha256:…). Freeze the candidate with freeze-candidate, which resolves tags to digests.');
  }
  return { container: entry.container, imageName: entry.imageName, ref: image.ref };
}

/** Parses `apps` against the candidate: every image must be one of its digests. */
export function parseAppTargets(lines: readonly string[], manifest: CandidateManifest): AppTarget[] {
  if (lines.length === 0) throw new InputError('apps', 'names no container app.', "List the apps to deploy, one 'container-app=image-name' per line.");
  const byApp = new Map<string, AppTarget>();
  for (const line of lines) {
    const entry = parseEntry('apps', line);
    const target = byApp.get(entry.resource) ?? { app: entry.resource, images: [] };
    const duplicate = target.images.find((image) => image.container === entry.container);
    if (duplicate) {
      throw new InputError('apps', `${entry.resource}${entry.container ? `/${entry.container}` : ''} is listed twice.`, 'List each app (or app/container) once.');
    }
    if (target.images.length > 0 && (entry.container === undefined || target.images.some((image) => image.container === undefined))) {
      throw new InputError('apps', `${entry.resource} is listed more than once without naming its containers.`, "Name each container when an app gets several images: 'app/container=image'.");
    }
    target.images.push(resolveImage('apps', entry, manifest));
    byApp.set(entry.resource, target);
  }
  return [...byApp.values()];
}

/** Parses `migration-job` (`job=image-name` or `job/container=image-name`). */
export function parseJobTarget(text: string, manifest: CandidateManifest): JobTarget {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  if (lines.length !== 1) throw new InputError('migration-job', `names ${lines.length} jobs; one is expected.`, "Write one 'job=image-name', e.g. 'compass-migrate=api'.");
  const entry = parseEntry('migration-job', lines[0]!);
  return { job: entry.resource, image: resolveImage('migration-job', entry, manifest) };
}

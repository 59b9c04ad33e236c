import { RegistryError, RegistryErrorCode } from './errors.ts';

/**
 * An image reference, fully qualified. deploy-kit accepts only references that name their
 * registry: a frozen candidate must not depend on which registry a Docker daemon defaults to.
 * Docker Hub is written `docker.io/…` (single-component names get `library/`, as Docker does)
 * and its API is reached at registry-1.docker.io.
 */
export interface ImageReference {
  /** Lower-case `host[:port]` as written (canonical `docker.io` for Docker Hub). */
  registry: string;
  /** `host[:port]` the distribution API is served from. */
  apiHost: string;
  repository: string;
  tag: string | undefined;
  digest: string | undefined;
}

const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
const DOCKER_HUB_API = 'registry-1.docker.io';

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(`^${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*(?::[0-9]{1,5})?$`);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
const SHA256 = /^sha256:[a-f0-9]{64}$/;
const MAX_NAME_LENGTH = 255;

function invalid(text: string, why: string, remediation: string): RegistryError {
  return new RegistryError(RegistryErrorCode.InvalidReference, `Image reference '${text}' ${why}`, { remediation });
}

const EXAMPLES = 'e.g. myregistry.azurecr.io/shop/api:1.4.2, ghcr.io/acme/shop-api:sha-1a2b3c4 or docker.io/library/nginx:1.27';

/** Looks like a registry host: has a dot or a port, or is localhost (Docker's own rule). */
function isRegistryHost(component: string): boolean {
  return component.includes('.') || component.includes(':') || component === 'localhost';
}

export function parseImageReference(input: string): ImageReference {
  const text = input.trim();
  if (text === '') throw invalid(text, 'is empty', `Give a fully qualified reference, ${EXAMPLES}.`);
  if (/\s/.test(text)) throw invalid(text, 'contains whitespace', `Give one reference per entry, ${EXAMPLES}.`);

  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw invalid(text, `has a malformed digest '${digest}'`, 'A digest is written sha256:<64 lower-case hex characters>.');
    if (!digest.startsWith('sha256:')) throw invalid(text, `uses the digest algorithm '${digest.split(':')[0]}'`, 'deploy-kit pins images by sha256 digests only; use the sha256 digest the registry reports.');
    if (!SHA256.test(digest)) throw invalid(text, `has a malformed sha256 digest '${digest}'`, 'A sha256 digest is 64 lower-case hex characters after "sha256:".');
  }

  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.indexOf(':', lastSlash + 1);
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw invalid(text, `has an invalid tag '${tag}'`, 'Tags are up to 128 letters, digits, "_", "." and "-", not starting with "." or "-".');
  }

  const components = rest.split('/');
  if (components.length < 2 || !isRegistryHost(components[0]!)) {
    throw invalid(text, 'does not name its registry', `Write the registry host in front of the repository, ${EXAMPLES}. deploy-kit never guesses a default registry.`);
  }
  const host = components.shift()!;
  if (host.startsWith('[')) throw invalid(text, 'uses an IPv6 address as registry host', 'Use a host name (for example localhost:5000) for the registry.');
  if (!DOMAIN.test(host)) throw invalid(text, `has an invalid registry host '${host}'`, `Registry hosts are DNS names or IPv4 addresses with an optional :port, ${EXAMPLES}.`);
  for (const component of components) {
    if (component !== component.toLowerCase() && PATH_COMPONENT.test(component.toLowerCase())) {
      throw invalid(text, `has upper-case letters in the repository '${components.join('/')}'`, 'Repository names are lower-case; registries store them that way.');
    }
    if (!PATH_COMPONENT.test(component)) {
      throw invalid(text, `has an invalid repository component '${component}'`, 'Repository path components are lower-case letters and digits, separated by ".", "_", "__" or "-".');
    }
  }
  if (tag === undefined && digest === undefined) {
    throw invalid(text, 'has neither a tag nor a digest', 'Name the tag to freeze explicitly (deploy-kit never assumes :latest), or give the digest with @sha256:….');
  }

  const lowerHost = host.toLowerCase();
  const dockerHub = DOCKER_HUB_ALIASES.has(lowerHost);
  const repository = dockerHub && components.length === 1 ? `library/${components[0]}` : components.join('/');
  const registry = dockerHub ? 'docker.io' : lowerHost;
  if (registry.length + 1 + repository.length > MAX_NAME_LENGTH) throw invalid(text, `is longer than ${MAX_NAME_LENGTH} characters before the tag`, 'Use a shorter repository name.');
  return { registry, apiHost: dockerHub ? DOCKER_HUB_API : lowerHost, repository, tag, digest };
}

/** `registry/repository@sha256:…`, the form a frozen candidate records. */
export function digestReference(reference: Pick<ImageReference, 'registry' | 'repository'>, digest: string): string {
  return `${reference.registry}/${reference.repository}@${digest}`;
}

/** `registry/repository:tag` (or `@digest`) for messages. */
export function formatReference(reference: ImageReference): string {
  const base = `${reference.registry}/${reference.repository}`;
  if (reference.digest) return `${base}${reference.tag ? `:${reference.tag}` : ''}@${reference.digest}`;
  return `${base}:${reference.tag}`;
}

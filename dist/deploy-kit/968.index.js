export const id = 968;
export const ids = [968];
export const modules = {

/***/ 2968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FrozenCandidateError: () => (/* reexport */ FrozenCandidateError),
  SCOPE_NAMES: () => (/* reexport */ SCOPE_NAMES),
  TamperedCandidateError: () => (/* reexport */ TamperedCandidateError),
  computeTag: () => (/* reexport */ computeTag),
  freezeCandidate: () => (/* reexport */ freezeCandidate),
  freezeCandidateAction: () => (/* reexport */ freezeCandidateAction),
  freezeManifest: () => (/* reexport */ freezeManifest),
  identityPreflight: () => (/* reexport */ identityPreflight),
  identityPreflightAction: () => (/* reexport */ identityPreflightAction),
  imageTagAction: () => (/* reexport */ imageTagAction),
  parseImageList: () => (/* reexport */ parseImageList),
  parseScopes: () => (/* reexport */ parseScopes),
  readCandidate: () => (/* reexport */ readCandidate),
  requiresControlPlaneApproval: () => (/* reexport */ requiresControlPlaneApproval)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 31 modules
var src = __webpack_require__(9045);
;// CONCATENATED MODULE: ./packages/candidate/src/image-list.ts

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
/** Parses `name=registry/repo:tag` items; every malformed item is named in the error. */
function parseImageList(items, input = 'images') {
    const requests = [];
    const seen = new Set();
    for (const item of items) {
        const eq = item.indexOf('=');
        if (eq <= 0) {
            throw new src/* InputError */.dz(input, `'${item}' is not of the form name=registry/repository:tag.`, `Write one image per line, e.g. 'api=myregistry.azurecr.io/shop/api:1.4.2'.`);
        }
        const name = item.slice(0, eq).trim();
        const reference = item.slice(eq + 1).trim();
        if (!NAME.test(name))
            throw new src/* InputError */.dz(input, `image name '${name}' may use only letters, digits, '.', '_' and '-'.`, 'Rename it, e.g. api, web, migrate.');
        if (seen.has(name))
            throw new src/* InputError */.dz(input, `image name '${name}' appears twice.`, 'Give each image a distinct name.');
        if (!reference.includes('/')) {
            throw new src/* InputError */.dz(input, `'${reference}' has no registry; deploy-kit resolves only fully qualified references.`, `Write the registry host too, e.g. 'docker.io/library/${reference}' or 'myregistry.azurecr.io/${reference}'.`);
        }
        seen.add(name);
        requests.push({ name, reference });
    }
    if (requests.length === 0)
        throw new src/* InputError */.dz(input, 'no images were given.', "List at least one image as 'name=registry/repository:tag'.");
    return requests;
}

;// CONCATENATED MODULE: ./packages/candidate/src/scopes.ts

const SCOPE_NAMES = ['runtime', 'infra', 'identity', 'requiresInfraConvergence', 'migration'];
/** Accepts the seed's camelCase names and kebab-case, case-insensitively. */
function parseScopes(items, input = 'scopes') {
    const scopes = { runtime: false, infra: false, identity: false, requiresInfraConvergence: false, migration: false };
    const byKey = new Map(SCOPE_NAMES.map((name) => [name.toLowerCase(), name]));
    for (const item of items) {
        const key = byKey.get(item.replace(/-/g, '').toLowerCase());
        if (!key)
            throw new src/* InputError */.dz(input, `'${item}' is not a change scope.`, `Use any of: ${SCOPE_NAMES.join(', ')}.`);
        scopes[key] = true;
    }
    return scopes;
}
/** Seed 003: control-plane approval is required when infra, identity or infra convergence is in scope. */
function requiresControlPlaneApproval(scopes) {
    return scopes.infra || scopes.identity || scopes.requiresInfraConvergence;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./packages/contracts/src/index.ts + 12 modules
var contracts_src = __webpack_require__(1099);
;// CONCATENATED MODULE: ./packages/candidate/src/frozen-manifest.ts




class FrozenCandidateError extends src/* DeployKitError */.mG {
    constructor(path, differences) {
        super(`${path} is already frozen for this commit with different content: ${differences.join('; ')}. The existing manifest was left untouched.`, {
            remediation: 'A candidate is frozen once per commit. Deploy the frozen candidate as it is, or make a new commit for a new candidate.',
            exitCode: src/* ExitCode */.yU.Failure,
        });
    }
}
class TamperedCandidateError extends src/* ContractError */.Vl {
    constructor(path, expected, actual) {
        super(path, `fails its integrity check (recorded ${expected}, content hashes to ${actual}): it was edited after it was frozen.`, {
            remediation: 'Never edit a frozen manifest. Restore it from the run that froze it, or freeze a new commit.',
        });
    }
}
/** What "the same content" means: everything but when it was frozen. */
function comparable(manifest) {
    const { createdAt: _createdAt, integrity: _integrity, $schema: _schema, ...content } = manifest;
    return (0,contracts_src/* canonicalJson */.dj)(content);
}
function differences(existing, next) {
    const found = [];
    for (const name of new Set([...Object.keys(existing.images), ...Object.keys(next.images)])) {
        const a = existing.images[name]?.ref;
        const b = next.images[name]?.ref;
        if (a !== b)
            found.push(`image '${name}' is ${a ?? 'absent'} in the frozen manifest, ${b ?? 'absent'} now`);
    }
    for (const key of Object.keys(next.scopes)) {
        if (existing.scopes[key] !== next.scopes[key])
            found.push(`scope '${key}' was ${existing.scopes[key]}, now ${next.scopes[key]}`);
    }
    if (existing.repository !== next.repository)
        found.push(`repository was ${existing.repository}, now ${next.repository}`);
    return found.length > 0 ? found : ['the content differs'];
}
async function readCandidate(store, file) {
    const { value, sha256 } = await store.read(contracts_src/* contracts */.Mh.candidateManifest, file);
    if (!(0,contracts_src/* hasValidIntegrity */.Wh)(value))
        throw new TamperedCandidateError(file, value.integrity, (0,contracts_src/* manifestIntegrity */.tP)(value));
    return { manifest: value, sha256 };
}
/**
 * Freezes a candidate. Frozen means frozen: the same content again is a no-op that returns the
 * existing manifest; different content for the same SHA is refused and the file left as it was.
 */
async function freezeManifest(store, request) {
    const file = new contracts_src/* ArtifactPaths */.$$(request.artifactsDir, request.sha).candidateManifest();
    const content = {
        schemaVersion: 1,
        kind: 'candidate-manifest',
        sha: request.sha,
        repository: request.repository,
        createdAt: request.now.toISOString(),
        images: request.images,
        scopes: request.scopes,
        requiresControlPlaneApproval: requiresControlPlaneApproval(request.scopes),
    };
    const manifest = { ...content, integrity: (0,contracts_src/* manifestIntegrity */.tP)(content) };
    const compareWithExisting = async () => {
        const existing = await readCandidate(store, file);
        if (comparable(existing.manifest) !== comparable(manifest))
            throw new FrozenCandidateError(file, differences(existing.manifest, manifest));
        return { manifest: existing.manifest, path: file, sha256: existing.sha256, written: false };
    };
    if ((0,external_node_fs_.existsSync)(file))
        return compareWithExisting();
    try {
        const written = await store.write(contracts_src/* contracts */.Mh.candidateManifest, file, manifest, { exclusive: true });
        return { manifest, path: file, sha256: written.sha256, written: true };
    }
    catch (error) {
        // Another run froze this SHA between our check and our write: theirs stands.
        if (error.code === 'EEXIST')
            return compareWithExisting();
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/candidate/src/freeze.ts

async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index]);
        }
    });
    await Promise.all(workers);
    return results;
}
/** Resolves every image to its digest, then freezes the manifest (or confirms the frozen one). */
async function freezeCandidate(options) {
    const resolved = await mapLimit(options.images, options.concurrency ?? 4, async (request) => {
        const result = await options.resolve(request.reference);
        options.log.info(`${request.name}: ${request.reference} → ${result.ref}`);
        const image = { ref: result.ref, digest: result.digest, source: request.reference };
        if (result.mediaType)
            image.mediaType = result.mediaType;
        if (result.platforms && result.platforms.length > 0)
            image.platforms = result.platforms;
        return [request.name, image];
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

;// CONCATENATED MODULE: ./packages/candidate/src/identity-preflight.ts

/**
 * Seed 003's identity config preflight: resolve API_IDENTIFIER_URI first, fall back to
 * ENTRA_AUDIENCE, fail if both are set and differ, fail unless the result is `api://…`.
 */
function identityPreflight(config) {
    const canonical = config.apiIdentifierUri?.trim() || undefined;
    const legacy = config.entraAudience?.trim() || undefined;
    if (canonical && legacy && canonical !== legacy) {
        throw new src/* ConfigurationError */.j1(`API_IDENTIFIER_URI ('${canonical}') and ENTRA_AUDIENCE ('${legacy}') are both set and differ.`, {
            remediation: 'Set them to the same api://… value, or remove ENTRA_AUDIENCE now that API_IDENTIFIER_URI is the canonical setting.',
        });
    }
    const resolved = canonical ?? legacy;
    if (!resolved) {
        throw new src/* ConfigurationError */.j1('Neither API_IDENTIFIER_URI nor ENTRA_AUDIENCE is set.', {
            remediation: "Set API_IDENTIFIER_URI in the environment's variables to the API's identifier URI (api://…).",
        });
    }
    if (!resolved.startsWith('api://') || resolved.length <= 'api://'.length) {
        throw new src/* ConfigurationError */.j1(`${canonical ? 'API_IDENTIFIER_URI' : 'ENTRA_AUDIENCE'} is '${resolved}', which is not an api://… identifier URI.`, {
            remediation: "Use the app registration's Application ID URI, e.g. api://compass-api.",
        });
    }
    return { identifierUri: resolved, source: canonical ? 'API_IDENTIFIER_URI' : 'ENTRA_AUDIENCE' };
}

;// CONCATENATED MODULE: ./packages/candidate/src/tag-strategy.ts

const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
function sanitise(text) {
    return text.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[-.]+/, '').slice(0, 128);
}
function branchOf(ref) {
    if (ref.startsWith('refs/heads/'))
        return ref.slice('refs/heads/'.length);
    if (ref.startsWith('refs/'))
        return undefined;
    return ref;
}
/**
 * Seed 001's tag strategies (auto by branch, semver from a tag, commit, custom) plus seed 000's
 * short SHA. The tag is only what to resolve: freeze-candidate still deploys by digest.
 */
function computeTag(strategy, context) {
    switch (strategy) {
        case 'auto': {
            const branch = context.ref ? branchOf(context.ref) : undefined;
            if (!branch)
                throw new src/* InputError */.dz('tag-strategy', `'auto' needs a branch ref, got '${context.ref ?? 'none'}'.`, "Use 'semver' for tag builds or 'commit' for any ref.");
            if (branch === 'main' || branch === 'master')
                return 'latest';
            if (branch === 'develop')
                return 'dev';
            if (branch.startsWith('release/'))
                return sanitise(branch.slice('release/'.length));
            return sanitise(branch);
        }
        case 'semver': {
            const tag = context.ref?.startsWith('refs/tags/') ? context.ref.slice('refs/tags/'.length) : context.ref;
            const match = tag ? /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/.exec(tag) : null;
            if (!match)
                throw new src/* InputError */.dz('tag-strategy', `'semver' needs a tag like v1.2.3, got '${tag ?? 'none'}'.`, 'Run it on a semver tag push, or choose another strategy.');
            return match[1].replace(/\+/g, '_');
        }
        case 'commit':
        case 'short-sha': {
            if (!context.sha || !/^[0-9a-f]{7,64}$/i.test(context.sha))
                throw new src/* InputError */.dz('sha', `'${strategy}' needs the commit SHA.`, 'Pass --sha.');
            return strategy === 'commit' ? context.sha.toLowerCase() : context.sha.slice(0, 7).toLowerCase();
        }
        case 'custom': {
            const tag = context.customTag?.trim();
            if (!tag || !TAG.test(tag))
                throw new src/* InputError */.dz('custom-tag', `'${tag ?? ''}' is not a valid image tag.`, 'Use letters, digits, _ . - (max 128, not starting with . or -).');
            return tag;
        }
    }
}

// EXTERNAL MODULE: ./packages/action-specs/src/index.ts + 10 modules
var action_specs_src = __webpack_require__(9890);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/oci/src/credentials.ts
function credentialsFor(option, registry) {
    const credentials = typeof option === 'function' ? option(registry) : option;
    return credentials ?? { kind: 'anonymous' };
}
function describeSource(credentials) {
    switch (credentials.kind) {
        case 'anonymous':
            return 'no credentials (anonymous)';
        case 'basic':
            return credentials.source ? `the username/password from ${credentials.source}` : `the password for user '${credentials.username}'`;
        case 'registry-token':
            return credentials.source ? `the registry token from ${credentials.source}` : 'the registry token';
        case 'azure':
            return credentials.source ? `the Azure identity from ${credentials.source}` : 'the Azure identity';
    }
}
function isGhcr(registry) {
    return registry === 'ghcr.io';
}
function isAcr(registry) {
    // Public cloud, Azure China, Azure US Government.
    return /\.azurecr\.(io|cn|us)$/.test(registry);
}
function isDockerHub(registry) {
    return registry === 'docker.io';
}

;// CONCATENATED MODULE: ./packages/oci/src/errors.ts

/** Why a reference could not be resolved; stable strings that callers and tests can branch on. */
const RegistryErrorCode = {
    InvalidReference: 'invalid-reference',
    TagNotFound: 'tag-not-found',
    DigestNotFound: 'digest-not-found',
    RepositoryNotFound: 'repository-not-found',
    /** The registry wants credentials and none were given. */
    CredentialsRequired: 'credentials-required',
    /** The credentials given were rejected. */
    CredentialsRefused: 'credentials-refused',
    /** The credentials are valid but may not pull this repository. */
    AccessDenied: 'access-denied',
    RateLimited: 'rate-limited',
    /** The registry kept answering 5xx. */
    Unavailable: 'unavailable',
    Unreachable: 'unreachable',
    Tls: 'tls',
    /** The bytes served do not hash to the digest the registry announced. */
    DigestMismatch: 'digest-mismatch',
    UnsupportedManifest: 'unsupported-manifest',
    /** The registry answered in a way the distribution API does not allow. */
    Protocol: 'protocol',
};
/**
 * A registry call failed. The message says what happened to which image; `remediation` says
 * what to do. Neither ever contains a password or token: callers may print both as they are.
 */
class RegistryError extends src/* DeployKitError */.mG {
    code;
    registry;
    repository;
    status;
    constructor(code, message, details) {
        super(message, {
            remediation: details.remediation,
            cause: details.cause,
            exitCode: code === RegistryErrorCode.InvalidReference ? src/* ExitCode */.yU.UsageError : src/* ExitCode */.yU.Failure,
        });
        this.code = code;
        this.registry = details.registry;
        this.repository = details.repository;
        this.status = details.status;
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/media-types.ts
/** Manifest media types a digest can be resolved for, and the Accept header that asks for all of them. */
const ManifestMediaType = {
    OciIndex: 'application/vnd.oci.image.index.v1+json',
    OciManifest: 'application/vnd.oci.image.manifest.v1+json',
    DockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    DockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
};
/** Docker's schema 1, whose digest is not that of the bytes served; no current tool writes it. */
const LEGACY_SCHEMA1_MEDIA_TYPES = ['application/vnd.docker.distribution.manifest.v1+json', 'application/vnd.docker.distribution.manifest.v1+prettyjws'];
/**
 * Index types first: a registry that is not asked for an index answers with one platform's
 * manifest instead, and the candidate would freeze a single-architecture digest.
 */
const MANIFEST_ACCEPT = [ManifestMediaType.OciIndex, ManifestMediaType.DockerManifestList, ManifestMediaType.OciManifest, ManifestMediaType.DockerManifest].join(', ');
const KNOWN = Object.values(ManifestMediaType);
function isManifestMediaType(value) {
    return KNOWN.includes(value);
}
function isIndexMediaType(value) {
    return value === ManifestMediaType.OciIndex || value === ManifestMediaType.DockerManifestList;
}
/** `application/vnd.oci.image.manifest.v1+json; charset=utf-8` → the bare media type. */
function bareMediaType(contentType) {
    return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

;// CONCATENATED MODULE: ./packages/oci/src/reference.ts

const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
const DOCKER_HUB_API = 'registry-1.docker.io';
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(`^${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*(?::[0-9]{1,5})?$`);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const reference_TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
const SHA256 = /^sha256:[a-f0-9]{64}$/;
const MAX_NAME_LENGTH = 255;
function invalid(text, why, remediation) {
    return new RegistryError(RegistryErrorCode.InvalidReference, `Image reference '${text}' ${why}`, { remediation });
}
const EXAMPLES = 'e.g. myregistry.azurecr.io/shop/api:1.4.2, ghcr.io/acme/shop-api:sha-1a2b3c4 or docker.io/library/nginx:1.27';
/** Looks like a registry host: has a dot or a port, or is localhost (Docker's own rule). */
function isRegistryHost(component) {
    return component.includes('.') || component.includes(':') || component === 'localhost';
}
function parseImageReference(input) {
    const text = input.trim();
    if (text === '')
        throw invalid(text, 'is empty', `Give a fully qualified reference, ${EXAMPLES}.`);
    if (/\s/.test(text))
        throw invalid(text, 'contains whitespace', `Give one reference per entry, ${EXAMPLES}.`);
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            throw invalid(text, `has a malformed digest '${digest}'`, 'A digest is written sha256:<64 lower-case hex characters>.');
        if (!digest.startsWith('sha256:'))
            throw invalid(text, `uses the digest algorithm '${digest.split(':')[0]}'`, 'deploy-kit pins images by sha256 digests only; use the sha256 digest the registry reports.');
        if (!SHA256.test(digest))
            throw invalid(text, `has a malformed sha256 digest '${digest}'`, 'A sha256 digest is 64 lower-case hex characters after "sha256:".');
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.indexOf(':', lastSlash + 1);
    if (colon >= 0) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!reference_TAG.test(tag))
            throw invalid(text, `has an invalid tag '${tag}'`, 'Tags are up to 128 letters, digits, "_", "." and "-", not starting with "." or "-".');
    }
    const components = rest.split('/');
    if (components.length < 2 || !isRegistryHost(components[0])) {
        throw invalid(text, 'does not name its registry', `Write the registry host in front of the repository, ${EXAMPLES}. deploy-kit never guesses a default registry.`);
    }
    const host = components.shift();
    if (host.startsWith('['))
        throw invalid(text, 'uses an IPv6 address as registry host', 'Use a host name (for example localhost:5000) for the registry.');
    if (!DOMAIN.test(host))
        throw invalid(text, `has an invalid registry host '${host}'`, `Registry hosts are DNS names or IPv4 addresses with an optional :port, ${EXAMPLES}.`);
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
    if (registry.length + 1 + repository.length > MAX_NAME_LENGTH)
        throw invalid(text, `is longer than ${MAX_NAME_LENGTH} characters before the tag`, 'Use a shorter repository name.');
    return { registry, apiHost: dockerHub ? DOCKER_HUB_API : lowerHost, repository, tag, digest };
}
/** `registry/repository@sha256:…`, the form a frozen candidate records. */
function digestReference(reference, digest) {
    return `${reference.registry}/${reference.repository}@${digest}`;
}
/** `registry/repository:tag` (or `@digest`) for messages. */
function formatReference(reference) {
    const base = `${reference.registry}/${reference.repository}`;
    if (reference.digest)
        return `${base}${reference.tag ? `:${reference.tag}` : ''}@${reference.digest}`;
    return `${base}:${reference.tag}`;
}

;// CONCATENATED MODULE: ./packages/oci/src/challenge.ts
const SCHEME_START = /(?:^|,)\s*([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)\s+(?=[A-Za-z0-9_-]+\s*=)/g;
const PARAM = /([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;
/**
 * Parses every challenge in the header (Node joins repeated headers with ", "). Parameter names
 * are lower-cased; quoted values are unescaped.
 */
function parseChallenges(header) {
    const text = Array.isArray(header) ? header.join(', ') : (header ?? '');
    const starts = [...text.matchAll(SCHEME_START)];
    const challenges = [];
    starts.forEach((start, i) => {
        const from = start.index + start[0].length;
        const to = i + 1 < starts.length ? starts[i + 1].index : text.length;
        const params = {};
        for (const param of text.slice(from, to).matchAll(PARAM)) {
            params[param[1].toLowerCase()] = param[2] !== undefined ? param[2].replace(/\\(.)/g, '$1') : (param[3] ?? '');
        }
        challenges.push({ scheme: start[1].toLowerCase(), params });
    });
    // A bare scheme with no parameters ("Basic") is still a challenge.
    if (challenges.length === 0 && /^\s*[A-Za-z]+\s*$/.test(text))
        challenges.push({ scheme: text.trim().toLowerCase(), params: {} });
    return challenges;
}

;// CONCATENATED MODULE: ./packages/oci/src/remediation.ts

/** What to do when a registry wants credentials and none were configured. */
function credentialsRequiredRemediation(registry) {
    if (isGhcr(registry)) {
        return 'The GHCR package is private: give a GitHub username and a token with read:packages (a classic PAT, or GITHUB_TOKEN with `permissions: packages: read` in a workflow whose repository has access to the package).';
    }
    if (isAcr(registry)) {
        return `Authenticate to ${registry} with the Azure identity from oidc-login (it needs the AcrPull role on the registry), or give a registry username and password.`;
    }
    if (isDockerHub(registry))
        return 'Give a Docker Hub username and access token; private repositories (and rate limits) need them.';
    return `Give the username and password (or token) for ${registry}.`;
}
/** What to do when the credentials given were rejected outright. */
function credentialsRefusedRemediation(registry, credentials) {
    const source = describeSource(credentials);
    if (isGhcr(registry)) {
        return `Check ${source}: GHCR needs your GitHub username and a personal access token (classic) with the read:packages scope (plus repo for private repositories) that has not expired or been revoked; in GitHub Actions, GITHUB_TOKEN works when the job has \`permissions: packages: read\`. Test it with: echo "$TOKEN" | docker login ghcr.io -u <username> --password-stdin`;
    }
    if (isAcr(registry)) {
        if (credentials.kind === 'azure') {
            return `Check ${source}: its Azure AD token must be for the registry's tenant, and the registry must accept Entra authentication (authentication-as-arm enabled). Run oidc-login first in the same job.`;
        }
        return `Check ${source} for ${registry}: the admin user must be enabled for admin credentials, and tokens or service-principal secrets must not have expired.`;
    }
    if (isDockerHub(registry))
        return `Check ${source}: Docker Hub needs your username and a personal access token that has not been revoked.`;
    return `Check ${source} for ${registry}.`;
}
/** What to do when authenticated credentials may not pull the repository. */
function accessDeniedRemediation(registry, repository, credentials) {
    const source = describeSource(credentials);
    if (isGhcr(registry)) {
        return `The token from ${source} is valid but cannot read ${registry}/${repository}: give it read:packages, and in the package settings (Manage Actions access) grant this repository at least Read.`;
    }
    if (isAcr(registry)) {
        return `The identity from ${source} is valid but cannot pull ${repository}: assign it the AcrPull role on the registry (az role assignment create --role AcrPull --assignee <client-id> --scope <registry resource id>), or a repository-scoped token with pull.`;
    }
    if (isDockerHub(registry))
        return `Docker Hub refused ${repository} for ${source}: check the repository name (Docker Hub answers the same for a missing repository) and that the account may read it.`;
    return `Grant ${source} pull access to ${repository} on ${registry}, or check the repository name.`;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
;// CONCATENATED MODULE: ./packages/oci/src/transport.ts



/** A request failed below HTTP: no connection, a TLS failure, a timeout, an oversized body. */
class TransportFailure extends Error {
    kind;
    code;
    constructor(kind, message, code) {
        super(message);
        this.name = 'TransportFailure';
        this.kind = kind;
        this.code = code;
    }
}
const TLS_CODES = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'CERT_UNTRUSTED',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'CERT_REVOKED',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'ERR_SSL_WRONG_VERSION_NUMBER',
    'ERR_SSL_PACKET_LENGTH_TOO_LONG',
    'EPROTO',
]);
function classify(error) {
    const code = error.code;
    if ((code && (TLS_CODES.has(code) || code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_'))) || /certificate|ssl|tls/i.test(error.message)) {
        return new TransportFailure('tls', error.message, code);
    }
    return new TransportFailure('unreachable', error.message, code);
}
/**
 * HTTP(S) through node:http/node:https, so that each client can trust its own CA without
 * touching process-wide settings. No keep-alive: a resolver makes a handful of calls and must
 * not hold the process open afterwards.
 */
class Transport {
    #options;
    #ca;
    constructor(options) {
        this.#options = options;
        const extra = options.ca === undefined ? [] : typeof options.ca === 'string' ? [options.ca] : [...options.ca];
        // `ca` replaces Node's trust store, so keep the default roots (and NODE_EXTRA_CA_CERTS) beside ours.
        this.#ca = extra.length === 0 ? undefined : [...external_node_tls_default().getCACertificates('default'), ...extra];
    }
    send(request) {
        const { url } = request;
        const secure = url.protocol === 'https:';
        const headers = { 'user-agent': this.#options.userAgent, ...request.headers };
        if (request.body !== undefined)
            headers['content-length'] = Buffer.byteLength(request.body);
        return new Promise((resolve, reject) => {
            const options = { method: request.method, headers, agent: false, ...(secure && this.#ca ? { ca: this.#ca } : {}) };
            const req = (secure ? (external_node_https_default()) : (external_node_http_default())).request(url, options, (res) => {
                const chunks = [];
                let size = 0;
                res.on('data', (chunk) => {
                    size += chunk.length;
                    if (size > this.#options.maxBodyBytes) {
                        req.destroy(new TransportFailure('too-large', `response body over ${this.#options.maxBodyBytes} bytes`));
                        return;
                    }
                    chunks.push(chunk);
                });
                res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
                res.on('error', (error) => reject(error instanceof TransportFailure ? error : classify(error)));
            });
            req.setTimeout(this.#options.timeoutMs, () => req.destroy(new TransportFailure('timeout', `no answer within ${this.#options.timeoutMs} ms`)));
            req.on('error', (error) => reject(error instanceof TransportFailure ? error : classify(error)));
            req.end(request.body);
        });
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/registry-client.ts





const TRANSIENT_STATUS = new Set([429, 502, 503, 504]);
const TRANSIENT_NETWORK_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
const MAX_RETRY_AFTER_MS = 30_000;
/** Refresh a token this long before it expires, so it does not lapse between check and use. */
const EXPIRY_MARGIN_MS = 10_000;
/** `{"errors":[{"code":"MANIFEST_UNKNOWN","message":"…"}]}` → `MANIFEST_UNKNOWN: …`, or undefined. */
function distributionErrorSummary(body) {
    try {
        const parsed = JSON.parse(body.toString('utf8'));
        const first = parsed.errors?.[0];
        if (!first || typeof first.code !== 'string')
            return undefined;
        const message = typeof first.message === 'string' ? first.message.slice(0, 300) : '';
        return { code: first.code, text: message ? `${first.code}: ${message}` : first.code };
    }
    catch {
        return undefined;
    }
}
/**
 * Talks to registries for one run: negotiates Basic, Bearer and ACR authentication on a 401,
 * caches the tokens it earns (per registry and scope), retries transient failures, and turns
 * everything else into a RegistryError. Every secret it handles — passwords, tokens it is
 * given or earns — is registered with its own redactor and scrubbed from any text it reports.
 */
class RegistryClient {
    #transport;
    #options;
    #logger;
    #redactor = new src/* Redactor */.pO();
    #authorizations = new Map();
    #acrRefreshTokens = new Map();
    constructor(options = {}) {
        this.#options = options;
        this.#logger = options.logger ?? src/* silentLogger */.qq;
        this.#transport = new Transport({
            ca: options.ca,
            timeoutMs: options.timeoutMs ?? 30_000,
            maxBodyBytes: 4 * 1024 * 1024,
            userAgent: options.userAgent ?? 'deploy-kit',
        });
    }
    /** Removes every secret this client has seen from `text`. */
    redact(text) {
        return this.#redactor.redact(text);
    }
    #now() {
        return (this.#options.now ?? Date.now)();
    }
    #sleep(ms) {
        return this.#options.sleep ? this.#options.sleep(ms) : new Promise((resolve) => setTimeout(resolve, ms));
    }
    #registerSecrets(credentials) {
        if (credentials.kind === 'basic')
            this.#redactor.add(credentials.password);
        if (credentials.kind === 'registry-token')
            this.#redactor.add(credentials.token);
    }
    baseUrl(reference) {
        const plain = this.#options.plainHttp?.includes(reference.apiHost) ?? false;
        return `${plain ? 'http' : 'https'}://${reference.apiHost}`;
    }
    /**
     * A request to the registry's API for `reference`'s repository, authenticated as the registry
     * demands. Resolves with any response other than 401 (which becomes a RegistryError).
     */
    async request(reference, credentials, method, path, accept) {
        this.#registerSecrets(credentials);
        const scope = `repository:${reference.repository}:pull`;
        const cacheKey = `${reference.apiHost} ${scope}`;
        const url = new URL(path, this.baseUrl(reference));
        let authorization = this.#cached(this.#authorizations, cacheKey);
        let authenticatedWith;
        for (let round = 0; round < 2; round++) {
            const headers = { accept };
            if (authorization)
                headers.authorization = authorization;
            const response = await this.#send(reference, { method, url, headers });
            if (response.status !== 401)
                return response;
            this.#authorizations.delete(cacheKey);
            // A cached token the registry no longer takes earns one fresh attempt; a fresh one that fails is final.
            if (round === 1)
                throw this.#rejected(reference, credentials, response, authenticatedWith);
            const challenge = this.#pickChallenge(parseChallenges(response.headers['www-authenticate']));
            if (!challenge)
                throw this.#rejected(reference, credentials, response, undefined);
            const earned = await this.#authenticate(reference, credentials, challenge, scope);
            authorization = earned.header;
            authenticatedWith = earned.via;
            this.#authorizations.set(cacheKey, { header: earned.header, expiresAt: earned.expiresAt });
        }
        throw new Error('unreachable: the authentication loop always returns or throws');
    }
    #cached(cache, key) {
        const hit = cache.get(key);
        if (hit && hit.expiresAt - EXPIRY_MARGIN_MS > this.#now())
            return hit.header;
        cache.delete(key);
        return undefined;
    }
    #pickChallenge(challenges) {
        return challenges.find((c) => c.scheme === 'bearer' && c.params.realm) ?? challenges.find((c) => c.scheme === 'basic');
    }
    /** The registry said 401 although we answered its challenge (or gave it nothing to challenge). */
    #rejected(reference, credentials, response, via) {
        const { registry, repository } = reference;
        const said = this.said(response);
        if (credentials.kind === 'anonymous') {
            return new RegistryError(RegistryErrorCode.CredentialsRequired, `${registry} requires credentials to read ${repository}${said}.`, {
                registry,
                repository,
                status: 401,
                remediation: credentialsRequiredRemediation(registry),
            });
        }
        // A token earned from the token service but still refused means: who you are is fine, what you may read is not.
        if (via === 'token' && credentials.kind !== 'registry-token') {
            return new RegistryError(RegistryErrorCode.AccessDenied, `${registry} authenticated the credentials but refused to let them read ${repository}${said}.`, {
                registry,
                repository,
                status: 401,
                remediation: accessDeniedRemediation(registry, repository, credentials),
            });
        }
        return new RegistryError(RegistryErrorCode.CredentialsRefused, `${registry} refused the credentials for ${repository}${said}.`, {
            registry,
            repository,
            status: 401,
            remediation: credentialsRefusedRemediation(registry, credentials),
        });
    }
    /** ` (registry said: CODE: message)`, scrubbed of secrets; empty when the body says nothing. */
    said(response) {
        const summary = distributionErrorSummary(response.body);
        return summary ? ` (registry said: ${this.redact(summary.text)})` : '';
    }
    async #authenticate(reference, credentials, challenge, scope) {
        const { registry, repository } = reference;
        const forever = Number.MAX_SAFE_INTEGER;
        if (challenge.scheme === 'basic') {
            if (credentials.kind === 'basic') {
                this.#logger.debug(`${registry}: answering a Basic challenge with ${credentials.source ?? 'the configured username/password'}`);
                return { header: `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`, via: 'basic', expiresAt: forever };
            }
            if (credentials.kind === 'anonymous') {
                throw new RegistryError(RegistryErrorCode.CredentialsRequired, `${registry} requires a username and password to read ${repository}.`, {
                    registry,
                    repository,
                    status: 401,
                    remediation: credentialsRequiredRemediation(registry),
                });
            }
            throw new RegistryError(RegistryErrorCode.CredentialsRefused, `${registry} asks for HTTP Basic credentials, which ${credentials.kind === 'azure' ? 'an Azure identity' : 'a registry token'} cannot answer.`, {
                registry,
                repository,
                status: 401,
                remediation: `Give a username and password for ${registry} instead.`,
            });
        }
        const realm = this.#realm(reference, challenge);
        const service = challenge.params.service;
        if (credentials.kind === 'registry-token') {
            return { header: `Bearer ${credentials.token}`, via: 'token', expiresAt: forever };
        }
        if (credentials.kind === 'azure')
            return this.#acrToken(reference, credentials, realm, service, scope);
        const query = new URLSearchParams();
        if (service)
            query.set('service', service);
        query.set('scope', scope);
        if (credentials.kind === 'basic')
            query.set('account', credentials.username);
        const tokenUrl = new URL(realm);
        for (const [key, value] of query)
            tokenUrl.searchParams.append(key, value);
        const headers = { accept: 'application/json' };
        if (credentials.kind === 'basic')
            headers.authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
        this.#logger.debug(`${registry}: bearer challenge; requesting a token for ${scope} from ${tokenUrl.origin}${tokenUrl.pathname}`);
        const response = await this.#send(reference, { method: 'GET', url: tokenUrl, headers });
        const token = this.#tokenFrom(reference, credentials, response, ['token', 'access_token'], 'token service');
        return { header: `Bearer ${token.value}`, via: 'token', expiresAt: this.#now() + token.expiresInMs };
    }
    /** The realm of a Bearer challenge, refusing to send credentials anywhere but over TLS. */
    #realm(reference, challenge) {
        const { registry, repository } = reference;
        let realm;
        try {
            realm = new URL(challenge.params.realm ?? '');
        }
        catch {
            throw new RegistryError(RegistryErrorCode.Protocol, `${registry} sent a Bearer challenge without a valid realm URL.`, {
                registry,
                repository,
                status: 401,
                remediation: 'The registry is misconfigured; report it to its operator.',
            });
        }
        const plainAllowed = this.#options.plainHttp?.includes(realm.host) ?? false;
        if (realm.protocol !== 'https:' && !(realm.protocol === 'http:' && plainAllowed)) {
            throw new RegistryError(RegistryErrorCode.Protocol, `${registry} asks for credentials at ${realm.origin}, which is not HTTPS; deploy-kit will not send credentials there.`, {
                registry,
                repository,
                status: 401,
                remediation: `Serve the token endpoint over HTTPS, or (for a local test registry) list ${realm.host} in the plain-HTTP registries.`,
            });
        }
        return realm;
    }
    /**
     * Azure Container Registry: Azure AD access token → ACR refresh token (`/oauth2/exchange`) →
     * repository-scoped access token (`/oauth2/token`, the challenge's realm).
     */
    async #acrToken(reference, credentials, realm, service, scope) {
        const serviceName = service ?? reference.registry;
        let refreshToken = this.#cached(this.#acrRefreshTokens, realm.origin);
        if (!refreshToken) {
            const aadToken = await credentials.getAccessToken();
            this.#redactor.add(aadToken);
            const form = new URLSearchParams({ grant_type: 'access_token', service: serviceName, access_token: aadToken });
            if (credentials.tenantId)
                form.set('tenant', credentials.tenantId);
            this.#logger.debug(`${reference.registry}: exchanging the Azure AD token for an ACR refresh token at ${realm.origin}/oauth2/exchange`);
            const response = await this.#send(reference, {
                method: 'POST',
                url: new URL('/oauth2/exchange', realm.origin),
                headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
                body: form.toString(),
            });
            const exchanged = this.#tokenFrom(reference, credentials, response, ['refresh_token'], 'token exchange');
            refreshToken = exchanged.value;
            // ACR refresh tokens last about three hours; re-exchange well before.
            this.#acrRefreshTokens.set(realm.origin, { header: refreshToken, expiresAt: this.#now() + 60 * 60_000 });
        }
        const form = new URLSearchParams({ grant_type: 'refresh_token', service: serviceName, scope, refresh_token: refreshToken });
        const response = await this.#send(reference, {
            method: 'POST',
            url: realm,
            headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
            body: form.toString(),
        });
        if (response.status === 401)
            this.#acrRefreshTokens.delete(realm.origin);
        const token = this.#tokenFrom(reference, credentials, response, ['access_token'], 'token service');
        return { header: `Bearer ${token.value}`, via: 'token', expiresAt: this.#now() + token.expiresInMs };
    }
    /** Reads a token out of a token-endpoint response (registering it as a secret), or explains the refusal. */
    #tokenFrom(reference, credentials, response, fields, what) {
        const { registry, repository } = reference;
        if (response.status === 401 || response.status === 403) {
            const said = this.said(response);
            if (credentials.kind === 'anonymous') {
                throw new RegistryError(RegistryErrorCode.CredentialsRequired, `${registry}'s ${what} refused an anonymous token for ${repository}${said}.`, {
                    registry,
                    repository,
                    status: response.status,
                    remediation: credentialsRequiredRemediation(registry),
                });
            }
            throw new RegistryError(RegistryErrorCode.CredentialsRefused, `${registry}'s ${what} refused the credentials${said}.`, {
                registry,
                repository,
                status: response.status,
                remediation: credentialsRefusedRemediation(registry, credentials),
            });
        }
        if (response.status === 429)
            throw this.statusError(reference, response, `its ${what}`);
        if (response.status >= 500)
            throw this.statusError(reference, response, `its ${what}`);
        let parsed = {};
        try {
            parsed = JSON.parse(response.body.toString('utf8'));
        }
        catch {
            // Reported below as a missing token.
        }
        const value = fields.map((f) => parsed[f]).find((v) => typeof v === 'string' && v.length > 0);
        if (response.status !== 200 || value === undefined) {
            throw new RegistryError(RegistryErrorCode.Protocol, `${registry}'s ${what} answered HTTP ${response.status} without a ${fields.join(' or ')}.`, {
                registry,
                repository,
                status: response.status,
                remediation: 'The registry\'s token service is misbehaving; retry later or report it to the registry operator.',
            });
        }
        this.#redactor.add(value);
        const expiresIn = typeof parsed.expires_in === 'number' && parsed.expires_in > 0 ? parsed.expires_in : 60;
        return { value, expiresInMs: expiresIn * 1000 };
    }
    /** A 429 or 5xx that outlasted the retries. */
    statusError(reference, response, what) {
        const from = what ? ` from ${what}` : '';
        const { registry, repository } = reference;
        if (response.status === 429) {
            const retryAfter = response.headers['retry-after'];
            return new RegistryError(RegistryErrorCode.RateLimited, `${registry} rate-limited the requests (HTTP 429${from})${retryAfter ? `; it asks to wait ${retryAfter} s` : ''}.`, {
                registry,
                repository,
                status: 429,
                remediation: 'Retry later; authenticated pulls have higher limits (GHCR and Docker Hub), and mirroring images into ACR avoids them.',
            });
        }
        return new RegistryError(RegistryErrorCode.Unavailable, `${registry} answered HTTP ${response.status}${from}${this.said(response)}.`, {
            registry,
            repository,
            status: response.status,
            remediation: 'The registry is failing; retry later and check its status page.',
        });
    }
    /** One HTTP exchange with retries for transient failures and redirects; transport failures become RegistryErrors. */
    async #send(reference, request) {
        const attempts = 1 + (this.#options.retries ?? 2);
        let current = request;
        let redirects = 0;
        for (let attempt = 1;; attempt++) {
            let response;
            try {
                response = await this.#transport.send(current);
            }
            catch (error) {
                const failure = error instanceof TransportFailure ? error : new TransportFailure('unreachable', String(error));
                const transient = failure.kind === 'timeout' || (failure.code !== undefined && TRANSIENT_NETWORK_CODES.has(failure.code));
                if (transient && attempt < attempts) {
                    this.#logger.debug(`${current.method} ${current.url.origin}${current.url.pathname}: ${failure.message}; retrying`);
                    await this.#sleep(this.#backoff(attempt, undefined));
                    continue;
                }
                throw this.#transportError(reference, current.url, failure);
            }
            this.#logger.debug(`${current.method} ${current.url.origin}${current.url.pathname} → ${response.status}`);
            if (REDIRECTS.has(response.status) && typeof response.headers.location === 'string' && current.method !== 'POST' && redirects < MAX_REDIRECTS) {
                redirects++;
                const next = new URL(response.headers.location, current.url);
                const headers = { ...current.headers };
                // Credentials are for the registry; a redirect to storage elsewhere must not carry them.
                if (next.origin !== current.url.origin)
                    delete headers.authorization;
                current = { ...current, url: next, headers };
                attempt--;
                continue;
            }
            if (TRANSIENT_STATUS.has(response.status) && attempt < attempts) {
                await this.#sleep(this.#backoff(attempt, response.headers['retry-after']));
                continue;
            }
            return response;
        }
    }
    #backoff(attempt, retryAfter) {
        const seconds = retryAfter === undefined ? NaN : Number(retryAfter);
        if (Number.isFinite(seconds) && seconds >= 0)
            return Math.min(seconds * 1000, MAX_RETRY_AFTER_MS);
        return Math.min(500 * 2 ** (attempt - 1), MAX_RETRY_AFTER_MS);
    }
    #transportError(reference, url, failure) {
        const { registry, repository } = reference;
        const where = `${url.protocol}//${url.host}`;
        const detail = this.redact(failure.message);
        if (failure.kind === 'tls') {
            const wrongProtocol = /wrong version number|packet length too long|EPROTO/i.test(`${failure.code ?? ''} ${failure.message}`);
            const untrusted = /self.signed|unable to (verify|get)|issuer|untrusted/i.test(`${failure.code ?? ''} ${failure.message}`);
            const remediation = wrongProtocol
                ? `${url.host} does not speak TLS there. If it is a local registry on plain HTTP, list ${url.host} in the plain-HTTP registries; otherwise check the port.`
                : untrusted
                    ? `Trust the CA that signed ${url.host}'s certificate: pass its PEM file (the sandbox prints it as NODE_EXTRA_CA_CERTS) to deploy-kit, or set NODE_EXTRA_CA_CERTS before the process starts.`
                    : `Check ${url.host}'s certificate (host name, validity dates) and the system clock.`;
            return new RegistryError(RegistryErrorCode.Tls, `TLS with ${where} failed: ${detail}${failure.code ? ` (${failure.code})` : ''}.`, { registry, repository, remediation, cause: failure });
        }
        if (failure.kind === 'too-large') {
            return new RegistryError(RegistryErrorCode.Protocol, `${where} sent an oversized response: ${detail}.`, { registry, repository, remediation: 'A manifest is at most 4 MiB; check that the reference points at a registry.', cause: failure });
        }
        return new RegistryError(RegistryErrorCode.Unreachable, `Cannot reach the registry at ${where}: ${detail}${failure.code ? ` (${failure.code})` : ''}.`, {
            registry,
            repository,
            remediation: `Check the registry host and port in the image reference, DNS and network access from this runner to ${url.host}.`,
            cause: failure,
        });
    }
}

;// CONCATENATED MODULE: ./packages/oci/src/resolve-digest.ts







const resolve_digest_SHA256 = /^sha256:[a-f0-9]{64}$/;
const SHOWN_TAGS = 15;
function headerValue(response, name) {
    const value = response.headers[name];
    return Array.isArray(value) ? value[0] : value;
}
function platformsOf(manifest) {
    const platforms = (manifest.json.manifests ?? [])
        // BuildKit lists attestations as unknown/unknown entries; they are not platforms.
        .filter((m) => m.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest' && m.platform?.os && m.platform.os !== 'unknown')
        .map((m) => [m.platform.os, m.platform.architecture, m.platform.variant].filter(Boolean).join('/'));
    return [...new Set(platforms)];
}
/** Newest-looking tags first: numeric-aware descending order. */
function orderTags(tags) {
    return [...tags].sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
}
/**
 * Resolves image references to digests. Keep one resolver for a run: it reuses the tokens it
 * earns for each registry and repository.
 */
class DigestResolver {
    #client;
    #options;
    constructor(options = {}) {
        this.#options = options;
        this.#client = new RegistryClient(options);
    }
    /**
     * `registry/repo:tag` → the digest the tag points at now (HEAD, falling back to a verified
     * GET); `registry/repo@sha256:…` → verified to exist. An index keeps the index's digest.
     */
    async resolve(input) {
        const reference = parseImageReference(input);
        const credentials = credentialsFor(this.#options.credentials, reference.registry);
        return reference.digest ? this.#verifyDigest(reference, credentials) : this.#resolveTag(reference, credentials);
    }
    async #resolveTag(reference, credentials) {
        const path = `/v2/${reference.repository}/manifests/${reference.tag}`;
        const head = await this.#client.request(reference, credentials, 'HEAD', path, MANIFEST_ACCEPT);
        if (head.status === 200) {
            const digest = headerValue(head, 'docker-content-digest');
            const mediaType = bareMediaType(headerValue(head, 'content-type'));
            this.#refuseLegacy(reference, mediaType);
            if (digest !== undefined && resolve_digest_SHA256.test(digest) && isManifestMediaType(mediaType)) {
                if (!isIndexMediaType(mediaType))
                    return this.#result(reference, digest, mediaType);
                // The index digest is already known; fetch the index only to report its platforms.
                return this.#fromManifest(reference, await this.#fetchManifest(reference, credentials, digest, digest));
            }
            this.#options.logger?.debug(`${formatReference(reference)}: HEAD gave no usable Docker-Content-Digest/Content-Type; fetching the manifest to hash it`);
        }
        else if (head.status !== 405 && head.status !== 400) {
            throw await this.#failure(reference, credentials, head);
        }
        return this.#fromManifest(reference, await this.#fetchManifest(reference, credentials, reference.tag, undefined));
    }
    async #verifyDigest(reference, credentials) {
        const digest = reference.digest;
        const head = await this.#client.request(reference, credentials, 'HEAD', `/v2/${reference.repository}/manifests/${digest}`, MANIFEST_ACCEPT);
        if (head.status === 200) {
            const announced = headerValue(head, 'docker-content-digest');
            if (announced !== undefined && announced !== digest)
                throw this.#mismatch(reference, digest, announced, 'announced');
            const mediaType = bareMediaType(headerValue(head, 'content-type'));
            this.#refuseLegacy(reference, mediaType);
            if (announced === digest && isManifestMediaType(mediaType) && !isIndexMediaType(mediaType))
                return this.#result(reference, digest, mediaType);
        }
        else if (head.status !== 405 && head.status !== 400) {
            throw await this.#failure(reference, credentials, head);
        }
        return this.#fromManifest(reference, await this.#fetchManifest(reference, credentials, digest, digest));
    }
    #fromManifest(reference, manifest) {
        const result = this.#result(reference, manifest.digest, manifest.mediaType);
        return isIndexMediaType(manifest.mediaType) ? { ...result, platforms: platformsOf(manifest) } : result;
    }
    #result(reference, digest, mediaType) {
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
    async #fetchManifest(reference, credentials, ref, expected) {
        const response = await this.#client.request(reference, credentials, 'GET', `/v2/${reference.repository}/manifests/${ref}`, MANIFEST_ACCEPT);
        if (response.status !== 200)
            throw await this.#failure(reference, credentials, response);
        const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(response.body).digest('hex')}`;
        const announced = headerValue(response, 'docker-content-digest');
        if (announced !== undefined) {
            const [algorithm, hex] = announced.split(':');
            const computed = algorithm === 'sha256' ? digest : algorithm && hex && (0,external_node_crypto_.getHashes)().includes(algorithm) ? `${algorithm}:${(0,external_node_crypto_.createHash)(algorithm).update(response.body).digest('hex')}` : undefined;
            if (computed !== announced)
                throw this.#mismatch(reference, digest, announced, 'served');
        }
        if (expected !== undefined && digest !== expected)
            throw this.#mismatch(reference, expected, digest, 'requested');
        let json;
        try {
            json = JSON.parse(response.body.toString('utf8'));
        }
        catch {
            throw this.#protocol(reference, `served a manifest for ${formatReference(reference)} that is not JSON`);
        }
        const headerType = bareMediaType(headerValue(response, 'content-type'));
        this.#refuseLegacy(reference, headerType);
        const declared = typeof json.mediaType === 'string' ? json.mediaType : undefined;
        if (declared !== undefined)
            this.#refuseLegacy(reference, declared);
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
    #refuseLegacy(reference, mediaType) {
        if (!LEGACY_SCHEMA1_MEDIA_TYPES.includes(mediaType))
            return;
        throw new RegistryError(RegistryErrorCode.UnsupportedManifest, `${formatReference(reference)} is a Docker schema 1 manifest, whose digest cannot be pinned reliably.`, {
            registry: reference.registry,
            repository: reference.repository,
            remediation: 'Rebuild and push the image with a current docker/buildx, podman or skopeo (schema 2 or OCI).',
        });
    }
    #mismatch(reference, expected, actual, how) {
        const text = how === 'requested'
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
    #protocol(reference, text) {
        return new RegistryError(RegistryErrorCode.Protocol, `${reference.registry} ${text}.`, {
            registry: reference.registry,
            repository: reference.repository,
            remediation: 'Check that the reference points at an OCI distribution registry.',
        });
    }
    /** Turns a non-success manifest response into the error that explains it. */
    async #failure(reference, credentials, response) {
        const { registry, repository } = reference;
        if (response.status === 404)
            return this.#notFound(reference, credentials, response);
        if (response.status === 403) {
            return new RegistryError(RegistryErrorCode.AccessDenied, `${registry} denied access to ${repository}${this.#client.said(response)}.`, {
                registry,
                repository,
                status: 403,
                remediation: credentials.kind === 'anonymous' ? credentialsRequiredRemediation(registry) : accessDeniedRemediation(registry, repository, credentials),
            });
        }
        if (response.status === 429 || response.status >= 500)
            return this.#client.statusError(reference, response);
        return this.#protocol(reference, `answered HTTP ${response.status} for ${formatReference(reference)}${this.#client.said(response)}`);
    }
    /** A 404: the tag (or digest) is missing, or the whole repository is. Tags are listed to tell which. */
    async #notFound(reference, credentials, manifestResponse) {
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
        const available = listing.kind === 'tags'
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
    async #listTags(reference, credentials) {
        try {
            const response = await this.#client.request(reference, credentials, 'GET', `/v2/${reference.repository}/tags/list?n=1000`, 'application/json');
            if (response.status === 404)
                return { kind: 'no-repository' };
            if (response.status !== 200)
                return { kind: 'unknown' };
            const tags = JSON.parse(response.body.toString('utf8')).tags;
            return { kind: 'tags', tags: Array.isArray(tags) ? tags.filter((t) => typeof t === 'string') : [] };
        }
        catch {
            // Listing is only a hint for the message; the 404 stands on its own.
            return { kind: 'unknown' };
        }
    }
}
/** Resolves one reference; for several, share a DigestResolver so tokens are reused. */
function resolveDigest(reference, options = {}) {
    return new DigestResolver(options).resolve(reference);
}

;// CONCATENATED MODULE: ./packages/oci/src/index.ts








;// CONCATENATED MODULE: ./packages/candidate/src/action.ts







async function azureRegistryCredentials(runtime) {
    // Loaded only when an ACR is resolved with the job's Azure login.
    const { azureSessionFromEnvironment, armScope } = await Promise.all(/* import() */[__webpack_require__.e(563), __webpack_require__.e(401)]).then(__webpack_require__.bind(__webpack_require__, 7401));
    const session = azureSessionFromEnvironment(runtime);
    return {
        kind: 'azure',
        source: 'the Azure login of this job (oidc-login)',
        getAccessToken: async () => {
            const token = await session.credential.getToken(armScope(session.armEndpoint));
            if (!token)
                throw new Error('Azure returned no access token for the registry exchange.');
            runtime.setSecret(token.token);
            return token.token;
        },
    };
}
function credentialsChooser(inputs, runtime) {
    const basic = inputs['registry-username'] && inputs['registry-password']
        ? { kind: 'basic', username: inputs['registry-username'], password: inputs['registry-password'], source: "the 'registry-username'/'registry-password' inputs" }
        : undefined;
    const mode = inputs['registry-auth'];
    if (mode === 'basic' && !basic)
        throw new src/* InputError */.dz('registry-password', "registry-auth is 'basic' but 'registry-username' and 'registry-password' are not both set.", 'Set both, or use registry-auth: auto.');
    let azure;
    const azureOnce = () => (azure ??= azureRegistryCredentials(runtime));
    return async (registry) => {
        if (mode === 'anonymous')
            return { kind: 'anonymous' };
        if (mode === 'basic')
            return basic;
        if (mode === 'azure')
            return azureOnce();
        if (basic)
            return basic;
        if (isAcr(registry) && runtime.env.AZURE_CLIENT_ID)
            return azureOnce();
        return { kind: 'anonymous' };
    };
}
const freezeCandidateAction = {
    spec: action_specs_src/* freezeCandidateSpec */._8,
    async run(inputs, { runtime }) {
        const images = parseImageList(inputs.images);
        const scopes = parseScopes(inputs.scopes);
        const repository = inputs.repository ?? runtime.context.repository;
        if (!repository)
            throw new src/* InputError */.dz('repository', 'was not given and the CI does not say which repository this is.', "Pass 'repository' as owner/name.");
        const choose = credentialsChooser(inputs, runtime);
        // Credentials are chosen per registry before resolving, so the resolver stays synchronous about them.
        const byRegistry = new Map();
        for (const { reference } of images) {
            const registry = reference.slice(0, reference.indexOf('/'));
            if (!byRegistry.has(registry))
                byRegistry.set(registry, await choose(registry));
        }
        const resolver = new DigestResolver({ credentials: (registry) => byRegistry.get(registry), plainHttp: inputs['plain-http-registries'], logger: runtime.log });
        const result = await runtime.log.group('Freeze candidate', () => freezeCandidate({ artifactsDir: inputs['artifacts-dir'], sha: inputs.sha, repository, images, scopes, resolve: (reference) => resolver.resolve(reference), store: new contracts_src/* ArtifactStore */.cJ(), log: runtime.log }));
        const refs = Object.fromEntries(Object.entries(result.manifest.images).map(([name, image]) => [name, image.ref]));
        const rows = Object.entries(result.manifest.images).map(([name, image]) => `| ${name} | \`${image.source}\` | \`${image.ref}\` |`);
        const activeScopes = Object.entries(result.manifest.scopes).filter(([, on]) => on).map(([scope]) => scope);
        return {
            ok: true,
            outputs: {
                'manifest-path': result.path,
                'manifest-sha256': result.sha256,
                refs,
                'requires-control-plane-approval': String(result.manifest.requiresControlPlaneApproval),
            },
            summary: [
                `### Candidate ${result.written ? 'frozen' : 'already frozen (unchanged)'}: \`${inputs.sha}\``,
                '',
                '| image | from | frozen as |',
                '| --- | --- | --- |',
                ...rows,
                '',
                `Scopes: ${activeScopes.join(', ') || 'none'} · control-plane approval: **${result.manifest.requiresControlPlaneApproval ? 'required' : 'not required'}** · manifest sha256 \`${result.sha256}\``,
                '',
            ].join('\n'),
            message: result.written ? `Froze ${images.length} image(s) in ${result.path}.` : `${result.path} was already frozen with the same content; nothing changed.`,
        };
    },
};

;// CONCATENATED MODULE: ./packages/candidate/src/tool-actions.ts



/** `deploy-kit identity-preflight`: seed 003's check, from flags or API_IDENTIFIER_URI / ENTRA_AUDIENCE. */
const identityPreflightAction = {
    spec: action_specs_src/* identityPreflightSpec */.$d,
    async run(inputs) {
        const result = identityPreflight({ apiIdentifierUri: inputs['api-identifier-uri'], entraAudience: inputs['entra-audience'] });
        return { ok: true, outputs: { 'identifier-uri': result.identifierUri, source: result.source }, message: `Identity config: ${result.identifierUri} (from ${result.source}).` };
    },
};
/** `deploy-kit image-tag`: the tag to build and resolve; freeze-candidate then pins its digest. */
const imageTagAction = {
    spec: action_specs_src/* imageTagSpec */.R2,
    async run(inputs, { runtime }) {
        const tag = computeTag(inputs.strategy, { ref: inputs.ref ?? runtime.context.ref, sha: inputs.sha, customTag: inputs['custom-tag'] });
        return { ok: true, outputs: { tag } };
    },
};

;// CONCATENATED MODULE: ./packages/candidate/src/index.ts










/***/ })

};

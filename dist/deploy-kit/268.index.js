export const id = 268;
export const ids = [268];
export const modules = {

/***/ 5268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ArmRequestError: () => (/* reexport */ ArmRequestError),
  ArmRequestLog: () => (/* reexport */ ArmRequestLog),
  ConcurrentChangeError: () => (/* reexport */ ConcurrentChangeError),
  ContainerAppsArm: () => (/* reexport */ ContainerAppsArm),
  DEFAULT_HEALTH: () => (/* reexport */ DEFAULT_HEALTH),
  DeployAbortedError: () => (/* reexport */ DeployAbortedError),
  HealthCheckFailedError: () => (/* reexport */ HealthCheckFailedError),
  MAX_REVISION_NAME_LENGTH: () => (/* reexport */ MAX_REVISION_NAME_LENGTH),
  MigrationFailedError: () => (/* reexport */ MigrationFailedError),
  PolicyError: () => (/* reexport */ PolicyError),
  RevisionFailedError: () => (/* reexport */ RevisionFailedError),
  RevisionSuffixTakenError: () => (/* reexport */ RevisionSuffixTakenError),
  armScope: () => (/* reexport */ armScope),
  checkHealth: () => (/* reexport */ checkHealth),
  containersWithImages: () => (/* reexport */ containersWithImages),
  createContainerAppsClient: () => (/* reexport */ createContainerAppsClient),
  createDeployDigestAction: () => (/* reexport */ createDeployDigestAction),
  createRollbackCommand: () => (/* reexport */ createRollbackCommand),
  defaultRevisionSuffix: () => (/* reexport */ defaultRevisionSuffix),
  deployApp: () => (/* reexport */ deployApp),
  deployCandidate: () => (/* reexport */ deployCandidate),
  deployDigestAction: () => (/* reexport */ deployDigestAction),
  describeTraffic: () => (/* reexport */ describeTraffic),
  effectiveWeights: () => (/* reexport */ effectiveWeights),
  etagCatcher: () => (/* reexport */ etagCatcher),
  explainArmError: () => (/* reexport */ explainArmError),
  formatTraffic: () => (/* reexport */ formatTraffic),
  healthUrl: () => (/* reexport */ healthUrl),
  ifMatch: () => (/* reexport */ ifMatch),
  imagesByContainer: () => (/* reexport */ imagesByContainer),
  isPreconditionFailed: () => (/* reexport */ isPreconditionFailed),
  isRevisionReady: () => (/* reexport */ isRevisionReady),
  mapBounded: () => (/* reexport */ mapBounded),
  nextFreeSuffix: () => (/* reexport */ nextFreeSuffix),
  parseAppTargets: () => (/* reexport */ parseAppTargets),
  parseHealthPaths: () => (/* reexport */ parseHealthPaths),
  parseJobTarget: () => (/* reexport */ parseJobTarget),
  parseRollbackArgs: () => (/* reexport */ parseRollbackArgs),
  parseTraffic: () => (/* reexport */ parseTraffic),
  pinLatest: () => (/* reexport */ pinLatest),
  planApp: () => (/* reexport */ planApp),
  planMigration: () => (/* reexport */ planMigration),
  renderDeploySummary: () => (/* reexport */ renderDeploySummary),
  resourceNameProblem: () => (/* reexport */ resourceNameProblem),
  restoreApp: () => (/* reexport */ restoreApp),
  restoredTraffic: () => (/* reexport */ restoredTraffic),
  revisionFailure: () => (/* reexport */ revisionFailure),
  revisionName: () => (/* reexport */ revisionName),
  revisionSuffixProblem: () => (/* reexport */ revisionSuffixProblem),
  rollbackCommand: () => (/* reexport */ rollbackCommand),
  rollbackFromRecord: () => (/* reexport */ rollbackFromRecord),
  runMigration: () => (/* reexport */ runMigration),
  sameTraffic: () => (/* reexport */ sameTraffic),
  shortDigest: () => (/* reexport */ shortDigest),
  stagedTraffic: () => (/* reexport */ stagedTraffic),
  stepTraffic: () => (/* reexport */ stepTraffic),
  templatePatch: () => (/* reexport */ templatePatch),
  trafficPatch: () => (/* reexport */ trafficPatch),
  validateRevisionSuffix: () => (/* reexport */ validateRevisionSuffix),
  waitForRevision: () => (/* reexport */ waitForRevision),
  writeIfUnchanged: () => (/* reexport */ writeIfUnchanged)
});

// EXTERNAL MODULE: ./packages/action-specs/src/index.ts + 10 modules
var src = __webpack_require__(9890);
// EXTERNAL MODULE: ./packages/azure-auth/src/index.ts + 11 modules
var azure_auth_src = __webpack_require__(7401);
// EXTERNAL MODULE: ./packages/candidate/src/index.ts + 18 modules
var candidate_src = __webpack_require__(2968);
// EXTERNAL MODULE: ./packages/contracts/src/index.ts + 12 modules
var contracts_src = __webpack_require__(1099);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 31 modules
var core_src = __webpack_require__(9045);
;// CONCATENATED MODULE: ./packages/deploy-digest/src/app-targets.ts

/**
 * Container Apps names: lower-case letters, digits and '-', starting with a letter, ending
 * with a letter or digit, 2 to 32 characters, no '--' (az containerapp create's validator).
 */
const RESOURCE_NAME = /^[a-z][a-z0-9-]{0,30}[a-z0-9]$/;
const CONTAINER_NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const DIGEST_REF = /^[a-z0-9.-]+(?::[0-9]+)?\/[a-z0-9._/-]+@sha256:[0-9a-f]{64}$/;
function resourceNameProblem(name) {
    if (!RESOURCE_NAME.test(name))
        return 'must be 2-32 lower-case letters, digits or hyphens, start with a letter and end with a letter or digit';
    if (name.includes('--'))
        return "cannot contain '--'";
    return undefined;
}
/** `app=image`, `app/container=image`, or a bare `name` meaning `name=name`. */
function parseEntry(input, line) {
    const eq = line.indexOf('=');
    const left = (eq < 0 ? line : line.slice(0, eq)).trim();
    const imageName = (eq < 0 ? line : line.slice(eq + 1)).trim();
    const example = input === 'apps' ? "'compass-api=api' (container-app=image-name), or 'compass-api/server=api' for one container of several" : "'compass-migrate=api' (job=image-name)";
    if (!left || !imageName)
        throw new core_src/* InputError */.dz(input, `'${line}' is not of the form name=image-name.`, `Write ${example}.`);
    const slash = left.indexOf('/');
    const resource = slash < 0 ? left : left.slice(0, slash);
    const container = slash < 0 ? undefined : left.slice(slash + 1);
    const problem = resourceNameProblem(resource);
    if (problem)
        throw new core_src/* InputError */.dz(input, `'${resource}' is not a valid Container Apps name: it ${problem}.`, `Use the name exactly as Azure shows it, e.g. ${example}.`);
    if (container !== undefined && !CONTAINER_NAME.test(container)) {
        throw new core_src/* InputError */.dz(input, `'${container}' is not a valid container name.`, 'Container names are lower-case letters, digits and hyphens, as in the app template.');
    }
    return { resource, container, imageName };
}
function resolveImage(input, entry, manifest) {
    const image = manifest.images[entry.imageName];
    if (!image) {
        const known = Object.keys(manifest.images).sort().join(', ');
        throw new core_src/* InputError */.dz(input, `image '${entry.imageName}' (for ${entry.resource}) is not in the candidate for ${manifest.sha} (it has: ${known}).`, `Use one of the candidate's image names (${known}), or freeze a candidate that includes '${entry.imageName}'.`);
    }
    // The manifest schema already insists on digests; a tag here would mean a hand-made manifest.
    if (!DIGEST_REF.test(image.ref)) {
        throw new core_src/* InputError */.dz(input, `image '${entry.imageName}' is '${image.ref}', not an immutable digest reference.`, 'deploy-digest deploys digests only (registry/repo@sha256:…). Freeze the candidate with freeze-candidate, which resolves tags to digests.');
    }
    return { container: entry.container, imageName: entry.imageName, ref: image.ref };
}
/** Parses `apps` against the candidate: every image must be one of its digests. */
function parseAppTargets(lines, manifest) {
    if (lines.length === 0)
        throw new core_src/* InputError */.dz('apps', 'names no container app.', "List the apps to deploy, one 'container-app=image-name' per line.");
    const byApp = new Map();
    for (const line of lines) {
        const entry = parseEntry('apps', line);
        const target = byApp.get(entry.resource) ?? { app: entry.resource, images: [] };
        const duplicate = target.images.find((image) => image.container === entry.container);
        if (duplicate) {
            throw new core_src/* InputError */.dz('apps', `${entry.resource}${entry.container ? `/${entry.container}` : ''} is listed twice.`, 'List each app (or app/container) once.');
        }
        if (target.images.length > 0 && (entry.container === undefined || target.images.some((image) => image.container === undefined))) {
            throw new core_src/* InputError */.dz('apps', `${entry.resource} is listed more than once without naming its containers.`, "Name each container when an app gets several images: 'app/container=image'.");
        }
        target.images.push(resolveImage('apps', entry, manifest));
        byApp.set(entry.resource, target);
    }
    return [...byApp.values()];
}
/** Parses `migration-job` (`job=image-name` or `job/container=image-name`). */
function parseJobTarget(text, manifest) {
    const lines = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
    if (lines.length !== 1)
        throw new core_src/* InputError */.dz('migration-job', `names ${lines.length} jobs; one is expected.`, "Write one 'job=image-name', e.g. 'compass-migrate=api'.");
    const entry = parseEntry('migration-job', lines[0]);
    return { job: entry.resource, image: resolveImage('migration-job', entry, manifest) };
}

;// CONCATENATED MODULE: ./packages/deploy-digest/src/errors.ts

/**
 * The ways a deploy fails on purpose. Each says which resource, what happened, and in
 * `remediation` what to do; the deploy loop turns them into record messages unchanged.
 */
/** Someone else changed the app or job between our read and our write; nothing was overwritten. */
class ConcurrentChangeError extends core_src/* DeployKitError */.mG {
    resource;
    /** `seen`: what deploy-digest found instead of what it left, when it noticed without a 412. */
    constructor(resource, etag, seen) {
        const how = seen === undefined ? `after deploy-digest read it (If-Match ${etag ?? '(none)'} answered 412 Precondition Failed)` : `during the deploy (${seen})`;
        super(`${resource} was changed by someone else ${how}. Nothing was overwritten.`, {
            remediation: 'Find out who else is deploying (another pipeline run, a portal or az change), let it finish, then re-run this deploy. Serialise production deploys with a concurrency group or lock.',
            exitCode: core_src/* ExitCode */.yU.Failure,
        });
        this.resource = resource;
    }
}
/** The revision suffix names a revision that already exists. */
class RevisionSuffixTakenError extends core_src/* DeployKitError */.mG {
    constructor(app, suffix, detail) {
        super(`Revision suffix '${suffix}' is already taken on ${app}: ${detail}.`, {
            remediation: `Choose another 'revision-suffix' (e.g. '${suffix}-2'), or leave it empty: deploy-digest then uses rev-<short sha> and numbers it (rev-<short sha>-2, …) when a replay finds it taken.`,
            exitCode: core_src/* ExitCode */.yU.UsageError,
        });
    }
}
/** An ARM call failed for a reason other than a concurrent change. */
class ArmRequestError extends core_src/* DeployKitError */.mG {
    statusCode;
    code;
    constructor(what, statusCode, code, detail, remediation) {
        super(`${what} failed${statusCode ? ` (${statusCode}${code ? ` ${code}` : ''})` : ''}: ${detail}`, { remediation, exitCode: core_src/* ExitCode */.yU.Failure });
        this.statusCode = statusCode;
        this.code = code;
    }
}
/** The migration job's execution failed or did not finish in time. */
class MigrationFailedError extends core_src/* DeployKitError */.mG {
    execution;
    status;
    constructor(job, execution, status, detail) {
        super(`Migration job ${job}${execution ? ` execution ${execution}` : ''}: ${status}${detail ? ` (${detail})` : ''}. No app was changed.`, {
            remediation: `Read the execution's logs (az containerapp job execution show -n ${job} --job-execution-name ${execution ?? '<name>'}; az containerapp job logs show -n ${job}), fix the migration, and re-run the deploy.`,
            exitCode: core_src/* ExitCode */.yU.Failure,
        });
        this.execution = execution;
        this.status = status;
    }
}
/** A new revision failed to provision, stopped running, or never became healthy. */
class RevisionFailedError extends core_src/* DeployKitError */.mG {
    revision;
    constructor(app, revision, detail) {
        super(`Revision ${revision} of ${app} ${detail}.`, {
            remediation: `Inspect it with 'az containerapp revision show -n ${app} --revision ${revision}' and its logs ('az containerapp logs show -n ${app} --revision ${revision}'); fix the image or its configuration and deploy a new candidate.`,
            exitCode: core_src/* ExitCode */.yU.Failure,
        });
        this.revision = revision;
    }
}
/** The new revision (or the app during a canary step) failed its HTTP health check. */
class HealthCheckFailedError extends core_src/* DeployKitError */.mG {
    constructor(app, where, reason) {
        super(`Health check of ${app} through ${where} failed: ${reason}.`, {
            remediation: "The new revision does not serve correctly. Check its logs, or adjust 'health-path' / 'health-expect-json' if the check itself is wrong.",
            exitCode: core_src/* ExitCode */.yU.Failure,
        });
    }
}
/** The deploy would break a policy (minReplicas) or needs a setting the app does not have. */
class PolicyError extends core_src/* DeployKitError */.mG {
    constructor(message, remediation) {
        super(message, { remediation, exitCode: core_src/* ExitCode */.yU.UsageError });
    }
}
/** The deploy was stopped because another app failed; this app's step was cut short. */
class DeployAbortedError extends core_src/* DeployKitError */.mG {
    app;
    constructor(app, reason) {
        super(`Stopped because ${reason}.`, { exitCode: core_src/* ExitCode */.yU.Failure });
        this.app = app;
    }
}

;// CONCATENATED MODULE: ./packages/deploy-digest/src/etag.ts

/**
 * Captures the ETag of the response an SDK call received (the `onResponse` option), from the
 * `ETag` header or, as some resource providers send it, the body's `etag` field.
 */
function etagCatcher() {
    let etag;
    return {
        onResponse: (raw) => {
            const header = raw.headers.get('etag');
            const body = raw.parsedBody;
            etag = header ?? (typeof body?.etag === 'string' ? body.etag : undefined);
        },
        etag: () => etag,
    };
}
/** Request options that make a write conditional on the resource being as we read it. */
function ifMatch(etag) {
    return { requestOptions: { headers: etag === undefined ? {} : { 'If-Match': etag } } };
}
function statusCodeOf(error) {
    const status = error?.statusCode;
    return typeof status === 'number' ? status : undefined;
}
function isPreconditionFailed(error) {
    return statusCodeOf(error) === 412;
}
/** Runs a conditional write; a 412 becomes a ConcurrentChangeError naming the resource. */
async function writeIfUnchanged(resource, etag, write) {
    try {
        return await write();
    }
    catch (error) {
        if (isPreconditionFailed(error))
            throw new ConcurrentChangeError(resource, etag);
        throw error;
    }
}

;// CONCATENATED MODULE: ./packages/deploy-digest/src/arm.ts



function errorCode(error) {
    const code = error?.code;
    return typeof code === 'string' ? code : undefined;
}
const SUFFIX_TAKEN = /revision with suffix (\S+) already exists/i;
/** Turns an SDK error into one that says what to do (seed 000 §8.3's failures among them). */
function explainArmError(what, error, names) {
    if (error instanceof core_src/* DeployKitError */.mG)
        return error;
    const status = statusCodeOf(error);
    const code = errorCode(error);
    const message = (0,core_src/* errorMessage */.gJ)(error);
    const taken = SUFFIX_TAKEN.exec(message);
    if (taken && names.app)
        return new RevisionSuffixTakenError(names.app, taken[1].replace(/["';.]+$/, ''), 'Container Apps refused the update');
    const remediation = (() => {
        switch (status) {
            case 401:
                return 'The Azure token was refused. Run oidc-login earlier in the same job and check AZURE_AUTHORITY_HOST / arm-endpoint.';
            case 403:
                return `Give the deploying identity the Contributor role on resource group '${names.resourceGroup}' (seed 000 §8.3.3: az role assignment create --role Contributor --assignee <sp> --scope <rg id>).`;
            case 404:
                return `Check the name and 'resource-group' (az containerapp list -g ${names.resourceGroup} -o table; az containerapp job list -g ${names.resourceGroup}).`;
            case 409:
                if (/InProgress/i.test(code ?? '') || /in progress/i.test(message))
                    return 'Another operation is in progress on this resource. Wait for it to finish and re-run the deploy.';
                return 'The resource is not in a state that allows this; read the message above.';
            case 429:
                return 'Azure Resource Manager kept throttling after the retries. Deploy fewer apps at once (concurrency) or retry later.';
            default:
                if (status !== undefined && status >= 500)
                    return 'Azure answered a server error after the retries. Retry the deploy; if it persists, check Azure status.';
                if (/ImagePull|pull/i.test(message))
                    return "The image cannot be pulled: check that the app's registry credentials (configuration.registries) can read it (seed 000 §8.3.2).";
                if (/provision/i.test(message)) {
                    return `The new revision could not be provisioned. Look at it with 'az containerapp revision list -n ${names.app ?? '<app>'} -g ${names.resourceGroup}' and its system logs (az containerapp logs show --type system); check the image can be pulled and the template is valid.`;
                }
                return 'Read the message above; fix the app or the inputs and re-run.';
        }
    })();
    return new ArmRequestError(what, status, code, message, remediation);
}
/**
 * The Container Apps calls deploy-digest makes, through the real SDK. Reads return the ETag they
 * saw; writes take one and send it as If-Match, so a concurrent change fails with a clear error
 * instead of being overwritten.
 */
class ContainerAppsArm {
    resourceGroup;
    #client;
    #pollIntervalMs;
    constructor(client, resourceGroup, options = {}) {
        this.#client = client;
        this.resourceGroup = resourceGroup;
        this.#pollIntervalMs = options.pollIntervalMs;
    }
    async #call(what, app, fn) {
        try {
            return await fn();
        }
        catch (error) {
            throw explainArmError(what, error, { app, resourceGroup: this.resourceGroup });
        }
    }
    async getApp(app) {
        const catcher = etagCatcher();
        const value = await this.#call(`Reading container app ${app}`, app, () => this.#client.containerApps.get(this.resourceGroup, app, { onResponse: catcher.onResponse }));
        return { value, etag: catcher.etag() };
    }
    /** JSON merge patch of the app, conditional on `etag`; resolves when the operation completes. */
    async patchApp(app, body, etag) {
        return this.#call(`Updating container app ${app}`, app, () => writeIfUnchanged(`Container app ${app}`, etag, async () => this.#client.containerApps.update(this.resourceGroup, app, body, { ...ifMatch(etag), updateIntervalInMs: this.#pollIntervalMs })));
    }
    async listRevisions(app) {
        return this.#call(`Listing revisions of ${app}`, app, async () => {
            const revisions = [];
            for await (const revision of this.#client.containerAppsRevisions.listRevisions(this.resourceGroup, app))
                revisions.push(revision);
            return revisions;
        });
    }
    /** The revision, or undefined while it does not exist (yet). */
    async getRevision(app, revision) {
        try {
            return await this.#client.containerAppsRevisions.getRevision(this.resourceGroup, app, revision);
        }
        catch (error) {
            if (statusCodeOf(error) === 404)
                return undefined;
            throw explainArmError(`Reading revision ${revision}`, error, { app, resourceGroup: this.resourceGroup });
        }
    }
    async activateRevision(app, revision) {
        await this.#call(`Activating revision ${revision}`, app, () => this.#client.containerAppsRevisions.activateRevision(this.resourceGroup, app, revision));
    }
    async deactivateRevision(app, revision) {
        await this.#call(`Deactivating revision ${revision}`, app, () => this.#client.containerAppsRevisions.deactivateRevision(this.resourceGroup, app, revision));
    }
    async getJob(job) {
        const catcher = etagCatcher();
        const value = await this.#call(`Reading job ${job}`, undefined, () => this.#client.jobs.get(this.resourceGroup, job, { onResponse: catcher.onResponse }));
        return { value, etag: catcher.etag() };
    }
    async patchJob(job, body, etag) {
        return this.#call(`Updating job ${job}`, undefined, () => writeIfUnchanged(`Job ${job}`, etag, async () => this.#client.jobs.update(this.resourceGroup, job, body, { ...ifMatch(etag), updateIntervalInMs: this.#pollIntervalMs })));
    }
    /** Starts an execution with the job's template; resolves with the execution's name. */
    async startJob(job) {
        const started = await this.#call(`Starting job ${job}`, undefined, async () => this.#client.jobs.start(this.resourceGroup, job, { updateIntervalInMs: this.#pollIntervalMs }));
        if (!started?.name) {
            throw new ArmRequestError(`Starting job ${job}`, undefined, undefined, 'the service did not name the execution it started', 'Look for the execution with az containerapp job execution list and re-run the deploy.');
        }
        return started.name;
    }
    async getExecution(job, execution) {
        return this.#call(`Reading execution ${execution} of job ${job}`, undefined, () => this.#client.jobExecution(this.resourceGroup, job, execution));
    }
}

// EXTERNAL MODULE: ./node_modules/@azure/arm-appcontainers/dist/esm/index.js + 121 modules
var esm = __webpack_require__(5135);
;// CONCATENATED MODULE: ./packages/deploy-digest/src/arm-client.ts


/** Counts what the client sends: every attempt after the retry policy, so retries count too. */
class ArmRequestLog {
    requests = [];
    #inFlight = 0;
    #maxInFlight = 0;
    get count() {
        return this.requests.length;
    }
    get maxInFlight() {
        return this.#maxInFlight;
    }
    start() {
        this.#inFlight += 1;
        this.#maxInFlight = Math.max(this.#maxInFlight, this.#inFlight);
    }
    finish(record) {
        this.#inFlight -= 1;
        this.requests.push(record);
    }
}
function armScope(armEndpoint) {
    return `${new URL(armEndpoint).origin}/.default`;
}
/** The Container Apps client, with a request log and debug lines for every attempt. */
function createContainerAppsClient(options) {
    const logger = options.logger ?? core_src/* silentLogger */.qq;
    const client = new esm/* ContainerAppsAPIClient */.tV(options.credential, options.subscriptionId, {
        endpoint: options.armEndpoint,
        credentials: { scopes: [armScope(options.armEndpoint)] },
        retryOptions: {
            ...(options.maxRetries === undefined ? {} : { maxRetries: options.maxRetries }),
            ...(options.retryDelayMs === undefined ? {} : { retryDelayInMs: options.retryDelayMs }),
        },
    });
    const log = new ArmRequestLog();
    client.pipeline.addPolicy({
        name: 'deployKitArmRequestLog',
        async sendRequest(request, next) {
            const startedAt = Date.now();
            const path = new URL(request.url).pathname;
            log.start();
            let status;
            try {
                const response = await next(request);
                status = response.status;
                return response;
            }
            finally {
                log.finish({ method: request.method, path, status, startedAt, endedAt: Date.now() });
                const retryAfter = status === 429 || status === 503 ? ' (will retry after Retry-After)' : '';
                logger.debug(`ARM ${request.method} ${path} → ${status ?? 'no response'}${retryAfter}`);
            }
        },
    }, { afterPhase: 'Retry' });
    return { client, log };
}

// EXTERNAL MODULE: ./packages/health-gate/src/index.ts + 19 modules
var health_gate_src = __webpack_require__(3525);
;// CONCATENATED MODULE: ./packages/deploy-digest/src/image-update.ts

/**
 * What deploy-digest writes to an app, and nothing else. Updates are JSON merge patches
 * (PATCH, `containerApps.update`), so every field left out of the body keeps its value: the
 * body carries only the template's containers (an array replaces the stored one whole, so it is
 * sent complete, as read, with only the images changed), the revision suffix, and — when the
 * deploy routes traffic — the ingress traffic list. Secrets, registries, scale, probes, env,
 * ingress settings, Dapr, identity and tags are never sent, so they cannot be clobbered (a
 * GET-modify-PUT would also have to send secret values, which a GET does not return).
 */
/** Which container gets which image; a target without a container name means the only one. */
function containersWithImages(app, current, images, input = 'apps') {
    if (current.length === 0)
        throw new core_src/* InputError */.dz(input, `${app} has no containers in its template.`, 'Create the app with at least one container before deploying to it.');
    const next = current.map((container) => structuredClone(container));
    for (const image of images) {
        let index;
        if (image.container === undefined) {
            if (current.length > 1) {
                const byImageName = current.findIndex((container) => container.name === image.imageName);
                if (byImageName < 0) {
                    const names = current.map((container) => container.name).join(', ');
                    throw new core_src/* InputError */.dz(input, `${app} has ${current.length} containers (${names}); which one runs '${image.imageName}'?`, `Name the container: '${app}/<container>=${image.imageName}' (one of ${names}).`);
                }
                index = byImageName;
            }
            else
                index = 0;
        }
        else {
            index = current.findIndex((container) => container.name === image.container);
            if (index < 0) {
                const names = current.map((container) => container.name).join(', ');
                throw new core_src/* InputError */.dz(input, `${app} has no container named '${image.container}' (it has ${names}).`, `Use one of ${names}.`);
            }
        }
        next[index].image = image.ref;
    }
    return next;
}
function imagesByContainer(containers) {
    const images = {};
    (containers ?? []).forEach((container, index) => {
        images[container.name ?? `container-${index}`] = container.image ?? '';
    });
    return images;
}
function sameImages(a, b) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys)
        if (a[key] !== b[key])
            return false;
    return true;
}
function toSdkTraffic(traffic) {
    return traffic.map((entry) => ({
        ...(entry.latestRevision ? { latestRevision: true } : { revisionName: entry.revisionName }),
        weight: entry.weight,
        ...(entry.label ? { label: entry.label } : {}),
    }));
}
function fromSdkTraffic(traffic) {
    return (traffic ?? []).map((entry) => ({
        ...(entry.latestRevision ? { latestRevision: true } : entry.revisionName ? { revisionName: entry.revisionName } : {}),
        weight: entry.weight ?? 0,
        ...(entry.label ? { label: entry.label } : {}),
    }));
}
/** New containers and suffix (a new revision), optionally with the traffic that goes with it. */
function templatePatch(app, containers, revisionSuffix, traffic) {
    return {
        location: app.location,
        template: { revisionSuffix, containers: containers.map((container) => structuredClone(container)) },
        ...(traffic === undefined ? {} : { configuration: { ingress: { traffic: toSdkTraffic(traffic) } } }),
    };
}
/** Only the traffic list. */
function trafficPatch(app, traffic) {
    return { location: app.location, configuration: { ingress: { traffic: toSdkTraffic(traffic) } } };
}

;// CONCATENATED MODULE: ./packages/deploy-digest/src/revision-health.ts


const DEFAULT_HEALTH = {
    path: '/health',
    expectStatus: '200',
    expectJson: { status: 'healthy' },
    timeoutMs: 120_000,
    consecutive: 2,
    maxFailures: 3,
    intervalMs: 1000,
    requestTimeoutMs: 10_000,
};
/**
 * `health-path`: one path for every app (`/health`), `none`, and/or `app=/path` lines for apps
 * that differ (seed 001's Spring services answer on /actuator/health).
 */
function parseHealthPaths(text, apps) {
    let fallback = DEFAULT_HEALTH.path;
    const byApp = {};
    for (const line of text.split(/\r?\n|,/).map((item) => item.trim()).filter(Boolean)) {
        const eq = line.indexOf('=');
        const path = (eq < 0 ? line : line.slice(eq + 1)).trim();
        const value = path.toLowerCase() === 'none' ? '' : path;
        if (value !== '' && !value.startsWith('/'))
            throw new core_src/* InputError */.dz('health-path', `'${path}' is not a path.`, "Write paths from the root, e.g. '/health' or 'auth-service=/actuator/health', or 'none'.");
        if (eq < 0)
            fallback = value;
        else {
            const app = line.slice(0, eq).trim();
            if (!apps.includes(app))
                throw new core_src/* InputError */.dz('health-path', `'${app}' is not one of the apps being deployed (${apps.join(', ')}).`, "Name an app from 'apps', or drop the line.");
            byApp[app] = value;
        }
    }
    return { fallback, byApp };
}
function healthUrl(fqdn, path) {
    const base = /^https?:\/\//.test(fqdn) ? fqdn : `https://${fqdn}`;
    return `${base.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}
/**
 * Checks one FQDN with the health gate. Given a revision's own FQDN, the answer can only come
 * from that revision — a check through the app's FQDN could be answered by the old revision
 * and pass a broken deploy.
 */
async function checkHealth(fqdn, settings, deps) {
    if (!settings.path)
        return { status: 'skipped', url: null, reason: "no 'health-path'; relying on the revision's health state", samples: 0 };
    if (!fqdn)
        return { status: 'skipped', url: null, reason: 'the app has no ingress FQDN to check; relying on the revision health state', samples: 0 };
    const url = healthUrl(fqdn, settings.path);
    const result = await (0,health_gate_src.runHealthGate)({
        urls: [url],
        criteria: { status: (0,health_gate_src.parseStatusSpec)(settings.expectStatus), ...(settings.expectJson ? { expectJson: settings.expectJson } : {}) },
        consecutive: settings.consecutive,
        maxFailures: settings.maxFailures,
        timeoutMs: settings.timeoutMs,
        requestTimeoutMs: settings.requestTimeoutMs,
        intervalMs: settings.intervalMs,
        maxIntervalMs: Math.max(settings.intervalMs, Math.min(settings.intervalMs * 4, 5000)),
        ...(settings.ca ? { ca: settings.ca } : {}),
    }, { logger: deps.logger, ...(deps.clock ? { clock: deps.clock } : {}) });
    return { status: result.status, url, reason: result.reason, samples: result.samples };
}

;// CONCATENATED MODULE: ./packages/deploy-digest/src/traffic.ts

function parseTraffic(text) {
    const value = text.trim().toLowerCase();
    if (value === 'all' || value === '')
        return { kind: 'all' };
    if (value === 'none')
        return { kind: 'none' };
    const canary = /^canary:(.+)$/.exec(value);
    if (!canary)
        throw new core_src/* InputError */.dz('traffic', `'${text}' is not a traffic plan.`, "Use 'all', 'none' or 'canary:10,50,100'.");
    const parts = canary[1].split(',').map((part) => part.trim());
    const steps = parts.map((part) => (/^\d+$/.test(part) ? Number(part) : Number.NaN));
    const bad = parts.find((_, index) => !Number.isInteger(steps[index]) || steps[index] < 1 || steps[index] > 100);
    if (bad !== undefined)
        throw new core_src/* InputError */.dz('traffic', `canary step '${bad}' is not a whole percentage from 1 to 100.`, "Write the steps as percentages, e.g. 'canary:10,50,100'.");
    for (let i = 1; i < steps.length; i += 1) {
        if (steps[i] <= steps[i - 1])
            throw new core_src/* InputError */.dz('traffic', `canary steps must increase (${steps[i - 1]} is followed by ${steps[i]}).`, "Write increasing steps, e.g. 'canary:10,50,100'.");
    }
    if (steps[steps.length - 1] !== 100) {
        throw new core_src/* InputError */.dz('traffic', `the last canary step is ${steps[steps.length - 1]}%, not 100%.`, "End the canary at 100 (e.g. 'canary:10,50,100'); to stage a revision without traffic use 'none' with a 'label'.");
    }
    return { kind: 'canary', steps };
}
function describeTraffic(plan) {
    return plan.kind === 'canary' ? `canary:${plan.steps.join(',')}` : plan.kind;
}
/** Traffic with every `latestRevision: true` written as the revision it means now. */
function pinLatest(traffic, latestReadyRevision) {
    return traffic.map((entry) => {
        if (!entry.latestRevision)
            return cleanWeight(entry);
        if (latestReadyRevision === undefined)
            return cleanWeight(entry);
        return cleanWeight({ revisionName: latestReadyRevision, weight: entry.weight, label: entry.label });
    });
}
function cleanWeight(entry) {
    return {
        ...(entry.latestRevision ? { latestRevision: true } : entry.revisionName !== undefined ? { revisionName: entry.revisionName } : {}),
        weight: entry.weight,
        ...(entry.label ? { label: entry.label } : {}),
    };
}
/** Weight per revision name (labels aside), resolving `latestRevision` to `latestReady`. */
function effectiveWeights(traffic, latestReadyRevision) {
    const weights = new Map();
    for (const entry of pinLatest(traffic, latestReadyRevision)) {
        if (entry.revisionName === undefined)
            continue;
        weights.set(entry.revisionName, (weights.get(entry.revisionName) ?? 0) + entry.weight);
    }
    return weights;
}
/**
 * The traffic for one canary step: the new revision gets `percent`; the previous entries keep
 * their proportions of the rest (rounded, the remainder going to the largest), and their labels.
 * A label given for the new revision moves to it.
 */
function stepTraffic(previousPinned, newRevision, percent, label) {
    const others = previousPinned
        .filter((entry) => entry.revisionName !== newRevision)
        .map((entry) => (label !== undefined && entry.label === label ? { ...entry, label: undefined } : { ...entry }))
        .filter((entry) => entry.weight > 0 || entry.label);
    const rest = 100 - percent;
    const total = others.reduce((sum, entry) => sum + entry.weight, 0);
    const scaled = others.map((entry) => ({ ...entry, weight: total === 0 ? 0 : Math.floor((entry.weight * rest) / total) }));
    let remainder = rest - scaled.reduce((sum, entry) => sum + entry.weight, 0);
    if (remainder > 0 && total > 0) {
        const order = scaled.map((_, index) => ({ index, weight: others[index].weight })).sort((a, b) => b.weight - a.weight);
        for (let i = 0; remainder > 0; i = (i + 1) % order.length, remainder -= 1)
            scaled[order[i].index].weight += 1;
    }
    const next = scaled.filter((entry) => entry.weight > 0 || entry.label).map(cleanWeight);
    // With nothing else carrying weight, the new revision takes all of it whatever the step says.
    const newWeight = next.reduce((sum, entry) => sum + entry.weight, 0) === 0 ? 100 : percent;
    next.unshift(cleanWeight({ revisionName: newRevision, weight: newWeight, label }));
    return next;
}
/** The new revision joins with weight 0 (and the label, if any); everyone else keeps theirs. */
function stagedTraffic(previousPinned, newRevision, label) {
    const others = previousPinned
        .filter((entry) => entry.revisionName !== newRevision)
        .map((entry) => (label !== undefined && entry.label === label ? { ...entry, label: undefined } : entry))
        .filter((entry) => entry.weight > 0 || entry.label)
        .map(cleanWeight);
    if (others.length === 0)
        return [cleanWeight({ revisionName: newRevision, weight: 100, label })];
    return [...others, cleanWeight({ revisionName: newRevision, weight: 0, label })];
}
/** Same entries, same weights, same labels — order aside. */
function sameTraffic(a, b) {
    const key = (entry) => `${entry.latestRevision ? '@latest' : entry.revisionName}|${entry.weight}|${entry.label ?? ''}`;
    const left = a.map(key).sort();
    const right = b.map(key).sort();
    return left.length === right.length && left.every((value, index) => value === right[index]);
}
function formatTraffic(traffic) {
    if (traffic.length === 0)
        return '—';
    return traffic
        .map((entry) => `${entry.latestRevision ? 'latest' : entry.revisionName}=${entry.weight}%${entry.label ? ` (${entry.label})` : ''}`)
        .join(', ');
}

;// CONCATENATED MODULE: ./packages/deploy-digest/src/wait-for-revision.ts


function describe(revision) {
    if (revision === undefined)
        return 'not found';
    return `provisioning ${revision.provisioningState ?? '?'}, running ${revision.runningState ?? '?'}, health ${revision.healthState ?? '?'}, replicas ${revision.replicas ?? '?'}${revision.provisioningError ? `, error: ${revision.provisioningError}` : ''}`;
}
const RUNNING = new Set(['Running', 'RunningAtMaxScale']);
/** Ready as Container Apps means it: provisioned, running, and passing its probes. */
function isRevisionReady(revision) {
    return revision?.provisioningState === 'Provisioned' && RUNNING.has(revision.runningState ?? '') && revision.healthState === 'Healthy';
}
/** Provisioned and running (or degraded), yet failing its probes: worth checking directly. */
function isRunningUnhealthy(revision) {
    return revision?.provisioningState === 'Provisioned' && (RUNNING.has(revision.runningState ?? '') || revision.runningState === 'Degraded') && revision.healthState === 'Unhealthy' && Boolean(revision.fqdn);
}
/** Failed for good: no amount of waiting fixes these. */
function revisionFailure(revision) {
    if (revision === undefined)
        return undefined;
    if (revision.provisioningState === 'Failed')
        return `failed to provision${revision.provisioningError ? `: ${revision.provisioningError}` : ''}`;
    if (revision.runningState === 'Failed')
        return `stopped running (${describe(revision)})`;
    if (revision.provisioningState === 'Deprovisioning' || revision.provisioningState === 'Deprovisioned')
        return `is being removed (${describe(revision)})`;
    return undefined;
}
/**
 * Polls the revision until it is provisioned, running and healthy; fails as soon as it cannot
 * get there, or at the deadline with the last state seen.
 */
async function waitForRevision(wait) {
    const started = wait.clock.now();
    const deadline = started + wait.timeoutMs;
    let last;
    let lastLine = '';
    for (;;) {
        if (wait.signal?.aborted)
            throw new DeployAbortedError(wait.app, String(wait.signal.reason?.message ?? 'the deploy was stopped'));
        last = await wait.arm.getRevision(wait.app, wait.revision);
        const line = describe(last);
        if (line !== lastLine)
            wait.logger.info(`${wait.revision}: ${line}`);
        lastLine = line;
        if (last !== undefined && isRevisionReady(last))
            return last;
        if (wait.returnWhenRunningUnhealthy && isRunningUnhealthy(last))
            return last;
        const failure = revisionFailure(last);
        if (failure)
            throw new RevisionFailedError(wait.app, wait.revision, failure);
        const now = wait.clock.now();
        if (now >= deadline) {
            throw new RevisionFailedError(wait.app, wait.revision, `did not become healthy within ${(0,core_src/* formatDuration */.a3)(wait.statedTimeoutMs ?? wait.timeoutMs)} (last: ${line})`);
        }
        await wait.clock.sleep(Math.min(wait.pollIntervalMs, Math.max(1, deadline - now)), wait.signal);
    }
}

;// CONCATENATED MODULE: ./packages/deploy-digest/src/app-deploy.ts






function stateOf(app, revision, images) {
    return { revision, images, traffic: fromSdkTraffic(app.configuration?.ingress?.traffic), latestReadyRevision: app.latestReadyRevisionName ?? null };
}
function healthRecord(outcome) {
    return { status: outcome.status, url: outcome.url, reason: outcome.reason };
}
function skippedOutcome(plan, now, reason) {
    return {
        plan,
        status: 'skipped',
        changed: false,
        current: plan.previous,
        fqdn: plan.app.configuration?.ingress?.fqdn,
        revisionFqdn: undefined,
        health: { status: 'skipped', url: null, reason },
        startedAt: now,
        finishedAt: now,
        error: undefined,
        rollback: undefined,
    };
}
/**
 * Deploys one planned app: new revision (or the resumed one), wait until it is provisioned,
 * running and healthy, check it through its own FQDN, then move traffic as the plan says.
 * Never throws: the outcome carries the error, and whether anything was changed.
 */
async function deployApp(plan, context) {
    const { arm, logger } = context;
    const name = plan.target.app;
    const outcome = { ...skippedOutcome(plan, context.clock.now(), 'not checked'), status: 'failed' };
    const abortIfStopped = () => {
        if (context.signal.aborted)
            throw new DeployAbortedError(name, (0,core_src/* errorMessage */.gJ)(context.signal.reason));
    };
    const desiredImages = imagesByContainer(plan.desiredContainers);
    const multiple = plan.mode === 'Multiple' && plan.hasIngress;
    const pinned = pinLatest(plan.previous.traffic, plan.previous.latestReadyRevision ?? undefined);
    // What the stored traffic should be before each of our traffic writes; anything else means someone else changed it.
    let expectedTraffic = plan.previous.traffic;
    const setTraffic = async (traffic, why) => {
        const { value: app, etag } = await arm.getApp(name);
        if (!sameTraffic(fromSdkTraffic(app.configuration?.ingress?.traffic), expectedTraffic)) {
            const now = formatTraffic(fromSdkTraffic(app.configuration?.ingress?.traffic));
            throw new ConcurrentChangeError(`Container app ${name}`, etag, `its traffic is ${now}; deploy-digest left ${formatTraffic(expectedTraffic)}`);
        }
        logger.info(`${name}: traffic ${why}: ${formatTraffic(traffic)}`);
        outcome.changed = true;
        await arm.patchApp(name, trafficPatch(app, traffic), etag);
        expectedTraffic = traffic;
    };
    const checkRevision = async (where) => {
        const revision = await arm.getRevision(name, plan.revision);
        const failure = revisionFailure(revision);
        if (failure)
            throw new RevisionFailedError(name, plan.revision, `${failure} ${where}`);
        if (!isRevisionReady(revision)) {
            const state = revision === undefined ? 'not found' : `health ${revision.healthState ?? '?'}, running ${revision.runningState ?? '?'}`;
            throw new RevisionFailedError(name, plan.revision, `is no longer healthy ${where} (${state})`);
        }
    };
    const checkUrl = async (fqdn, where) => {
        const result = await checkHealth(fqdn, context.health, { clock: context.clock, logger });
        if (result.status === 'fail') {
            outcome.health = healthRecord({ ...result, reason: `${where}: ${result.reason}` });
            throw new HealthCheckFailedError(name, `${where} ${result.url}`, result.reason);
        }
        return result;
    };
    try {
        if (plan.action === 'unchanged') {
            logger.info(`${name}: already runs ${Object.values(desiredImages).join(', ')} in ${plan.revision}; nothing to do.`);
            outcome.status = 'unchanged';
            outcome.current = { ...plan.previous, revision: plan.revision, images: desiredImages };
            outcome.health = { status: 'skipped', url: null, reason: 'unchanged: the app already runs this candidate' };
            return outcome;
        }
        abortIfStopped();
        if (plan.action === 'create') {
            // A `latestRevision: true` entry would hand traffic to the new revision the moment it is
            // ready, before we checked it; name the revisions it means now instead.
            const pin = multiple && !sameTraffic(pinned, plan.previous.traffic) ? pinned : undefined;
            logger.info(`${name}: new revision ${plan.revision} with ${Object.values(desiredImages).join(', ')}${pin ? ` (traffic pinned: ${formatTraffic(pin)})` : ''}`);
            outcome.changed = true;
            try {
                await arm.patchApp(name, templatePatch(plan.app, plan.desiredContainers, plan.suffix, pin), plan.etag);
            }
            catch (error) {
                if (error instanceof ConcurrentChangeError)
                    outcome.changed = false;
                throw error;
            }
            if (pin)
                expectedTraffic = pin;
        }
        else {
            logger.info(`${name}: the template already has ${Object.values(desiredImages).join(', ')}; continuing with ${plan.revision}.`);
            const existing = plan.revisions.find((revision) => revision.name === plan.revision);
            if (existing && existing.active === false) {
                outcome.changed = true;
                await arm.activateRevision(name, plan.revision);
            }
        }
        const waitStarted = context.clock.now();
        const wait = { arm, app: name, revision: plan.revision, clock: context.clock, logger, pollIntervalMs: context.pollIntervalMs, signal: context.signal };
        let ready = await waitForRevision({ ...wait, timeoutMs: context.revisionTimeoutMs, returnWhenRunningUnhealthy: true });
        outcome.revisionFqdn = ready.fqdn;
        abortIfStopped();
        // Through the revision's own FQDN: only the new revision can answer this one. A revision that
        // runs but fails its probes is checked at once, so a bad image fails within the health
        // timeout instead of the whole revision timeout.
        const health = await checkUrl(ready.fqdn, 'its revision FQDN');
        if (!isRevisionReady(ready)) {
            ready = await waitForRevision({ ...wait, timeoutMs: Math.max(1, context.revisionTimeoutMs - (context.clock.now() - waitStarted)), statedTimeoutMs: context.revisionTimeoutMs });
        }
        outcome.health = healthRecord(health);
        if (multiple) {
            const appFqdn = plan.app.configuration?.ingress?.fqdn;
            if (context.traffic.kind === 'all') {
                await setTraffic(stepTraffic(pinned, plan.revision, 100, context.label), 'all to the new revision');
            }
            else if (context.traffic.kind === 'canary') {
                for (const [index, percent] of context.traffic.steps.entries()) {
                    abortIfStopped();
                    await setTraffic(stepTraffic(pinned, plan.revision, percent, context.label), `canary step ${index + 1}/${context.traffic.steps.length}`);
                    if (context.canaryIntervalMs > 0)
                        await context.clock.sleep(context.canaryIntervalMs, context.signal);
                    abortIfStopped();
                    const where = `at canary step ${index + 1} (${percent}%)`;
                    await checkRevision(where);
                    await checkUrl(ready.fqdn, `its revision FQDN ${where},`);
                    await checkUrl(appFqdn, `the app FQDN ${where},`);
                }
            }
            else if (context.label !== undefined) {
                await setTraffic(stagedTraffic(pinned, plan.revision, context.label), `label '${context.label}' on the new revision, no traffic`);
            }
        }
        const { value: app } = await arm.getApp(name);
        outcome.current = stateOf(app, plan.revision, desiredImages);
        outcome.fqdn = app.configuration?.ingress?.fqdn;
        outcome.status = 'deployed';
        return outcome;
    }
    catch (error) {
        outcome.status = 'failed';
        outcome.error = error instanceof Error ? error : new Error(String(error));
        outcome.current = { ...plan.previous, revision: outcome.changed ? plan.revision : plan.previous.revision, images: outcome.changed ? desiredImages : plan.previous.images, traffic: expectedTraffic };
        return outcome;
    }
    finally {
        outcome.finishedAt = context.clock.now();
        outcome.fqdn ??= plan.app.configuration?.ingress?.fqdn;
    }
}

;// CONCATENATED MODULE: ./packages/deploy-digest/src/revision-suffix.ts

/**
 * Container Apps' rule for revision names (`<app>--<suffix>`): lower-case letters, digits and
 * '-', starting with a letter, ending with a letter or digit, at most 54 characters together
 * with the app name; the suffix cannot contain '--' (reserved as the separator). Checked here
 * for every app before the first call, so a bad suffix never half-deploys a release.
 */
const MAX_REVISION_NAME_LENGTH = 54;
const SUFFIX = /^[a-z](?:[a-z0-9-]*[a-z0-9])?$/;
function revisionName(app, suffix) {
    return `${app}--${suffix}`;
}
/** Seed 000's convention: `rev-<short sha>`. */
function defaultRevisionSuffix(sha) {
    return `rev-${sha.slice(0, 7).toLowerCase()}`;
}
function revisionSuffixProblem(app, suffix) {
    if (suffix !== suffix.toLowerCase())
        return 'it has upper-case letters (revision names are lower-case)';
    if (!SUFFIX.test(suffix))
        return "it must consist of lower-case letters, digits or '-', start with a letter and end with a letter or digit";
    if (suffix.includes('--'))
        return "it contains '--', which Container Apps reserves to separate the app name from the suffix";
    const name = revisionName(app, suffix);
    if (name.length > MAX_REVISION_NAME_LENGTH)
        return `the revision name '${name}' would have ${name.length} characters; Container Apps allows ${MAX_REVISION_NAME_LENGTH} including the app name`;
    return undefined;
}
/** Throws an InputError naming every app the suffix does not fit. */
function validateRevisionSuffix(suffix, apps, explicit) {
    const problems = apps.map((app) => [app, revisionSuffixProblem(app, suffix)]).filter(([, problem]) => problem !== undefined);
    if (problems.length === 0)
        return;
    const [app, problem] = problems[0];
    const fix = explicit
        ? `Use a suffix such as 'rev-1a2b3c4' (lower-case letters, digits, '-'), short enough for '${app}--<suffix>' to fit ${MAX_REVISION_NAME_LENGTH} characters.`
        : `Shorten the app name or pass 'revision-suffix' explicitly.`;
    throw new core_src/* InputError */.dz('revision-suffix', `'${suffix}' cannot be used for ${problems.map(([name]) => name).join(', ')}: ${problem}.`, fix);
}
/**
 * The first of `base`, `base-2`, `base-3`, … that no existing revision uses and that fits the
 * length rule (the base is shortened when the counter would not fit).
 */
function nextFreeSuffix(app, base, taken, first = 1) {
    for (let n = first; n < first + 1000; n += 1) {
        const counter = n === 1 ? '' : `-${n}`;
        const room = MAX_REVISION_NAME_LENGTH - app.length - 2 - counter.length;
        const stem = base.slice(0, Math.max(1, room)).replace(/-+$/, '');
        const suffix = `${stem}${counter}`;
        if (!taken.has(revisionName(app, suffix)) && revisionSuffixProblem(app, suffix) === undefined)
            return suffix;
    }
    throw new core_src/* InputError */.dz('revision-suffix', `no free revision suffix based on '${base}' for ${app}.`, "Pass an unused 'revision-suffix'.");
}

;// CONCATENATED MODULE: ./packages/deploy-digest/src/app-plan.ts





function modeOf(app, value) {
    const mode = value.configuration?.activeRevisionsMode ?? 'Single';
    if (mode.toLowerCase() === 'single')
        return 'Single';
    if (mode.toLowerCase() === 'multiple')
        return 'Multiple';
    throw new PolicyError(`${app} uses revision mode '${mode}', which deploy-digest does not handle.`, "Switch the app to 'single' or 'multiple' revision mode (az containerapp revision set-mode).");
}
/** The policy and mode checks that must hold before any app (or the migration) is touched. */
function checkPolicy(name, app, mode, hasIngress, settings) {
    const minReplicas = app.template?.scale?.minReplicas ?? 0;
    if (minReplicas < settings.minReplicas) {
        throw new PolicyError(`${name} has minReplicas ${minReplicas}, below the policy's ${settings.minReplicas} (seed 003 keeps API and Web at 1 to avoid cold starts). Nothing was deployed.`, `Raise it first (az containerapp update -n ${name} --min-replicas ${settings.minReplicas}), or lower 'min-replicas' if this app may scale to zero.`);
    }
    const needsMultiple = settings.traffic.kind !== 'all' || settings.label !== undefined;
    if (needsMultiple && mode !== 'Multiple') {
        const what = settings.traffic.kind === 'all' ? `a 'label'` : `traffic '${settings.traffic.kind}'`;
        throw new PolicyError(`${name} is in Single revision mode, where the newest healthy revision always gets all traffic; ${what} needs Multiple mode. Nothing was deployed.`, `Switch it once with 'az containerapp revision set-mode -n ${name} --mode multiple', or deploy with traffic 'all'.`);
    }
    if (needsMultiple && !hasIngress) {
        throw new PolicyError(`${name} has no ingress, so there is no traffic to split or label. Nothing was deployed.`, "Deploy it with traffic 'all' and no label.");
    }
}
/** The revision traffic mostly goes to (Single mode: the latest ready one). */
function servingRevision(mode, traffic, latestReady, hasIngress) {
    if (mode === 'Single' || !hasIngress)
        return latestReady ?? null;
    let best;
    for (const [name, weight] of effectiveWeights(traffic, latestReady))
        if (best === undefined || weight > best[1])
            best = [name, weight];
    return best?.[0] ?? latestReady ?? null;
}
function revisionImages(revisions, name, fallback) {
    const revision = name === null ? undefined : revisions.find((candidate) => candidate.name === name);
    return imagesByContainer(revision?.template?.containers ?? fallback);
}
function trafficSatisfied(plan, label, traffic, latestReady, revision) {
    const labelled = label === undefined || traffic.some((entry) => entry.label === label && (entry.revisionName === revision || (entry.latestRevision && latestReady === revision)));
    if (plan.kind === 'none')
        return labelled;
    return labelled && effectiveWeights(traffic, latestReady).get(revision) === 100;
}
async function planApp(arm, target, settings) {
    const { value: app, etag } = await arm.getApp(target.app);
    const mode = modeOf(target.app, app);
    const hasIngress = app.configuration?.ingress !== undefined && app.configuration.ingress !== null;
    checkPolicy(target.app, app, mode, hasIngress, settings);
    const currentContainers = app.template?.containers ?? [];
    const desiredContainers = containersWithImages(target.app, currentContainers, target.images);
    const revisions = await arm.listRevisions(target.app);
    const traffic = fromSdkTraffic(app.configuration?.ingress?.traffic);
    const latestReady = app.latestReadyRevisionName;
    const serving = servingRevision(mode, traffic, latestReady, hasIngress);
    const previous = { revision: serving, images: revisionImages(revisions, serving, currentContainers), traffic, latestReadyRevision: latestReady ?? null };
    const base = { target, app, etag, mode, hasIngress, currentContainers, desiredContainers, previous, revisions };
    const latest = app.latestRevisionName;
    const latestRevision = revisions.find((revision) => revision.name === latest);
    const templateMatches = sameImages(imagesByContainer(currentContainers), imagesByContainer(desiredContainers));
    // A latest revision that failed or reports Unhealthy is not worth resuming: a new one is made.
    const reusable = latestRevision !== undefined && revisionFailure(latestRevision) === undefined && latestRevision.healthState !== 'Unhealthy';
    if (templateMatches && latest !== undefined && reusable) {
        const ready = latest === latestReady;
        if (mode === 'Single' || !hasIngress) {
            if (ready)
                return { ...base, action: 'unchanged', revision: latest, suffix: undefined };
        }
        else if (ready && trafficSatisfied(settings.traffic, settings.label, traffic, latestReady, latest)) {
            return { ...base, action: 'unchanged', revision: latest, suffix: undefined };
        }
        else {
            return { ...base, action: 'resume', revision: latest, suffix: undefined };
        }
    }
    const taken = new Set(revisions.map((revision) => revision.name ?? ''));
    let suffix = settings.suffix;
    if (taken.has(revisionName(target.app, suffix))) {
        if (settings.explicitSuffix) {
            const existing = revisions.find((revision) => revision.name === revisionName(target.app, suffix));
            const images = Object.values(imagesByContainer(existing?.template?.containers)).join(', ');
            throw new RevisionSuffixTakenError(target.app, suffix, `revision ${revisionName(target.app, suffix)} already exists${images ? ` (running ${images})` : ''}`);
        }
        // A replay of an earlier candidate: its rev-<sha> exists, so number the new one.
        suffix = nextFreeSuffix(target.app, suffix, taken, 2);
    }
    return { ...base, action: 'create', revision: revisionName(target.app, suffix), suffix };
}

;// CONCATENATED MODULE: ./packages/deploy-digest/src/concurrency.ts
/**
 * Runs `work` over `items` with at most `limit` at a time, in order of the list. Once `stop()`
 * returns true no further item starts (the ones running finish); items never started resolve to
 * `skipped(item)`. Results keep the order of `items`. When `work` throws, nothing new starts,
 * the running items finish, and then the first error is thrown.
 */
async function mapBounded(items, limit, work, options = {}) {
    const bound = Math.max(1, Math.floor(limit));
    const results = new Array(items.length);
    const started = new Array(items.length).fill(false);
    let next = 0;
    let failure;
    const worker = async () => {
        for (;;) {
            if (failure || options.stop?.())
                return;
            const index = next;
            if (index >= items.length)
                return;
            next += 1;
            started[index] = true;
            try {
                results[index] = await work(items[index], index);
            }
            catch (error) {
                failure ??= { error };
                return;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(bound, items.length) }, () => worker()));
    if (failure)
        throw failure.error;
    items.forEach((item, index) => {
        if (started[index])
            return;
        if (!options.skipped)
            throw new Error('mapBounded: stopped before every item ran, and no `skipped` result was given');
        results[index] = options.skipped(item, index);
    });
    return results;
}

;// CONCATENATED MODULE: ./packages/deploy-digest/src/migration.ts



/** Reads the job and works out its new template; nothing is changed yet. */
async function planMigration(arm, target, run) {
    const { value: job, etag } = await arm.getJob(target.job);
    const current = job.template?.containers ?? [];
    const containers = containersWithImages(target.job, current, [target.image], 'migration-job');
    return { target, job, etag, containers, needsUpdate: !sameImages(imagesByContainer(current), imagesByContainer(containers)), run };
}
const FINAL = new Set(['Succeeded', 'Failed', 'Stopped', 'Degraded']);
/**
 * Seed 003's first runtime step: the migration job gets the API digest, runs, and must succeed.
 * A failed or timed-out execution throws MigrationFailedError before any app is touched. A
 * timed-out execution is left running: stopping a migration half way can be worse than letting
 * it finish.
 */
async function runMigration(plan, deps) {
    const { job } = plan.target;
    const image = plan.target.image.ref;
    if (plan.needsUpdate) {
        deps.logger.info(`Migration job ${job}: image → ${image}`);
        // Only the template's containers are sent (a merge patch): triggers, timeouts, secrets, env stay.
        await deps.arm.patchJob(job, { properties: { template: { containers: plan.containers } } }, plan.etag);
    }
    else {
        deps.logger.info(`Migration job ${job} already uses ${image}.`);
    }
    if (!plan.run || plan.skipReason) {
        deps.logger.info(`Migration job ${job} not run: ${plan.skipReason ?? "the candidate's 'migration' scope is false"}.`);
        return { job, image, execution: null, status: 'NotRun', updated: plan.needsUpdate };
    }
    const execution = await deps.arm.startJob(job);
    deps.logger.info(`Migration job ${job}: execution ${execution} started.`);
    const deadline = deps.clock.now() + deps.timeoutMs;
    let last = '';
    for (;;) {
        const state = await deps.arm.getExecution(job, execution);
        const status = state.status ?? 'Unknown';
        if (status !== last)
            deps.logger.info(`Migration job ${job}: execution ${execution} ${status}`);
        last = status;
        if (status === 'Succeeded')
            return { job, image, execution, status, updated: plan.needsUpdate };
        if (FINAL.has(status))
            throw new MigrationFailedError(job, execution, status, [state.reason, state.message].filter(Boolean).join(': '));
        const now = deps.clock.now();
        if (now >= deadline) {
            throw new MigrationFailedError(job, execution, `still ${status} after ${(0,core_src/* formatDuration */.a3)(deps.timeoutMs)} (timed out; the execution was left running)`, '');
        }
        await deps.clock.sleep(Math.min(deps.pollIntervalMs, deadline - now));
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./packages/deploy-digest/src/records.ts



/** Paths inside a record are relative to the artifacts directory, so records move with it. */
function relativeArtifact(root, file) {
    return external_node_path_default().relative(root, file).split((external_node_path_default()).sep).join('/');
}
function iso(ms) {
    return new Date(ms).toISOString();
}
function appRecordOf(outcome, context) {
    const message = outcome.error ? (0,core_src/* describeError */.Uc)(outcome.error) : undefined;
    return {
        schemaVersion: 1,
        kind: 'deploy-record',
        sha: context.sha,
        app: outcome.plan.target.app,
        resourceGroup: context.resourceGroup,
        subscriptionId: context.subscriptionId,
        status: outcome.status,
        previous: outcome.plan.previous,
        current: outcome.current,
        ...(outcome.fqdn ? { fqdn: outcome.fqdn } : {}),
        ...(outcome.revisionFqdn ? { revisionFqdn: outcome.revisionFqdn } : {}),
        revisionMode: outcome.plan.mode,
        health: outcome.health,
        durationMs: Math.max(0, Math.round(outcome.finishedAt - outcome.startedAt)),
        ...(outcome.rollback ? { rollback: outcome.rollback } : {}),
        startedAt: iso(outcome.startedAt),
        finishedAt: iso(outcome.finishedAt),
        ...(message ? { message } : {}),
    };
}
async function writeAppRecord(record, context) {
    const file = new contracts_src/* ArtifactPaths */.$$(context.artifactsDir, context.sha).deployRecord(record.app);
    await context.store.write(contracts_src/* contracts */.Mh.deployRecord, file, record);
    return file;
}
function deploymentRecordOf(summary, context) {
    return {
        schemaVersion: 1,
        kind: 'deployment-record',
        sha: context.sha,
        status: summary.status,
        manifest: summary.manifest,
        subscriptionId: context.subscriptionId,
        resourceGroup: context.resourceGroup,
        traffic: summary.traffic,
        ...(summary.migration ? { migration: { job: summary.migration.job, execution: summary.migration.execution, status: summary.migration.status, image: summary.migration.image } } : {}),
        apps: summary.apps.map(({ record, file }) => ({
            app: record.app,
            status: record.status,
            previous: record.previous,
            current: record.current,
            record: relativeArtifact(context.artifactsDir, file),
            ...(record.revisionMode ? { revisionMode: record.revisionMode } : {}),
            ...(record.fqdn ? { fqdn: record.fqdn } : {}),
            ...(record.health ? { health: record.health } : {}),
            ...(record.durationMs !== undefined ? { durationMs: record.durationMs } : {}),
            ...(record.rollback ? { rollback: record.rollback } : {}),
            ...(record.message ? { message: record.message } : {}),
        })),
        concurrency: summary.concurrency,
        ...(summary.rollback ? { rollback: summary.rollback } : {}),
        startedAt: iso(summary.startedAt),
        finishedAt: iso(summary.finishedAt),
        ...(summary.message ? { message: summary.message } : {}),
    };
}
async function writeDeploymentRecord(record, context) {
    const file = new contracts_src/* ArtifactPaths */.$$(context.artifactsDir, context.sha).deploymentRecord();
    await context.store.write(contracts_src/* contracts */.Mh.deploymentRecord, file, record);
    return file;
}
/** The record of an earlier run for this commit, if there is a readable one. */
async function readDeploymentRecordIfAny(context) {
    const file = new contracts_src/* ArtifactPaths */.$$(context.artifactsDir, context.sha).deploymentRecord();
    try {
        return (await context.store.read(contracts_src/* contracts */.Mh.deploymentRecord, file)).value;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/deploy-digest/src/rollback.ts





/**
 * The traffic to put back. Exactly as it was stored when `latestRevision: true` still means the
 * same revision; otherwise (the new revision became the latest ready one) written with the
 * revision it meant then, so the restore does not follow the new revision.
 */
function restoredTraffic(previous, latestReadyNow) {
    const usesLatest = previous.traffic.some((entry) => entry.latestRevision);
    if (!usesLatest || (previous.latestReadyRevision ?? undefined) === latestReadyNow)
        return previous.traffic.map((entry) => ({ ...entry }));
    return pinLatest(previous.traffic, previous.latestReadyRevision ?? undefined);
}
/**
 * Puts one app back as it was before a deploy: the previous traffic in Multiple mode (seed 000
 * §10.8.1 option 1), the previous images as a new revision in Single mode (option 2). Never
 * throws; the answer says what was restored and whether it worked.
 */
async function restoreApp(request, context) {
    const { arm, logger } = context;
    const name = request.app;
    const result = (restored, ok, revision, traffic, detail) => {
        if (ok)
            logger.info(`${name}: rollback — ${detail}`);
        else
            logger.error(`${name}: rollback — ${detail}`);
        return { restored, ok, revision, traffic, detail, at: context.now().toISOString() };
    };
    try {
        const { value: app, etag } = await arm.getApp(name);
        const currentTraffic = fromSdkTraffic(app.configuration?.ingress?.traffic);
        const currentImages = imagesByContainer(app.template?.containers);
        if (request.deployed && !request.force && !sameImages(currentImages, request.deployed.images)) {
            return result('nothing', false, app.latestReadyRevisionName ?? null, currentTraffic, `refused: ${name} now runs ${Object.values(currentImages).join(', ')}, not what this record deployed (${Object.values(request.deployed.images).join(', ')}); rolling back would undo a later deploy. Replay the candidate you want instead (deploy-digest with its sha), or pass --force.`);
        }
        const multiple = (app.configuration?.activeRevisionsMode ?? 'Single').toLowerCase() === 'multiple' && app.configuration?.ingress != null;
        if (multiple) {
            const target = restoredTraffic(request.previous, app.latestReadyRevisionName);
            if (sameTraffic(currentTraffic, target)) {
                await discard(request, context);
                return result('nothing', true, request.previous.revision, target, `traffic already as before (${formatTraffic(target)})`);
            }
            // A revision that is to get traffic again must be active (a later cleanup may have stopped it).
            const revisions = await arm.listRevisions(name);
            for (const entry of target) {
                const revision = revisions.find((candidate) => candidate.name === entry.revisionName);
                if (entry.weight > 0 && revision && revision.active === false) {
                    logger.info(`${name}: activating ${revision.name} to give it its traffic back`);
                    await arm.activateRevision(name, revision.name);
                    await waitForRevision({ arm, app: name, revision: revision.name, clock: context.clock, logger, timeoutMs: context.revisionTimeoutMs, pollIntervalMs: context.pollIntervalMs });
                }
            }
            await arm.patchApp(name, trafficPatch(app, target), etag);
            const discarded = await discard(request, context);
            return result('traffic', true, request.previous.revision, target, `traffic restored to ${formatTraffic(target)}${discarded}`);
        }
        if (Object.keys(request.previous.images).length === 0) {
            return result('nothing', false, app.latestReadyRevisionName ?? null, currentTraffic, 'the record has no previous images to restore');
        }
        if (sameImages(currentImages, request.previous.images) && app.latestRevisionName === app.latestReadyRevisionName) {
            return result('nothing', true, app.latestReadyRevisionName ?? null, currentTraffic, `already runs ${Object.values(currentImages).join(', ')}`);
        }
        const containers = containersWithImages(name, app.template?.containers ?? [], Object.entries(request.previous.images)
            .filter(([container]) => (app.template?.containers ?? []).some((candidate) => candidate.name === container))
            .map(([container, ref]) => ({ container, imageName: container, ref })));
        const revisions = await arm.listRevisions(name);
        const suffix = nextFreeSuffix(name, request.suffixBase, new Set(revisions.map((revision) => revision.name ?? '')));
        const revision = `${name}--${suffix}`;
        logger.info(`${name}: restoring ${Object.values(request.previous.images).join(', ')} as revision ${revision}`);
        await arm.patchApp(name, templatePatch(app, containers, suffix), etag);
        await waitForRevision({ arm, app: name, revision, clock: context.clock, logger, timeoutMs: context.revisionTimeoutMs, pollIntervalMs: context.pollIntervalMs });
        const { value: after } = await arm.getApp(name);
        return result('image', true, revision, fromSdkTraffic(after.configuration?.ingress?.traffic), `previous image(s) ${Object.values(request.previous.images).join(', ')} running again as ${revision}`);
    }
    catch (error) {
        return result('nothing', false, null, [], `failed: ${(0,core_src/* describeError */.Uc)(error)}`);
    }
}
/**
 * Deactivates the revision the failed deploy created, so a `latestRevision: true` entry can never
 * follow it if it turns healthy later. A revision that failed to provision cannot become ready
 * (and cannot be deactivated). Best effort: the traffic is what matters and is already restored.
 */
async function discard(request, context) {
    const revision = request.discardRevision;
    if (!revision || request.previous.traffic.some((entry) => entry.revisionName === revision))
        return '';
    try {
        const current = await context.arm.getRevision(request.app, revision);
        if (!current || current.active === false || current.provisioningState === 'Failed')
            return '';
        await context.arm.deactivateRevision(request.app, revision);
        return `; ${revision} deactivated`;
    }
    catch (error) {
        context.logger.warning(`${request.app}: could not deactivate ${revision}: ${(0,core_src/* errorMessage */.gJ)(error)}`);
        return `; ${revision} could not be deactivated (${(0,core_src/* errorMessage */.gJ)(error)})`;
    }
}

;// CONCATENATED MODULE: ./packages/deploy-digest/src/summary.ts


function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** `sha256:1a2b3c4d5e6f…` — enough to tell digests apart in a table. */
function shortDigest(ref) {
    const digest = /@(sha256:[0-9a-f]{64})$/.exec(ref)?.[1];
    return digest ? `${digest.slice(0, 19)}…` : ref;
}
const STATUS_MARK = { deployed: '✅ deployed', unchanged: '⏸ unchanged', failed: '❌ failed', 'rolled-back': '↩️ rolled back', skipped: '⏭ skipped' };
/** The step summary: one row per app — old → new revision, digest, traffic, health, duration. */
function renderDeploySummary(record, title = 'Deploy digest') {
    const lines = [`### ${title}: ${record.status} (${record.sha.slice(0, 7)}, traffic \`${record.traffic}\`)`, ''];
    if (record.migration) {
        lines.push(`Migration job \`${record.migration.job}\`: ${record.migration.status}${record.migration.execution ? ` (execution \`${record.migration.execution}\`)` : ''}, image ${shortDigest(record.migration.image)}`, '');
    }
    lines.push('| app | revision (old → new) | digest | traffic | health | duration | status |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const app of record.apps) {
        const moved = app.previous.revision === app.current.revision ? `${app.current.revision ?? '—'}` : `${app.previous.revision ?? '—'} → ${app.current.revision ?? '—'}`;
        const rolledBack = app.rollback?.ok && app.rollback.restored !== 'nothing';
        const revisions = rolledBack ? `${moved} ↩ ${app.rollback.revision ?? '—'}` : moved;
        const digests = Object.values(app.current.images).map(shortDigest).join('<br>') || '—';
        // What `latestRevision: true` means in the traffic shown: after an image restore the restored
        // revision, after a traffic restore what it meant before the deploy.
        const traffic = !rolledBack
            ? formatTraffic(pinLatest(app.current.traffic, app.current.latestReadyRevision ?? undefined))
            : formatTraffic(pinLatest(app.rollback.traffic, (app.rollback.restored === 'image' ? app.rollback.revision : app.previous.latestReadyRevision) ?? undefined));
        const health = app.health ? `${app.health.status}` : '—';
        const duration = app.durationMs !== undefined ? (0,core_src/* formatDuration */.a3)(app.durationMs) : '—';
        const status = STATUS_MARK[app.status] ?? app.status;
        lines.push(`| ${cell(app.app)} | ${cell(revisions)} | ${cell(digests)} | ${cell(traffic)} | ${cell(health)} | ${duration} | ${cell(status)} |`);
    }
    const problems = record.apps.filter((app) => app.message || app.rollback);
    if (problems.length > 0 || record.message) {
        lines.push('');
        if (record.message)
            lines.push(`**${cell(record.message)}**`, '');
        for (const app of problems) {
            if (app.message)
                lines.push(`- \`${app.app}\`: ${cell(app.message)}`);
            if (app.rollback)
                lines.push(`- \`${app.app}\` rollback (${app.rollback.restored}, ${app.rollback.ok ? 'ok' : 'FAILED'}): ${cell(app.rollback.detail)}`);
        }
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./packages/deploy-digest/src/deploy.ts












const LABEL = /^[a-z]([a-z0-9-]{0,62}[a-z0-9])?$/;
function checkSettings(settings, suffix) {
    validateRevisionSuffix(suffix, settings.apps.map((app) => app.app), settings.revisionSuffix !== undefined);
    if (settings.label !== undefined && !LABEL.test(settings.label)) {
        throw new core_src/* ConfigurationError */.j1(`Label '${settings.label}' is not a valid traffic label.`, { remediation: "Use lower-case letters, digits and '-', starting with a letter, e.g. 'green'." });
    }
    if (settings.candidate.manifest.sha !== settings.sha) {
        throw new core_src/* ConfigurationError */.j1(`The candidate manifest ${settings.candidate.path} is for commit ${settings.candidate.manifest.sha}, not ${settings.sha}.`, {
            remediation: "Pass the manifest of the commit being deployed (or leave 'manifest' empty to use <artifacts-dir>/candidate/<sha>/manifest.json).",
        });
    }
    if (settings.candidate.manifest.scopes.migration && settings.migration === undefined) {
        throw new core_src/* ConfigurationError */.j1(`The candidate for ${settings.sha} has the 'migration' scope set, but no 'migration-job' was given; deploying would skip a migration the release needs.`, {
            remediation: "Set 'migration-job' (e.g. 'compass-migrate=api'), or freeze the candidate without the migration scope.",
        });
    }
    const names = new Set(settings.apps.map((app) => app.app));
    if (settings.migration && names.has(settings.migration.job)) {
        throw new core_src/* ConfigurationError */.j1(`'${settings.migration.job}' is listed both as an app and as the migration job.`, { remediation: 'A migration job is a Container Apps job, not an app; list it only in migration-job.' });
    }
}
/**
 * Seed 003's production sequence for one frozen candidate: read and check everything first (no
 * change before every app and the job passed their checks), run the migration job, deploy the
 * apps with bounded concurrency, roll back every changed app when any fails, and record it all.
 */
async function deployCandidate(settings, deps) {
    const clock = deps.clock ?? health_gate_src.systemClock;
    const now = deps.now ?? (() => new Date());
    const pollIntervalMs = deps.pollIntervalMs ?? 2000;
    const { arm, logger } = deps;
    const startedAt = clock.now();
    const suffix = settings.revisionSuffix ?? defaultRevisionSuffix(settings.sha);
    checkSettings(settings, suffix);
    const recordContext = { store: deps.store, artifactsDir: settings.artifactsDir, sha: settings.sha, subscriptionId: settings.subscriptionId, resourceGroup: settings.resourceGroup };
    const earlier = await readDeploymentRecordIfAny(recordContext);
    const { migrationPlan, plans } = await logger.group(`Checking ${settings.apps.length} app(s)${settings.migration ? ` and job ${settings.migration.job}` : ''} in ${settings.resourceGroup}`, async () => {
        const migrationPlan = settings.migration ? await planMigration(arm, settings.migration, settings.candidate.manifest.scopes.migration) : undefined;
        const plans = await mapBounded(settings.apps, settings.concurrency, (target) => planApp(arm, target, { suffix, explicitSuffix: settings.revisionSuffix !== undefined, traffic: settings.traffic, label: settings.label, minReplicas: settings.minReplicas }));
        if (migrationPlan?.run && !migrationPlan.needsUpdate && plans.every((plan) => plan.action === 'unchanged')) {
            migrationPlan.skipReason = 'this is a replay: the job and every app already run this candidate, so its migration ran when it was deployed';
        }
        for (const plan of plans)
            logger.info(`${plan.target.app}: ${plan.action === 'create' ? `new revision ${plan.revision}` : plan.action === 'resume' ? `continue with ${plan.revision}` : 'unchanged'} (${plan.mode} mode, serving ${plan.previous.revision ?? 'nothing'})`);
        return { migrationPlan, plans };
    });
    let migration;
    let outcomes;
    let failure;
    if (migrationPlan) {
        try {
            migration = await logger.group(`Migration job ${migrationPlan.target.job}`, () => runMigration(migrationPlan, { arm, clock, logger, timeoutMs: settings.jobTimeoutMs, pollIntervalMs }));
        }
        catch (error) {
            failure = (0,core_src/* describeError */.Uc)(error);
            const execution = error instanceof MigrationFailedError ? error.execution : null;
            const status = error instanceof MigrationFailedError ? error.status : 'Failed';
            migration = { job: migrationPlan.target.job, image: migrationPlan.target.image.ref, execution, status, updated: migrationPlan.needsUpdate };
            logger.error(failure);
        }
    }
    if (failure !== undefined) {
        outcomes = plans.map((plan) => skippedOutcome(plan, clock.now(), 'not deployed: the migration failed'));
    }
    else {
        const stop = new AbortController();
        outcomes = await logger.group(`Deploying ${plans.length} app(s), ${Math.min(settings.concurrency, plans.length)} at a time, traffic ${describeTraffic(settings.traffic)}`, () => mapBounded(plans, settings.concurrency, async (plan) => {
            const outcome = await deployApp(plan, {
                arm,
                clock,
                logger,
                health: { ...settings.health, path: settings.healthPaths?.[plan.target.app] ?? settings.health.path },
                traffic: settings.traffic,
                label: settings.label,
                revisionTimeoutMs: settings.revisionTimeoutMs,
                canaryIntervalMs: settings.canaryIntervalMs,
                pollIntervalMs,
                signal: stop.signal,
            });
            if (outcome.status === 'failed') {
                logger.error(`${plan.target.app}: ${(0,core_src/* describeError */.Uc)(outcome.error)}`);
                if (!stop.signal.aborted)
                    stop.abort(new Error(`${plan.target.app} failed`));
            }
            else
                logger.info(`${plan.target.app}: ${outcome.status} in ${(0,core_src/* formatDuration */.a3)(outcome.finishedAt - outcome.startedAt)}`);
            return outcome;
        }, { stop: () => stop.signal.aborted, skipped: (plan) => skippedOutcome(plan, clock.now(), 'not started: another app failed') }));
        // The apps that failed first name the failure; the ones stopped because of them are counted.
        const failed = outcomes.filter((outcome) => outcome.status === 'failed');
        const stopped = failed.filter((outcome) => outcome.error instanceof DeployAbortedError);
        const primary = failed.filter((outcome) => !(outcome.error instanceof DeployAbortedError));
        if (failed.length > 0) {
            failure = primary.map((outcome) => `${outcome.plan.target.app}: ${(0,core_src/* errorMessage */.gJ)(outcome.error)}`).join('; ');
            if (stopped.length > 0)
                failure += `; ${stopped.map((outcome) => outcome.plan.target.app).join(', ')} stopped`;
        }
    }
    let rolledBack = false;
    const changed = outcomes.filter((outcome) => outcome.changed);
    // Someone else changed these during the deploy: putting our "before" back would overwrite them.
    const contested = changed.filter((outcome) => outcome.error instanceof ConcurrentChangeError);
    const restorable = changed.filter((outcome) => !contested.includes(outcome));
    if (failure !== undefined && settings.rollbackOnFailure && changed.length > 0) {
        for (const outcome of contested) {
            outcome.rollback = {
                restored: 'nothing',
                ok: false,
                revision: null,
                traffic: [],
                detail: `not rolled back: ${outcome.plan.target.app} was changed by someone else during the deploy, and restoring it would overwrite that change. Check it by hand (az containerapp ingress traffic show -n ${outcome.plan.target.app}).`,
                at: now().toISOString(),
            };
            logger.error(`${outcome.plan.target.app}: rollback — ${outcome.rollback.detail}`);
        }
        await logger.group(`Rolling back ${restorable.length} app(s)`, () => mapBounded(restorable, settings.concurrency, async (outcome) => {
            const plan = outcome.plan;
            outcome.rollback = await restoreApp({
                app: plan.target.app,
                previous: plan.previous,
                ...(plan.action === 'create' ? { discardRevision: plan.revision } : {}),
                suffixBase: `${plan.suffix ?? suffix}-rb`,
            }, { arm, clock, logger, revisionTimeoutMs: settings.revisionTimeoutMs, pollIntervalMs, now });
            if (outcome.rollback.ok)
                outcome.status = 'rolled-back';
        }));
        rolledBack = changed.every((outcome) => outcome.rollback?.ok);
    }
    else if (failure !== undefined && changed.length > 0) {
        logger.warning(`rollback-on-failure is off: ${changed.map((outcome) => outcome.plan.target.app).join(', ')} keep(s) the failed deploy's state.`);
    }
    keepEarlierPrevious(outcomes, earlier);
    const status = failure === undefined ? 'succeeded' : rolledBack ? 'rolled-back' : 'failed';
    const apps = [];
    for (const outcome of outcomes) {
        const record = appRecordOf(outcome, recordContext);
        apps.push({ record, file: await writeAppRecord(record, recordContext) });
    }
    const message = failure === undefined ? successMessage(outcomes, settings.sha) : `${failure}${rolledBack ? ' — rolled back' : changed.length > 0 && settings.rollbackOnFailure ? ' — rollback did not fully succeed' : ''}`;
    const record = deploymentRecordOf({
        status,
        manifest: { path: relativeArtifact(settings.artifactsDir, settings.candidate.path), sha256: settings.candidate.sha256 },
        traffic: describeTraffic(settings.traffic),
        concurrency: settings.concurrency,
        migration,
        apps,
        ...(failure !== undefined && settings.rollbackOnFailure && changed.length > 0 ? { rollback: { source: 'on-failure', at: now().toISOString(), reason: failure } } : {}),
        startedAt: startedAt,
        finishedAt: clock.now(),
        message: failure === undefined ? undefined : message,
    }, recordContext);
    const recordPath = await writeDeploymentRecord(record, recordContext);
    return { ok: status === 'succeeded', record, recordPath, summary: renderDeploySummary(record), message, outcomes, migration };
}
function successMessage(outcomes, sha) {
    const deployed = outcomes.filter((outcome) => outcome.status === 'deployed').length;
    const unchanged = outcomes.length - deployed;
    if (deployed === 0)
        return `Every app already runs ${sha.slice(0, 7)}; nothing changed.`;
    return `Deployed ${sha.slice(0, 7)} to ${deployed} app(s)${unchanged ? ` (${unchanged} unchanged)` : ''}.`;
}
/**
 * A replay finds the apps unchanged; keep what the first deploy of this commit replaced, so the
 * record still says what a rollback goes back to.
 */
function keepEarlierPrevious(outcomes, earlier) {
    if (!earlier)
        return;
    for (const outcome of outcomes) {
        if (outcome.status !== 'unchanged')
            continue;
        const entry = earlier.apps.find((app) => app.app === outcome.plan.target.app);
        if (entry && entry.current.revision === outcome.current.revision && entry.previous.revision !== entry.current.revision) {
            outcome.plan = { ...outcome.plan, previous: entry.previous };
        }
    }
}

;// CONCATENATED MODULE: ./packages/deploy-digest/src/record-rollback.ts







function suffixOf(revision) {
    const at = revision?.indexOf('--') ?? -1;
    return revision && at >= 0 ? revision.slice(at + 2) : 'rollback';
}
/**
 * `deploy-kit rollback --sha <sha>`: puts back, app by app, what the deploy of <sha> replaced,
 * as its deployment record says — the previous traffic (Multiple mode) or the previous images
 * (Single mode). Apps the deploy did not change, or that were already rolled back, are left alone.
 */
async function rollbackFromRecord(settings, deps) {
    const clock = deps.clock ?? health_gate_src.systemClock;
    const now = deps.now ?? (() => new Date());
    const paths = new contracts_src/* ArtifactPaths */.$$(settings.artifactsDir, settings.sha);
    const recordPath = paths.deploymentRecord();
    const { value: record } = await deps.store.read(contracts_src/* contracts */.Mh.deploymentRecord, recordPath);
    if (record.resourceGroup.toLowerCase() !== deps.arm.resourceGroup.toLowerCase()) {
        throw new core_src/* ConfigurationError */.j1(`The deployment record of ${settings.sha} is for resource group '${record.resourceGroup}', not '${deps.arm.resourceGroup}'.`, {
            remediation: `Pass 'resource-group: ${record.resourceGroup}', or the record of a deploy to '${deps.arm.resourceGroup}'.`,
        });
    }
    const unknown = settings.apps.filter((app) => !record.apps.some((entry) => entry.app === app));
    if (unknown.length > 0) {
        throw new core_src/* ConfigurationError */.j1(`The deployment record of ${settings.sha} has no app ${unknown.join(', ')} (it has ${record.apps.map((entry) => entry.app).join(', ')}).`, {
            remediation: 'Name apps from the record, or leave the list empty to roll back all of them.',
        });
    }
    const chosen = record.apps.filter((entry) => settings.apps.length === 0 || settings.apps.includes(entry.app));
    const restorable = chosen.filter((entry) => {
        if (entry.status === 'skipped' || entry.status === 'rolled-back' || entry.rollback?.ok)
            return false;
        return entry.previous.revision !== entry.current.revision || !sameImages(entry.previous.images, entry.current.images);
    });
    for (const entry of chosen)
        if (!restorable.includes(entry))
            deps.logger.info(`${entry.app}: nothing to roll back (${entry.status}).`);
    await deps.logger.group(`Rolling back ${restorable.length} app(s) to what ${settings.sha.slice(0, 7)} replaced`, () => mapBounded(restorable, settings.concurrency, async (entry) => {
        entry.rollback = await restoreApp({ app: entry.app, previous: entry.previous, deployed: entry.current, force: settings.force, suffixBase: `${suffixOf(entry.current.revision)}-rb` }, { arm: deps.arm, clock, logger: deps.logger, revisionTimeoutMs: settings.revisionTimeoutMs, pollIntervalMs: deps.pollIntervalMs ?? 2000, now });
        if (entry.rollback.ok)
            entry.status = 'rolled-back';
    }));
    const failed = restorable.filter((entry) => !entry.rollback?.ok);
    const ok = failed.length === 0;
    const at = now().toISOString();
    const reason = `rollback of ${settings.sha.slice(0, 7)} requested${settings.apps.length ? ` for ${settings.apps.join(', ')}` : ''}`;
    const updated = {
        ...record,
        status: ok && restorable.length > 0 && record.apps.every((entry) => entry.status !== 'deployed') ? 'rolled-back' : record.status,
        rollback: { source: 'record', at, reason },
    };
    await deps.store.write(contracts_src/* contracts */.Mh.deploymentRecord, recordPath, updated);
    for (const entry of restorable) {
        const file = paths.deployRecord(entry.app);
        try {
            const { value } = await deps.store.read(contracts_src/* contracts */.Mh.deployRecord, file);
            await deps.store.write(contracts_src/* contracts */.Mh.deployRecord, file, { ...value, status: entry.status, ...(entry.rollback ? { rollback: entry.rollback } : {}) });
        }
        catch (error) {
            deps.logger.warning(`${entry.app}: could not update ${file}: ${error.message}`);
        }
    }
    const message = ok
        ? restorable.length === 0
            ? `Nothing to roll back for ${settings.sha.slice(0, 7)}.`
            : `Rolled back ${restorable.map((entry) => `${entry.app} (${entry.rollback.restored})`).join(', ')} to what ${settings.sha.slice(0, 7)} replaced.`
        : `Rollback failed for ${failed.map((entry) => `${entry.app}: ${entry.rollback?.detail ?? 'not attempted'}`).join('; ')}`;
    return { ok, record: updated, recordPath, summary: renderDeploySummary(updated, 'Rollback'), message };
}

;// CONCATENATED MODULE: ./packages/deploy-digest/src/action.ts












function armFor(runtime, inputs, options) {
    const azure = (options.azure ?? azure_auth_src.azureSessionFromEnvironment)(runtime);
    const subscriptionId = inputs['subscription-id'] ?? azure.subscriptionId;
    if (!subscriptionId) {
        throw new core_src/* ConfigurationError */.j1("No subscription: 'subscription-id' is empty and oidc-login did not export AZURE_SUBSCRIPTION_ID.", {
            remediation: "Set 'subscription-id', or run oidc-login with 'subscription-id' earlier in the job.",
        });
    }
    const { client } = createContainerAppsClient({
        credential: azure.credential,
        subscriptionId,
        armEndpoint: azure.armEndpoint,
        logger: runtime.log,
        ...(options.retryDelayMs === undefined ? {} : { retryDelayMs: options.retryDelayMs }),
    });
    return { arm: new ContainerAppsArm(client, inputs['resource-group'], { pollIntervalMs: options.pollIntervalMs }), subscriptionId };
}
function createDeployDigestAction(options = {}) {
    return {
        spec: src/* deployDigestSpec */.tu,
        async run(inputs, { runtime }) {
            const sha = inputs.sha;
            const artifactsDir = inputs['artifacts-dir'];
            const store = new contracts_src/* ArtifactStore */.cJ();
            // After a rollback the revision that serves is the restored one.
            const outputsOf = (apps, recordPath) => ({
                revisions: Object.fromEntries(apps.map((app) => [app.app, app.rollback?.ok && app.rollback.revision ? app.rollback.revision : app.current.revision])),
                fqdns: Object.fromEntries(apps.filter((app) => app.fqdn).map((app) => [app.app, app.fqdn])),
                'record-path': recordPath,
            });
            if (inputs.mode === 'rollback') {
                const { arm } = armFor(runtime, inputs, options);
                // The same `apps` lines as the deploy are accepted: only the app names count here.
                const apps = [...new Set(inputs.apps.map((entry) => entry.split('=')[0].split('/')[0].trim()).filter(Boolean))];
                const result = await rollbackFromRecord({ sha, artifactsDir, apps, force: inputs.force, concurrency: inputs.concurrency, revisionTimeoutMs: inputs['revision-timeout'] }, { arm, store, logger: runtime.log, ...(options.clock ? { clock: options.clock } : {}), ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}) });
                return { ok: result.ok, outputs: outputsOf(result.record.apps, result.recordPath), summary: result.summary, message: result.message };
            }
            // Everything about the candidate is checked before Azure is asked anything.
            const manifestPath = inputs.manifest ?? new contracts_src/* ArtifactPaths */.$$(artifactsDir, sha).candidateManifest();
            const candidate = await (0,candidate_src.readCandidate)(store, manifestPath);
            const apps = parseAppTargets(inputs.apps, candidate.manifest);
            const migration = inputs['migration-job'] ? parseJobTarget(inputs['migration-job'], candidate.manifest) : undefined;
            const traffic = parseTraffic(inputs.traffic);
            const healthPaths = parseHealthPaths(inputs['health-path'], apps.map((app) => app.app));
            const { arm, subscriptionId } = armFor(runtime, inputs, options);
            const result = await deployCandidate({
                sha,
                subscriptionId,
                resourceGroup: inputs['resource-group'],
                artifactsDir,
                candidate: { manifest: candidate.manifest, path: manifestPath, sha256: candidate.sha256 },
                apps,
                migration,
                revisionSuffix: inputs['revision-suffix'],
                traffic,
                label: inputs.label,
                minReplicas: inputs['min-replicas'],
                rollbackOnFailure: inputs['rollback-on-failure'],
                concurrency: inputs.concurrency,
                canaryIntervalMs: inputs['canary-interval'],
                revisionTimeoutMs: inputs['revision-timeout'],
                jobTimeoutMs: inputs['job-timeout'],
                health: {
                    ...DEFAULT_HEALTH,
                    path: healthPaths.fallback,
                    expectJson: Object.keys(inputs['health-expect-json']).length > 0 ? inputs['health-expect-json'] : undefined,
                    timeoutMs: inputs['health-timeout'],
                    ...(options.healthIntervalMs ? { intervalMs: options.healthIntervalMs } : {}),
                },
                healthPaths: healthPaths.byApp,
            }, { arm, store, logger: runtime.log, ...(options.clock ? { clock: options.clock } : {}), ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}) });
            return { ok: result.ok, outputs: outputsOf(result.record.apps, result.recordPath), summary: result.summary, message: result.message };
        },
    };
}
const deployDigestAction = createDeployDigestAction();

;// CONCATENATED MODULE: ./packages/deploy-digest/src/rollback-command.ts



/** The deploy-digest inputs that mean something to a rollback; the rest would be ignored. */
const FLAGS = ['sha', 'resource-group', 'subscription-id', 'apps', 'artifacts-dir', 'force', 'concurrency', 'revision-timeout'];
const BOOLEAN_FLAGS = new Set(['force']);
function usage() {
    const lines = [
        'Usage: deploy-kit rollback --sha <sha> --resource-group <rg> [flags]',
        '',
        'Restores, app by app, what the deploy of <sha> replaced, from .artifacts/production/<sha>/deployment-record.json:',
        'the previous traffic (Multiple revision mode) or the previous images (Single mode). Same as deploy-digest with mode: rollback.',
        'To go forward to an earlier accepted candidate instead, replay it: deploy-kit deploy-digest --sha <earlier sha> …',
        '',
        'Flags:',
    ];
    for (const flag of FLAGS) {
        const def = src/* deployDigestSpec */.tu.inputs[flag];
        const notes = [def.required ? 'required' : undefined, def.default !== undefined ? `default: ${def.default}` : undefined, def.defaultDescription ? `default: ${def.defaultDescription}` : undefined].filter(Boolean).join(', ');
        lines.push(`  --${flag}`, `      ${flag === 'apps' ? 'Apps to roll back, comma-separated (default: every app in the record).' : def.description}${notes ? ` [${notes}]` : ''}`);
    }
    return `${lines.join('\n')}\n`;
}
/** `--name value`, `--name=value`, and bare boolean flags. */
function parseRollbackArgs(argv) {
    const values = new Map();
    let help = false;
    for (let i = 0; i < argv.length; i += 1) {
        const arg = argv[i];
        if (arg === '--help' || arg === '-h') {
            help = true;
            continue;
        }
        const match = /^--([a-z][a-z-]*)(?:=(.*))?$/.exec(arg);
        if (!match || !FLAGS.includes(match[1])) {
            throw new Error(`unknown argument '${arg}' (flags: ${FLAGS.map((flag) => `--${flag}`).join(', ')})`);
        }
        const name = match[1];
        let value = match[2];
        if (value === undefined) {
            const next = argv[i + 1];
            if (BOOLEAN_FLAGS.has(name) && (next === undefined || next.startsWith('--')))
                value = 'true';
            else if (next === undefined)
                throw new Error(`--${name} needs a value`);
            else {
                value = next;
                i += 1;
            }
        }
        values.set(name, value);
    }
    return { help, values };
}
function createRollbackCommand(options = {}) {
    return {
        kind: 'tool',
        name: 'rollback',
        summary: "Roll back a deploy from its deployment record: previous traffic or previous image, app by app. Same as deploy-digest with mode 'rollback'.",
        async run(argv, io) {
            let parsed;
            try {
                parsed = parseRollbackArgs(argv);
            }
            catch (error) {
                io.stderr.write(`error: ${error.message}\n  → Run 'deploy-kit rollback --help'.\n`);
                return core_src/* ExitCode */.yU.UsageError;
            }
            if (parsed.help) {
                io.stdout.write(usage());
                return core_src/* ExitCode */.yU.Success;
            }
            const inputs = {
                get(name) {
                    if (name === 'mode')
                        return 'rollback';
                    const value = parsed.values.get(name);
                    return value === undefined || value.trim() === '' ? undefined : value;
                },
            };
            const runtime = (0,core_src/* createRuntime */.xB)({ command: 'rollback', inputs, env: io.env, stdout: io.stdout, stderr: io.stderr });
            return (0,core_src/* runAction */.Cs)(createDeployDigestAction(options), runtime);
        },
    };
}
/** Registered by the CLI as `deploy-kit rollback`. */
const rollbackCommand = createRollbackCommand();

;// CONCATENATED MODULE: ./packages/deploy-digest/src/index.ts






















/***/ })

};

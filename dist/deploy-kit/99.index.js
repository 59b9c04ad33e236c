export const id = 99;
export const ids = [99];
export const modules = {

/***/ 1099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $$: () => (/* reexport */ ArtifactPaths),
  cJ: () => (/* reexport */ ArtifactStore),
  lR: () => (/* reexport */ BODY_EXCERPT_LIMIT),
  dj: () => (/* reexport */ canonicalJson),
  Mh: () => (/* reexport */ contracts),
  Wh: () => (/* reexport */ hasValidIntegrity),
  Ir: () => (/* reexport */ healthEvidenceContract),
  aK: () => (/* reexport */ healthSamplesContract),
  hY: () => (/* reexport */ isSafeArtifactName),
  tP: () => (/* reexport */ manifestIntegrity)
});

// UNUSED EXPORTS: CANDIDATE_MANIFEST_ID, ContractValidator, DEPLOYMENT_RECORD_ID, DEPLOY_RECORD_ID, HEALTH_EVIDENCE_ID, HEALTH_SAMPLES_ID, RELEASE_DECISION_ID, STAGE_EVIDENCE_ID, artifactName, candidateManifestSchema, commitSha, defineContract, deployRecordSchema, deploymentRecordSchema, digest, digestRef, envelope, healthEvidenceSchema, healthSamplesSchema, releaseDecisionContract, releaseDecisionSchema, sha256Hex, sha256HexPattern, stageEvidenceSchema, timestamp, verdict, writeFileAtomic

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./packages/contracts/src/paths.ts

/**
 * Where each artifact lives under the artifacts directory. Seed 003's layout, kept exactly so
 * that existing tooling that reads `.artifacts/<stage>/<sha>/…` keeps working.
 */
class ArtifactPaths {
    root;
    sha;
    constructor(root, sha) {
        this.root = root;
        this.sha = sha;
    }
    candidateDir() {
        return external_node_path_default().join(this.root, 'candidate', this.sha);
    }
    candidateManifest() {
        return external_node_path_default().join(this.candidateDir(), 'manifest.json');
    }
    deployDir() {
        return external_node_path_default().join(this.root, 'deploy', this.sha);
    }
    deployRecord(app) {
        return external_node_path_default().join(this.deployDir(), `${app}.json`);
    }
    /** Aggregate verdict of one health-gate run, named by its `name` input. */
    healthEvidence(name) {
        return external_node_path_default().join(this.deployDir(), `health-${name}.json`);
    }
    /** Per-URL samples of one health-gate run. */
    healthSamples(name, index) {
        return external_node_path_default().join(this.deployDir(), `health-${name}`, `url-${index + 1}.json`);
    }
    productionDir() {
        return external_node_path_default().join(this.root, 'production', this.sha);
    }
    deploymentRecord() {
        return external_node_path_default().join(this.productionDir(), 'deployment-record.json');
    }
    /** Evidence recorded by other tools or by hand (acceptance, approval, smoke). */
    stageEvidenceDir() {
        return external_node_path_default().join(this.root, 'evidence', this.sha);
    }
    stageEvidence(name) {
        return external_node_path_default().join(this.stageEvidenceDir(), `${name}.json`);
    }
    releaseDir() {
        return external_node_path_default().join(this.root, 'release', this.sha);
    }
    releaseDecision() {
        return external_node_path_default().join(this.releaseDir(), 'decision.json');
    }
}
const NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/i;
/** Evidence and app names become file names; keep them to a safe alphabet. */
function isSafeArtifactName(name) {
    return NAME.test(name) && !name.includes('..');
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
var ajv_default = /*#__PURE__*/__webpack_require__.n(ajv);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
;// CONCATENATED MODULE: ./packages/contracts/src/schema-ids.ts
/** Published schema identifiers. A breaking change to an artifact gets a new version here. */
const SCHEMA_BASE = 'https://deploy-kit.dev/schemas';
function schemaId(name, version) {
    return `${SCHEMA_BASE}/${name}.v${version}.schema.json`;
}

;// CONCATENATED MODULE: ./packages/contracts/src/validate.ts



function defineContract(kind, version, schema) {
    return { kind, version, id: schemaId(kind, version), schema };
}
const Ajv = ((ajv_default())["default"] ?? (ajv_default()));
const addFormats = ((dist_default())["default"] ?? (dist_default()));
/**
 * Compiles each contract's schema once per validator. Compilation happens on first use, not
 * at load time, so bundles that never validate a given artifact never pay for it.
 */
class ContractValidator {
    #ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
    #compiled = new Map();
    validate(contract, value) {
        const fn = this.#compiled.get(contract.id) ?? this.#ajv.compile(contract.schema);
        this.#compiled.set(contract.id, fn);
        const valid = fn(value);
        return { valid, errors: valid ? [] : formatErrors(fn.errors ?? []) };
    }
}
function formatErrors(errors) {
    return errors.slice(0, 10).map((error) => {
        const where = error.instancePath || '(root)';
        if (error.keyword === 'additionalProperties')
            return `${where}: unknown field '${String(error.params.additionalProperty)}'`;
        if (error.keyword === 'enum')
            return `${where}: must be one of ${JSON.stringify(error.params.allowedValues)}`;
        return `${where}: ${error.message ?? error.keyword}`;
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 31 modules
var src = __webpack_require__(9045);
;// CONCATENATED MODULE: ./packages/contracts/src/artifact-io.ts





/** One validator per store; schemas compile lazily. */
class ArtifactStore {
    #validator;
    constructor(validator = new ContractValidator()) {
        this.#validator = validator;
    }
    /** Validates against the contract; the returned list is empty when the value is valid. */
    check(contract, value) {
        return this.#validator.validate(contract, value).errors;
    }
    /**
     * Validates, then writes atomically (temporary file + rename): a reader never sees a half
     * written artifact, and an invalid one is never written at all.
     */
    async write(contract, file, value, options = {}) {
        const document = { $schema: contract.id, ...value };
        const errors = this.check(contract, document);
        if (errors.length > 0) {
            throw new src/* ContractError */.Vl(file, `refusing to write an invalid ${contract.kind}: ${errors.join('; ')}`, {
                remediation: 'This is a bug in deploy-kit; please report it with the message above.',
            });
        }
        const text = `${JSON.stringify(document, null, 2)}\n`;
        await writeFileAtomic(file, text, options);
        return { path: file, sha256: sha256Hex(text) };
    }
    /** Reads and validates; every failure names the file and says what is wrong with it. */
    async read(contract, file) {
        let text;
        try {
            text = await (0,promises_.readFile)(file, 'utf8');
        }
        catch (error) {
            const code = error.code;
            throw new src/* ContractError */.Vl(file, code === 'ENOENT' ? `no ${contract.kind} found` : `cannot be read (${code ?? error.message})`, {
                remediation: code === 'ENOENT' ? `Run the step that writes the ${contract.kind} for this commit first, or check 'sha' and 'artifacts-dir'.` : 'Check the file permissions.',
                cause: error,
            });
        }
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            throw new src/* ContractError */.Vl(file, `is not valid JSON (${error.message})`, {
                remediation: 'The file is corrupt; restore it from the artifact store of the run that wrote it.',
            });
        }
        const errors = this.check(contract, value);
        if (errors.length > 0) {
            throw new src/* ContractError */.Vl(file, `does not match the ${contract.kind} v${contract.version} contract: ${errors.join('; ')}`, {
                remediation: `See ${contract.id}; an artifact edited by hand or written by another version of deploy-kit can fail this check.`,
            });
        }
        return { value: value, sha256: sha256Hex(text) };
    }
}
function sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/**
 * Writes through a temporary file so readers never see half a file. `exclusive` links instead
 * of renaming: it fails with EEXIST rather than replace a file another writer created first.
 */
async function writeFileAtomic(file, text, options = {}) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`;
    let renamed = false;
    try {
        await (0,promises_.writeFile)(temporary, text, { flag: 'wx' });
        if (options.exclusive)
            await (0,promises_.link)(temporary, file);
        else {
            await (0,promises_.rename)(temporary, file);
            renamed = true;
        }
    }
    finally {
        if (!renamed)
            await (0,promises_.rm)(temporary, { force: true });
    }
}

;// CONCATENATED MODULE: ./packages/contracts/src/schemas/common.ts
/** Building blocks shared by the artifact schemas. */
const commitSha = { type: 'string', pattern: '^[0-9a-f]{7,64}$', description: 'Commit SHA, lower-case hex.' };
const timestamp = { type: 'string', format: 'date-time', description: 'RFC 3339 UTC timestamp.' };
const sha256HexPattern = { type: 'string', pattern: '^[0-9a-f]{64}$' };
const digest = { type: 'string', pattern: '^sha256:[0-9a-f]{64}$', description: 'OCI content digest.' };
const digestRef = {
    type: 'string',
    pattern: '^[a-z0-9.-]+(?::[0-9]+)?/[a-z0-9._/-]+@sha256:[0-9a-f]{64}$',
    description: 'Immutable image reference: registry/repository@sha256:<64 hex>.',
};
const artifactName = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$' };
const verdict = { type: 'string', enum: ['pass', 'fail'] };
function envelope(id, kind, version, description) {
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: id,
        title: `deploy-kit ${kind} v${version}`,
        description,
        type: 'object',
        required: ['schemaVersion', 'kind', 'sha'],
        properties: {
            $schema: { type: 'string' },
            schemaVersion: { const: version },
            kind: { const: kind },
            sha: commitSha,
        },
    };
}

;// CONCATENATED MODULE: ./packages/contracts/src/schemas/candidate-manifest.ts


const CANDIDATE_MANIFEST_ID = schemaId('candidate-manifest', 1);
const flag = { type: 'boolean' };
const candidateManifestSchema = {
    ...envelope(CANDIDATE_MANIFEST_ID, 'candidate-manifest', 1, 'A release candidate frozen to immutable image digests for one commit (.artifacts/candidate/<sha>/manifest.json).'),
    required: ['schemaVersion', 'kind', 'sha', 'repository', 'createdAt', 'images', 'scopes', 'requiresControlPlaneApproval', 'integrity'],
    additionalProperties: false,
    properties: {
        ...envelope(CANDIDATE_MANIFEST_ID, 'candidate-manifest', 1, '').properties,
        sha: commitSha,
        repository: { type: 'string', minLength: 1, description: 'owner/name of the source repository.' },
        createdAt: timestamp,
        images: {
            type: 'object',
            minProperties: 1,
            propertyNames: { pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$' },
            additionalProperties: {
                type: 'object',
                required: ['ref', 'digest', 'source'],
                additionalProperties: false,
                properties: {
                    ref: digestRef,
                    digest: digest,
                    source: { type: 'string', minLength: 1 },
                    mediaType: { type: 'string' },
                    platforms: { type: 'array', items: { type: 'string' } },
                },
            },
        },
        scopes: {
            type: 'object',
            required: ['runtime', 'infra', 'identity', 'requiresInfraConvergence', 'migration'],
            additionalProperties: false,
            properties: { runtime: flag, infra: flag, identity: flag, requiresInfraConvergence: flag, migration: flag },
        },
        requiresControlPlaneApproval: flag,
        integrity: { type: 'string', pattern: `^sha256:${sha256HexPattern.pattern.slice(1, -1)}$` },
    },
};

;// CONCATENATED MODULE: ./packages/contracts/src/schemas/deploy-record.ts


const DEPLOY_RECORD_ID = schemaId('deploy-record', 1);
const DEPLOYMENT_RECORD_ID = schemaId('deployment-record', 1);
const trafficWeight = {
    type: 'object',
    required: ['weight'],
    additionalProperties: false,
    properties: {
        revisionName: { type: 'string' },
        latestRevision: { type: 'boolean' },
        label: { type: 'string' },
        weight: { type: 'integer', minimum: 0, maximum: 100 },
    },
};
const revisionState = {
    type: 'object',
    required: ['revision', 'images', 'traffic'],
    additionalProperties: false,
    properties: {
        revision: { type: ['string', 'null'] },
        images: { type: 'object', additionalProperties: { type: 'string' } },
        traffic: { type: 'array', items: trafficWeight },
        latestReadyRevision: { type: ['string', 'null'] },
    },
};
const appStatus = { type: 'string', enum: ['deployed', 'unchanged', 'failed', 'rolled-back', 'skipped'] };
const revisionMode = { type: 'string', enum: ['Single', 'Multiple'] };
const durationMs = { type: 'integer', minimum: 0 };
const healthCheck = {
    type: 'object',
    required: ['status', 'url', 'reason'],
    additionalProperties: false,
    properties: {
        status: { type: 'string', enum: ['pass', 'fail', 'skipped'] },
        url: { type: ['string', 'null'] },
        reason: { type: 'string' },
    },
};
const appRollback = {
    type: 'object',
    required: ['restored', 'ok', 'revision', 'traffic', 'detail', 'at'],
    additionalProperties: false,
    properties: {
        restored: { type: 'string', enum: ['traffic', 'image', 'nothing'] },
        ok: { type: 'boolean' },
        revision: { type: ['string', 'null'] },
        traffic: { type: 'array', items: trafficWeight },
        detail: { type: 'string' },
        at: timestamp,
    },
};
const deployRecordSchema = {
    ...envelope(DEPLOY_RECORD_ID, 'deploy-record', 1, "One container app's deploy for a candidate (.artifacts/deploy/<sha>/<app>.json)."),
    required: ['schemaVersion', 'kind', 'sha', 'app', 'resourceGroup', 'subscriptionId', 'status', 'previous', 'current', 'startedAt', 'finishedAt'],
    additionalProperties: false,
    properties: {
        ...envelope(DEPLOY_RECORD_ID, 'deploy-record', 1, '').properties,
        sha: commitSha,
        app: artifactName,
        resourceGroup: { type: 'string', minLength: 1 },
        subscriptionId: { type: 'string', minLength: 1 },
        status: appStatus,
        previous: revisionState,
        current: revisionState,
        fqdn: { type: 'string' },
        revisionFqdn: { type: 'string' },
        revisionMode,
        health: healthCheck,
        durationMs,
        rollback: appRollback,
        startedAt: timestamp,
        finishedAt: timestamp,
        message: { type: 'string' },
    },
};
const deploymentRecordSchema = {
    ...envelope(DEPLOYMENT_RECORD_ID, 'deployment-record', 1, 'A production deploy of one candidate, with what it replaced, so rollback is one command (.artifacts/production/<sha>/deployment-record.json).'),
    required: ['schemaVersion', 'kind', 'sha', 'status', 'manifest', 'subscriptionId', 'resourceGroup', 'traffic', 'apps', 'startedAt', 'finishedAt'],
    additionalProperties: false,
    properties: {
        ...envelope(DEPLOYMENT_RECORD_ID, 'deployment-record', 1, '').properties,
        status: { type: 'string', enum: ['succeeded', 'failed', 'rolled-back'] },
        manifest: {
            type: 'object',
            required: ['path', 'sha256'],
            additionalProperties: false,
            properties: { path: { type: 'string' }, sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' } },
        },
        subscriptionId: { type: 'string', minLength: 1 },
        resourceGroup: { type: 'string', minLength: 1 },
        traffic: { type: 'string' },
        migration: {
            type: 'object',
            required: ['job', 'execution', 'status', 'image'],
            additionalProperties: false,
            properties: { job: { type: 'string' }, execution: { type: ['string', 'null'] }, status: { type: 'string' }, image: { type: 'string' } },
        },
        apps: {
            type: 'array',
            items: {
                type: 'object',
                required: ['app', 'status', 'previous', 'current', 'record'],
                additionalProperties: false,
                properties: {
                    app: artifactName,
                    status: appStatus,
                    previous: revisionState,
                    current: revisionState,
                    record: { type: 'string' },
                    revisionMode,
                    fqdn: { type: 'string' },
                    health: healthCheck,
                    durationMs,
                    rollback: appRollback,
                    message: { type: 'string' },
                },
            },
        },
        concurrency: { type: 'integer', minimum: 1 },
        rollback: {
            type: 'object',
            required: ['source', 'at', 'reason'],
            additionalProperties: false,
            properties: { source: { type: 'string', enum: ['on-failure', 'record'] }, at: timestamp, reason: { type: 'string' } },
        },
        startedAt: timestamp,
        finishedAt: timestamp,
        message: { type: 'string' },
    },
};

;// CONCATENATED MODULE: ./packages/contracts/src/schemas/stage-evidence.ts


const STAGE_EVIDENCE_ID = schemaId('stage-evidence', 1);
const stageEvidenceSchema = {
    ...envelope(STAGE_EVIDENCE_ID, 'stage-evidence', 1, 'Outcome of a pipeline stage recorded for the release decision (.artifacts/evidence/<sha>/<name>.json).'),
    required: ['schemaVersion', 'kind', 'sha', 'name', 'status', 'recordedAt'],
    additionalProperties: false,
    properties: {
        ...envelope(STAGE_EVIDENCE_ID, 'stage-evidence', 1, '').properties,
        name: artifactName,
        status: verdict,
        recordedAt: timestamp,
        summary: { type: 'string' },
        url: { type: 'string' },
        details: { type: 'object' },
    },
};

;// CONCATENATED MODULE: ./packages/contracts/src/schemas/health-evidence.ts



const HEALTH_EVIDENCE_ID = schemaId('health-evidence', 1);
const HEALTH_SAMPLES_ID = schemaId('health-samples', 1);
const BODY_EXCERPT_LIMIT = 512;
const urlStatus = { type: 'string', enum: ['pass', 'fail', 'cancelled'] };
const milliseconds = { type: 'number', minimum: 0 };
const p95 = { type: ['number', 'null'], minimum: 0 };
const criteria = {
    type: 'object',
    required: ['expectStatus', 'consecutive', 'maxFailures', 'timeoutMs', 'requestTimeoutMs', 'intervalMs', 'maxIntervalMs'],
    additionalProperties: false,
    properties: {
        expectStatus: { type: 'string', minLength: 1 },
        expectBody: { type: 'string' },
        expectJson: { type: 'object' },
        expectErrorCode: { type: 'string' },
        consecutive: { type: 'integer', minimum: 1 },
        maxFailures: { type: 'integer', minimum: 0 },
        timeoutMs: milliseconds,
        requestTimeoutMs: milliseconds,
        latencyP95Ms: milliseconds,
        intervalMs: milliseconds,
        maxIntervalMs: milliseconds,
    },
};
const healthEvidenceSchema = {
    ...envelope(HEALTH_EVIDENCE_ID, 'health-evidence', 1, 'Verdict of one health-gate run over one or more URLs (.artifacts/deploy/<sha>/health-<name>.json).'),
    required: ['schemaVersion', 'kind', 'sha', 'name', 'status', 'dryRun', 'reason', 'startedAt', 'finishedAt', 'durationMs', 'criteria', 'samples', 'p95Ms', 'urls'],
    additionalProperties: false,
    properties: {
        ...envelope(HEALTH_EVIDENCE_ID, 'health-evidence', 1, '').properties,
        sha: commitSha,
        name: artifactName,
        status: verdict,
        dryRun: { type: 'boolean' },
        reason: { type: 'string', minLength: 1 },
        startedAt: timestamp,
        finishedAt: timestamp,
        durationMs: milliseconds,
        criteria,
        samples: { type: 'integer', minimum: 0 },
        p95Ms: p95,
        urls: {
            type: 'array',
            minItems: 1,
            items: {
                type: 'object',
                required: ['url', 'status', 'reason', 'samples', 'p95Ms', 'evidence'],
                additionalProperties: false,
                properties: {
                    url: { type: 'string', minLength: 1 },
                    status: urlStatus,
                    reason: { type: 'string', minLength: 1 },
                    samples: { type: 'integer', minimum: 0 },
                    p95Ms: p95,
                    evidence: { type: 'string', minLength: 1 },
                },
            },
        },
    },
};
const healthSamplesSchema = {
    ...envelope(HEALTH_SAMPLES_ID, 'health-samples', 1, 'Every sample one health-gate run took of one URL (.artifacts/deploy/<sha>/health-<name>/url-<n>.json).'),
    required: ['schemaVersion', 'kind', 'sha', 'name', 'url', 'status', 'reason', 'samples'],
    additionalProperties: false,
    properties: {
        ...envelope(HEALTH_SAMPLES_ID, 'health-samples', 1, '').properties,
        sha: commitSha,
        name: artifactName,
        url: { type: 'string', minLength: 1 },
        status: urlStatus,
        reason: { type: 'string', minLength: 1 },
        samples: {
            type: 'array',
            items: {
                type: 'object',
                required: ['n', 'at', 'elapsedMs', 'latencyMs', 'outcome'],
                additionalProperties: false,
                properties: {
                    n: { type: 'integer', minimum: 1 },
                    at: timestamp,
                    elapsedMs: milliseconds,
                    latencyMs: milliseconds,
                    outcome: verdict,
                    httpStatus: { type: 'integer', minimum: 100, maximum: 999 },
                    error: { type: 'string', minLength: 1 },
                    failure: { type: 'string', minLength: 1 },
                    redirects: { type: 'array', items: { type: 'string' } },
                    bodyExcerpt: { type: 'string', maxLength: BODY_EXCERPT_LIMIT },
                },
            },
        },
    },
};
const healthEvidenceContract = defineContract('health-evidence', 1, healthEvidenceSchema);
const healthSamplesContract = defineContract('health-samples', 1, healthSamplesSchema);

;// CONCATENATED MODULE: ./packages/contracts/src/schemas/release-decision.ts



const RELEASE_DECISION_ID = schemaId('release-decision', 1);
const releaseDecisionSchema = {
    ...envelope(RELEASE_DECISION_ID, 'release-decision', 1, 'The auditable YES/NO release decision for one commit, with every reason and the evidence weighed (.artifacts/release/<sha>/decision.json).'),
    required: ['schemaVersion', 'kind', 'sha', 'decision', 'environment', 'decidedAt', 'required', 'reasons', 'evidence', 'manifest'],
    additionalProperties: false,
    properties: {
        ...envelope(RELEASE_DECISION_ID, 'release-decision', 1, '').properties,
        decision: { type: 'string', enum: ['YES', 'NO'] },
        environment: { type: 'string', minLength: 1 },
        decidedAt: timestamp,
        repository: { type: 'string', minLength: 1, description: 'owner/name of the source repository.' },
        runUrl: { type: 'string', minLength: 1, description: 'The CI run that made the decision.' },
        required: { type: 'array', items: { type: 'string', minLength: 1 } },
        reasons: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
        evidence: {
            type: 'array',
            items: {
                type: 'object',
                required: ['name', 'kind', 'path', 'status', 'required', 'reason'],
                additionalProperties: false,
                properties: {
                    name: { type: 'string', minLength: 1 },
                    kind: { type: 'string', enum: ['candidate', 'deploy', 'health', 'stage'] },
                    path: { type: 'string', minLength: 1 },
                    status: { type: 'string', enum: ['pass', 'fail', 'missing', 'invalid'] },
                    required: { type: 'boolean' },
                    sha256: sha256HexPattern,
                    reason: { type: 'string', minLength: 1 },
                },
            },
        },
        manifest: {
            oneOf: [
                { type: 'null' },
                {
                    type: 'object',
                    required: ['path', 'sha256', 'integrity'],
                    additionalProperties: false,
                    properties: {
                        path: { type: 'string', minLength: 1 },
                        sha256: sha256HexPattern,
                        integrity: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$' },
                    },
                },
            ],
        },
        deployment: {
            type: 'object',
            required: ['id'],
            additionalProperties: false,
            properties: { id: { type: 'integer', minimum: 1 }, statusUrl: { type: 'string' } },
        },
    },
};
const releaseDecisionContract = defineContract('release-decision', 1, releaseDecisionSchema);

;// CONCATENATED MODULE: ./packages/contracts/src/contracts.ts






/** Every artifact contract deploy-kit publishes; `npm run build` writes each to schemas/. */
const contracts = {
    candidateManifest: defineContract('candidate-manifest', 1, candidateManifestSchema),
    deployRecord: defineContract('deploy-record', 1, deployRecordSchema),
    deploymentRecord: defineContract('deployment-record', 1, deploymentRecordSchema),
    stageEvidence: defineContract('stage-evidence', 1, stageEvidenceSchema),
    healthEvidence: healthEvidenceContract,
    healthSamples: healthSamplesContract,
    releaseDecision: releaseDecisionContract,
};

;// CONCATENATED MODULE: ./packages/contracts/src/integrity.ts

/** JSON with object keys sorted at every level: the same content always hashes the same. */
function canonicalJson(value) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value);
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
/**
 * The integrity of a candidate manifest: sha256 over the canonical JSON of every field except
 * `integrity` and `$schema`. A manifest edited after freezing no longer matches.
 */
function manifestIntegrity(manifest) {
    const { integrity: _integrity, $schema: _schema, ...content } = manifest;
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(canonicalJson(content)).digest('hex')}`;
}
function hasValidIntegrity(manifest) {
    return manifest.integrity === manifestIntegrity(manifest);
}

;// CONCATENATED MODULE: ./packages/contracts/src/index.ts













/***/ })

};

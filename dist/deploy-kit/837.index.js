export const id = 837;
export const ids = [837];
export const modules = {

/***/ 6218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_GITHUB_API_URL: () => (/* reexport */ DEFAULT_GITHUB_API_URL),
  GITHUB_API_URL_ENV: () => (/* reexport */ GITHUB_API_URL_ENV),
  RESERVED_EVIDENCE_NAMES: () => (/* reexport */ RESERVED_EVIDENCE_NAMES),
  createReleaseDecisionAction: () => (/* reexport */ createReleaseDecisionAction),
  decide: () => (/* reexport */ decide),
  discoverEvidence: () => (/* reexport */ discoverEvidence),
  evidenceLabel: () => (/* reexport */ evidenceLabel),
  failClosedDecision: () => (/* reexport */ failClosedDecision),
  formatReason: () => (/* reexport */ formatReason),
  gatherEvidence: () => (/* reexport */ gatherEvidence),
  normaliseRequired: () => (/* reexport */ normaliseRequired),
  readCandidate: () => (/* reexport */ readCandidate),
  readDeployment: () => (/* reexport */ readDeployment),
  readHealth: () => (/* reexport */ readHealth),
  readStage: () => (/* reexport */ readStage),
  recordEvidenceAction: () => (/* reexport */ recordEvidenceAction),
  recordEvidenceSpec: () => (/* reexport */ action_specs_src/* recordEvidenceSpec */.eR),
  recordGitHubDeployment: () => (/* reexport */ recordGitHubDeployment),
  recordStageEvidence: () => (/* reexport */ recordStageEvidence),
  releaseDecisionAction: () => (/* reexport */ releaseDecisionAction),
  renderStageDiagram: () => (/* reexport */ renderStageDiagram),
  renderSummary: () => (/* reexport */ renderSummary)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 31 modules
var src = __webpack_require__(9045);
// EXTERNAL MODULE: ./packages/contracts/src/index.ts + 12 modules
var contracts_src = __webpack_require__(1099);
// EXTERNAL MODULE: ./packages/action-specs/src/index.ts + 10 modules
var action_specs_src = __webpack_require__(9890);
;// CONCATENATED MODULE: ./packages/release-decision/src/decide.ts
/** How people call a piece of evidence in reasons, tables and diagrams. */
function evidenceLabel(evidence) {
    if (evidence.kind === 'candidate' || evidence.kind === 'deploy')
        return evidence.kind;
    return `${evidence.kind} '${evidence.name}'`;
}
/** Which evidence, what became of it, why, and in which file. */
function formatReason(evidence) {
    return `${evidenceLabel(evidence)}: ${evidence.status} — ${evidence.reason} (${evidence.path})`;
}
function envelope(facts) {
    return {
        schemaVersion: 1,
        kind: 'release-decision',
        sha: facts.sha,
        environment: facts.environment,
        decidedAt: facts.decidedAt,
        ...(facts.repository ? { repository: facts.repository } : {}),
        ...(facts.runUrl ? { runUrl: facts.runUrl } : {}),
        required: [...facts.required],
    };
}
/**
 * The decision, from the evidence alone: YES only when every deciding piece of evidence passed
 * and every required name was found. On NO the reasons are what failed; on YES, what passed.
 */
function decide(facts, evidence, manifest) {
    const deciding = evidence.filter((item) => item.required);
    const unanswered = facts.required.filter((name) => !deciding.some((item) => item.name === name));
    const failing = deciding.filter((item) => item.status !== 'pass');
    const reasons = [...failing.map(formatReason), ...unanswered.map((name) => `'${name}': missing — no evidence was gathered for this required name`)];
    if (deciding.length === 0 && unanswered.length === 0)
        reasons.push(`no evidence found for ${facts.sha} under ${facts.artifactsDir}`);
    const decision = reasons.length === 0 ? 'YES' : 'NO';
    return {
        ...envelope(facts),
        decision,
        reasons: decision === 'YES' ? deciding.map(formatReason) : reasons,
        evidence: evidence.map((item) => ({ ...item })),
        manifest,
    };
}
/** When deciding itself broke: the decision is still written, and it is NO. */
function failClosedDecision(facts, reason, evidence = []) {
    return {
        ...envelope(facts),
        decision: 'NO',
        reasons: [reason],
        evidence: evidence.map((item) => ({ ...item })),
        manifest: null,
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./packages/release-decision/src/evidence-sources.ts




const CANDIDATE = 'candidate';
const DEPLOY = 'deploy';
/** Names that resolve to deploy-kit's own artifacts rather than to health or stage evidence. */
const RESERVED_EVIDENCE_NAMES = [CANDIDATE, DEPLOY];
/** Artifact paths in the decision are relative to the artifacts directory, with forward slashes. */
function relativeArtifactPath(paths, file) {
    return external_node_path_default().relative(paths.root, file).split((external_node_path_default()).sep).join('/');
}
/**
 * Reads one artifact through its contract and turns every way it can go wrong into a status and
 * a reason, so a bad file becomes a NO with an explanation instead of a crash.
 */
async function readArtifact(context, contract, file, missingReason) {
    try {
        const { value, sha256 } = await context.store.read(contract, file);
        return { ok: true, value, sha256 };
    }
    catch (error) {
        if (error instanceof src/* ContractError */.Vl) {
            const code = error.cause?.code;
            if (code === 'ENOENT')
                return { ok: false, status: 'missing', reason: missingReason };
            const detail = error.message.startsWith(`${file}: `) ? error.message.slice(file.length + 2) : error.message;
            return { ok: false, status: 'invalid', reason: detail.replace(/^is /, '') };
        }
        // Something we did not foresee; if there is no file at all, it is simply missing.
        if (!(await exists(file)))
            return { ok: false, status: 'missing', reason: missingReason };
        return { ok: false, status: 'invalid', reason: `could not be read: ${(0,src/* errorMessage */.gJ)(error)}` };
    }
}
function wrongCommit(recorded, expected) {
    return recorded.toLowerCase() === expected.toLowerCase() ? undefined : `records commit ${recorded}, not ${expected}; it belongs to another release`;
}
function failed(name, kind, file, outcome) {
    return { name, kind, path: file, status: outcome.status, reason: outcome.reason };
}
async function readCandidate(context) {
    const file = context.paths.candidateManifest();
    const where = relativeArtifactPath(context.paths, file);
    const outcome = await readArtifact(context, contracts_src/* contracts */.Mh.candidateManifest, file, 'no candidate manifest for this commit; run freeze-candidate first');
    if (!outcome.ok)
        return { evidence: failed(CANDIDATE, 'candidate', where, outcome), manifest: null };
    const manifest = outcome.value;
    const base = { name: CANDIDATE, kind: 'candidate', path: where, sha256: outcome.sha256 };
    const mismatch = wrongCommit(manifest.sha, context.paths.sha);
    if (mismatch)
        return { evidence: { ...base, status: 'invalid', reason: mismatch }, manifest: null };
    if (!(0,contracts_src/* hasValidIntegrity */.Wh)(manifest)) {
        const reason = `integrity mismatch: the manifest records ${manifest.integrity} but its content hashes to ${(0,contracts_src/* manifestIntegrity */.tP)(manifest)}; it was changed after it was frozen`;
        return { evidence: { ...base, status: 'invalid', reason }, manifest: null };
    }
    const images = Object.keys(manifest.images).sort();
    const reason = `${images.length} image${images.length === 1 ? '' : 's'} frozen to digests (${images.join(', ')}); integrity ${manifest.integrity} verified`;
    return {
        evidence: { ...base, status: 'pass', reason },
        manifest: { path: where, sha256: outcome.sha256, integrity: manifest.integrity },
    };
}
async function readDeployment(context) {
    const file = context.paths.deploymentRecord();
    const where = relativeArtifactPath(context.paths, file);
    const outcome = await readArtifact(context, contracts_src/* contracts */.Mh.deploymentRecord, file, 'no deployment record for this commit; run deploy-digest first');
    if (!outcome.ok)
        return { evidence: failed(DEPLOY, 'deploy', where, outcome) };
    const record = outcome.value;
    const base = { name: DEPLOY, kind: 'deploy', path: where, sha256: outcome.sha256 };
    const mismatch = wrongCommit(record.sha, context.paths.sha);
    if (mismatch)
        return { evidence: { ...base, status: 'invalid', reason: mismatch } };
    const apps = record.apps.map((app) => `${app.app} ${app.status}`).join(', ');
    if (record.status !== 'succeeded') {
        const reason = `deployment ${record.status}${record.message ? `: ${record.message}` : ''}${apps ? ` (${apps})` : ''}`;
        return { evidence: { ...base, status: 'fail', reason }, deployedManifestSha256: record.manifest.sha256 };
    }
    const reason = `deployment succeeded${apps ? ` (${apps})` : ''}, traffic ${record.traffic}`;
    return { evidence: { ...base, status: 'pass', reason }, deployedManifestSha256: record.manifest.sha256 };
}
async function readHealth(context, name) {
    const file = context.paths.healthEvidence(name);
    const where = relativeArtifactPath(context.paths, file);
    const outcome = await readArtifact(context, contracts_src/* contracts */.Mh.healthEvidence, file, `no health-gate run named '${name}' for this commit`);
    if (!outcome.ok)
        return failed(name, 'health', where, outcome);
    const evidence = outcome.value;
    const base = { name, kind: 'health', path: where, sha256: outcome.sha256 };
    const problem = wrongCommit(evidence.sha, context.paths.sha) ?? (evidence.name === name ? undefined : `names itself '${evidence.name}', not '${name}'`);
    if (problem)
        return { ...base, status: 'invalid', reason: problem };
    // A dry run reports its verdict without failing its own step; here the verdict is what counts.
    const reason = `${evidence.dryRun ? 'dry run: ' : ''}${evidence.reason}`;
    return { ...base, status: evidence.status, reason };
}
async function readStage(context, name) {
    const file = context.paths.stageEvidence(name);
    const where = relativeArtifactPath(context.paths, file);
    const outcome = await readArtifact(context, contracts_src/* contracts */.Mh.stageEvidence, file, `no stage evidence named '${name}' for this commit; record it with 'deploy-kit record-evidence --name ${name} --status pass'`);
    if (!outcome.ok)
        return failed(name, 'stage', where, outcome);
    const evidence = outcome.value;
    const base = { name, kind: 'stage', path: where, sha256: outcome.sha256 };
    const problem = wrongCommit(evidence.sha, context.paths.sha) ?? (evidence.name === name ? undefined : `names itself '${evidence.name}', not '${name}'`);
    if (problem)
        return { ...base, status: 'invalid', reason: problem };
    const said = evidence.summary?.trim() || `recorded ${evidence.status} at ${evidence.recordedAt}`;
    return { ...base, status: evidence.status, reason: evidence.url ? `${said}; see ${evidence.url}` : said };
}
async function exists(file) {
    try {
        await (0,promises_.lstat)(file);
        return true;
    }
    catch (error) {
        // Anything but "not there" means something is there that the read will have to explain.
        return error.code !== 'ENOENT';
    }
}
/** Names of `<prefix><name>.json` files in a directory; an absent directory holds none. */
async function jsonFileNames(directory, prefix) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(directory, { withFileTypes: true });
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    }
    const names = [];
    for (const entry of entries) {
        if (!entry.isFile() && !entry.isSymbolicLink())
            continue;
        if (!entry.name.startsWith(prefix) || !entry.name.endsWith('.json'))
            continue;
        const name = entry.name.slice(prefix.length, -'.json'.length);
        if (name.length > 0)
            names.push(name);
    }
    return names.sort();
}
function stageEvidenceDir(paths) {
    return paths.stageEvidenceDir();
}
/** Lists the evidence written for this commit. Throws only when a directory cannot be listed. */
async function discoverEvidence(context) {
    const { paths } = context;
    const [candidate, deploy, health, stage] = await Promise.all([
        exists(paths.candidateManifest()),
        exists(paths.deploymentRecord()),
        jsonFileNames(paths.deployDir(), 'health-'),
        jsonFileNames(stageEvidenceDir(paths), ''),
    ]);
    return { candidate, deploy, health, stage };
}

;// CONCATENATED MODULE: ./packages/release-decision/src/gather.ts




/** Trimmed, without blanks or repeats, in the order given. */
function normaliseRequired(required) {
    return [...new Set(required.map((name) => name.trim()).filter((name) => name.length > 0))];
}
/** Runs one source; whatever it throws becomes invalid evidence for that file rather than a crash. */
async function safely(fallback, read) {
    try {
        return await read();
    }
    catch (error) {
        return { evidence: { ...fallback, status: 'invalid', reason: `could not be read: ${(0,src/* errorMessage */.gJ)(error)}` } };
    }
}
const NO_EVIDENCE_FOUND = { candidate: false, deploy: false, health: [], stage: [] };
/**
 * Reads every piece of evidence that bears on the decision. Never throws for a bad or missing
 * file: each becomes evidence with status `missing` or `invalid` and a reason naming the file.
 */
async function gatherEvidence(options) {
    const paths = new contracts_src/* ArtifactPaths */.$$(options.artifactsDir, options.sha);
    const context = { paths, store: options.store ?? new contracts_src/* ArtifactStore */.cJ() };
    const required = normaliseRequired(options.required);
    const everythingDecides = required.length === 0;
    const relative = (file) => relativeArtifactPath(paths, file);
    const evidence = [];
    const seen = new Set();
    const add = (item, isRequired) => {
        evidence.push({ ...item, required: isRequired });
        seen.add(`${item.kind}:${item.name}`);
    };
    let candidate;
    let deployment;
    const loadCandidate = () => safely({ name: CANDIDATE, kind: 'candidate', path: relative(paths.candidateManifest()) }, () => readCandidate(context));
    const loadDeployment = () => safely({ name: DEPLOY, kind: 'deploy', path: relative(paths.deploymentRecord()) }, () => readDeployment(context));
    const loadNamed = async (kind, name) => {
        const file = kind === 'health' ? paths.healthEvidence(name) : paths.stageEvidence(name);
        const read = kind === 'health' ? readHealth : readStage;
        return (await safely({ name, kind, path: relative(file) }, async () => ({ evidence: await read(context, name) }))).evidence;
    };
    for (const name of required) {
        if (!(0,contracts_src/* isSafeArtifactName */.hY)(name)) {
            const reason = `'${name}' is not a valid evidence name (letters, digits, '.', '_' and '-', up to 63 characters)`;
            add({ name, kind: 'stage', path: relative(paths.stageEvidenceDir()), status: 'invalid', reason }, true);
        }
        else if (name === CANDIDATE) {
            candidate = await loadCandidate();
            add(candidate.evidence, true);
        }
        else if (name === DEPLOY) {
            deployment = await loadDeployment();
            add(deployment.evidence, true);
        }
        else {
            const found = (await Promise.all([loadNamed('health', name), loadNamed('stage', name)])).filter((item) => item.status !== 'missing');
            if (found.length === 0) {
                const reason = `no health-gate run or stage evidence named '${name}' for this commit (also looked for ${relative(paths.healthEvidence(name))}); record it with 'deploy-kit record-evidence --name ${name} --status pass' or run the health gate with name: ${name}`;
                add({ name, kind: 'stage', path: relative(paths.stageEvidence(name)), status: 'missing', reason }, true);
            }
            for (const item of found)
                add(item, true);
        }
    }
    let discovered = NO_EVIDENCE_FOUND;
    try {
        discovered = await discoverEvidence(context);
    }
    catch (error) {
        const where = error.path;
        const reason = `the evidence could not be listed: ${(0,src/* errorMessage */.gJ)(error)}`;
        add({ name: 'evidence', kind: 'stage', path: where ? relative(where) : '.', status: 'invalid', reason }, everythingDecides);
    }
    if (discovered.candidate && !seen.has(`candidate:${CANDIDATE}`)) {
        candidate = await loadCandidate();
        add(candidate.evidence, everythingDecides);
    }
    if (discovered.deploy && !seen.has(`deploy:${DEPLOY}`)) {
        deployment = await loadDeployment();
        add(deployment.evidence, everythingDecides);
    }
    for (const kind of ['health', 'stage']) {
        for (const name of discovered[kind]) {
            if (!seen.has(`${kind}:${name}`))
                add(await loadNamed(kind, name), everythingDecides);
        }
    }
    const manifest = candidate && 'manifest' in candidate ? candidate.manifest : null;
    if (manifest && deployment && 'deployedManifestSha256' in deployment)
        checkDeployedManifest(evidence, manifest, deployment.deployedManifestSha256);
    return { evidence, manifest };
}
/**
 * What was accepted must be what was deployed: the deployment record names the manifest it
 * deployed, by file hash (or by the hex of its integrity, which survives reformatting).
 */
function checkDeployedManifest(evidence, manifest, deployed) {
    const item = evidence.find((e) => e.kind === 'deploy');
    if (!item || item.status !== 'pass' || deployed === undefined)
        return;
    if (deployed === manifest.sha256 || `sha256:${deployed}` === manifest.integrity)
        return;
    item.status = 'fail';
    item.reason = `the deployment record names manifest sha256 ${deployed}, but this commit's candidate manifest (${manifest.path}) hashes to ${manifest.sha256}; what was deployed is not what was accepted`;
}

;// CONCATENATED MODULE: ./packages/release-decision/src/github-deployment.ts

/**
 * Overrides the GitHub REST API base URL (GitHub Enterprise Server, or a local stand-in in
 * tests). Without it: the CI's API URL (GITHUB_API_URL on GitHub), else https://api.github.com.
 */
const GITHUB_API_URL_ENV = src/* DeployKitEnv */.bn.githubApiUrl;
const DEFAULT_GITHUB_API_URL = 'https://api.github.com';
/** GitHub truncates nothing for us: a longer description is refused with 422. */
const DESCRIPTION_LIMIT = 140;
const DEFAULT_TIMEOUT_MS = 30_000;
function shorten(text) {
    return text.length <= DESCRIPTION_LIMIT ? text : `${text.slice(0, DESCRIPTION_LIMIT - 1)}…`;
}
function whatToDo(status) {
    if (status === 401)
        return 'The token was refused; pass a valid token (e.g. secrets.GITHUB_TOKEN).';
    if (status === 403 || status === 404)
        return "Grant the job 'permissions: deployments: write' and check the repository name.";
    if (status === 422)
        return 'GitHub refused the deployment request; check that the commit exists in the repository.';
    if (status === undefined)
        return `Check that the API URL is reachable from this runner (${GITHUB_API_URL_ENV} overrides it).`;
    return 'Retry the step later to record the deployment.';
}
function describeFailure(error, token) {
    // Octokit reports a request that got no answer as status 500 too; only a response has a real status.
    const response = error.response;
    const status = typeof response?.status === 'number' ? response.status : undefined;
    // Octokit redacts the Authorization header, but a message can still quote what it was given.
    const text = (0,src/* errorMessage */.gJ)(error).split(token).join('***');
    return { status, text: status === undefined ? `no answer: ${text}` : `HTTP ${status}: ${text}` };
}
/**
 * Records the release in GitHub Deployments: one deployment for the commit and environment, and a
 * status saying what was decided. Never throws: a GitHub failure is a warning, not a change to the
 * decision. Returns what was recorded, or undefined.
 */
async function recordGitHubDeployment(request) {
    const { log, token } = request;
    const [owner, repo, ...extra] = request.repository.split('/');
    if (!owner || !repo || extra.length > 0) {
        log.warning(`Not recording a GitHub Deployment: '${request.repository}' is not an owner/name repository. Set DEPLOYKIT_REPOSITORY=owner/name outside GitHub Actions.`);
        return undefined;
    }
    const baseUrl = (request.apiUrl ?? DEFAULT_GITHUB_API_URL).replace(/\/+$/, '');
    const signal = AbortSignal.timeout(request.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const octokit = getOctokit(token, {
        baseUrl,
        userAgent: `deploy-kit/${src/* VERSION */.xv}`,
        log: { debug: (m) => log.debug(m), info: (m) => log.debug(m), warn: (m) => log.warning(m), error: (m) => log.error(m) },
    });
    let id;
    try {
        const created = await octokit.rest.repos.createDeployment({
            owner,
            repo,
            ref: request.sha,
            environment: request.environment,
            auto_merge: false,
            required_contexts: [],
            production_environment: request.environment === 'production',
            transient_environment: false,
            description: shorten(`deploy-kit release decision ${request.decision} for ${request.sha.slice(0, 12)}`),
            payload: { decision: request.decision, decisionPath: request.decisionPath, tool: `deploy-kit/${src/* VERSION */.xv}` },
            request: { signal },
        });
        if (!('id' in created.data) || typeof created.data.id !== 'number') {
            const said = 'message' in created.data && created.data.message ? `: ${created.data.message}` : '';
            log.warning(`GitHub did not create a deployment for ${owner}/${repo}@${request.sha} (HTTP ${created.status}${said}). The decision is unchanged.`);
            return undefined;
        }
        id = created.data.id;
    }
    catch (error) {
        const failure = describeFailure(error, token);
        log.warning(`Could not record a GitHub Deployment for ${owner}/${repo} at ${baseUrl} (${failure.text}). The decision is unchanged. ${whatToDo(failure.status)}`);
        return undefined;
    }
    try {
        const status = await octokit.rest.repos.createDeploymentStatus({
            owner,
            repo,
            deployment_id: id,
            state: request.decision === 'YES' ? 'success' : 'failure',
            environment: request.environment,
            description: shorten(`${request.decision}: ${request.summary}`),
            ...(request.runUrl ? { log_url: request.runUrl } : {}),
            ...(request.environmentUrl ? { environment_url: request.environmentUrl } : {}),
            auto_inactive: true,
            request: { signal },
        });
        log.info(`Recorded GitHub Deployment ${id} (${request.environment}) with status ${request.decision === 'YES' ? 'success' : 'failure'}.`);
        return { id, ...(status.data.url ? { statusUrl: status.data.url } : {}) };
    }
    catch (error) {
        const failure = describeFailure(error, token);
        log.warning(`Created GitHub Deployment ${id} but could not set its status (${failure.text}). The decision is unchanged. ${whatToDo(failure.status)}`);
        return { id };
    }
}

;// CONCATENATED MODULE: ./packages/release-decision/src/summary.ts

const STATUS_ICON = { pass: '✅', fail: '❌', missing: '⚠️', invalid: '⛔' };
/** A table cell holds one line and no column separators. */
function cell(text) {
    return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}
/** Mermaid labels are quoted; quotes and brackets inside them must be entities. */
function mermaidLabel(text) {
    return text.replace(/"/g, '#quot;').replace(/[<>]/g, (c) => (c === '<' ? '#lt;' : '#gt;'));
}
function stageRows(evidence) {
    return evidence.map((item) => {
        const status = `${STATUS_ICON[item.status]} ${item.status}${item.required ? '' : ' (not required)'}`;
        return `| ${cell(evidenceLabel(item))} | ${status} | \`${cell(item.path)}\` | ${cell(item.reason)} |`;
    });
}
/**
 * candidate → … → decision: the deciding stages in a chain, each coloured by its status;
 * evidence that did not decide hangs off the decision with a dotted line and a dashed border.
 */
function renderStageDiagram(decision) {
    const lines = ['flowchart LR'];
    const chain = [];
    const aside = [];
    decision.evidence.forEach((item, index) => {
        const id = `s${index}`;
        (item.required ? chain : aside).push(id);
        lines.push(`  ${id}["${mermaidLabel(`${STATUS_ICON[item.status]} ${evidenceLabel(item)}: ${item.status}`)}"]`);
    });
    lines.push(`  decision{"${decision.decision === 'YES' ? '✅' : '❌'} ${decision.decision}"}`);
    if (chain.length > 0)
        lines.push(`  ${[...chain, 'decision'].join(' --> ')}`);
    for (const id of aside)
        lines.push(`  ${id} -.-> decision`);
    lines.push('  classDef pass fill:#dafbe1,stroke:#1a7f37,color:#1a7f37', '  classDef fail fill:#ffebe9,stroke:#cf222e,color:#cf222e', '  classDef missing fill:#fff8c5,stroke:#9a6700,color:#9a6700', '  classDef invalid fill:#ffebe9,stroke:#cf222e,color:#cf222e,stroke-width:3px', '  classDef optional stroke-dasharray:5 5');
    decision.evidence.forEach((item, index) => {
        lines.push(`  class s${index} ${item.status}`);
        if (!item.required)
            lines.push(`  class s${index} optional`);
    });
    lines.push(`  class decision ${decision.decision === 'YES' ? 'pass' : 'fail'}`);
    return lines.join('\n');
}
/** The job summary: the verdict at a glance, then why, stage by stage. */
function renderSummary(decision, options) {
    const yes = decision.decision === 'YES';
    const out = [
        `## ${yes ? '✅' : '❌'} Release decision: ${decision.decision}`,
        '',
        `Commit \`${decision.sha}\` to **${cell(decision.environment)}**, decided ${decision.decidedAt}. Decision file: \`${cell(options.decisionPath)}\`.`,
        '',
    ];
    if (!yes) {
        out.push('**Why not:**', '', ...decision.reasons.map((reason) => `- ${reason.replace(/\r?\n/g, ' ')}`), '');
    }
    if (decision.evidence.length > 0) {
        out.push('| stage | status | evidence file | reason |', '|---|---|---|---|', ...stageRows(decision.evidence), '');
    }
    out.push('```mermaid', renderStageDiagram(decision), '```', '');
    const facts = [];
    if (decision.manifest)
        facts.push(`Candidate manifest \`${decision.manifest.path}\`: integrity \`${decision.manifest.integrity}\`, file sha256 \`${decision.manifest.sha256}\`.`);
    if (decision.required.length > 0)
        facts.push(`Required: ${decision.required.map((name) => `\`${cell(name)}\``).join(', ')}.`);
    else
        facts.push('Required: every evidence found for this commit.');
    if (decision.deployment)
        facts.push(`GitHub Deployment: ${decision.deployment.id}${decision.deployment.statusUrl ? ` (${decision.deployment.statusUrl})` : ''}.`);
    if (decision.runUrl)
        facts.push(`Run: ${decision.runUrl}`);
    out.push(...facts.map((fact) => `- ${fact}`), '');
    return out.join('\n');
}

;// CONCATENATED MODULE: ./packages/release-decision/src/action.ts







const ICON = { pass: '✅', fail: '❌', missing: '⚠️', invalid: '⛔' };
function unwritable(file, artifactsDir, error) {
    return new src/* ConfigurationError */.j1(`Cannot write the release decision to ${file}: ${(0,src/* errorMessage */.gJ)(error)}`, {
        remediation: `Make '${artifactsDir}' a writable directory (or set 'artifacts-dir'). No decision was recorded: treat this release as NO.`,
        cause: error,
    });
}
/**
 * Writes the decision. A decision that fails its own contract is a bug, but the file must still
 * exist: a minimal NO takes its place. Only a file system that refuses the write fails the step.
 */
async function writeDecision(store, file, decision, facts, artifactsDir) {
    try {
        await store.write(contracts_src/* contracts */.Mh.releaseDecision, file, decision);
        return decision;
    }
    catch (error) {
        if (!(error instanceof src/* ContractError */.Vl))
            throw unwritable(file, artifactsDir, error);
        const fallback = failClosedDecision(facts, `the decision could not be recorded as made (${error.message}); deploy-kit failed closed`);
        try {
            await store.write(contracts_src/* contracts */.Mh.releaseDecision, file, fallback);
            return fallback;
        }
        catch (again) {
            throw unwritable(file, artifactsDir, again);
        }
    }
}
async function recordDeployment(runtime, token, decision, decisionPath) {
    const repository = runtime.context.repository;
    if (!repository) {
        runtime.log.warning('Not recording a GitHub Deployment: the repository is unknown. Outside GitHub Actions set DEPLOYKIT_REPOSITORY=owner/name.');
        return undefined;
    }
    try {
        return await recordGitHubDeployment({
            token,
            apiUrl: runtime.env[GITHUB_API_URL_ENV] || runtime.context.apiUrl,
            repository,
            sha: decision.sha,
            environment: decision.environment,
            decision: decision.decision,
            summary: decision.reasons[0] ?? decision.decision,
            decisionPath,
            ...(runtime.context.runUrl ? { runUrl: runtime.context.runUrl } : {}),
            log: runtime.log,
        });
    }
    catch (error) {
        runtime.log.warning(`Could not record a GitHub Deployment (${(0,src/* errorMessage */.gJ)(error)}). The decision is unchanged.`);
        return undefined;
    }
}
/** The action with its clock, evidence gathering and artifact store supplied by the caller (tests). */
function createReleaseDecisionAction(dependencies = {}) {
    const now = dependencies.now ?? (() => new Date());
    const gather = dependencies.gather ?? gatherEvidence;
    return {
        spec: action_specs_src/* releaseDecisionSpec */.H_,
        async run(inputs, { runtime }) {
            const artifactsDir = inputs['artifacts-dir'];
            const { sha } = inputs;
            const environment = inputs.environment.trim();
            const required = normaliseRequired(inputs.required);
            const store = dependencies.store ?? new contracts_src/* ArtifactStore */.cJ();
            const decisionPath = new contracts_src/* ArtifactPaths */.$$(artifactsDir, sha).releaseDecision();
            const facts = {
                sha,
                environment,
                required,
                artifactsDir,
                decidedAt: now().toISOString(),
                ...(runtime.context.repository ? { repository: runtime.context.repository } : {}),
                ...(runtime.context.runUrl ? { runUrl: runtime.context.runUrl } : {}),
            };
            let decision;
            try {
                const gathered = await gather({ artifactsDir, sha, required, store });
                decision = decide(facts, gathered.evidence, gathered.manifest);
            }
            catch (error) {
                runtime.log.warning(`Gathering the evidence failed unexpectedly: ${(0,src/* describeError */.Uc)(error)}`);
                decision = failClosedDecision(facts, `the evidence could not be gathered: ${(0,src/* errorMessage */.gJ)(error)}`);
            }
            // Written before talking to GitHub, so the decision exists whatever the API does.
            decision = await writeDecision(store, decisionPath, decision, facts, artifactsDir);
            const token = inputs['github-token'];
            if (token) {
                const deployment = await recordDeployment(runtime, token, decision, decisionPath);
                if (deployment)
                    decision = await writeDecision(store, decisionPath, { ...decision, deployment }, facts, artifactsDir);
            }
            await runtime.log.group(`Release evidence for ${sha}`, async () => {
                if (decision.evidence.length === 0)
                    runtime.log.info('No evidence was found.');
                for (const item of decision.evidence)
                    runtime.log.info(`${ICON[item.status]} ${formatReason(item)}${item.required ? '' : ' [not required]'}`);
            });
            runtime.log.info(`Decision ${decision.decision} written to ${decisionPath}.`);
            const yes = decision.decision === 'YES';
            const failOnNo = inputs['fail-on-no'];
            if (!yes && !failOnNo)
                runtime.log.warning("The decision is NO; the step succeeds because 'fail-on-no' is false.");
            const more = decision.reasons.length > 1 ? ` (and ${decision.reasons.length - 1} more; see ${decisionPath})` : '';
            return {
                outputs: { decision: decision.decision, 'decision-path': decisionPath },
                ok: yes || !failOnNo,
                summary: renderSummary(decision, { decisionPath }),
                message: yes ? `Release decision for ${sha} (${environment}): YES.` : `Release decision for ${sha} (${environment}): NO — ${decision.reasons[0]}${more}`,
            };
        },
    };
}
const releaseDecisionAction = createReleaseDecisionAction();

;// CONCATENATED MODULE: ./packages/release-decision/src/record-evidence.ts




const SHA = /^[0-9a-f]{7,64}$/i;
/**
 * Writes .artifacts/evidence/<sha>/<name>.json for a stage deploy-kit does not run itself
 * (acceptance tests, an approval, a browser smoke run), so `required: <name>` can weigh it.
 * Recording again replaces the earlier evidence of that name.
 */
async function recordStageEvidence(options) {
    const { name, status } = options;
    if (!(0,contracts_src/* isSafeArtifactName */.hY)(name)) {
        throw new src/* InputError */.dz('name', `'${name}' is not a valid evidence name.`, "Use letters, digits, '.', '_' and '-' (up to 63 characters), e.g. 'acceptance' or 'approval'.");
    }
    if (RESERVED_EVIDENCE_NAMES.includes(name)) {
        throw new src/* InputError */.dz('name', `'${name}' names deploy-kit's own evidence (the candidate manifest or the deployment record).`, 'Pick another name, e.g. acceptance, approval or smoke.');
    }
    if (status !== 'pass' && status !== 'fail') {
        throw new src/* InputError */.dz('status', `got '${String(status)}', expected 'pass' or 'fail'.`, "Set 'status' to pass or fail.");
    }
    if (!SHA.test(options.sha)) {
        throw new src/* InputError */.dz('sha', `got '${options.sha}', expected a commit SHA (7 to 64 hexadecimal characters).`, 'Pass the commit the evidence is about.');
    }
    if (options.url !== undefined) {
        let parsed;
        try {
            parsed = new URL(options.url);
        }
        catch {
            parsed = undefined;
        }
        if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
            throw new src/* InputError */.dz('url', `'${options.url}' is not an http(s) URL.`, 'Link the run or report that holds the details, e.g. https://ci.example.com/runs/42.');
        }
    }
    const sha = options.sha.toLowerCase();
    const evidence = {
        schemaVersion: 1,
        kind: 'stage-evidence',
        sha,
        name,
        status,
        recordedAt: (options.now ?? (() => new Date()))().toISOString(),
        ...(options.summary?.trim() ? { summary: options.summary.trim() } : {}),
        ...(options.url ? { url: options.url } : {}),
        ...(options.details ? { details: options.details } : {}),
    };
    const file = new contracts_src/* ArtifactPaths */.$$(options.artifactsDir, sha).stageEvidence(name);
    try {
        return await (options.store ?? new contracts_src/* ArtifactStore */.cJ()).write(contracts_src/* contracts */.Mh.stageEvidence, file, evidence);
    }
    catch (error) {
        if (error instanceof src/* DeployKitError */.mG)
            throw error;
        throw new src/* ConfigurationError */.j1(`Cannot write the evidence to ${file}: ${(0,src/* errorMessage */.gJ)(error)}`, {
            remediation: `Make '${options.artifactsDir}' a writable directory (or pass --artifacts-dir).`,
            cause: error,
        });
    }
}
/** `deploy-kit record-evidence`: the same flags, outputs and exit codes as every command. */
const recordEvidenceAction = {
    spec: action_specs_src/* recordEvidenceSpec */.eR,
    async run(inputs, { runtime }) {
        const written = await recordStageEvidence({
            artifactsDir: inputs['artifacts-dir'],
            sha: inputs.sha,
            name: inputs.name,
            status: inputs.status,
            ...(inputs.summary !== undefined ? { summary: inputs.summary } : {}),
            ...(inputs.url !== undefined ? { url: inputs.url } : {}),
        });
        return { ok: true, outputs: { 'evidence-path': written.path }, message: `Recorded ${inputs.status} for '${inputs.name}' at ${inputs.sha} in ${written.path}.` };
    },
};

;// CONCATENATED MODULE: ./packages/release-decision/src/index.ts










/***/ })

};

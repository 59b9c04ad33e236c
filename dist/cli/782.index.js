export const id = 782;
export const ids = [782];
export const modules = {

/***/ 1782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DemoJob: () => (/* reexport */ DemoJob),
  demoCommand: () => (/* reexport */ demoCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 32 modules
var src = __webpack_require__(5987);
;// CONCATENATED MODULE: ./packages/demo/src/step-runner.ts

/**
 * The steps of one demo job: each action runs in-process as the CLI would (same runtime, same
 * artifacts), what a step exports (the Azure login) reaches the steps after it, and each
 * step's log is indented under its heading.
 */
class DemoJob {
    #log;
    #sequence;
    constructor(env, log) {
        this.#log = log;
        const indented = { write: (chunk) => log.write(chunk.replace(/^(?=.)/gm, '    │ ')) };
        // Outputs are captured by the sequence; nothing is printed on stdout for them.
        const runtime = new src/* ShellRuntime */.fi('cli', { env, inputs: { get: () => undefined }, stdout: { write: () => true }, stderr: indented, command: 'demo' });
        this.#sequence = new src/* StepSequence */.Gl(runtime);
    }
    async run(definition, inputs, title) {
        this.#log.write(`\n  ▶ ${title}\n`);
        const started = performance.now();
        const { code, outputs } = await this.#sequence.run(definition, inputs);
        const ms = Math.round(performance.now() - started);
        this.#log.write(`    ${code === 0 ? '✔' : '✘'} ${definition.spec.name} exited ${code} in ${(ms / 1000).toFixed(1)} s\n`);
        return { step: title, code, outputs, ms };
    }
}

// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
;// CONCATENATED MODULE: ./packages/demo/src/trust.ts

/**
 * NODE_EXTRA_CA_CERTS is read only when a process starts; a sandbox started inside this process
 * adds its CA to the default trust store instead, so the SDKs and fetch trust it unmodified.
 */
function trustCertificateAuthority(pem) {
    const trusted = external_node_tls_default().getCACertificates('default');
    if (!trusted.includes(pem))
        external_node_tls_default().setDefaultCACertificates([...trusted, pem]);
}

;// CONCATENATED MODULE: ./packages/demo/src/sandbox-demo.ts




const GOOD_SHA = 'a11ce00000000000000000000000000000000001';
const BAD_SHA = 'bad0000000000000000000000000000000000002';
/**
 * Seed 003's production sequence on the sandbox, twice: a good candidate that ends YES, then a
 * bad one whose new revision fails its health check, is rolled back automatically, and ends NO.
 * Every step is the real action, through the real SDKs, over HTTPS.
 */
async function runSandboxDemo(options) {
    const [{ Sandbox }, { oidcLoginAction }, { freezeCandidateAction }, { deployDigestAction }, { healthGateAction }, { releaseDecisionAction }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(169), __webpack_require__.e(955)]).then(__webpack_require__.bind(__webpack_require__, 1955)),
        Promise.all(/* import() */[__webpack_require__.e(563), __webpack_require__.e(401)]).then(__webpack_require__.bind(__webpack_require__, 7401)),
        Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(99), __webpack_require__.e(968)]).then(__webpack_require__.bind(__webpack_require__, 2968)),
        Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(563), __webpack_require__.e(135), __webpack_require__.e(99), __webpack_require__.e(968), __webpack_require__.e(525), __webpack_require__.e(401), __webpack_require__.e(268)]).then(__webpack_require__.bind(__webpack_require__, 5268)),
        Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(99), __webpack_require__.e(525)]).then(__webpack_require__.bind(__webpack_require__, 3525)),
        Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(99), __webpack_require__.e(837)]).then(__webpack_require__.bind(__webpack_require__, 6218)),
    ]);
    const sandbox = await Sandbox.start();
    trustCertificateAuthority(sandbox.ca.certPem);
    options.log.write(`  Sandbox on ${sandbox.url}: Entra, OIDC issuers, Container Apps (api, web, job migrate), registry ${sandbox.host}.\n`);
    try {
        const sandboxEnv = sandbox.env();
        const registry = sandboxEnv.DEPLOYKIT_REGISTRY;
        const runs = [];
        for (const candidate of [
            { sha: GOOD_SHA, label: 'candidate 1: api and web 1.1.0', api: 'shop/api:1.1.0' },
            { sha: BAD_SHA, label: 'candidate 2: an api image that answers {"status":"unhealthy"}', api: 'shop/api:bad' },
        ]) {
            options.log.write(`\n━━ ${candidate.label} (${candidate.sha.slice(0, 7)})\n`);
            for (const stage of ['candidate', 'deploy', 'production', 'release'])
                await (0,promises_.rm)(external_node_path_default().join(options.artifactsDir, stage, candidate.sha), { recursive: true, force: true });
            // A GitHub-shaped OIDC token, as the job's ID-token endpoint would give it.
            const job = new DemoJob({ ...options.env, ...sandboxEnv, DEPLOYKIT_OIDC_TOKEN: sandbox.mintGitHubToken({ audience: 'api://AzureADTokenExchange' }) }, options.log);
            const common = { sha: candidate.sha, 'artifacts-dir': options.artifactsDir };
            const outcomes = [];
            outcomes.push(await job.run(oidcLoginAction, {}, 'oidc-login: federated token exchange, ARM read'));
            outcomes.push(await job.run(freezeCandidateAction, { ...common, repository: 'acme/shop', images: `api=${registry}/${candidate.api}\nweb=${registry}/shop/web:1.1.0\nmigrate=${registry}/shop/migrate:1.0.0`, scopes: 'runtime,migration' }, 'freeze-candidate: tags → digests, frozen manifest'));
            const deploy = await job.run(deployDigestAction, { ...common, 'resource-group': sandboxEnv.DEPLOYKIT_RESOURCE_GROUP, apps: 'api=api\nweb=web', 'migration-job': 'migrate=migrate', traffic: 'all', 'health-timeout': '20s' }, 'deploy-digest: migration job, then api and web by digest');
            outcomes.push(deploy);
            const fqdns = deploy.outputs.fqdns ? JSON.parse(deploy.outputs.fqdns) : {};
            const urls = Object.values(fqdns).map((fqdn) => `https://${fqdn}/health`);
            if (urls.length > 0) {
                outcomes.push(await job.run(healthGateAction, { ...common, name: 'api', urls: urls.join('\n'), 'expect-json': '{"status":"healthy"}', timeout: '30s', 'max-failures': '5' }, 'health-gate: what serves the app FQDNs now'));
            }
            const decision = await job.run(releaseDecisionAction, { ...common, required: 'candidate\ndeploy\napi', environment: 'production', 'fail-on-no': 'false' }, 'release-decision');
            outcomes.push(decision);
            runs.push({ sha: candidate.sha, label: candidate.label, outcomes, decision: decision.outputs.decision, decisionPath: decision.outputs['decision-path'] });
        }
        return runs;
    }
    finally {
        await sandbox.stop();
    }
}

;// CONCATENATED MODULE: ./packages/demo/src/demo-command.ts


const HELP = `deploy-kit demo [--artifacts-dir DIR]

Starts the local Azure sandbox and runs seed 003's production sequence twice — login, freeze,
migration job, deploy of api and web by digest, health gate, release decision — for a good
candidate (YES) and a bad one that is rolled back automatically (NO). Prints a summary and
where the artifacts are. Nothing leaves the machine.
`;
/** `deploy-kit demo` (also `npm run demo`). */
const demoCommand = {
    kind: 'tool',
    name: 'demo',
    summary: 'Run a pipeline end to end on this machine and print what happened.',
    async run(argv, io) {
        if (argv.includes('--help') || argv.includes('-h')) {
            io.stdout.write(HELP);
            return 0;
        }
        const dirIndex = argv.indexOf('--artifacts-dir');
        const artifactsDir = external_node_path_default().resolve(dirIndex >= 0 && argv[dirIndex + 1] ? argv[dirIndex + 1] : '.artifacts');
        io.stdout.write('deploy-kit demo — seed 003\'s production sequence on the local Azure sandbox\n');
        const runs = await runSandboxDemo({ artifactsDir, env: io.env, log: io.stdout });
        io.stdout.write('\n━━ Summary\n');
        for (const run of runs) {
            io.stdout.write(`\n  ${run.label}\n`);
            for (const outcome of run.outcomes)
                io.stdout.write(`    ${outcome.code === 0 ? '✔' : '✘'} ${outcome.step.padEnd(58)} ${(outcome.ms / 1000).toFixed(1)} s\n`);
            io.stdout.write(`    Release decision: ${run.decision ?? 'none'}${run.decisionPath ? `  (${run.decisionPath})` : ''}\n`);
        }
        io.stdout.write(`\n  Artifacts: ${artifactsDir}\n`);
        // The demo succeeds when the pipeline told the good candidate from the bad one.
        const [good, bad] = runs;
        return good?.decision === 'YES' && bad?.decision === 'NO' ? 0 : 1;
    },
};

;// CONCATENATED MODULE: ./packages/demo/src/index.ts




/***/ })

};

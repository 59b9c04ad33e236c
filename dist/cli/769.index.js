export const id = 769;
export const ids = [769];
export const modules = {

/***/ 8769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  demoCommand: () => (/* reexport */ demoCommand),
  runStep: () => (/* reexport */ runStep),
  startExampleService: () => (/* reexport */ startExampleService)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
;// CONCATENATED MODULE: ./packages/demo/src/example-service.ts

/** A small service that takes a while to start, like a container app after a deploy. */
async function startExampleService(healthyAfterMs) {
    const started = Date.now();
    const server = external_node_http_default().createServer((req, res) => {
        const ready = Date.now() - started >= healthyAfterMs;
        if (req.url === '/health' || req.url === '/ready') {
            res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ status: ready ? 'healthy' : 'starting' }));
            return;
        }
        res.writeHead(404).end();
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    return {
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}

// EXTERNAL MODULE: ./packages/core/src/index.ts + 30 modules
var src = __webpack_require__(345);
;// CONCATENATED MODULE: ./packages/demo/src/step-runner.ts

/**
 * Runs one action in-process exactly as the CLI would (same runtime, same artifacts), capturing
 * its outputs and indenting its log under the step's heading.
 */
async function runStep(definition, inputs, io, title) {
    const outputs = {};
    const stdout = {
        write(chunk) {
            for (const line of chunk.split('\n').filter(Boolean)) {
                const eq = line.indexOf('=');
                if (eq > 0)
                    outputs[line.slice(0, eq)] = line.slice(eq + 1);
            }
            return true;
        },
    };
    const stderr = { write: (chunk) => io.log.write(chunk.replace(/^(?=.)/gm, '    │ ')) };
    io.log.write(`\n  ▶ ${title}\n`);
    const started = performance.now();
    const runtime = new src/* ShellRuntime */.fi('cli', { env: io.env, inputs: { get: (name) => inputs[name] }, stdout, stderr, command: definition.spec.name });
    const code = await (0,src/* runAction */.Cs)(definition, runtime);
    const ms = Math.round(performance.now() - started);
    io.log.write(`    ${code === 0 ? '✔' : '✘'} ${definition.spec.name} exited ${code} in ${(ms / 1000).toFixed(1)} s\n`);
    return { step: title, code, outputs, ms };
}

;// CONCATENATED MODULE: ./packages/demo/src/health-demo.ts




const SHA = 'a11ce00000000000000000000000000000000001';
/**
 * The pipeline's verification half on a local service that starts slowly: a health gate that
 * answers as soon as the service is healthy, then the release decision.
 */
async function runHealthDemo(options) {
    const [{ healthGateAction }, { releaseDecisionAction }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(99), __webpack_require__.e(525)]).then(__webpack_require__.bind(__webpack_require__, 3525)), Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(99), __webpack_require__.e(837)]).then(__webpack_require__.bind(__webpack_require__, 6218))]);
    await (0,promises_.rm)(external_node_path_default().join(options.artifactsDir, 'deploy', SHA), { recursive: true, force: true });
    const service = await startExampleService(2500);
    options.log.write(`  Example service on ${service.url}; it reports healthy after 2.5 s.\n`);
    try {
        const io = { env: options.env, log: options.log };
        const common = { sha: SHA, 'artifacts-dir': options.artifactsDir };
        const outcomes = [
            await runStep(healthGateAction, { ...common, name: 'api', urls: `${service.url}/health\n${service.url}/ready`, 'expect-json': '{"status":"healthy"}', timeout: '60s' }, io, 'health-gate: /health and /ready until healthy'),
            await runStep(releaseDecisionAction, { ...common, required: 'api', environment: 'demo', 'fail-on-no': 'false' }, io, 'release-decision: is every required stage green?'),
        ];
        return { outcomes, decision: outcomes[1].outputs.decision };
    }
    finally {
        await service.close();
    }
}

;// CONCATENATED MODULE: ./packages/demo/src/demo-command.ts


const HELP = `deploy-kit demo [--artifacts-dir DIR]

Runs a pipeline end to end on this machine and prints a summary and where the artifacts are.
Nothing leaves the machine.
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
        io.stdout.write('deploy-kit demo — health gate and release decision against a slow-starting local service\n');
        const { outcomes, decision } = await runHealthDemo({ artifactsDir, env: io.env, log: io.stdout });
        io.stdout.write('\n  Summary\n');
        for (const outcome of outcomes)
            io.stdout.write(`    ${outcome.code === 0 ? '✔' : '✘'} ${outcome.step.padEnd(52)} ${(outcome.ms / 1000).toFixed(1)} s\n`);
        const decisionPath = outcomes.at(-1)?.outputs['decision-path'];
        io.stdout.write(`\n  Release decision: ${decision ?? 'none'}${decisionPath ? `  (${decisionPath})` : ''}\n  Artifacts: ${artifactsDir}\n`);
        return decision === 'YES' ? 0 : 1;
    },
};

;// CONCATENATED MODULE: ./packages/demo/src/index.ts





/***/ })

};

export const id = 955;
export const ids = [955,441];
export const modules = {

/***/ 7441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createSandboxCommand: () => (/* binding */ createSandboxCommand),
/* harmony export */   parseSandboxArgs: () => (/* binding */ parseSandboxArgs),
/* harmony export */   renderEnvFile: () => (/* binding */ renderEnvFile),
/* harmony export */   renderExports: () => (/* binding */ renderExports),
/* harmony export */   sandboxCommand: () => (/* binding */ sandboxCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _deploy_kit_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5987);
/* harmony import */ var _sandbox_env_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(122);




const FLAGS = ['dir', 'port', 'env-file', 'token-lifetime', 'access-token-lifetime'];
const HELP = `deploy-kit sandbox [--dir DIR] [--port N] [--env-file FILE]

Runs a local HTTPS Azure sandbox in the foreground until Ctrl-C: Entra (federated
credentials, real AADSTS errors), GitHub- and CircleCI-shaped OIDC issuers, the Container
Apps ARM API, a registry, and revisions as local processes. It prints the environment a
pipeline needs as 'export KEY=value' lines on stdout.

Flags:
  --dir DIR                  Where the CA, certificates and signing keys live, reused across
                             runs so NODE_EXTRA_CA_CERTS stays valid. [default: .sandbox]
  --port N                   Port on 127.0.0.1. [default: any free port]
  --env-file FILE            Also write the environment as KEY=value lines (mode 0600).
  --token-lifetime D         Lifetime of the OIDC ID tokens, e.g. 5m. [default: 5m GitHub, 1h CircleCI]
  --access-token-lifetime D  Lifetime of Entra access tokens, e.g. 1h. [default: 1h]
  --help                     Show this help.

Example:
  deploy-kit sandbox --env-file .sandbox/env &
  set -a; . .sandbox/env; set +a
  deploy-kit oidc-login
`;
function durationSeconds(flag, value) {
    const ms = (0,_deploy_kit_core__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(value);
    if (ms === undefined || ms < 1000)
        throw new _deploy_kit_core__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(flag, `'${value}' is not a duration of at least 1s.`, 'Write it as 30s, 5m or 1h.');
    return Math.round(ms / 1000);
}
function parseSandboxArgs(argv) {
    const args = { help: false };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--help' || arg === '-h') {
            args.help = true;
            continue;
        }
        const eq = arg.indexOf('=');
        const name = (eq >= 0 ? arg.slice(2, eq) : arg.slice(2));
        if (!arg.startsWith('--') || !FLAGS.includes(name)) {
            throw new _deploy_kit_core__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(arg.replace(/^--/, ''), `'${arg}' is not a flag of sandbox.`, `It takes ${FLAGS.map((f) => `--${f}`).join(', ')}; run 'deploy-kit sandbox --help'.`);
        }
        let value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
        if (value === undefined || value === '')
            throw new _deploy_kit_core__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, `'--${name}' needs a value.`, `Write --${name} <value>.`);
        value = value.trim();
        if (name === 'dir')
            args.dir = value;
        else if (name === 'env-file')
            args.envFile = value;
        else if (name === 'token-lifetime')
            args.tokenLifetimeSeconds = durationSeconds(name, value);
        else if (name === 'access-token-lifetime')
            args.accessTokenLifetimeSeconds = durationSeconds(name, value);
        else {
            const port = Number(value);
            if (!/^\d+$/.test(value) || port > 65535)
                throw new _deploy_kit_core__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(name, `'${value}' is not a port number.`, 'Give a number from 0 to 65535 (0: any free port).');
            args.port = port;
        }
    }
    return args;
}
/** POSIX-shell quoting, only where a value needs it. */
function shellQuote(value) {
    return /^[A-Za-z0-9_./:@%+=,-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
function renderExports(env) {
    return _sandbox_env_js__WEBPACK_IMPORTED_MODULE_3__/* .SANDBOX_ENV_KEYS */ .v.map((key) => `export ${key}=${shellQuote(env[key])}\n`).join('');
}
function renderEnvFile(env) {
    return _sandbox_env_js__WEBPACK_IMPORTED_MODULE_3__/* .SANDBOX_ENV_KEYS */ .v.map((key) => `${key}=${env[key]}\n`).join('');
}
async function writeEnvFile(file, env) {
    const temporary = `${file}.${process.pid}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(temporary, renderEnvFile(env), { mode: 0o600 });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temporary, file);
}
function describeEvent(event) {
    const via = event.federatedCredential ? ` via federated credential '${event.federatedCredential}'` : '';
    const resource = event.resource ? ` for ${event.resource}` : '';
    return `entra: token request from client ${event.clientId ?? '(none)'} → ${event.outcome}${resource}${via}\n`;
}
function untilSignal(signal) {
    return new Promise((resolve) => {
        const stop = () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            resolve();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        signal.addEventListener('abort', stop, { once: true });
    });
}
function createSandboxCommand(options = {}) {
    return {
        kind: 'tool',
        name: 'sandbox',
        summary: 'Run the local HTTPS Azure sandbox (Entra, OIDC issuers, Container Apps ARM, registry) and print the environment a pipeline needs.',
        async run(argv, io) {
            let args;
            try {
                args = parseSandboxArgs(argv);
            }
            catch (error) {
                io.stderr.write(`error: ${(0,_deploy_kit_core__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)}\n`);
                return (0,_deploy_kit_core__WEBPACK_IMPORTED_MODULE_2__/* .exitCodeFor */ .Rr)(error);
            }
            if (args.help) {
                io.stdout.write(HELP);
                return _deploy_kit_core__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.Success;
            }
            const cwd = options.cwd ?? process.cwd();
            const sandboxOptions = {
                dir: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, args.dir ?? '.sandbox'),
                port: args.port,
                tokenLifetimeSeconds: args.tokenLifetimeSeconds,
                accessTokenLifetimeSeconds: args.accessTokenLifetimeSeconds,
                onIdentityEvent: (event) => io.stderr.write(describeEvent(event)),
            };
            const started = performance.now();
            let sandbox;
            try {
                // Loaded here so that the CLI starts without the sandbox's modules until they are needed.
                const { Sandbox } = await __webpack_require__.e(/* import() */ 169).then(__webpack_require__.bind(__webpack_require__, 6169));
                sandbox = await Sandbox.start(sandboxOptions);
            }
            catch (error) {
                io.stderr.write(`error: the sandbox did not start: ${(0,_deploy_kit_core__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)}\n`);
                return (0,_deploy_kit_core__WEBPACK_IMPORTED_MODULE_2__/* .exitCodeFor */ .Rr)(error);
            }
            const stopping = new AbortController();
            // Listen before printing: whoever reads the environment may stop us straight away.
            const stopped = (options.untilStopped ?? untilSignal)(stopping.signal);
            try {
                const env = sandbox.env();
                if (args.envFile)
                    await writeEnvFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, args.envFile), env);
                io.stdout.write(renderExports(env));
                io.stderr.write(`deploy-kit sandbox listening on ${sandbox.url} (started in ${(0,_deploy_kit_core__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(performance.now() - started)}; state: ${sandbox.url}/_sandbox/state)\n` +
                    `CA certificate: ${sandbox.ca.certFile}${args.envFile ? `; environment written to ${args.envFile}` : ''}\nPress Ctrl-C to stop.\n`);
                await options.onReady?.(sandbox);
                await stopped;
                return _deploy_kit_core__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.Success;
            }
            catch (error) {
                io.stderr.write(`error: ${(0,_deploy_kit_core__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)}\n`);
                return (0,_deploy_kit_core__WEBPACK_IMPORTED_MODULE_2__/* .exitCodeFor */ .Rr)(error);
            }
            finally {
                stopping.abort();
                await sandbox.stop();
                io.stderr.write('deploy-kit sandbox stopped.\n');
            }
        },
    };
}
/** `deploy-kit sandbox`: the lead registers it in packages/cli/src/commands.ts. */
const sandboxCommand = createSandboxCommand();


/***/ }),

/***/ 1955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BEHAVIOUR_LABEL: () => (/* reexport safe */ _service_interfaces_js__WEBPACK_IMPORTED_MODULE_12__.d),
/* harmony export */   DEFAULT_CIRCLECI_PROJECT: () => (/* reexport safe */ _sandbox_defaults_js__WEBPACK_IMPORTED_MODULE_4__.VI),
/* harmony export */   DEFAULT_FEDERATION_AUDIENCE: () => (/* reexport safe */ _entra_directory_js__WEBPACK_IMPORTED_MODULE_9__.HX),
/* harmony export */   DEFAULT_GITHUB_RUN: () => (/* reexport safe */ _sandbox_defaults_js__WEBPACK_IMPORTED_MODULE_4__.SR),
/* harmony export */   Directory: () => (/* reexport safe */ _entra_directory_js__WEBPACK_IMPORTED_MODULE_9__.__),
/* harmony export */   DirectoryArmAuthorizer: () => (/* reexport safe */ _entra_arm_authorizer_js__WEBPACK_IMPORTED_MODULE_10__.V8),
/* harmony export */   GITHUB_ISSUER: () => (/* reexport safe */ _oidc_github_issuer_js__WEBPACK_IMPORTED_MODULE_7__.oX),
/* harmony export */   MAX_FEDERATED_CREDENTIALS: () => (/* reexport safe */ _entra_directory_js__WEBPACK_IMPORTED_MODULE_9__.d3),
/* harmony export */   SANDBOX_ENV_KEYS: () => (/* reexport safe */ _sandbox_js__WEBPACK_IMPORTED_MODULE_0__.v),
/* harmony export */   SANDBOX_IDS: () => (/* reexport safe */ _sandbox_defaults_js__WEBPACK_IMPORTED_MODULE_4__.h8),
/* harmony export */   SANDBOX_PATHS: () => (/* reexport safe */ _sandbox_admin_js__WEBPACK_IMPORTED_MODULE_1__.B),
/* harmony export */   Sandbox: () => (/* reexport safe */ _sandbox_js__WEBPACK_IMPORTED_MODULE_0__.Sandbox),
/* harmony export */   SandboxIdentity: () => (/* reexport safe */ _entra_sandbox_identity_js__WEBPACK_IMPORTED_MODULE_3__.s),
/* harmony export */   armOperation: () => (/* reexport safe */ _entra_arm_authorizer_js__WEBPACK_IMPORTED_MODULE_10__.c4),
/* harmony export */   circleCiIssuerFor: () => (/* reexport safe */ _oidc_circleci_issuer_js__WEBPACK_IMPORTED_MODULE_8__.F0),
/* harmony export */   circleCiSubject: () => (/* reexport safe */ _oidc_circleci_issuer_js__WEBPACK_IMPORTED_MODULE_8__.nO),
/* harmony export */   createSandboxCommand: () => (/* reexport safe */ _cli_js__WEBPACK_IMPORTED_MODULE_2__.createSandboxCommand),
/* harmony export */   decodeJwt: () => (/* reexport safe */ _jwt_jwt_js__WEBPACK_IMPORTED_MODULE_6__.iU),
/* harmony export */   ensureCa: () => (/* reexport safe */ _tls_js__WEBPACK_IMPORTED_MODULE_11__.D),
/* harmony export */   githubSubject: () => (/* reexport safe */ _oidc_github_issuer_js__WEBPACK_IMPORTED_MODULE_7__.Eg),
/* harmony export */   resourceGroupId: () => (/* reexport safe */ _sandbox_defaults_js__WEBPACK_IMPORTED_MODULE_4__.x6),
/* harmony export */   sandboxCommand: () => (/* reexport safe */ _cli_js__WEBPACK_IMPORTED_MODULE_2__.sandboxCommand),
/* harmony export */   systemClock: () => (/* reexport safe */ _jwt_clock_js__WEBPACK_IMPORTED_MODULE_5__.m)
/* harmony export */ });
/* harmony import */ var _sandbox_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6169);
/* harmony import */ var _sandbox_admin_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2402);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7441);
/* harmony import */ var _entra_sandbox_identity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2716);
/* harmony import */ var _sandbox_defaults_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7015);
/* harmony import */ var _jwt_clock_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9175);
/* harmony import */ var _jwt_jwt_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8716);
/* harmony import */ var _oidc_github_issuer_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7428);
/* harmony import */ var _oidc_circleci_issuer_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5457);
/* harmony import */ var _entra_directory_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8022);
/* harmony import */ var _entra_arm_authorizer_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2820);
/* harmony import */ var _tls_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8606);
/* harmony import */ var _service_interfaces_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3905);















/***/ }),

/***/ 122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ SANDBOX_ENV_KEYS)
/* harmony export */ });
/** Exactly the variables a pipeline needs to run against the sandbox. */
const SANDBOX_ENV_KEYS = [
    'NODE_EXTRA_CA_CERTS',
    'AZURE_AUTHORITY_HOST',
    'DEPLOYKIT_ARM_ENDPOINT',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'CIRCLE_OIDC_TOKEN_V2',
    'AZURE_TENANT_ID',
    'AZURE_CLIENT_ID',
    'AZURE_SUBSCRIPTION_ID',
    'DEPLOYKIT_RESOURCE_GROUP',
    'DEPLOYKIT_REGISTRY',
];


/***/ })

};

export const id = 335;
export const ids = [335];
export const modules = {

/***/ 335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createSandboxCommand: () => (/* binding */ createSandboxCommand),
  parseSandboxArgs: () => (/* binding */ parseSandboxArgs),
  renderEnvFile: () => (/* binding */ renderEnvFile),
  renderExports: () => (/* binding */ renderExports),
  sandboxCommand: () => (/* binding */ sandboxCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 30 modules
var src = __webpack_require__(345);
;// CONCATENATED MODULE: ./packages/sandbox/src/sandbox-env.ts
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

;// CONCATENATED MODULE: ./packages/sandbox/src/cli.ts




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
    const ms = (0,src/* parseDuration */.E9)(value);
    if (ms === undefined || ms < 1000)
        throw new src/* InputError */.dz(flag, `'${value}' is not a duration of at least 1s.`, 'Write it as 30s, 5m or 1h.');
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
            throw new src/* InputError */.dz(arg.replace(/^--/, ''), `'${arg}' is not a flag of sandbox.`, `It takes ${FLAGS.map((f) => `--${f}`).join(', ')}; run 'deploy-kit sandbox --help'.`);
        }
        let value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
        if (value === undefined || value === '')
            throw new src/* InputError */.dz(name, `'--${name}' needs a value.`, `Write --${name} <value>.`);
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
                throw new src/* InputError */.dz(name, `'${value}' is not a port number.`, 'Give a number from 0 to 65535 (0: any free port).');
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
    return SANDBOX_ENV_KEYS.map((key) => `export ${key}=${shellQuote(env[key])}\n`).join('');
}
function renderEnvFile(env) {
    return SANDBOX_ENV_KEYS.map((key) => `${key}=${env[key]}\n`).join('');
}
async function writeEnvFile(file, env) {
    const temporary = `${file}.${process.pid}.tmp`;
    await (0,promises_.writeFile)(temporary, renderEnvFile(env), { mode: 0o600 });
    await (0,promises_.rename)(temporary, file);
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
                io.stderr.write(`error: ${(0,src/* describeError */.Uc)(error)}\n`);
                return (0,src/* exitCodeFor */.Rr)(error);
            }
            if (args.help) {
                io.stdout.write(HELP);
                return src/* ExitCode */.yU.Success;
            }
            const cwd = options.cwd ?? process.cwd();
            const sandboxOptions = {
                dir: external_node_path_default().resolve(cwd, args.dir ?? '.sandbox'),
                port: args.port,
                tokenLifetimeSeconds: args.tokenLifetimeSeconds,
                accessTokenLifetimeSeconds: args.accessTokenLifetimeSeconds,
                onIdentityEvent: (event) => io.stderr.write(describeEvent(event)),
            };
            const started = performance.now();
            let sandbox;
            try {
                // Loaded here so that the CLI starts without the sandbox's modules until they are needed.
                const { Sandbox } = await __webpack_require__.e(/* import() */ 814).then(__webpack_require__.bind(__webpack_require__, 3814));
                sandbox = await Sandbox.start(sandboxOptions);
            }
            catch (error) {
                io.stderr.write(`error: the sandbox did not start: ${(0,src/* describeError */.Uc)(error)}\n`);
                return (0,src/* exitCodeFor */.Rr)(error);
            }
            const stopping = new AbortController();
            // Listen before printing: whoever reads the environment may stop us straight away.
            const stopped = (options.untilStopped ?? untilSignal)(stopping.signal);
            try {
                const env = sandbox.env();
                if (args.envFile)
                    await writeEnvFile(external_node_path_default().resolve(cwd, args.envFile), env);
                io.stdout.write(renderExports(env));
                io.stderr.write(`deploy-kit sandbox listening on ${sandbox.url} (started in ${(0,src/* formatDuration */.a3)(performance.now() - started)}; state: ${sandbox.url}/_sandbox/state)\n` +
                    `CA certificate: ${sandbox.ca.certFile}${args.envFile ? `; environment written to ${args.envFile}` : ''}\nPress Ctrl-C to stop.\n`);
                await options.onReady?.(sandbox);
                await stopped;
                return src/* ExitCode */.yU.Success;
            }
            catch (error) {
                io.stderr.write(`error: ${(0,src/* describeError */.Uc)(error)}\n`);
                return (0,src/* exitCodeFor */.Rr)(error);
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


/***/ })

};

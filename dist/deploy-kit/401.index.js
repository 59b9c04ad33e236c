export const id = 401;
export const ids = [401];
export const modules = {

/***/ 7401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AzureLoginError: () => (/* reexport */ AzureLoginError),
  LOGIN_ENV: () => (/* reexport */ LOGIN_ENV),
  OidcAssertionSource: () => (/* reexport */ OidcAssertionSource),
  armScope: () => (/* reexport */ armScope),
  azureLogin: () => (/* reexport */ azureLogin),
  azureSessionFromEnvironment: () => (/* reexport */ azureSessionFromEnvironment),
  createAzureCredential: () => (/* reexport */ createAzureCredential),
  decodeClaims: () => (/* reexport */ decodeClaims),
  describeClaims: () => (/* reexport */ describeClaims),
  entraFailure: () => (/* reexport */ entraFailure),
  explainEntraFailure: () => (/* reexport */ explainEntraFailure),
  explainLogin: () => (/* reexport */ explainLogin),
  getTokenWithRetry: () => (/* reexport */ getTokenWithRetry),
  matchingFederatedCredential: () => (/* reexport */ matchingFederatedCredential),
  oidcLoginAction: () => (/* reexport */ oidcLoginAction),
  subjectHints: () => (/* reexport */ subjectHints),
  writeTokenFile: () => (/* reexport */ writeTokenFile)
});

// EXTERNAL MODULE: ./packages/action-specs/src/index.ts + 10 modules
var src = __webpack_require__(9890);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 31 modules
var core_src = __webpack_require__(9045);
;// CONCATENATED MODULE: ./packages/azure-auth/src/jwt-claims.ts
function decodeClaims(token) {
    const parts = token.split('.');
    if (parts.length !== 3)
        return undefined;
    try {
        const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
        return claims !== null && typeof claims === 'object' && !Array.isArray(claims) ? claims : undefined;
    }
    catch {
        return undefined;
    }
}
function audiences(claims) {
    if (claims.aud === undefined)
        return [];
    return Array.isArray(claims.aud) ? claims.aud : [claims.aud];
}
/** Seconds until the token expires (negative when it already has). */
function secondsToExpiry(claims, nowMs) {
    return claims.exp === undefined ? undefined : claims.exp - Math.floor(nowMs / 1000);
}

;// CONCATENATED MODULE: ./packages/azure-auth/src/federated-credential.ts

const CIRCLECI_ISSUER_PREFIX = 'https://oidc.circleci.com/org/';
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
function credentialName(subject) {
    return subject.replace(/[^A-Za-z0-9-]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '').slice(0, 120) || 'deploy-kit';
}
function matchingFederatedCredential(claims, audience) {
    if (!claims.iss || !claims.sub)
        return undefined;
    return {
        name: credentialName(claims.sub),
        issuer: claims.iss,
        subject: claims.sub,
        audiences: [audience],
        description: 'Created from deploy-kit oidc-login diagnosis',
    };
}
/** Hints about the subject that explain the most common mismatches. */
function subjectHints(claims, audience) {
    const hints = [];
    const sub = claims.sub ?? '';
    const iss = claims.iss ?? '';
    if (iss.startsWith(CIRCLECI_ISSUER_PREFIX)) {
        hints.push('Entra matches CircleCI subjects exactly: a wildcard such as org/<org-id>/project/* never matches (flexible federated credentials exist only for GitHub, GitLab and Terraform Cloud).');
        if (/\/user\/[^/]+/.test(sub)) {
            hints.push("This CircleCI subject contains the id of the user who triggered the pipeline, so each person needs their own credential (at most 20 per app). Prefer CIRCLE_OIDC_TOKEN_V2 with a subject keyed on 'vcs-origin'/'vcs-ref', or a dedicated app per project.");
        }
        const orgId = iss.slice(CIRCLECI_ISSUER_PREFIX.length);
        if (!audiences(claims).includes(audience)) {
            hints.push(`CircleCI tokens carry aud = the organization id (${orgId}); register that as the credential's audience, or mint a token for '${audience}' with: circleci run oidc get --claims '{"aud":"${audience}"}'.`);
        }
    }
    else if (iss === GITHUB_ISSUER) {
        if (/repository_owner_id:|repository_id:/.test(sub)) {
            hints.push('This GitHub subject uses the immutable (id-based) or customised claim format; the federated credential must use the same format.');
        }
        else if (/:ref:refs\/heads\//.test(sub)) {
            hints.push("The job has no 'environment:', so the subject names the branch; a credential for 'environment:<name>' will not match it.");
        }
        else if (/:environment:/.test(sub)) {
            hints.push("The job runs in a GitHub environment, so the subject names the environment, not the branch; a credential for 'ref:refs/heads/main' will not match it.");
        }
    }
    hints.push('An app registration holds at most 20 federated credentials; reuse one by matching the subject above exactly.');
    return hints;
}

;// CONCATENATED MODULE: ./packages/azure-auth/src/explain.ts



/** A login failure with the diagnosis attached. */
class AzureLoginError extends core_src/* DeployKitError */.mG {
    aadsts;
    constructor(message, remediation, aadsts, cause) {
        super(message, { remediation, cause, exitCode: core_src/* ExitCode */.yU.Failure });
        this.aadsts = aadsts;
    }
}
/** Describes the token by its claims — never the token itself. */
function describeClaims(claims) {
    if (!claims)
        return 'The OIDC token could not be decoded (it is not a JWT).';
    const aud = audiences(claims);
    const lines = [`  iss: ${claims.iss ?? '(none)'}`, `  sub: ${claims.sub ?? '(none)'}`, `  aud: ${aud.length ? aud.join(', ') : '(none)'}`];
    if (claims.exp !== undefined)
        lines.push(`  exp: ${new Date(claims.exp * 1000).toISOString()}`);
    return `The OIDC token presented:\n${lines.join('\n')}`;
}
function federatedCredentialAdvice(claims, subject) {
    const credential = claims && matchingFederatedCredential(claims, subject.audience);
    if (!credential)
        return '';
    return [
        'A federated credential that matches this token:',
        `  az ad app federated-credential create --id ${subject.clientId} --parameters '${JSON.stringify(credential)}'`,
        ...subjectHints(claims, subject.audience).map((hint) => `  - ${hint}`),
    ].join('\n');
}
/** Turns an AADSTS code into an explanation with what to do about it. */
function explainEntraFailure(failure, claims, subject, cause) {
    const claimText = describeClaims(claims);
    switch (failure.code) {
        case 700016:
            return new AzureLoginError(`AADSTS700016: application '${subject.clientId}' was not found in tenant '${subject.tenantId}'.`, `Check 'client-id' (the app registration's Application (client) ID, not its object id) and 'tenant-id'; the app must exist in that tenant.`, 700016, cause);
        case 70021:
        case 700213:
        case 700212:
        case 700211:
            return new AzureLoginError(`AADSTS${failure.code}: no federated credential on app '${subject.clientId}' matches the OIDC token.\n${claimText}`, federatedCredentialAdvice(claims, subject) || 'Add a federated credential whose issuer, subject and audience equal the token claims above.', failure.code, cause);
        case 700024:
            return new AzureLoginError(`AADSTS700024: the OIDC token is outside its valid time range (retried).\n${claimText}`, 'The token has expired or is not yet valid: check the runner clock (NTP) and that the token is fresh; a job should request a new token rather than reuse an old one.', 700024, cause);
        case 50027:
            return new AzureLoginError(`AADSTS50027: Entra rejected the OIDC token as invalid (signature or format).\n${claimText}`, 'The token was altered or was not issued by the expected issuer; pass the CI token unmodified.', 50027, cause);
        case 90002:
            return new AzureLoginError(`AADSTS90002: tenant '${subject.tenantId}' was not found.`, "Check 'tenant-id' (Directory (tenant) ID) and 'authority-host' for sovereign clouds.", 90002, cause);
        default:
            return new AzureLoginError(`AADSTS${failure.code}: ${failure.description}`, `See https://login.microsoftonline.com/error?code=${failure.code}.\n${claimText}`, failure.code, cause);
    }
}

;// CONCATENATED MODULE: ./packages/azure-auth/src/diagnose.ts


/**
 * `deploy-kit oidc-login --explain`: what token this CI would present and which federated
 * credential would accept it, without exchanging anything.
 */
async function explainLogin(runtime, subject) {
    const token = await runtime.oidcToken(subject.audience);
    runtime.setSecret(token);
    const claims = decodeClaims(token);
    return [`Runtime: ${runtime.kind}`, describeClaims(claims), federatedCredentialAdvice(claims, subject)].filter(Boolean).join('\n');
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./packages/azure-auth/src/arm-read.ts

/** One cheap ARM read that proves the token works: GET the subscription. */
async function readSubscription(armEndpoint, subscriptionId, accessToken) {
    const url = new URL(`/subscriptions/${encodeURIComponent(subscriptionId)}?api-version=2022-12-01`, armEndpoint);
    let response;
    try {
        response = await fetch(url, { headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' }, signal: AbortSignal.timeout(30_000) });
    }
    catch (error) {
        throw new AzureLoginError(`Cannot reach Azure Resource Manager at ${url.origin}: ${error.cause instanceof Error ? error.cause.message : error.message}`, "Check 'arm-endpoint' and network access to it.", undefined, error);
    }
    const body = (await response.json().catch(() => undefined));
    if (response.status === 403 || response.status === 404) {
        throw new AzureLoginError(`Logged in, but the identity cannot read subscription '${subscriptionId}' (${response.status} ${body?.error?.code ?? ''}).`, "Assign the app's service principal a role (Reader at least; Contributor on the resource group to deploy) and check 'subscription-id'.");
    }
    if (!response.ok) {
        throw new AzureLoginError(`ARM answered ${response.status} ${body?.error?.code ?? ''}: ${body?.error?.message ?? ''}`.trim(), 'Retry the job; if it persists, check Azure status.');
    }
    return { subscriptionId, displayName: body?.displayName, state: body?.state };
}

// EXTERNAL MODULE: ./node_modules/@azure/identity/dist/esm/index.js + 182 modules
var esm = __webpack_require__(5563);
;// CONCATENATED MODULE: ./packages/azure-auth/src/aadsts.ts
const AADSTS = /AADSTS(\d{5,7})\b:?\s*([^\r\n]*)/;
function entraFailure(error) {
    const candidates = [];
    let statusCode;
    let current = error;
    for (let depth = 0; current && depth < 5; depth++) {
        const value = current;
        if (typeof value.statusCode === 'number')
            statusCode ??= value.statusCode;
        if (typeof value.errorResponse?.errorDescription === 'string')
            candidates.push(value.errorResponse.errorDescription);
        if (typeof value.errorResponse?.error_description === 'string')
            candidates.push(value.errorResponse.error_description);
        if (typeof value.message === 'string')
            candidates.push(value.message);
        if (Array.isArray(value.errors))
            for (const inner of value.errors)
                if (inner && typeof inner.message === 'string')
                    candidates.push(inner.message);
        current = value.cause;
    }
    for (const text of candidates) {
        const match = AADSTS.exec(text);
        if (match)
            return { code: Number(match[1]), description: match[2].trim(), statusCode };
    }
    return undefined;
}
/** Codes worth another try: clock skew, Entra's own transient failures, throttling. */
function isRetryable(failure, error) {
    if (failure)
        return [700024, 50196, 90033, 50058, 500011, 50089].includes(failure.code) || (failure.statusCode !== undefined && failure.statusCode >= 500);
    const message = error instanceof Error ? error.message : String(error);
    return /ECONNRESET|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|socket hang up|status code 5\d\d|429/i.test(message);
}

;// CONCATENATED MODULE: ./packages/azure-auth/src/credential.ts




const PUBLIC_AUTHORITIES = new Set(['login.microsoftonline.com', 'login.microsoftonline.us', 'login.chinacloudapi.cn', 'login.partner.microsoftonline.cn']);
/**
 * A ClientAssertionCredential fed by the CI's OIDC tokens. Instance discovery is turned off for
 * authorities Microsoft does not know (the sandbox, private clouds): MSAL would otherwise ask
 * the public cloud about them.
 */
function createAzureCredential(config, assertions) {
    const host = new URL(config.authorityHost).hostname;
    return new esm/* ClientAssertionCredential */.XI(config.tenantId, config.clientId, () => assertions.getAssertion(), {
        authorityHost: config.authorityHost,
        disableInstanceDiscovery: !PUBLIC_AUTHORITIES.has(host),
    });
}
/** Gets a token, retrying clock skew (AADSTS700024) and transient failures with backoff. */
async function getTokenWithRetry(credential, scope, context, retry = {}) {
    const attempts = retry.attempts ?? 4;
    const sleep = retry.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    for (let attempt = 1;; attempt++) {
        try {
            const token = await credential.getToken(scope);
            if (!token)
                throw new AzureLoginError('Entra returned no access token.', 'Retry the job; if it persists, check the Entra service health.');
            return token;
        }
        catch (error) {
            const failure = entraFailure(error);
            if (attempt < attempts && isRetryable(failure, error)) {
                const delay = (retry.baseDelayMs ?? 1000) * 2 ** (attempt - 1);
                context.log.warning(`Token exchange failed (${failure ? `AADSTS${failure.code}` : error.message.split('\n')[0]}); retrying in ${delay} ms (attempt ${attempt + 1} of ${attempts}).`);
                await sleep(delay);
                continue;
            }
            if (failure)
                throw explainEntraFailure(failure, context.assertions.claims, context.config, error);
            // Our own errors (from fetching the OIDC assertion) arrive wrapped by the SDK; say them as they are.
            const own = ownError(error);
            if (own)
                throw own;
            throw new AzureLoginError(`Token exchange with ${context.config.authorityHost} failed: ${error.message.split('\n')[0]}`, "Check 'authority-host' and network access to it.", undefined, error);
        }
    }
}
function ownError(error) {
    let current = error;
    for (let depth = 0; current && depth < 5; depth++) {
        if (current instanceof core_src/* DeployKitError */.mG)
            return current;
        current = current.cause;
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./packages/azure-auth/src/oidc-assertions.ts







const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** Re-fetch an assertion this long before it expires, so an exchange never races expiry. */
const EXPIRY_MARGIN_SECONDS = 60;
async function circleCiCliMint(audience, env) {
    try {
        const { stdout } = await run('circleci', ['run', 'oidc', 'get', '--claims', JSON.stringify({ aud: audience })], { timeout: 30_000, env: env });
        return stdout.trim() || undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Supplies OIDC assertions to @azure/identity. Each call returns a token valid for at least a
 * minute, fetching a fresh one from the CI when the cached one is about to expire — which is
 * how a job longer than one token's life keeps working.
 */
class OidcAssertionSource {
    #options;
    #current;
    #fetches = 0;
    constructor(options) {
        this.#options = options;
    }
    get fetchCount() {
        return this.#fetches;
    }
    get claims() {
        return this.#current?.claims;
    }
    async getAssertion() {
        const now = (this.#options.now ?? Date.now)();
        const remaining = this.#current?.claims ? secondsToExpiry(this.#current.claims, now) : undefined;
        if (this.#current && remaining !== undefined && remaining > EXPIRY_MARGIN_SECONDS)
            return this.#current.token;
        const token = await this.#fetch(this.#options.runtime.log);
        this.#current = { token, claims: decodeClaims(token) };
        if (this.#options.tokenFile)
            await writeTokenFile(this.#options.tokenFile, token);
        return token;
    }
    async #fetch(log) {
        const { runtime, audience } = this.#options;
        this.#fetches++;
        let token = await runtime.oidcToken(audience);
        runtime.setSecret(token);
        const claims = decodeClaims(token);
        if (claims?.iss?.startsWith(CIRCLECI_ISSUER_PREFIX) && !audiences(claims).includes(audience)) {
            const minted = await (this.#options.mintCircleCi ?? circleCiCliMint)(audience, runtime.env);
            if (minted) {
                runtime.setSecret(minted);
                log.debug(`Minted a CircleCI OIDC token for audience ${audience}.`);
                token = minted;
            }
            else {
                const orgId = claims.iss.slice(CIRCLECI_ISSUER_PREFIX.length);
                log.warning(`The CircleCI token's audience is the organization id '${orgId}', not '${audience}', and 'circleci run oidc get' is not available here. ` +
                    `Set the 'audience' input to '${orgId}' and register it as the federated credential's audience.`);
            }
        }
        return token;
    }
}
async function writeTokenFile(file, token) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    await (0,promises_.writeFile)(file, token, { mode: 0o600 });
    await (0,promises_.chmod)(file, 0o600);
}
function requireClaims(claims) {
    if (!claims)
        throw new ConfigurationError('The CI returned an OIDC token that is not a JWT.', { remediation: 'Check the OIDC token source configured for this runtime.' });
    return claims;
}

;// CONCATENATED MODULE: ./packages/azure-auth/src/login.ts




/** Variables later steps read: @azure/identity's WorkloadIdentityCredential, `az login --federated-token`, and deploy-kit. */
const LOGIN_ENV = {
    clientId: 'AZURE_CLIENT_ID',
    tenantId: 'AZURE_TENANT_ID',
    subscriptionId: 'AZURE_SUBSCRIPTION_ID',
    authorityHost: 'AZURE_AUTHORITY_HOST',
    tokenFile: 'AZURE_FEDERATED_TOKEN_FILE',
    armEndpoint: 'DEPLOYKIT_ARM_ENDPOINT',
    audience: 'DEPLOYKIT_OIDC_AUDIENCE',
};
function armScope(armEndpoint) {
    return `${new URL(armEndpoint).origin}/.default`;
}
function defaultTokenFile(runtime) {
    return external_node_path_default().join(runtime.context.tempDir, 'deploy-kit', `azure-federated-token-${process.pid}.jwt`);
}
/**
 * Exchanges the CI's OIDC token for an ARM token, proves it with one ARM read, and exports
 * what later steps need (never the access token itself).
 */
async function azureLogin(config, runtime, options = {}) {
    const tokenFile = options.tokenFile ?? defaultTokenFile(runtime);
    const assertions = new OidcAssertionSource({ runtime, audience: config.audience, tokenFile });
    // The CI's token first: a missing OIDC permission is reported as such, not as a failed exchange.
    await assertions.getAssertion();
    const credential = createAzureCredential(config, assertions);
    const accessToken = await getTokenWithRetry(credential, armScope(config.armEndpoint), { config, assertions, log: runtime.log }, options.retry);
    runtime.setSecret(accessToken.token);
    const subscription = await readSubscription(config.armEndpoint, config.subscriptionId, accessToken.token);
    runtime.exportVariable(LOGIN_ENV.clientId, config.clientId);
    runtime.exportVariable(LOGIN_ENV.tenantId, config.tenantId);
    runtime.exportVariable(LOGIN_ENV.subscriptionId, config.subscriptionId);
    runtime.exportVariable(LOGIN_ENV.authorityHost, config.authorityHost);
    runtime.exportVariable(LOGIN_ENV.tokenFile, tokenFile);
    runtime.exportVariable(LOGIN_ENV.armEndpoint, config.armEndpoint);
    runtime.exportVariable(LOGIN_ENV.audience, config.audience);
    return {
        subscription,
        expiresOn: new Date(accessToken.expiresOnTimestamp),
        subject: assertions.claims?.sub,
        issuer: assertions.claims?.iss,
        tokenFile,
    };
}

;// CONCATENATED MODULE: ./packages/azure-auth/src/action.ts



const oidcLoginAction = {
    spec: src/* oidcLoginSpec */.wI,
    async run(inputs, { runtime }) {
        const subject = { clientId: inputs['client-id'], tenantId: inputs['tenant-id'], audience: inputs.audience };
        if (inputs.explain) {
            const diagnosis = await explainLogin(runtime, subject);
            runtime.log.info(diagnosis);
            return { ok: true, outputs: { 'client-id': subject.clientId, 'tenant-id': subject.tenantId, 'subscription-id': inputs['subscription-id'] } };
        }
        const result = await runtime.log.group('Azure login (OIDC federation)', () => azureLogin({ ...subject, subscriptionId: inputs['subscription-id'], authorityHost: inputs['authority-host'], armEndpoint: inputs['arm-endpoint'] }, runtime));
        const name = result.subscription.displayName ? ` (${result.subscription.displayName})` : '';
        return {
            ok: true,
            outputs: {
                'subscription-id': result.subscription.subscriptionId,
                'tenant-id': subject.tenantId,
                'client-id': subject.clientId,
                'expires-on': result.expiresOn.toISOString(),
                subject: result.subject ?? '',
            },
            summary: `### Azure login\n\n| | |\n| --- | --- |\n| subject | \`${result.subject ?? '?'}\` |\n| subscription | \`${result.subscription.subscriptionId}\`${name} |\n| token expires | ${result.expiresOn.toISOString()} |\n`,
            message: `Logged in to Azure as ${subject.clientId} for subscription ${result.subscription.subscriptionId}${name}; token valid until ${result.expiresOn.toISOString()}.`,
        };
    },
};

;// CONCATENATED MODULE: ./packages/azure-auth/src/session.ts




const DEFAULT_AUTHORITY = 'https://login.microsoftonline.com';
const DEFAULT_ARM = 'https://management.azure.com';
/**
 * The Azure session a later step inherits from oidc-login: the variables it exported, plus
 * fresh OIDC assertions from the CI whenever the previous one is close to expiry. No secret is
 * passed between steps.
 */
function azureSessionFromEnvironment(runtime) {
    const env = runtime.env;
    const clientId = env[LOGIN_ENV.clientId];
    const tenantId = env[LOGIN_ENV.tenantId];
    if (!clientId || !tenantId) {
        throw new core_src/* ConfigurationError */.j1('No Azure login in this job: AZURE_CLIENT_ID and AZURE_TENANT_ID are not set.', {
            remediation: 'Run the oidc-login step (deploy-kit oidc-login) earlier in the same job.',
        });
    }
    const audience = env[LOGIN_ENV.audience] ?? 'api://AzureADTokenExchange';
    const assertions = new OidcAssertionSource({ runtime, audience, tokenFile: env[LOGIN_ENV.tokenFile] });
    const credential = createAzureCredential({ clientId, tenantId, audience, authorityHost: env[LOGIN_ENV.authorityHost] ?? DEFAULT_AUTHORITY }, assertions);
    return {
        credential,
        armEndpoint: env[LOGIN_ENV.armEndpoint] ?? DEFAULT_ARM,
        subscriptionId: env[LOGIN_ENV.subscriptionId],
        assertionFetches: () => assertions.fetchCount,
    };
}

;// CONCATENATED MODULE: ./packages/azure-auth/src/index.ts












/***/ })

};

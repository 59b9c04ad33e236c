export const id = 169;
export const ids = [169];
export const modules = {

/***/ 6923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ab: () => (/* binding */ SANDBOX_ENVIRONMENT_NAME),
/* harmony export */   H7: () => (/* binding */ ARM_API_VERSION),
/* harmony export */   Nz: () => (/* binding */ SANDBOX_ENVIRONMENT_DOMAIN),
/* harmony export */   SZ: () => (/* binding */ JOB_EXECUTION_TYPE),
/* harmony export */   Su: () => (/* binding */ PROVIDER),
/* harmony export */   bN: () => (/* binding */ RATE_LIMIT_READS),
/* harmony export */   bz: () => (/* binding */ REVISION_TYPE),
/* harmony export */   jp: () => (/* binding */ JOB_TYPE),
/* harmony export */   u$: () => (/* binding */ SANDBOX_LOCATION),
/* harmony export */   uW: () => (/* binding */ SANDBOX_RESOURCE_GROUP),
/* harmony export */   ug: () => (/* binding */ RATE_LIMIT_WRITES),
/* harmony export */   vL: () => (/* binding */ CONTAINER_APP_TYPE),
/* harmony export */   w7: () => (/* binding */ SANDBOX_SUBSCRIPTION_ID)
/* harmony export */ });
/**
 * The api-version `@azure/arm-appcontainers` 4.0.0 sends on every call (its default; the client
 * does not expose it, so test/arm-api-version checks the installed SDK still sends exactly this).
 */
const ARM_API_VERSION = '2026-07-01';
/** Fixed identities of the seeded sandbox, so tests and printed environments are reproducible. */
const SANDBOX_SUBSCRIPTION_ID = '00000000-0000-0000-0000-000000000001';
const SANDBOX_RESOURCE_GROUP = 'rg-shop-prod';
const SANDBOX_LOCATION = 'West Europe';
const SANDBOX_ENVIRONMENT_NAME = 'cae-shop-prod';
/** `.localhost` names resolve to loopback, so nothing built from them can reach the internet. */
const SANDBOX_ENVIRONMENT_DOMAIN = 'cae-shop-prod.sandbox.localhost';
const PROVIDER = 'Microsoft.App';
const CONTAINER_APP_TYPE = 'Microsoft.App/containerApps';
const REVISION_TYPE = 'Microsoft.App/containerApps/revisions';
const JOB_TYPE = 'Microsoft.App/jobs';
const JOB_EXECUTION_TYPE = 'Microsoft.App/jobs/executions';
/** ARM's read/write budgets per subscription; reported in x-ms-ratelimit-remaining-subscription-*. */
const RATE_LIMIT_READS = 12000;
const RATE_LIMIT_WRITES = 1200;


/***/ }),

/***/ 2207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ AccessTokenService),
/* harmony export */   x: () => (/* binding */ accessTokenIssuer)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _jwt_clock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9175);
/* harmony import */ var _jwt_jwt_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8716);



/** The v1 issuer ARM tokens carry. */
function accessTokenIssuer(tenantId) {
    return `https://sts.windows.net/${tenantId}/`;
}
/** App-only access tokens as Entra issues them for `client_credentials`, signed by the tenant key. */
class AccessTokenService {
    #options;
    lifetimeSeconds;
    constructor(options) {
        this.#options = options;
        this.lifetimeSeconds = options.lifetimeSeconds;
    }
    issue(app, audience) {
        const { key, clock, tenantId } = this.#options;
        const now = (0,_jwt_clock_js__WEBPACK_IMPORTED_MODULE_1__/* .epochSeconds */ .D)(clock);
        const claims = {
            aud: audience,
            iss: accessTokenIssuer(tenantId),
            iat: now,
            nbf: now,
            exp: now + this.lifetimeSeconds,
            appid: app.appId,
            appidacr: '2',
            idp: accessTokenIssuer(tenantId),
            idtyp: 'app',
            oid: app.servicePrincipalObjectId,
            sub: app.servicePrincipalObjectId,
            tid: tenantId,
            uti: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('base64url'),
            ver: '1.0',
        };
        return { accessToken: (0,_jwt_jwt_js__WEBPACK_IMPORTED_MODULE_2__/* .signJwt */ .No)(claims, key), expiresIn: this.lifetimeSeconds, claims };
    }
    verify(token) {
        let decoded;
        try {
            decoded = (0,_jwt_jwt_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeJwt */ .iU)(token);
        }
        catch (error) {
            if (error instanceof _jwt_jwt_js__WEBPACK_IMPORTED_MODULE_2__/* .MalformedJwtError */ .hf)
                return { ok: false, reason: 'malformed' };
            throw error;
        }
        if (!(0,_jwt_jwt_js__WEBPACK_IMPORTED_MODULE_2__/* .verifyJwtSignature */ .Ru)(decoded, [this.#options.key.publicJwk]).ok)
            return { ok: false, reason: 'signature' };
        const now = (0,_jwt_clock_js__WEBPACK_IMPORTED_MODULE_1__/* .epochSeconds */ .D)(this.#options.clock);
        const exp = (0,_jwt_jwt_js__WEBPACK_IMPORTED_MODULE_2__/* .numericDate */ .yI)(decoded.claims, 'exp');
        const nbf = (0,_jwt_jwt_js__WEBPACK_IMPORTED_MODULE_2__/* .numericDate */ .yI)(decoded.claims, 'nbf');
        if (exp === undefined)
            return { ok: false, reason: 'malformed' };
        if (now >= exp)
            return { ok: false, reason: 'expired', expiresAt: exp, now };
        if (nbf !== undefined && now < nbf)
            return { ok: false, reason: 'not-yet-valid', notBefore: nbf, now };
        return { ok: true, claims: decoded.claims };
    }
}


/***/ }),

/***/ 2820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ni: () => (/* binding */ ARM_AUDIENCES),
/* harmony export */   V8: () => (/* binding */ DirectoryArmAuthorizer),
/* harmony export */   c4: () => (/* binding */ armOperation)
/* harmony export */ });
/* harmony import */ var _access_tokens_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2207);

const ARM_AUDIENCES = ['https://management.azure.com', 'https://management.core.windows.net'];
const WRITE_ROLES = ['Owner', 'Contributor'];
function normaliseAudience(audience) {
    return audience.replace(/\/+$/, '').toLowerCase();
}
/** `Microsoft.App/containerApps/revisions/write` for a revision id; `Microsoft.Resources/…` above providers. */
function armOperation(resourceId, action) {
    const segments = resourceId.split('/').filter(Boolean);
    const providers = segments.findIndex((s) => s.toLowerCase() === 'providers');
    if (providers < 0 || providers + 1 >= segments.length) {
        const types = segments.filter((_, i) => i % 2 === 0);
        return `Microsoft.Resources/${types.join('/')}/${action}`;
    }
    const namespace = segments[providers + 1];
    const types = segments.slice(providers + 2).filter((_, i) => i % 2 === 0);
    return `${namespace}/${types.join('/')}/${action}`;
}
/** ARM writes instants in messages as `11/23/2025 3:46:00 AM`. */
function armInstant(epochSeconds) {
    const d = new Date(epochSeconds * 1000);
    const hours = d.getUTCHours() % 12 || 12;
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${hours}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${d.getUTCHours() < 12 ? 'AM' : 'PM'}`;
}
/**
 * Checks an ARM request's bearer token the way ARM does (signature, audience, tenant, expiry →
 * 401) and the principal's role assignments on the resource (→ 403 AuthorizationFailed).
 */
class DirectoryArmAuthorizer {
    #options;
    constructor(options) {
        this.#options = options;
    }
    authorize(authorization, resourceId, action) {
        const unauthenticated = (code, message) => ({ ok: false, status: 401, code, message });
        if (!authorization)
            return unauthenticated('AuthenticationFailed', "Authentication failed. The 'Authorization' header is missing.");
        const bearer = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
        if (!bearer)
            return unauthenticated('AuthenticationFailed', "Authentication failed. The 'Authorization' header is provided in an invalid format.");
        const { accessTokens, directory, audiences } = this.#options;
        const check = accessTokens.verify(bearer[1]);
        if (!check.ok) {
            if (check.reason === 'expired') {
                return unauthenticated('ExpiredAuthenticationToken', `The access token expiry UTC time '${armInstant(check.expiresAt)}' is earlier than current UTC time '${armInstant(check.now)}'.`);
            }
            if (check.reason === 'not-yet-valid')
                return unauthenticated('InvalidAuthenticationToken', `The access token is not valid until UTC time '${armInstant(check.notBefore)}'.`);
            return unauthenticated('InvalidAuthenticationToken', 'The access token is invalid.');
        }
        const { claims } = check;
        const audience = typeof claims.aud === 'string' ? claims.aud : '';
        if (!audiences.map(normaliseAudience).includes(normaliseAudience(audience))) {
            return unauthenticated('InvalidAuthenticationTokenAudience', `The access token has been obtained for wrong audience or resource '${audience}'. It should exactly match with one of the allowed audiences ${audiences.map((a) => `'${a}'`).join(',')}.`);
        }
        if (claims.tid !== directory.tenantId) {
            return unauthenticated('InvalidAuthenticationTokenTenant', `The access token is from the wrong issuer '${String(claims.iss)}'. It must match the tenant '${(0,_access_tokens_js__WEBPACK_IMPORTED_MODULE_0__/* .accessTokenIssuer */ .x)(directory.tenantId)}' associated with this subscription. Please use the authority (URL) '${directory.tenantId}' to get the token.`);
        }
        const principalId = String(claims.oid ?? '');
        const clientId = String(claims.appid ?? '');
        const roles = directory.rolesAt(principalId, resourceId);
        // As in Azure, any role inside a subscription lets its holder read the subscription itself
        // (that is how `az login` lists subscriptions for a principal scoped to one resource group).
        const readsOwnSubscription = action === 'read' && /^\/subscriptions\/[^/]+\/?$/i.test(resourceId) && directory.hasRoleWithin(principalId, resourceId);
        const allowed = readsOwnSubscription || (action === 'read' ? roles.length > 0 : roles.some((r) => WRITE_ROLES.includes(r)));
        if (!allowed) {
            return {
                ok: false,
                status: 403,
                code: 'AuthorizationFailed',
                message: `The client '${principalId}' with object id '${principalId}' does not have authorization to perform action '${armOperation(resourceId, action)}' over scope '${resourceId}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
            };
        }
        return { ok: true, principalId, clientId };
    }
}


/***/ }),

/***/ 8022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HX: () => (/* binding */ DEFAULT_FEDERATION_AUDIENCE),
  __: () => (/* binding */ Directory),
  Vi: () => (/* binding */ FLEXIBLE_CREDENTIAL_ISSUERS),
  d3: () => (/* binding */ MAX_FEDERATED_CREDENTIALS)
});

// UNUSED EXPORTS: ROLE_NAMES, scopeCovers

// EXTERNAL MODULE: ./packages/core/src/index.ts + 32 modules
var src = __webpack_require__(5987);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/sandbox/src/entra/guid.ts

/**
 * A name-based GUID (the layout of a UUID v5, hashed with SHA-256): the same names always give
 * the same id, so sandbox state, tests and docs stay stable across runs.
 */
function nameBasedGuid(...names) {
    const hex = (0,external_node_crypto_.createHash)('sha256').update(names.join('\u0000')).digest('hex');
    const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

;// CONCATENATED MODULE: ./packages/sandbox/src/entra/directory.ts


const ROLE_NAMES = ['Owner', 'Contributor', 'Reader'];
const DEFAULT_FEDERATION_AUDIENCE = 'api://AzureADTokenExchange';
const MAX_FEDERATED_CREDENTIALS = 20;
/** Only these issuers may use flexible federated identity credentials (claims-matching expressions). */
const FLEXIBLE_CREDENTIAL_ISSUERS = ['https://token.actions.githubusercontent.com', 'https://gitlab.com', 'https://app.terraform.io'];
const CREDENTIAL_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{2,119}$/;
function clone(value) {
    return structuredClone(value);
}
function sameId(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}
function invalid(message, remediation) {
    return new src/* ConfigurationError */.j1(`Sandbox directory: ${message}`, { remediation });
}
/** ARM resource ids are case-insensitive; a scope covers itself and everything below it. */
function scopeCovers(scope, resourceId) {
    const normalise = (id) => id.toLowerCase().replace(/\/+$/, '');
    const s = normalise(scope);
    const r = normalise(resourceId);
    return s === '' || s === '/' || r === s || r.startsWith(`${s}/`);
}
/**
 * The sandbox tenant's directory: app registrations with their federated credentials, and role
 * assignments. Seeded at construction; `reset()` returns to the seed.
 */
class Directory {
    #seed;
    #state;
    constructor(seed) {
        this.#seed = clone(seed);
        this.#state = clone(seed);
    }
    get tenantId() {
        return this.#state.tenantId;
    }
    get tenantDisplayName() {
        return this.#state.tenantDisplayName;
    }
    snapshot() {
        return clone(this.#state);
    }
    reset() {
        this.#state = clone(this.#seed);
    }
    /** By client id (appId). */
    application(clientId) {
        const app = this.#state.applications.find((a) => sameId(a.appId, clientId));
        return app && clone(app);
    }
    applicationByPrincipal(principalId) {
        const app = this.#state.applications.find((a) => sameId(a.servicePrincipalObjectId, principalId));
        return app && clone(app);
    }
    /** Resource identifiers (app ID URIs) a token may be requested for, besides ARM. */
    identifierUris() {
        return this.#state.applications.flatMap((a) => a.identifierUris);
    }
    addApplication(input) {
        const { tenantId } = this.#state;
        const app = {
            appId: input.appId ?? nameBasedGuid(tenantId, 'application', input.displayName),
            objectId: input.objectId ?? nameBasedGuid(tenantId, 'application-object', input.displayName),
            servicePrincipalObjectId: input.servicePrincipalObjectId ?? nameBasedGuid(tenantId, 'service-principal', input.displayName),
            displayName: input.displayName,
            identifierUris: input.identifierUris ?? [],
            federatedCredentials: [],
        };
        if (this.#state.applications.some((a) => sameId(a.appId, app.appId) || sameId(a.servicePrincipalObjectId, app.servicePrincipalObjectId))) {
            throw invalid(`an application with the id ${app.appId} (or its service principal) already exists.`, 'Give the new application another display name or explicit ids.');
        }
        this.#state.applications.push(app);
        return clone(app);
    }
    removeApplication(clientId) {
        const app = this.#mutableApplication(clientId);
        this.#state.applications = this.#state.applications.filter((a) => a !== app);
        this.#state.roleAssignments = this.#state.roleAssignments.filter((r) => !sameId(r.principalId, app.servicePrincipalObjectId));
    }
    /** Validated as Microsoft Graph validates `az ad app federated-credential create`. */
    addFederatedCredential(clientId, input) {
        const app = this.#mutableApplication(clientId);
        if (!CREDENTIAL_NAME.test(input.name)) {
            throw invalid(`the federated credential name '${input.name}' is invalid.`, 'Use 3 to 120 characters: letters, digits, - and _, starting with a letter or digit.');
        }
        if (app.federatedCredentials.some((c) => c.name.toLowerCase() === input.name.toLowerCase())) {
            throw invalid(`application ${app.appId} already has a federated credential named '${input.name}'.`, 'Choose another name, or remove the existing credential first.');
        }
        if (app.federatedCredentials.length >= MAX_FEDERATED_CREDENTIALS) {
            throw invalid(`application ${app.appId} already has the maximum of ${MAX_FEDERATED_CREDENTIALS} federated identity credentials.`, 'Remove a credential you no longer need, or use another app registration (for CircleCI, whose subjects are per user and cannot use wildcards, consider the v1 subject or fewer users).');
        }
        let issuerUrl;
        try {
            issuerUrl = new URL(input.issuer);
        }
        catch {
            issuerUrl = undefined;
        }
        if (!issuerUrl || issuerUrl.protocol !== 'https:')
            throw invalid(`the issuer '${input.issuer}' is not an https URL.`, "Use the issuer exactly as it appears in the tokens' iss claim.");
        const audiences = input.audiences ?? [DEFAULT_FEDERATION_AUDIENCE];
        if (audiences.length !== 1 || !audiences[0]) {
            throw invalid(`a federated credential has exactly one audience (got ${audiences.length}).`, `Use '${DEFAULT_FEDERATION_AUDIENCE}' unless the token's issuer cannot mint that audience.`);
        }
        const hasSubject = input.subject !== undefined && input.subject !== '';
        if (hasSubject === (input.claimsMatchingExpression !== undefined)) {
            throw invalid('a federated credential has either a subject or a claimsMatchingExpression, not both and not neither.', 'Give the exact subject of the tokens it should accept.');
        }
        if (input.claimsMatchingExpression && !FLEXIBLE_CREDENTIAL_ISSUERS.includes(input.issuer)) {
            throw invalid(`flexible federated identity credentials (claimsMatchingExpression) are not supported for the issuer '${input.issuer}'.`, `Only ${FLEXIBLE_CREDENTIAL_ISSUERS.join(', ')} support them; give an exact subject instead.`);
        }
        if (hasSubject && app.federatedCredentials.some((c) => c.issuer === input.issuer && c.subject === input.subject)) {
            throw invalid(`application ${app.appId} already has a federated credential for issuer '${input.issuer}' and subject '${input.subject}'.`, 'One credential per issuer and subject is enough.');
        }
        const credential = {
            id: nameBasedGuid(app.objectId, 'federated-credential', input.name),
            name: input.name,
            issuer: input.issuer,
            subject: hasSubject ? input.subject : null,
            audiences: [...audiences],
            description: input.description ?? null,
            claimsMatchingExpression: input.claimsMatchingExpression ?? null,
        };
        app.federatedCredentials.push(credential);
        return clone(credential);
    }
    removeFederatedCredential(clientId, name) {
        const app = this.#mutableApplication(clientId);
        const before = app.federatedCredentials.length;
        app.federatedCredentials = app.federatedCredentials.filter((c) => c.name !== name);
        if (app.federatedCredentials.length === before)
            throw invalid(`application ${app.appId} has no federated credential named '${name}'.`, 'List the credentials in the sandbox state.');
    }
    assignRole(input) {
        if (!ROLE_NAMES.includes(input.role))
            throw invalid(`the role '${String(input.role)}' is not one the sandbox knows.`, `Use one of ${ROLE_NAMES.join(', ')}.`);
        if (!input.scope.startsWith('/subscriptions/'))
            throw invalid(`the scope '${input.scope}' is not an ARM resource id.`, 'Use /subscriptions/<id>[/resourceGroups/<name>[/providers/…]].');
        const assignment = {
            id: nameBasedGuid(this.#state.tenantId, 'role-assignment', input.principalId.toLowerCase(), input.role, input.scope.toLowerCase()),
            principalId: input.principalId,
            roleDefinitionName: input.role,
            scope: input.scope,
        };
        if (!this.#state.roleAssignments.some((r) => r.id === assignment.id))
            this.#state.roleAssignments.push(assignment);
        return clone(assignment);
    }
    removeRoleAssignment(id) {
        this.#state.roleAssignments = this.#state.roleAssignments.filter((r) => r.id !== id);
    }
    /** The roles `principalId` holds on `resourceId`, inherited from any enclosing scope. */
    rolesAt(principalId, resourceId) {
        return this.#state.roleAssignments.filter((r) => sameId(r.principalId, principalId) && scopeCovers(r.scope, resourceId)).map((r) => r.roleDefinitionName);
    }
    /** Whether `principalId` holds any role at or below `scope` (e.g. a resource group in a subscription). */
    hasRoleWithin(principalId, scope) {
        return this.#state.roleAssignments.some((r) => sameId(r.principalId, principalId) && scopeCovers(scope, r.scope));
    }
    #mutableApplication(clientId) {
        const app = this.#state.applications.find((a) => sameId(a.appId, clientId) || sameId(a.objectId, clientId));
        if (!app)
            throw invalid(`no application has the id ${clientId}.`, 'Use the client id (appId) or object id of an application in the sandbox state.');
        return app;
    }
}


/***/ }),

/***/ 2716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* binding */ SandboxIdentity)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./packages/sandbox/src/jwt/base64url.ts
var base64url = __webpack_require__(4473);
;// CONCATENATED MODULE: ./packages/sandbox/src/jwt/signing-key.ts





const generate = (0,external_node_util_.promisify)(external_node_crypto_.generateKeyPair);
/** RFC 7638 thumbprint: the same public key always gets the same `kid`. */
function thumbprint(jwk) {
    const members = jwk.kty === 'EC' ? { crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y } : { e: jwk.e, kty: jwk.kty, n: jwk.n };
    return (0,base64url/* base64url */.r)((0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(members)).digest());
}
/** A private key that signs JWTs, with the public half as a JWK for a JWKS document. */
class SigningKey {
    alg;
    kid;
    publicJwk;
    #privateKey;
    constructor(privateKey, alg) {
        this.#privateKey = privateKey;
        this.alg = alg;
        const jwk = (0,external_node_crypto_.createPublicKey)(privateKey).export({ format: 'jwk' });
        this.kid = thumbprint(jwk);
        this.publicJwk = { ...jwk, kid: this.kid, alg, use: 'sig' };
    }
    sign(signingInput) {
        return this.alg === 'ES256'
            ? (0,external_node_crypto_.sign)('sha256', Buffer.from(signingInput), { key: this.#privateKey, dsaEncoding: 'ieee-p1363' })
            : (0,external_node_crypto_.sign)('sha256', Buffer.from(signingInput), this.#privateKey);
    }
    /** PKCS#8 PEM, for the sandbox directory only; never logged. */
    exportPrivatePem() {
        return this.#privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    }
}
async function generateSigningKey(alg) {
    const { privateKey } = alg === 'ES256' ? await generate('ec', { namedCurve: 'P-256' }) : await generate('rsa', { modulusLength: 2048 });
    return new SigningKey(privateKey, alg);
}
/**
 * Loads `<dir>/<name>.pem`, or creates it. Keeping keys in the sandbox directory means tokens
 * minted before a restart still verify after it. Concurrent creators race through `link`, which
 * fails when the file exists, so every process ends up using the one key that won.
 */
async function loadOrCreateSigningKey(dir, name, alg) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const file = external_node_path_default().join(dir, `${name}.pem`);
    try {
        return new SigningKey((0,external_node_crypto_.createPrivateKey)(await (0,promises_.readFile)(file, 'utf8')), alg);
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
    }
    const key = await generateSigningKey(alg);
    const pem = key.exportPrivatePem();
    const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
    await (0,promises_.writeFile)(temporary, pem, { mode: 0o600 });
    try {
        await (0,promises_.link)(temporary, file);
    }
    catch (error) {
        if (error.code !== 'EEXIST')
            throw error;
    }
    finally {
        await (0,promises_.unlink)(temporary);
    }
    return new SigningKey((0,external_node_crypto_.createPrivateKey)(await (0,promises_.readFile)(file, 'utf8')), alg);
}

// EXTERNAL MODULE: ./packages/sandbox/src/oidc/circleci-issuer.ts
var circleci_issuer = __webpack_require__(5457);
// EXTERNAL MODULE: ./packages/sandbox/src/oidc/github-issuer.ts
var github_issuer = __webpack_require__(7428);
// EXTERNAL MODULE: ./packages/sandbox/src/http.ts
var http = __webpack_require__(4439);
;// CONCATENATED MODULE: ./packages/sandbox/src/oidc/oidc-routes.ts


const GITHUB_PATHS = {
    idToken: '/github/idtoken',
    discovery: '/github/.well-known/openid-configuration',
    jwks: '/github/.well-known/jwks',
};
function circleCiPaths(orgId) {
    const base = `/circleci/org/${orgId}`;
    return { discovery: `${base}/.well-known/openid-configuration`, jwks: `${base}/.well-known/jwks-pub.json`, token: `${base}/oidc/token` };
}
function bearerMatches(req, expected) {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer (.+)$/i.exec(header);
    if (!match)
        return false;
    const given = Buffer.from(match[1].trim());
    const wanted = Buffer.from(expected);
    return given.length === wanted.length && (0,external_node_crypto_.timingSafeEqual)(given, wanted);
}
function discovery(issuer, jwksUri, claims) {
    return {
        issuer,
        jwks_uri: jwksUri,
        subject_types_supported: ['public', 'pairwise'],
        response_types_supported: ['id_token'],
        claims_supported: claims,
        id_token_signing_alg_values_supported: ['RS256'],
        scopes_supported: ['openid'],
    };
}
function parseVersion(value) {
    if (value === undefined || value === null || value === '')
        return 2;
    const text = String(value).replace(/^v/i, '');
    return text === '1' ? 1 : text === '2' ? 2 : undefined;
}
/**
 * The issuers' HTTP side: GitHub's ID-token request endpoint (answering `{"value": "<jwt>"}` as
 * `@actions/core` getIDToken expects, which appends `&audience=`), the equivalent of
 * `circleci run oidc get`, and both discovery documents with their JWKS.
 */
function createOidcRoutes(options) {
    const { github, circleci } = options;
    const circle = circleCiPaths(circleci.project.orgId);
    return async (req, res, url) => {
        const path = url.pathname;
        if (path === GITHUB_PATHS.idToken && req.method === 'GET') {
            if (!bearerMatches(req, options.requestToken)) {
                (0,http/* sendJson */.jD)(res, 401, { message: 'Unauthorized: the ID-token request needs ACTIONS_ID_TOKEN_REQUEST_TOKEN as a bearer token.' });
                return true;
            }
            const audience = url.searchParams.get('audience') ?? undefined;
            (0,http/* sendJson */.jD)(res, 200, { count: 1, value: github.mint({ audience }) });
            return true;
        }
        if (path === GITHUB_PATHS.discovery && req.method === 'GET') {
            (0,http/* sendJson */.jD)(res, 200, discovery(github.issuer, `${options.baseUrl()}${GITHUB_PATHS.jwks}`, ['sub', 'aud', 'exp', 'iat', 'iss', 'jti', 'nbf', 'ref', 'sha', 'repository', 'repository_owner', 'environment', 'job_workflow_ref', 'workflow', 'event_name', 'actor', 'run_id']));
            return true;
        }
        if (path === GITHUB_PATHS.jwks && req.method === 'GET') {
            (0,http/* sendJson */.jD)(res, 200, github.jwks());
            return true;
        }
        if (path === circle.discovery && req.method === 'GET') {
            (0,http/* sendJson */.jD)(res, 200, discovery(circleci.issuer, `${options.baseUrl()}${circle.jwks}`, ['sub', 'aud', 'exp', 'iat', 'iss', 'oidc.circleci.com/project-id', 'oidc.circleci.com/context-ids', 'oidc.circleci.com/vcs-origin', 'oidc.circleci.com/vcs-ref']));
            return true;
        }
        if (path === circle.jwks && req.method === 'GET') {
            (0,http/* sendJson */.jD)(res, 200, circleci.jwks());
            return true;
        }
        if (path === circle.token && (req.method === 'POST' || req.method === 'GET')) {
            let request = {};
            if (req.method === 'POST') {
                const body = (await (0,http/* readBody */.x8)(req)).toString('utf8').trim();
                try {
                    request = body ? JSON.parse(body) : {};
                }
                catch {
                    (0,http/* sendJson */.jD)(res, 400, { message: 'The body must be JSON: {"version": 2, "claims": {"aud": "api://AzureADTokenExchange"}}.' });
                    return true;
                }
            }
            else {
                const aud = url.searchParams.get('audience');
                request = { version: url.searchParams.get('version') ?? undefined, claims: aud ? { aud } : undefined };
            }
            const version = parseVersion(request.version);
            const claims = request.claims ?? {};
            const extra = Object.keys(claims).filter((name) => name !== 'aud');
            if (version === undefined || extra.length > 0 || (claims.aud !== undefined && typeof claims.aud !== 'string')) {
                (0,http/* sendJson */.jD)(res, 400, { message: version === undefined ? "'version' is 1 or 2." : 'Only the aud claim can be customised, and it must be a string.' });
                return true;
            }
            (0,http/* sendJson */.jD)(res, 200, { token: circleci.mint({ version, audience: claims.aud }) });
            return true;
        }
        return false;
    };
}

// EXTERNAL MODULE: ./packages/sandbox/src/entra/access-tokens.ts
var access_tokens = __webpack_require__(2207);
// EXTERNAL MODULE: ./packages/sandbox/src/entra/arm-authorizer.ts
var arm_authorizer = __webpack_require__(2820);
// EXTERNAL MODULE: ./packages/sandbox/src/entra/directory.ts + 1 modules
var entra_directory = __webpack_require__(8022);
;// CONCATENATED MODULE: ./packages/sandbox/src/entra/aadsts.ts

const FEDERATION_DOCS = 'https://learn.microsoft.com/entra/workload-id/workload-identity-federation';
const CASE_NOTE = 'Please note that the matching is done using a case-sensitive comparison. Check your federated identity credential Subject, Audience and Issuer against the presented assertion.';
function withHint(message, hint) {
    return hint ? `${message} (sandbox: ${hint})` : message;
}
/** `2025-11-23T03:46:00.0000000Z`, as Entra writes instants inside messages. */
function entraInstant(epochSeconds) {
    return new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, '.0000000Z');
}
const aadsts = {
    tenantNotFound: (tenant) => ({
        status: 400,
        error: 'invalid_request',
        code: 90002,
        message: `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
    }),
    missingParameter: (name) => ({ status: 400, error: 'invalid_request', code: 900144, message: `The request body must contain the following parameter: '${name}'.` }),
    unsupportedGrantType: (grantType) => ({
        status: 400,
        error: 'unsupported_grant_type',
        code: 70003,
        message: `The app requested an unsupported grant type '${grantType}'. The sandbox supports client_credentials with a federated client assertion.`,
    }),
    invalidScope: (scope) => ({
        status: 400,
        error: 'invalid_scope',
        code: 1002012,
        message: `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
    }),
    resourceNotFound: (resource, tenantId) => ({
        status: 400,
        error: 'invalid_resource',
        code: 500011,
        message: `The resource principal named ${resource} was not found in the tenant named ${tenantId}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`,
    }),
    missingCredential: () => ({ status: 401, error: 'invalid_client', code: 7000218, message: "The request body must contain the following parameter: 'client_assertion' or 'client_secret'." }),
    invalidAssertionType: (type) => ({
        status: 400,
        error: 'invalid_request',
        code: 90014,
        message: `The required field 'client_assertion_type' is missing from the credential or has the unsupported value '${type}'. Use 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'.`,
    }),
    clientSecretRejected: (appId) => ({
        status: 401,
        error: 'invalid_client',
        code: 7000215,
        message: `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${appId}'. (sandbox: applications here have no secrets; use a federated client assertion.)`,
    }),
    unknownClient: (clientId, tenantDisplayName) => ({
        status: 400,
        error: 'unauthorized_client',
        code: 700016,
        message: `Application with identifier '${clientId}' was not found in the directory '${tenantDisplayName}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
    }),
    malformedAssertion: (reason) => ({ status: 400, error: 'invalid_request', code: 50027, message: withHint('JWT token is invalid or malformed.', reason) }),
    externalIssuerUnreachable: (issuer, hint) => ({
        status: 400,
        error: 'invalid_request',
        code: 50166,
        message: withHint(`Request to External OIDC endpoint failed. Could not retrieve the signing keys of the issuer '${issuer}'.`, hint),
    }),
    noIssuerMatch: (issuer, hint) => ({
        status: 400,
        error: 'invalid_request',
        code: 700211,
        message: withHint(`No matching federated identity record found for presented assertion issuer '${issuer}'. ${CASE_NOTE} ${FEDERATION_DOCS}`, hint),
    }),
    noAudienceMatch: (audience, hint) => ({
        status: 400,
        error: 'invalid_request',
        code: 700212,
        message: withHint(`No matching federated identity record found for presented assertion audience '${audience}'. ${CASE_NOTE} ${FEDERATION_DOCS}`, hint),
    }),
    noSubjectMatch: (issuer, subject, audience, hint) => ({
        status: 400,
        error: 'invalid_request',
        code: 70021,
        message: withHint(`No matching federated identity record found for presented assertion. Assertion Issuer: '${issuer}'. Assertion Subject: '${subject}'. Assertion Audience: '${audience}'. ${FEDERATION_DOCS}`, hint),
    }),
    outsideValidTimeRange: (nowSeconds, validFrom, expiresAt) => ({
        status: 401,
        error: 'invalid_client',
        code: 700024,
        message: `Client assertion is not within its valid time range. Current time: ${entraInstant(nowSeconds)}, assertion valid from ${entraInstant(validFrom)}, expiry time of assertion ${entraInstant(expiresAt)}. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials .`,
    }),
    transient: (status, retryAfterSeconds) => status === 429
        ? { status, error: 'temporarily_unavailable', code: 90055, message: 'There are too many incoming requests. Please try again later. (sandbox: injected throttling fault)', headers: retryAfterHeader(retryAfterSeconds) }
        : { status, error: 'temporarily_unavailable', code: 90033, message: 'A transient error has occurred. Please try again. (sandbox: injected fault)', headers: retryAfterHeader(retryAfterSeconds) },
};
function retryAfterHeader(seconds) {
    return seconds === undefined ? undefined : { 'retry-after': String(seconds) };
}
/** `2025-11-23 03:46:00Z` */
function entraTimestamp(epochMs) {
    return new Date(epochMs).toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, 'Z');
}
/** The body Entra answers with; the description carries the trace and correlation ids as Entra's does. */
function aadstsBody(error, context) {
    const traceId = (0,external_node_crypto_.randomUUID)();
    const correlationId = context.correlationId ?? (0,external_node_crypto_.randomUUID)();
    const timestamp = entraTimestamp(context.nowMs);
    return {
        error: error.error,
        error_description: `AADSTS${error.code}: ${error.message}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${timestamp}`,
        error_codes: [error.code],
        timestamp,
        trace_id: traceId,
        correlation_id: correlationId,
        error_uri: `https://login.microsoftonline.com/error?code=${error.code}`,
    };
}

// EXTERNAL MODULE: ./packages/sandbox/src/jwt/clock.ts
var clock = __webpack_require__(9175);
// EXTERNAL MODULE: ./packages/sandbox/src/jwt/jwt.ts
var jwt_jwt = __webpack_require__(8716);
;// CONCATENATED MODULE: ./packages/sandbox/src/entra/federation.ts

function audiencesOf(claims) {
    const aud = claims.aud;
    if (typeof aud === 'string')
        return [aud];
    if (Array.isArray(aud))
        return aud.filter((a) => typeof a === 'string');
    return [];
}
function globToRegExp(pattern) {
    const escaped = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    return new RegExp(`^${escaped}$`);
}
const CLAUSE = /^claims\['([^']+)'\]\s+(matches|eq)\s+'([^']*)'$/;
/**
 * Evaluates the subset of Entra's claims-matching language that flexible credentials use:
 * `claims['sub'] matches 'repo:acme/shop:ref:refs/heads/*'`, `eq`, joined by `and`.
 */
function evaluateClaimsExpression(expression, claims) {
    return expression.value.split(/\s+and\s+/i).every((clause) => {
        const parsed = CLAUSE.exec(clause.trim());
        if (!parsed)
            return false;
        const [, name, operator, operand] = parsed;
        const value = claims[name];
        if (typeof value !== 'string')
            return false;
        return operator === 'eq' ? value === operand : globToRegExp(operand).test(value);
    });
}
function wildcardHint(candidates, issuer) {
    const wildcard = candidates.find((c) => c.subject !== null && /[*?]/.test(c.subject));
    if (!wildcard || entra_directory/* FLEXIBLE_CREDENTIAL_ISSUERS */.Vi.includes(issuer))
        return undefined;
    return (`The federated credential '${wildcard.name}' has the subject '${wildcard.subject}', but Entra matches subjects exactly for the issuer '${issuer}': ` +
        `'*' is an ordinary character there, not a wildcard. Wildcard (flexible) federated credentials exist only for GitHub, GitLab and Terraform Cloud issuers.`);
}
function caseHint(candidates, subject) {
    const near = candidates.find((c) => c.subject !== null && c.subject !== subject && c.subject.toLowerCase() === subject.toLowerCase());
    return near ? `The federated credential '${near.name}' differs from the assertion's subject only in letter case ('${near.subject}'); matching is case-sensitive.` : undefined;
}
function audienceHint(candidates, issuer) {
    const accepted = [...new Set(candidates.flatMap((c) => c.audiences))].map((a) => `'${a}'`).join(', ');
    const circleCi = issuer.startsWith('https://oidc.circleci.com/org/')
        ? ` CircleCI tokens carry the organization id as their audience unless minted with circleci run oidc get --claims '{"aud":"api://AzureADTokenExchange"}'.`
        : '';
    return `The federated credentials for this issuer accept the audience ${accepted}.${circleCi}`;
}
/**
 * Matches an assertion's issuer, audience and subject against an application's federated
 * credentials as Entra does: exact, case-sensitive strings; claims-matching expressions only
 * for the issuers that support them. Which check fails decides the AADSTS code.
 */
function matchFederatedCredential(app, claims) {
    const issuer = typeof claims.iss === 'string' ? claims.iss : '';
    const subject = typeof claims.sub === 'string' ? claims.sub : '';
    const audiences = audiencesOf(claims);
    const audience = audiences.join(', ');
    const byIssuer = app.federatedCredentials.filter((c) => c.issuer === issuer);
    if (byIssuer.length === 0) {
        const known = [...new Set(app.federatedCredentials.map((c) => `'${c.issuer}'`))];
        return { ok: false, code: 700211, issuer, subject, audience, hint: known.length ? `The application trusts the issuers ${known.join(', ')}.` : 'The application has no federated credentials.' };
    }
    const byAudience = byIssuer.filter((c) => c.audiences.some((a) => audiences.includes(a)));
    if (byAudience.length === 0)
        return { ok: false, code: 700212, issuer, subject, audience, hint: audienceHint(byIssuer, issuer) };
    const credential = byAudience.find((c) => c.subject !== null ? c.subject === subject : c.claimsMatchingExpression !== null && entra_directory/* FLEXIBLE_CREDENTIAL_ISSUERS */.Vi.includes(issuer) && evaluateClaimsExpression(c.claimsMatchingExpression, claims));
    if (credential)
        return { ok: true, credential };
    return { ok: false, code: 70021, issuer, subject, audience, hint: wildcardHint(byAudience, issuer) ?? caseHint(byAudience, subject) };
}

;// CONCATENATED MODULE: ./packages/sandbox/src/entra/token-exchange.ts




const JWT_BEARER_ASSERTION = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
/** Entra tolerates this much difference between its clock and the assertion's times. */
const ASSERTION_CLOCK_SKEW_SECONDS = 300;
function normaliseResource(resource) {
    return resource.replace(/\/+$/, '').toLowerCase();
}
/**
 * The `client_credentials` grant with a federated client assertion, checked in Entra's order:
 * request shape, client, assertion format, issuer, signature, time range, audience, subject,
 * then the requested resource.
 */
function exchangeClientAssertion(form, options) {
    const fail = (error, clientId) => ({ ok: false, error, clientId });
    const grantType = form.get('grant_type');
    if (!grantType)
        return fail(aadsts.missingParameter('grant_type'));
    if (grantType !== 'client_credentials')
        return fail(aadsts.unsupportedGrantType(grantType));
    const clientId = form.get('client_id');
    if (!clientId)
        return fail(aadsts.missingParameter('client_id'));
    const scope = form.get('scope');
    if (!scope)
        return fail(aadsts.missingParameter('scope'), clientId);
    const scopes = scope.split(/\s+/).filter(Boolean);
    const defaultScope = scopes.find((s) => s.endsWith('/.default'));
    if (!defaultScope || scopes.some((s) => s !== defaultScope && !['openid', 'profile', 'offline_access'].includes(s)))
        return fail(aadsts.invalidScope(scope), clientId);
    const { directory } = options;
    const app = directory.application(clientId);
    if (!app)
        return fail(aadsts.unknownClient(clientId, directory.tenantDisplayName), clientId);
    if (form.get('client_secret'))
        return fail(aadsts.clientSecretRejected(app.appId), clientId);
    const assertion = form.get('client_assertion');
    if (!assertion)
        return fail(aadsts.missingCredential(), clientId);
    const assertionType = form.get('client_assertion_type') ?? '';
    if (assertionType !== JWT_BEARER_ASSERTION)
        return fail(aadsts.invalidAssertionType(assertionType), clientId);
    let jwt;
    try {
        jwt = (0,jwt_jwt/* decodeJwt */.iU)(assertion);
    }
    catch (error) {
        if (error instanceof jwt_jwt/* MalformedJwtError */.hf)
            return fail(aadsts.malformedAssertion(`the client assertion is not a JWT: ${error.message}`), clientId);
        throw error;
    }
    const { claims } = jwt;
    if (typeof claims.iss !== 'string' || typeof claims.sub !== 'string' || claims.aud === undefined) {
        return fail(aadsts.malformedAssertion("the client assertion lacks one of the claims 'iss', 'sub' and 'aud'"), clientId);
    }
    const match = matchFederatedCredential(app, claims);
    if (!match.ok && match.code === 700211)
        return fail(aadsts.noIssuerMatch(match.issuer, match.hint), clientId);
    const issuer = options.issuers.find((i) => i.issuer === claims.iss);
    if (!issuer) {
        const known = options.issuers.map((i) => `'${i.issuer}'`).join(', ');
        return fail(aadsts.externalIssuerUnreachable(claims.iss, `the sandbox verifies tokens from its own issuers only: ${known}`), clientId);
    }
    const signature = (0,jwt_jwt/* verifyJwtSignature */.Ru)(jwt, issuer.jwks().keys);
    if (!signature.ok)
        return fail(aadsts.malformedAssertion(`signature validation failed: ${signature.reason}`), clientId);
    const exp = (0,jwt_jwt/* numericDate */.yI)(claims, 'exp');
    if (exp === undefined)
        return fail(aadsts.malformedAssertion("the client assertion has no numeric 'exp' claim"), clientId);
    const validFrom = (0,jwt_jwt/* numericDate */.yI)(claims, 'nbf') ?? (0,jwt_jwt/* numericDate */.yI)(claims, 'iat') ?? exp;
    const now = (0,clock/* epochSeconds */.D)(options.clock);
    if (now + ASSERTION_CLOCK_SKEW_SECONDS < validFrom || now - ASSERTION_CLOCK_SKEW_SECONDS > exp)
        return fail(aadsts.outsideValidTimeRange(now, validFrom, exp), clientId);
    if (!match.ok) {
        return fail(match.code === 700212 ? aadsts.noAudienceMatch(match.audience, match.hint) : aadsts.noSubjectMatch(match.issuer, match.subject, match.audience, match.hint), clientId);
    }
    const resource = defaultScope.slice(0, -'/.default'.length);
    const known = [...options.resources(), ...directory.identifierUris()].map(normaliseResource);
    if (!known.includes(normaliseResource(resource)))
        return fail(aadsts.resourceNotFound(resource, directory.tenantId), clientId);
    return { ok: true, app, resource, token: options.accessTokens.issue(app, resource), credentialName: match.credential.name };
}

;// CONCATENATED MODULE: ./packages/sandbox/src/entra/entra-routes.ts



const ENTRA_PATH = /^\/([^/]+)\/(v2\.0\/\.well-known\/openid-configuration|discovery\/v2\.0\/keys|discovery\/keys|oauth2\/v2\.0\/token)$/;
function discoveryDocument(base, tenantId) {
    const tenant = `${base}/${tenantId}`;
    return {
        token_endpoint: `${tenant}/oauth2/v2.0/token`,
        token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
        jwks_uri: `${tenant}/discovery/v2.0/keys`,
        response_modes_supported: ['query', 'fragment', 'form_post'],
        subject_types_supported: ['pairwise'],
        id_token_signing_alg_values_supported: ['RS256'],
        response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
        scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
        issuer: `${tenant}/v2.0`,
        request_uri_parameter_supported: false,
        userinfo_endpoint: `${base}/oidc/userinfo`,
        authorization_endpoint: `${tenant}/oauth2/v2.0/authorize`,
        device_authorization_endpoint: `${tenant}/oauth2/v2.0/devicecode`,
        http_logout_supported: true,
        frontchannel_logout_supported: true,
        end_session_endpoint: `${tenant}/oauth2/v2.0/logout`,
        claims_supported: ['sub', 'iss', 'cloud_instance_name', 'cloud_instance_host_name', 'cloud_graph_host_name', 'msgraph_host', 'aud', 'exp', 'iat', 'auth_time', 'acr', 'nonce', 'preferred_username', 'name', 'tid', 'ver', 'at_hash', 'c_hash', 'email'],
        tenant_region_scope: 'NA',
        cloud_instance_name: new URL(base).hostname,
        cloud_graph_host_name: new URL(base).host,
        msgraph_host: new URL(base).host,
        rbac_url: base,
    };
}
/**
 * Entra's endpoints for one tenant: v2.0 discovery, the tenant's keys, and the token endpoint
 * for client credentials with a federated assertion. Errors carry real AADSTS codes in
 * Entra's response shape.
 */
function createEntraRoutes(options) {
    const { directory, clock, faults, events } = options;
    return async (req, res, url) => {
        const match = ENTRA_PATH.exec(url.pathname);
        if (!match)
            return false;
        const [, tenant, endpoint] = match;
        const correlationId = correlationIdOf(req.headers, url);
        const answerError = (error, errorName = error.error) => sendAadsts(res, { ...error, error: errorName }, clock, correlationId);
        const tenantKnown = tenant.toLowerCase() === directory.tenantId.toLowerCase();
        if (endpoint !== 'oauth2/v2.0/token') {
            if (req.method !== 'GET')
                return false;
            if (!tenantKnown)
                answerError(aadsts.tenantNotFound(tenant), 'invalid_tenant');
            else if (endpoint.startsWith('v2.0/'))
                (0,http/* sendJson */.jD)(res, 200, discoveryDocument(options.baseUrl(), directory.tenantId));
            else
                (0,http/* sendJson */.jD)(res, 200, { keys: [options.tenantJwk] });
            return true;
        }
        if (req.method !== 'POST')
            return false;
        const form = new URLSearchParams((await (0,http/* readBody */.x8)(req, 1024 * 1024)).toString('utf8'));
        const injected = faults.takeEntraFailure();
        if (injected) {
            events.record({ endpoint: 'token', clientId: form.get('client_id') ?? undefined, outcome: `HTTP ${injected.status} (injected)` });
            answerError(aadsts.transient(injected.status, injected.retryAfterSeconds));
            return true;
        }
        if (!tenantKnown) {
            events.record({ endpoint: 'token', clientId: form.get('client_id') ?? undefined, outcome: 'AADSTS90002' });
            answerError(aadsts.tenantNotFound(tenant));
            return true;
        }
        const result = exchangeClientAssertion(form, options);
        if (!result.ok) {
            events.record({ endpoint: 'token', clientId: result.clientId, outcome: `AADSTS${result.error.code}` });
            answerError(result.error);
            return true;
        }
        events.record({ endpoint: 'token', clientId: result.app.appId, outcome: 'issued', resource: result.resource, federatedCredential: result.credentialName });
        (0,http/* sendJson */.jD)(res, 200, { token_type: 'Bearer', expires_in: result.token.expiresIn, ext_expires_in: result.token.expiresIn, access_token: result.token.accessToken }, { 'cache-control': 'no-store, no-cache', pragma: 'no-cache', ...(correlationId ? { 'client-request-id': correlationId } : {}) });
        return true;
    };
}
/** MSAL sends its request id as a query parameter; other clients use a header. */
function correlationIdOf(headers, url) {
    const candidate = url.searchParams.get('client-request-id') ?? headers['client-request-id'] ?? headers['x-ms-client-request-id'];
    return typeof candidate === 'string' && /^[0-9a-fA-F-]{1,64}$/.test(candidate) ? candidate : undefined;
}
function sendAadsts(res, error, clock, correlationId) {
    (0,http/* sendJson */.jD)(res, error.status, aadstsBody(error, { nowMs: clock.now(), correlationId }), {
        'cache-control': 'no-store, no-cache',
        ...(correlationId ? { 'client-request-id': correlationId } : {}),
        ...error.headers,
    });
}

;// CONCATENATED MODULE: ./packages/sandbox/src/entra/identity-events.ts
class IdentityEvents {
    #limit;
    #now;
    #listener;
    #events = [];
    constructor(now, listener, limit = 500) {
        this.#now = now;
        this.#listener = listener;
        this.#limit = limit;
    }
    record(event) {
        const recorded = { at: new Date(this.#now()).toISOString(), ...event };
        this.#events.push(recorded);
        this.#listener?.({ ...recorded });
        if (this.#events.length > this.#limit)
            this.#events.splice(0, this.#events.length - this.#limit);
    }
    list() {
        return this.#events.map((e) => ({ ...e }));
    }
    clear() {
        this.#events = [];
    }
}

;// CONCATENATED MODULE: ./packages/sandbox/src/entra/identity-faults.ts
/** Identity-side fault injection: issuer clock skew (→ AADSTS700024) and Entra outage bursts. */
class IdentityFaults {
    #skew = { github: 0, circleci: 0 };
    #outage = null;
    /** Tokens from `issuer` (both when omitted) are minted with iat/nbf/exp shifted by `seconds`. */
    issuerClockSkew(seconds, issuer) {
        if (!Number.isFinite(seconds))
            throw new RangeError('issuer clock skew must be a finite number of seconds');
        for (const name of issuer ? [issuer] : ['github', 'circleci'])
            this.#skew[name] = Math.trunc(seconds);
    }
    /** The next `failures` token requests answer `status`; then Entra recovers. */
    entraOutage(options) {
        if (!Number.isInteger(options.failures) || options.failures < 0)
            throw new RangeError('failures must be a non-negative integer');
        this.#outage = options.failures === 0 ? null : { remainingFailures: options.failures, status: options.status ?? 503, retryAfterSeconds: options.retryAfterSeconds };
    }
    skewSeconds(issuer) {
        return this.#skew[issuer];
    }
    /** Consumes one injected failure, if any is left. */
    takeEntraFailure() {
        const outage = this.#outage;
        if (!outage)
            return undefined;
        outage.remainingFailures -= 1;
        if (outage.remainingFailures <= 0)
            this.#outage = null;
        return { status: outage.status, retryAfterSeconds: outage.retryAfterSeconds };
    }
    clear() {
        this.#skew = { github: 0, circleci: 0 };
        this.#outage = null;
    }
    state() {
        return { issuerClockSkewSeconds: { ...this.#skew }, entraOutage: this.#outage && { ...this.#outage } };
    }
}

;// CONCATENATED MODULE: ./packages/sandbox/src/entra/sandbox-identity.ts











/**
 * The sandbox's identity side: GitHub- and CircleCI-shaped OIDC issuers, the Entra tenant that
 * exchanges their tokens for access tokens, and the ARM authorizer that checks those.
 */
class SandboxIdentity {
    directory;
    github;
    circleci;
    faults;
    events;
    accessTokens;
    authorizer;
    routes;
    /** The bearer token the GitHub-shaped ID-token endpoint demands (ACTIONS_ID_TOKEN_REQUEST_TOKEN). */
    requestToken;
    baseUrl;
    constructor(parts) {
        this.directory = parts.directory;
        this.github = parts.github;
        this.circleci = parts.circleci;
        this.faults = parts.faults;
        this.events = parts.events;
        this.accessTokens = parts.accessTokens;
        this.authorizer = parts.authorizer;
        this.routes = parts.routes;
        this.requestToken = parts.requestToken;
        this.baseUrl = parts.baseUrl;
    }
    static async create(options) {
        const { clock, baseUrl } = options;
        const [githubKey, circleKey, tenantKey] = await Promise.all([
            loadOrCreateSigningKey(options.keyDir, 'github-oidc-rs256', 'RS256'),
            loadOrCreateSigningKey(options.keyDir, 'circleci-oidc-rs256', 'RS256'),
            loadOrCreateSigningKey(options.keyDir, 'entra-tenant-rs256', 'RS256'),
        ]);
        const faults = new IdentityFaults();
        const events = new IdentityEvents(() => clock.now(), options.onEvent);
        const directory = new entra_directory/* Directory */.__(options.directory);
        const github = new github_issuer/* GitHubIssuer */.xw({ key: githubKey, clock, run: options.github, lifetimeSeconds: options.githubTokenLifetimeSeconds, skew: faults });
        const circleci = new circleci_issuer/* CircleCiIssuer */.Sb({ key: circleKey, clock, project: options.circleci, lifetimeSeconds: options.circleCiTokenLifetimeSeconds, skew: faults });
        const accessTokens = new access_tokens/* AccessTokenService */.X({ key: tenantKey, clock, tenantId: directory.tenantId, lifetimeSeconds: options.accessTokenLifetimeSeconds });
        const armAudiences = [...arm_authorizer/* ARM_AUDIENCES */.Ni, baseUrl];
        const authorizer = new arm_authorizer/* DirectoryArmAuthorizer */.V8({ accessTokens, directory, audiences: armAudiences });
        const requestToken = (0,external_node_crypto_.randomBytes)(24).toString('base64url');
        const routes = [
            createOidcRoutes({ github, circleci, requestToken, baseUrl: () => baseUrl }),
            createEntraRoutes({ directory, issuers: [github, circleci], accessTokens, clock, resources: () => armAudiences, faults, events, tenantJwk: tenantKey.publicJwk, baseUrl: () => baseUrl }),
        ];
        return new SandboxIdentity({ directory, github, circleci, faults, events, accessTokens, authorizer, routes, requestToken, baseUrl });
    }
    /** What ACTIONS_ID_TOKEN_REQUEST_URL holds; `@actions/core` appends `&audience=…`. */
    get idTokenRequestUrl() {
        return `${this.baseUrl}${GITHUB_PATHS.idToken}?api-version=2.0`;
    }
    mintGitHubToken(request) {
        return this.github.mint(request);
    }
    /** The equivalent of `circleci run oidc get --claims '{"aud":…}'` (v2 unless `version: 1`). */
    mintCircleCiToken(request) {
        return this.circleci.mint(request);
    }
    state() {
        const circle = circleCiPaths(this.circleci.project.orgId);
        return {
            tenantId: this.directory.tenantId,
            authorityHost: this.baseUrl,
            issuers: [
                { name: 'github', issuer: this.github.issuer, discovery: `${this.baseUrl}${GITHUB_PATHS.discovery}`, jwksUri: `${this.baseUrl}${GITHUB_PATHS.jwks}` },
                { name: 'circleci', issuer: this.circleci.issuer, discovery: `${this.baseUrl}${circle.discovery}`, jwksUri: `${this.baseUrl}${circle.jwks}` },
            ],
            directory: this.directory.snapshot(),
            faults: this.faults.state(),
            events: this.events.list(),
        };
    }
    reset() {
        this.directory.reset();
        this.faults.clear();
        this.events.clear();
    }
}


/***/ }),

/***/ 4439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jA: () => (/* binding */ startHttpsServer),
/* harmony export */   jD: () => (/* binding */ sendJson),
/* harmony export */   x8: () => (/* binding */ readBody)
/* harmony export */ });
/* unused harmony export readJson */
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_0__);

async function readBody(req, limit = 8 * 1024 * 1024) {
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
        size += chunk.length;
        if (size > limit)
            throw new Error(`request body over ${limit} bytes`);
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
async function readJson(req) {
    const body = await readBody(req);
    return body.length === 0 ? undefined : JSON.parse(body.toString('utf8'));
}
function sendJson(res, status, body, headers = {}) {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
    res.end(text);
}
/**
 * Starts an HTTPS server on 127.0.0.1 with an ephemeral port (or `port`). Handlers are tried in
 * order; an unhandled request gets a 404 JSON body, a throwing handler a 500.
 */
async function startHttpsServer(credentials, handlers, options = {}) {
    const server = node_https__WEBPACK_IMPORTED_MODULE_0___default().createServer({ ...credentials, keepAlive: true }, (req, res) => {
        const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'localhost'}`);
        void (async () => {
            try {
                for (const handler of handlers)
                    if (await handler(req, res, url))
                        return;
                sendJson(res, 404, { error: { code: 'NotFound', message: `No sandbox route for ${req.method} ${url.pathname}` } });
            }
            catch (error) {
                if (!res.headersSent)
                    sendJson(res, 500, { error: { code: 'SandboxError', message: error.message } });
                else
                    res.destroy();
            }
        })();
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
    const port = server.address().port;
    return {
        port,
        url: `https://localhost:${port}`,
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}


/***/ }),

/***/ 4473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ fromBase64url),
/* harmony export */   r: () => (/* binding */ base64url)
/* harmony export */ });
function base64url(data) {
    return Buffer.from(data).toString('base64url');
}
function fromBase64url(text) {
    return Buffer.from(text, 'base64url');
}


/***/ }),

/***/ 9175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ epochSeconds),
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
const systemClock = { now: () => Date.now() };
function epochSeconds(clock) {
    return Math.floor(clock.now() / 1000);
}


/***/ }),

/***/ 8716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   No: () => (/* binding */ signJwt),
/* harmony export */   Ru: () => (/* binding */ verifyJwtSignature),
/* harmony export */   hf: () => (/* binding */ MalformedJwtError),
/* harmony export */   iU: () => (/* binding */ decodeJwt),
/* harmony export */   yI: () => (/* binding */ numericDate)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _base64url_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4473);


/** The token is not three base64url segments holding JSON objects. */
class MalformedJwtError extends Error {
}
function parseSegment(segment, what) {
    let value;
    try {
        value = JSON.parse((0,_base64url_js__WEBPACK_IMPORTED_MODULE_1__/* .fromBase64url */ .l)(segment).toString('utf8'));
    }
    catch {
        throw new MalformedJwtError(`the JWT ${what} is not base64url-encoded JSON`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new MalformedJwtError(`the JWT ${what} is not a JSON object`);
    return value;
}
function decodeJwt(token) {
    const parts = token.trim().split('.');
    if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]*$/.test(part)))
        throw new MalformedJwtError('a JWT has three base64url segments separated by dots');
    const [headerPart, claimsPart, signaturePart] = parts;
    const header = parseSegment(headerPart, 'header');
    if (typeof header.alg !== 'string')
        throw new MalformedJwtError("the JWT header has no 'alg'");
    return { header: header, claims: parseSegment(claimsPart, 'payload'), signingInput: `${headerPart}.${claimsPart}`, signature: (0,_base64url_js__WEBPACK_IMPORTED_MODULE_1__/* .fromBase64url */ .l)(signaturePart) };
}
function signJwt(claims, key, header = {}) {
    const encodedHeader = (0,_base64url_js__WEBPACK_IMPORTED_MODULE_1__/* .base64url */ .r)(JSON.stringify({ typ: 'JWT', ...header, alg: key.alg, kid: key.kid }));
    const signingInput = `${encodedHeader}.${(0,_base64url_js__WEBPACK_IMPORTED_MODULE_1__/* .base64url */ .r)(JSON.stringify(claims))}`;
    return `${signingInput}.${(0,_base64url_js__WEBPACK_IMPORTED_MODULE_1__/* .base64url */ .r)(key.sign(signingInput))}`;
}
/** Verifies against a JWKS: the key is chosen by `kid` (or the only key), and `alg` must match it. */
function verifyJwtSignature(jwt, keys) {
    const { alg, kid } = jwt.header;
    if (alg !== 'RS256' && alg !== 'ES256')
        return { ok: false, reason: `the signing algorithm '${alg}' is not accepted (RS256 or ES256 only)` };
    const candidates = kid === undefined ? (keys.length === 1 ? keys : []) : keys.filter((key) => key.kid === kid);
    const key = candidates[0];
    if (!key)
        return { ok: false, reason: kid === undefined ? 'the token has no key id (kid) and the issuer publishes several keys' : `the issuer publishes no key with kid '${kid}'` };
    if ((alg === 'RS256') !== (key.kty === 'RSA'))
        return { ok: false, reason: `the key '${String(kid)}' is a ${String(key.kty)} key, which cannot verify ${alg}` };
    let valid;
    try {
        const publicKey = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key, format: 'jwk' });
        valid =
            alg === 'ES256'
                ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)('sha256', Buffer.from(jwt.signingInput), { key: publicKey, dsaEncoding: 'ieee-p1363' }, jwt.signature)
                : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)('sha256', Buffer.from(jwt.signingInput), publicKey, jwt.signature);
    }
    catch {
        valid = false;
    }
    return valid ? { ok: true, kid } : { ok: false, reason: `the signature does not verify with the key '${String(key.kid)}'` };
}
/** Reads a numeric-date claim (seconds since the epoch); anything else is undefined. */
function numericDate(claims, name) {
    const value = claims[name];
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}


/***/ }),

/***/ 5457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F0: () => (/* binding */ circleCiIssuerFor),
/* harmony export */   Sb: () => (/* binding */ CircleCiIssuer),
/* harmony export */   nO: () => (/* binding */ circleCiSubject)
/* harmony export */ });
/* harmony import */ var _jwt_clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9175);
/* harmony import */ var _jwt_jwt_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8716);


function circleCiIssuerFor(orgId) {
    return `https://oidc.circleci.com/org/${orgId}`;
}
function circleCiSubject(project, version) {
    const v1 = `org/${project.orgId}/project/${project.projectId}/user/${project.userId}`;
    return version === 1 ? v1 : `${v1}/vcs-origin/${project.vcsOrigin}/vcs-ref/${project.vcsRef}`;
}
/** Mints tokens shaped like CircleCI's OIDC tokens (one issuer per organisation). */
class CircleCiIssuer {
    issuer;
    name = 'circleci';
    project;
    #options;
    constructor(options) {
        this.#options = options;
        this.project = options.project;
        this.issuer = circleCiIssuerFor(options.project.orgId);
    }
    claims(request = {}) {
        const { project, clock, lifetimeSeconds, skew } = this.#options;
        const version = request.version ?? 2;
        const issuedAt = (0,_jwt_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .epochSeconds */ .D)(clock) + skew.skewSeconds('circleci');
        return {
            iss: this.issuer,
            sub: circleCiSubject(project, version),
            aud: request.audience ?? project.orgId,
            iat: issuedAt,
            nbf: issuedAt,
            exp: issuedAt + lifetimeSeconds,
            'oidc.circleci.com/project-id': project.projectId,
            'oidc.circleci.com/context-ids': project.contextIds,
            ...(version === 2 ? { 'oidc.circleci.com/vcs-origin': project.vcsOrigin, 'oidc.circleci.com/vcs-ref': project.vcsRef, 'oidc.circleci.com/ssh-rerun': false } : {}),
            ...request.claims,
        };
    }
    mint(request = {}) {
        return (0,_jwt_jwt_js__WEBPACK_IMPORTED_MODULE_1__/* .signJwt */ .No)(this.claims(request), this.#options.key);
    }
    jwks() {
        return { keys: [this.#options.key.publicJwk] };
    }
}


/***/ }),

/***/ 7428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ githubSubject),
/* harmony export */   oX: () => (/* binding */ GITHUB_ISSUER),
/* harmony export */   xw: () => (/* binding */ GitHubIssuer)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _jwt_clock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9175);
/* harmony import */ var _jwt_jwt_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8716);



const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
/**
 * The subject GitHub puts in a workflow's token: the environment wins, then pull requests,
 * then the ref. Federated credentials must name exactly this string.
 */
function githubSubject(run) {
    if (run.environment)
        return `repo:${run.repository}:environment:${run.environment}`;
    if (run.eventName === 'pull_request')
        return `repo:${run.repository}:pull_request`;
    return `repo:${run.repository}:ref:${run.ref}`;
}
/** Mints tokens shaped like those of GitHub Actions' OIDC provider, signed with the sandbox's key. */
class GitHubIssuer {
    issuer = GITHUB_ISSUER;
    name = 'github';
    run;
    #options;
    constructor(options) {
        this.#options = options;
        this.run = options.run;
    }
    claims(request = {}) {
        const { run, lifetimeSeconds, clock, skew } = this.#options;
        const issuedAt = (0,_jwt_clock_js__WEBPACK_IMPORTED_MODULE_1__/* .epochSeconds */ .D)(clock) + skew.skewSeconds('github');
        const [owner = ''] = run.repository.split('/');
        const workflowRef = `${run.repository}/${run.workflowPath}@${run.ref}`;
        return {
            jti: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)(),
            sub: request.subject ?? githubSubject(run),
            aud: request.audience ?? `https://github.com/${owner}`,
            ref: run.ref,
            sha: run.sha,
            repository: run.repository,
            repository_owner: owner,
            repository_owner_id: run.repositoryOwnerId,
            repository_id: run.repositoryId,
            repository_visibility: 'private',
            run_id: run.runId,
            run_number: run.runNumber,
            run_attempt: run.runAttempt,
            actor: run.actor,
            actor_id: run.actorId,
            workflow: run.workflow,
            workflow_ref: workflowRef,
            workflow_sha: run.sha,
            job_workflow_ref: workflowRef,
            job_workflow_sha: run.sha,
            event_name: run.eventName,
            ref_type: run.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
            ref_protected: 'true',
            runner_environment: 'github-hosted',
            ...(run.environment ? { environment: run.environment } : {}),
            iss: GITHUB_ISSUER,
            nbf: issuedAt,
            exp: issuedAt + lifetimeSeconds,
            iat: issuedAt,
            ...request.claims,
        };
    }
    mint(request = {}) {
        return (0,_jwt_jwt_js__WEBPACK_IMPORTED_MODULE_2__/* .signJwt */ .No)(this.claims(request), this.#options.key, { x5t: this.#options.key.kid });
    }
    jwks() {
        return { keys: [this.#options.key.publicJwk] };
    }
}


/***/ }),

/***/ 2402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ SANDBOX_PATHS),
/* harmony export */   G: () => (/* binding */ createAdminRoutes)
/* harmony export */ });
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4439);

const SANDBOX_PATHS = { state: '/_sandbox/state', reset: '/_sandbox/reset', faults: '/_sandbox/faults' };
const ARM_FAULTS = ['throttle', 'serverErrors', 'dropConnections', 'setLatency', 'slowOperations', 'failProvisioning', 'neverHealthy', 'failJobExecution'];
class FaultRequestError extends Error {
}
function applyFault(sandbox, request) {
    const given = Object.keys(request);
    if (given.length !== 1)
        throw new FaultRequestError(`Give exactly one of issuerClockSkew, entraOutage, arm, registry, clear (got ${given.join(', ') || 'none'}).`);
    if (request.clear)
        return sandbox.faults.clear();
    if (request.issuerClockSkew)
        return sandbox.faults.issuerClockSkew(request.issuerClockSkew.seconds, request.issuerClockSkew.issuer);
    if (request.entraOutage)
        return sandbox.faults.entraOutage(request.entraOutage);
    if (request.registry)
        return sandbox.faults.registry(request.registry);
    const [name, args] = Object.entries(request.arm ?? {})[0] ?? [];
    if (!name || !ARM_FAULTS.includes(name) || !Array.isArray(args))
        throw new FaultRequestError(`'arm' names one of ${ARM_FAULTS.join(', ')} with an array of arguments.`);
    sandbox.faults.arm[name].apply(sandbox.faults.arm, args);
}
/** `GET /_sandbox/state`, `POST /_sandbox/reset`, `POST /_sandbox/faults`. */
function createAdminRoutes(sandbox) {
    return async (req, res, url) => {
        if (url.pathname === SANDBOX_PATHS.state && req.method === 'GET') {
            (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .sendJson */ .jD)(res, 200, await sandbox.state());
            return true;
        }
        if (url.pathname === SANDBOX_PATHS.reset && req.method === 'POST') {
            await sandbox.reset();
            (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .sendJson */ .jD)(res, 200, await sandbox.state());
            return true;
        }
        if (url.pathname === SANDBOX_PATHS.faults && req.method === 'POST') {
            try {
                applyFault(sandbox, JSON.parse((await (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .readBody */ .x8)(req, 64 * 1024)).toString('utf8') || '{}'));
            }
            catch (error) {
                if (!(error instanceof FaultRequestError || error instanceof SyntaxError || error instanceof RangeError || error instanceof TypeError))
                    throw error;
                (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .sendJson */ .jD)(res, 400, { error: { code: 'InvalidFault', message: error.message } });
                return true;
            }
            const state = await sandbox.state();
            (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .sendJson */ .jD)(res, 200, { identity: state.identity.faults, arm: state.arm.faults });
            return true;
        }
        return false;
    };
}


/***/ }),

/***/ 7015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IR: () => (/* binding */ defaultDirectorySeed),
/* harmony export */   SR: () => (/* binding */ DEFAULT_GITHUB_RUN),
/* harmony export */   VI: () => (/* binding */ DEFAULT_CIRCLECI_PROJECT),
/* harmony export */   h8: () => (/* binding */ SANDBOX_IDS),
/* harmony export */   x6: () => (/* binding */ resourceGroupId)
/* harmony export */ });
/* harmony import */ var _arm_constants_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6923);
/* harmony import */ var _entra_directory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8022);
/* harmony import */ var _oidc_circleci_issuer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5457);
/* harmony import */ var _oidc_github_issuer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7428);




/**
 * The sandbox's fixed identities. They never change between runs, so tests, docs and a user's
 * env file stay valid. None of them exists in real Azure.
 */
const SANDBOX_IDS = {
    tenantId: '535050a9-042e-40c6-b6d8-6e1b28c30a6a',
    tenantDisplayName: 'deploy-kit sandbox',
    /** Shared with the ARM API's own defaults, so either part alone agrees with the whole. */
    subscriptionId: _arm_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .SANDBOX_SUBSCRIPTION_ID */ .w7,
    resourceGroup: _arm_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .SANDBOX_RESOURCE_GROUP */ .uW,
    /** Contributor on the resource group; trusts the GitHub and CircleCI tokens the sandbox mints. */
    deployer: {
        displayName: 'shop-deployer',
        appId: '75f2b5a5-1738-41da-8e84-61c26ab3bf40',
        objectId: '029f000a-905f-411e-9411-4c2f0d6d05e7',
        servicePrincipalObjectId: '7810757c-cd4f-4cff-bfc4-b50af6ac521c',
    },
    /** Reader on the resource group; trusts the GitHub token. */
    reader: {
        displayName: 'shop-reader',
        appId: '3d49aabb-3572-491d-b446-157ce1308b6d',
        objectId: '642b594f-8e9c-4ea2-8e43-ad41ff80e7ff',
        servicePrincipalObjectId: '60d00bde-4e63-45f4-a6e2-50f2e885d74f',
    },
    /** Trusts the GitHub token but holds no role anywhere: ARM answers 403 AuthorizationFailed. */
    unassigned: {
        displayName: 'shop-no-role',
        appId: '04a80231-d6a9-4163-adc0-eb3000fdbc2c',
        objectId: '484c2534-dd76-45b6-b052-2517e498c84c',
        servicePrincipalObjectId: '1b875472-c10a-4ec2-939a-ae7f2543b760',
    },
};
const DEFAULT_GITHUB_RUN = {
    repository: 'acme/shop',
    repositoryId: '781203456',
    repositoryOwnerId: '90412377',
    environment: 'production',
    ref: 'refs/heads/main',
    sha: 'a8975fad10d52814d9ad601d9b9f358d311929ec',
    eventName: 'push',
    workflow: 'deploy',
    workflowPath: '.github/workflows/deploy.yml',
    actor: 'octocat',
    actorId: '583231',
    runId: '9876543210',
    runNumber: '42',
    runAttempt: '1',
};
const DEFAULT_CIRCLECI_PROJECT = {
    orgId: '81a4b78e-f99d-4952-97d9-c12891edbb88',
    projectId: '770c2a16-5238-42c1-aa81-bfe847c33beb',
    userId: '360c83a8-4a86-4a4e-8f59-f5ad8d8aa864',
    vcsOrigin: 'github.com/acme/shop',
    vcsRef: 'refs/heads/main',
    contextIds: ['cedbc79b-db9d-4a1e-a3b1-443c4e878287'],
};
function resourceGroupId(subscriptionId, resourceGroup) {
    return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}`;
}
/**
 * The directory the sandbox starts with. The deployer trusts the GitHub-shaped token
 * (`repo:acme/shop:environment:production`, audience `api://AzureADTokenExchange`) and
 * CIRCLE_OIDC_TOKEN_V2 as CircleCI injects it (v2 subject, audience = the organization id).
 * Entra allows one credential per issuer and subject, and one audience per credential, so a
 * CircleCI token minted with `aud: api://AzureADTokenExchange` needs a credential of its own.
 */
function defaultDirectorySeed(options) {
    const directory = new _entra_directory_js__WEBPACK_IMPORTED_MODULE_0__/* .Directory */ .__({ tenantId: SANDBOX_IDS.tenantId, tenantDisplayName: SANDBOX_IDS.tenantDisplayName, applications: [], roleAssignments: [] });
    const scope = resourceGroupId(options.subscriptionId, options.resourceGroup);
    const github = { issuer: _oidc_github_issuer_js__WEBPACK_IMPORTED_MODULE_2__/* .GITHUB_ISSUER */ .oX, subject: (0,_oidc_github_issuer_js__WEBPACK_IMPORTED_MODULE_2__/* .githubSubject */ .Eg)(options.github) };
    const circleIssuer = (0,_oidc_circleci_issuer_js__WEBPACK_IMPORTED_MODULE_1__/* .circleCiIssuerFor */ .F0)(options.circleci.orgId);
    const circleSubject = (0,_oidc_circleci_issuer_js__WEBPACK_IMPORTED_MODULE_1__/* .circleCiSubject */ .nO)(options.circleci, 2);
    const deployer = directory.addApplication({ ...SANDBOX_IDS.deployer });
    directory.addFederatedCredential(deployer.appId, { name: 'github-production', ...github, description: 'GitHub Actions, environment production' });
    directory.addFederatedCredential(deployer.appId, {
        name: 'circleci-main',
        issuer: circleIssuer,
        subject: circleSubject,
        audiences: [options.circleci.orgId],
        description: 'CircleCI main branch: CIRCLE_OIDC_TOKEN_V2 as CircleCI injects it (aud = organization id)',
    });
    directory.assignRole({ principalId: deployer.servicePrincipalObjectId, role: 'Contributor', scope });
    const reader = directory.addApplication({ ...SANDBOX_IDS.reader });
    directory.addFederatedCredential(reader.appId, { name: 'github-production', ...github });
    directory.assignRole({ principalId: reader.servicePrincipalObjectId, role: 'Reader', scope });
    const unassigned = directory.addApplication({ ...SANDBOX_IDS.unassigned });
    directory.addFederatedCredential(unassigned.appId, { name: 'github-production', ...github });
    return directory.snapshot();
}


/***/ }),

/***/ 6169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* reexport */ sandbox_env/* SANDBOX_ENV_KEYS */.v),
  Sandbox: () => (/* binding */ Sandbox)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 32 modules
var src = __webpack_require__(5987);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./packages/sandbox/src/arm/constants.ts
var constants = __webpack_require__(6923);
;// CONCATENATED MODULE: ./packages/sandbox/src/arm/faults.ts
function matches(matcher, method, path) {
    if (matcher === undefined)
        return true;
    if (matcher.method !== undefined) {
        const methods = typeof matcher.method === 'string' ? [matcher.method] : matcher.method;
        if (!methods.some((m) => m.toUpperCase() === method.toUpperCase()))
            return false;
    }
    if (matcher.path !== undefined) {
        if (typeof matcher.path === 'string' ? !path.toLowerCase().includes(matcher.path.toLowerCase()) : !matcher.path.test(path))
            return false;
    }
    return true;
}
function assertCount(count) {
    if (!(count > 0))
        throw new RangeError(`a fault count must be positive (got ${count}); use Infinity for "until reset"`);
}
/** Takes one use of the first armed entry that `accepts`, dropping spent entries. */
function takeFrom(list, accepts) {
    const index = list.findIndex((entry) => entry.remaining > 0 && accepts(entry.value));
    if (index < 0)
        return undefined;
    const entry = list[index];
    entry.remaining -= 1;
    if (entry.remaining <= 0)
        list.splice(index, 1);
    return entry.value;
}
class FaultBook {
    #defaults;
    #latencyMs = 0;
    #lro;
    #requestFaults = [];
    #provisioning = [];
    #neverHealthy = [];
    #executionFailures = [];
    constructor(defaults) {
        this.#defaults = { ...defaults };
        this.#lro = { ...defaults };
    }
    throttle(count, options = {}) {
        assertCount(count);
        this.#requestFaults.push({ remaining: count, value: { fault: { kind: 'throttle', retryAfterSeconds: options.retryAfterSeconds ?? 1 }, match: options.match } });
    }
    serverErrors(count, options = {}) {
        assertCount(count);
        this.#requestFaults.push({ remaining: count, value: { fault: { kind: 'server-error', status: options.status ?? 500 }, match: options.match } });
    }
    dropConnections(count, options = {}) {
        assertCount(count);
        this.#requestFaults.push({ remaining: count, value: { fault: { kind: 'drop' }, match: options.match } });
    }
    setLatency(ms) {
        if (!(ms >= 0))
            throw new RangeError(`latency must be zero or more milliseconds (got ${ms})`);
        this.#latencyMs = ms;
    }
    slowOperations(timing) {
        this.#lro = { ...this.#lro, ...timing };
    }
    failProvisioning(options = {}) {
        const count = options.count ?? 1;
        assertCount(count);
        const kind = options.app !== undefined ? 'app' : options.job !== undefined ? 'job' : 'any';
        this.#provisioning.push({ remaining: count, value: { kind, name: options.app ?? options.job, code: options.code, message: options.message } });
    }
    neverHealthy(options = {}) {
        const count = options.count ?? 1;
        assertCount(count);
        this.#neverHealthy.push({ remaining: count, value: { app: options.app } });
    }
    failJobExecution(options = {}) {
        const count = options.count ?? 1;
        assertCount(count);
        this.#executionFailures.push({ remaining: count, value: { job: options.job } });
    }
    reset() {
        this.#latencyMs = 0;
        this.#lro = { ...this.#defaults };
        this.#requestFaults = [];
        this.#provisioning = [];
        this.#neverHealthy = [];
        this.#executionFailures = [];
    }
    describe() {
        return {
            latencyMs: this.#latencyMs,
            lro: { ...this.#lro },
            requestFaults: this.#requestFaults.map((entry) => ({ kind: entry.value.fault.kind, remaining: entry.remaining })),
            provisioningFailures: this.#provisioning.map((entry) => ({ target: entry.value.name ?? '*', remaining: entry.remaining })),
            neverHealthy: this.#neverHealthy.map((entry) => ({ app: entry.value.app ?? '*', remaining: entry.remaining })),
            executionFailures: this.#executionFailures.map((entry) => ({ job: entry.value.job ?? '*', remaining: entry.remaining })),
        };
    }
    get latencyMs() {
        return this.#latencyMs;
    }
    get lroTiming() {
        return { ...this.#lro };
    }
    /** Takes one use of the first armed fault of one of `kinds` that matches the request. */
    takeRequestFault(method, path, kinds) {
        return takeFrom(this.#requestFaults, (value) => kinds.includes(value.fault.kind) && matches(value.match, method, path))?.fault;
    }
    takeProvisioningFailure(kind, name) {
        return takeFrom(this.#provisioning, (value) => value.kind === 'any' || (value.kind === kind && value.name === name));
    }
    takeNeverHealthy(app) {
        return takeFrom(this.#neverHealthy, (value) => value.app === undefined || value.app === app) !== undefined;
    }
    takeExecutionFailure(job) {
        return takeFrom(this.#executionFailures, (value) => value.job === undefined || value.job === job) !== undefined;
    }
}

// EXTERNAL MODULE: ./packages/sandbox/src/http.ts
var http = __webpack_require__(4439);
;// CONCATENATED MODULE: ./packages/sandbox/src/arm/arm-error.ts
/**
 * An error the sandbox answers in ARM's shape, `{"error":{"code","message"}}`, with the status and
 * headers ARM uses. Handlers throw it; the request pipeline renders it.
 */
class ArmError extends Error {
    status;
    code;
    headers;
    target;
    constructor(status, code, message, options = {}) {
        super(message);
        this.name = 'ArmError';
        this.status = status;
        this.code = code;
        this.headers = options.headers ?? {};
        this.target = options.target;
    }
    toBody() {
        return { error: { code: this.code, message: this.message, ...(this.target === undefined ? {} : { target: this.target }) } };
    }
}
/** ARM's 404 for a missing resource, with the gateway failure-cause header ARM sends. */
function resourceNotFound(resourceType, name, resourceGroup) {
    return new ArmError(404, 'ResourceNotFound', `The Resource '${resourceType}/${name}' under resource group '${resourceGroup}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`, { headers: { 'x-ms-failure-cause': 'gateway' } });
}
/**
 * Container Apps reports template problems as "The following field(s) are either invalid or
 * missing. Field '<path>' is invalid with details: 'Invalid value: …'" under this code (seen in
 * Azure/terraform-azurerm-avm-res-app-containerapp#115 and az CLI output).
 */
function invalidTemplateField(field, value, detail) {
    return new ArmError(400, 'InvalidParameterValueInContainerTemplate', `The following field(s) are either invalid or missing. Field '${field}' is invalid with details: 'Invalid value: "${value}": ${detail}';.`, { target: field });
}
function badRequest(code, message, target) {
    return new ArmError(400, code, message, target === undefined ? {} : { target });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/sandbox/src/arm/ids.ts

/** A GUID-shaped id derived from `seed`: same seed, same id, so sandbox runs are reproducible. */
function deterministicGuid(seed) {
    const hex = (0,external_node_crypto_.createHash)('sha256').update(seed).digest('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
/**
 * A revision suffix like the ones Container Apps generates when none is given (seven lower-case
 * alphanumerics, e.g. `api--k3d9x2q`); starts with a letter so it also passes the user rule.
 */
function generatedSuffix(seed) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(seed).digest();
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
    let suffix = alphabet[digest[0] % 26];
    for (let i = 1; i < 7; i += 1)
        suffix += alphabet[digest[i] % alphabet.length];
    return suffix;
}
/** An ETag in the form ARM resources carry (quoted, opaque), new for every write. */
function newEtag(resourceId, sequence) {
    const hex = (0,external_node_crypto_.createHash)('sha256').update(`${resourceId}#${sequence}`).digest('hex');
    return `"${hex.slice(0, 8)}-0000-0100-0000-${sequence.toString(16).padStart(12, '0')}"`;
}
/** Strips `W/` and quotes, so `"abc"`, `W/"abc"` and `abc` compare equal. */
function normalizeEtag(value) {
    return value.trim().replace(/^W\//, '').replace(/^"(.*)"$/, '$1');
}

;// CONCATENATED MODULE: ./packages/sandbox/src/arm/context.ts


function header(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value.join(',') : value;
}
const PRECONDITION_FAILED = 'The condition specified using HTTP conditional header(s) is not met.';
/**
 * HTTP conditional writes as ARM applies them: `If-Match` must name the current ETag (`*` means
 * "it must exist"), `If-None-Match: *` means "it must not exist"; otherwise 412.
 */
function checkPreconditions(headers, currentEtag) {
    const ifMatch = header(headers, 'if-match');
    if (ifMatch !== undefined && ifMatch.trim() !== '') {
        const candidates = ifMatch.split(',').map((value) => value.trim());
        const ok = currentEtag !== undefined && (candidates.includes('*') || candidates.some((candidate) => normalizeEtag(candidate) === normalizeEtag(currentEtag)));
        if (!ok)
            throw new ArmError(412, 'PreconditionFailed', PRECONDITION_FAILED);
    }
    const ifNoneMatch = header(headers, 'if-none-match');
    if (ifNoneMatch !== undefined && ifNoneMatch.trim() !== '' && currentEtag !== undefined) {
        const candidates = ifNoneMatch.split(',').map((value) => value.trim());
        if (candidates.includes('*') || candidates.some((candidate) => normalizeEtag(candidate) === normalizeEtag(currentEtag))) {
            throw new ArmError(412, 'PreconditionFailed', PRECONDITION_FAILED);
        }
    }
}

;// CONCATENATED MODULE: ./packages/sandbox/src/arm/json.ts
function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function cloneJson(value) {
    return value === undefined ? value : structuredClone(value);
}
/** Deep equality where a missing key and a key set to null are the same (as ARM treats them). */
function jsonEqual(a, b) {
    if (a === undefined || a === null)
        return b === undefined || b === null;
    if (b === undefined || b === null)
        return false;
    if (Array.isArray(a))
        return Array.isArray(b) && a.length === b.length && a.every((item, index) => jsonEqual(item, b[index]));
    if (isJsonObject(a)) {
        if (!isJsonObject(b))
            return false;
        const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
        for (const key of keys)
            if (!jsonEqual(a[key], b[key]))
                return false;
        return true;
    }
    return a === b;
}
/**
 * RFC 7386 JSON Merge Patch, which is what the Container Apps PATCH applies: objects merge key by
 * key, `null` removes a key, and arrays (containers, env, traffic, secrets) are replaced whole.
 */
function mergePatch(target, patch) {
    if (!isJsonObject(patch))
        return cloneJson(patch);
    const result = isJsonObject(target) ? cloneJson(target) : {};
    for (const [key, value] of Object.entries(patch)) {
        if (value === null)
            delete result[key];
        else
            result[key] = mergePatch(result[key], value);
    }
    return result;
}
/** Drops null members recursively, so stored specs compare and render cleanly. */
function withoutNulls(value) {
    if (Array.isArray(value))
        return value.map(withoutNulls);
    if (!isJsonObject(value))
        return value;
    const result = {};
    for (const [key, member] of Object.entries(value))
        if (member !== null)
            result[key] = withoutNulls(member);
    return result;
}

;// CONCATENATED MODULE: ./packages/sandbox/src/arm/spec.ts


/** Accessors for loosely typed ARM JSON: each returns undefined when the shape is not as expected. */
function objectAt(value) {
    return isJsonObject(value) ? value : undefined;
}
function arrayAt(value) {
    return Array.isArray(value) ? value : undefined;
}
function stringAt(value) {
    return typeof value === 'string' ? value : undefined;
}
function configurationOf(spec) {
    return objectAt(spec['configuration']);
}
function templateOf(spec) {
    return objectAt(spec['template']);
}
function ingressOf(spec) {
    return objectAt(configurationOf(spec)?.['ingress']);
}
function trafficOf(spec) {
    return (arrayAt(ingressOf(spec)?.['traffic']) ?? []).filter(isJsonObject);
}
function containersOf(template) {
    return (arrayAt(template?.['containers']) ?? []).filter(isJsonObject);
}
function revisionsModeOf(spec) {
    return stringAt(configurationOf(spec)?.['activeRevisionsMode']) === 'Multiple' ? 'Multiple' : 'Single';
}
/** The fields a client may write; read-only ones (provisioningState, fqdn, …) are ignored as ARM does. */
const APP_WRITABLE = ['managedEnvironmentId', 'environmentId', 'networking', 'workloadProfileName', 'configuration', 'template'];
const JOB_WRITABLE = ['environmentId', 'workloadProfileName', 'configuration', 'template'];
function pickWritable(properties, writable, what) {
    if (properties === undefined || properties === null)
        return {};
    if (!isJsonObject(properties))
        throw badRequest('InvalidRequestContent', `The request content was invalid and could not be deserialized: '${what}.properties' must be an object.`);
    const picked = {};
    for (const key of writable)
        if (properties[key] !== undefined)
            picked[key] = properties[key];
    return picked;
}
/** The writable part of a container app's `properties`, with read-only members removed. */
function writableAppProperties(properties) {
    const picked = pickWritable(properties, APP_WRITABLE, 'containerApp');
    const ingress = ingressOf(picked);
    if (ingress !== undefined)
        delete ingress['fqdn'];
    return picked;
}
function writableJobProperties(properties) {
    return pickWritable(properties, JOB_WRITABLE, 'job');
}
/** Fills secret values the client left out from the stored ones (names only come back from GET). */
function resolveSecrets(spec, previous) {
    const configuration = configurationOf(spec);
    const secrets = arrayAt(configuration?.['secrets']);
    if (secrets === undefined)
        return;
    const stored = new Map();
    for (const secret of arrayAt(previous === undefined ? undefined : configurationOf(previous)?.['secrets']) ?? []) {
        if (isJsonObject(secret) && typeof secret['name'] === 'string')
            stored.set(secret['name'], secret);
    }
    const seen = new Set();
    secrets.forEach((secret, index) => {
        const name = isJsonObject(secret) ? stringAt(secret['name']) : undefined;
        if (!isJsonObject(secret) || name === undefined || !/^[a-z0-9]([a-z0-9-.]*[a-z0-9])?$/.test(name)) {
            throw badRequest('ContainerAppSecretInvalid', `Secret name at configuration.secrets[${index}] is invalid: it must consist of lower case alphanumeric characters, '-' or '.', and start and end with an alphanumeric character.`);
        }
        if (seen.has(name))
            throw badRequest('ContainerAppDuplicateSecretName', `Secret name '${name}' is used more than once in configuration.secrets.`);
        seen.add(name);
        if (secret['value'] === undefined && secret['keyVaultUrl'] === undefined) {
            const existing = stored.get(name);
            if (existing === undefined) {
                throw badRequest('ContainerAppSecretInvalid', `Secret '${name}' has neither a value nor a keyVaultUrl. Send its value (listSecrets returns the current ones) or remove it.`);
            }
            if (existing['value'] !== undefined)
                secret['value'] = existing['value'];
            if (existing['keyVaultUrl'] !== undefined)
                secret['keyVaultUrl'] = existing['keyVaultUrl'];
            if (existing['identity'] !== undefined && secret['identity'] === undefined)
                secret['identity'] = existing['identity'];
        }
    });
}
const CONTAINER_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
function isWholeNumber(value, min, max) {
    return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}
/**
 * Validates a container template the way the service does before it accepts a write: named
 * containers with images, env entries that are values or references to declared secrets, and a
 * sane scale range. (The messages follow the service's "field(s) are either invalid" shape; the
 * exact wording of each detail is the sandbox's.)
 */
function validateTemplate(template, secretNames, options) {
    if (template === undefined)
        throw invalidTemplateField('template', '', 'a template with at least one container is required');
    const containers = arrayAt(template['containers']);
    if (containers === undefined || containers.length === 0)
        throw invalidTemplateField('template.containers', '', 'at least one container is required');
    const names = new Set();
    for (const container of containers) {
        if (!isJsonObject(container))
            throw invalidTemplateField('template.containers', String(container), 'a container must be an object');
        const name = stringAt(container['name']) ?? '';
        if (!CONTAINER_NAME.test(name) || name.length > 63) {
            throw invalidTemplateField('template.containers.name', name, "Invalid Name: Per RFC 1123 name must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character");
        }
        if (names.has(name))
            throw invalidTemplateField('template.containers.name', name, 'container names must be unique');
        names.add(name);
        const image = stringAt(container['image']) ?? '';
        if (image.trim() === '' || /\s/.test(image))
            throw invalidTemplateField(`template.containers.${name}.image`, image, 'an image reference is required');
        for (const variable of arrayAt(container['env']) ?? []) {
            const envName = isJsonObject(variable) ? stringAt(variable['name']) : undefined;
            if (!isJsonObject(variable) || envName === undefined || envName === '')
                throw invalidTemplateField(`template.containers.${name}.env`, '', 'every environment variable needs a name');
            const secretRef = stringAt(variable['secretRef']);
            if (secretRef !== undefined && !secretNames.has(secretRef)) {
                throw invalidTemplateField(`template.containers.${name}.env.${envName}.secretRef`, secretRef, `secret '${secretRef}' is not defined in configuration.secrets`);
            }
        }
    }
    if (!options.scale)
        return;
    const scale = objectAt(template['scale']);
    if (scale === undefined)
        return;
    const min = scale['minReplicas'];
    const max = scale['maxReplicas'];
    if (min !== undefined && !isWholeNumber(min, 0, 1000))
        throw invalidTemplateField('template.scale.minReplicas', String(min), 'minReplicas must be a whole number from 0 to 1000');
    if (max !== undefined && !isWholeNumber(max, 1, 1000))
        throw invalidTemplateField('template.scale.maxReplicas', String(max), 'maxReplicas must be a whole number from 1 to 1000');
    const effectiveMax = typeof max === 'number' ? max : 10;
    if (typeof min === 'number' && min > effectiveMax)
        throw invalidTemplateField('template.scale.minReplicas', String(min), `minReplicas must not be greater than maxReplicas (${effectiveMax})`);
}
function secretNamesOf(spec) {
    const names = new Set();
    for (const secret of arrayAt(configurationOf(spec)?.['secrets']) ?? []) {
        const name = isJsonObject(secret) ? stringAt(secret['name']) : undefined;
        if (name !== undefined)
            names.add(name);
    }
    return names;
}
/** `Single`/`Multiple`, accepted in any case as the service does, answered in its canonical case. */
function normalizeRevisionsMode(spec) {
    const configuration = configurationOf(spec) ?? {};
    const mode = configuration['activeRevisionsMode'];
    if (mode === undefined || mode === null)
        configuration['activeRevisionsMode'] = 'Single';
    else if (typeof mode === 'string' && ['single', 'multiple'].includes(mode.toLowerCase())) {
        configuration['activeRevisionsMode'] = mode.toLowerCase() === 'single' ? 'Single' : 'Multiple';
    }
    else {
        // This SDK release knows only Single and Multiple (KnownActiveRevisionsMode), so Labels is refused.
        throw badRequest('ContainerAppInvalidActiveRevisionsMode', `The value '${String(mode)}' of configuration.activeRevisionsMode is not valid. Allowed values are 'Single' and 'Multiple'.`, 'configuration.activeRevisionsMode');
    }
    spec['configuration'] = configuration;
}
/** Canonical stored form: no nulls, the mode spelled canonically. */
function canonicalSpec(spec) {
    return withoutNulls(spec);
}
function requireObjectBody(body) {
    if (!isJsonObject(body))
        throw badRequest('InvalidRequestContent', 'The request content was invalid and could not be deserialized: the body must be a JSON object.');
    return body;
}
/** ARM compares locations ignoring case and spaces ("West Europe" = "westeurope"). */
function sameLocation(a, b) {
    return a.replace(/\s+/g, '').toLowerCase() === b.replace(/\s+/g, '').toLowerCase();
}
function locationSlug(location) {
    return location.replace(/\s+/g, '').toLowerCase();
}
function validateJobSpec(spec) {
    const configuration = configurationOf(spec);
    const trigger = stringAt(configuration?.['triggerType']);
    if (trigger === undefined || !['Manual', 'Schedule', 'Event'].includes(trigger)) {
        throw new ArmError(400, 'JobInvalidTriggerType', `configuration.triggerType must be one of 'Manual', 'Schedule', 'Event' (got '${String(trigger)}').`, { target: 'configuration.triggerType' });
    }
    if (!isWholeNumber(configuration?.['replicaTimeout'], 1, 86400 * 7)) {
        throw new ArmError(400, 'JobInvalidReplicaTimeout', 'configuration.replicaTimeout must be a positive whole number of seconds.', { target: 'configuration.replicaTimeout' });
    }
    validateTemplate(templateOf(spec), secretNamesOf(spec), { scale: false });
}

;// CONCATENATED MODULE: ./packages/sandbox/src/arm/traffic.ts


const LABEL = /^[a-z]([a-z0-9-]*[a-z0-9])?$/;
function trafficError(message) {
    // The service's code for these is not documented; this one names the field it is about.
    throw badRequest('ContainerAppInvalidTrafficWeight', message, 'configuration.ingress.traffic');
}
/**
 * Checks `configuration.ingress.traffic` and stores it canonically. Multiple mode: each entry
 * names a revision or `latestRevision: true` (not both), weights are whole percentages summing to
 * 100, weight only on active revisions, labels unique. Single mode: traffic cannot be split — the
 * only accepted form is all of it to the latest revision (a label on it is kept).
 * `requestSetTraffic` tells whether this request wrote traffic itself (a PATCH that switches to
 * Single without touching traffic gets the Single default instead of an error).
 */
function normalizeTraffic(spec, context, requestSetTraffic) {
    const ingress = ingressOf(spec);
    if (ingress === undefined)
        return;
    const entries = trafficOf(spec);
    if (revisionsModeOf(spec) === 'Single') {
        const weighted = entries.filter((entry) => typeof entry['weight'] === 'number' && entry['weight'] > 0);
        const label = entries.length === 1 ? stringAt(entries[0]['label']) : undefined;
        if (requestSetTraffic && entries.length > 0) {
            const only = weighted[0];
            const target = only === undefined ? undefined : only['latestRevision'] === true ? 'latest' : stringAt(only['revisionName']);
            const latestName = context.newRevisionName;
            const ok = weighted.length === 1 && only['weight'] === 100 && (target === 'latest' || (target !== undefined && (target === latestName || (latestName === undefined && context.revisions.get(target) === true))));
            if (!ok)
                trafficError("Traffic can be split between revisions only when configuration.activeRevisionsMode is 'Multiple'; in 'Single' mode the latest revision gets all traffic.");
        }
        ingress['traffic'] = [{ weight: 100, latestRevision: true, ...(label !== undefined ? { label } : {}) }];
        return;
    }
    if (entries.length === 0) {
        ingress['traffic'] = [{ weight: 100, latestRevision: true }];
        return;
    }
    let total = 0;
    const labels = new Set();
    const canonical = [];
    entries.forEach((entry, index) => {
        const weight = entry['weight'] ?? 0;
        if (typeof weight !== 'number' || !Number.isInteger(weight) || weight < 0 || weight > 100) {
            trafficError(`Traffic weight at index ${index} must be a whole number from 0 to 100 (got ${JSON.stringify(weight)}).`);
        }
        const revisionName = stringAt(entry['revisionName']);
        const latest = entry['latestRevision'] === true;
        if ((revisionName !== undefined && revisionName !== '') === latest) {
            trafficError(`Traffic entry at index ${index} must have either revisionName or latestRevision set to true, not ${latest ? 'both' : 'neither'}.`);
        }
        if (revisionName !== undefined && revisionName !== '') {
            const isNew = revisionName === context.newRevisionName;
            const active = context.revisions.get(revisionName);
            if (!isNew && active === undefined)
                trafficError(`Revision '${revisionName}' in the traffic configuration does not exist for container app '${context.app}'.`);
            if (!isNew && active === false && weight > 0)
                trafficError(`Revision '${revisionName}' is inactive and cannot receive traffic. Activate it first.`);
        }
        const label = entry['label'];
        if (label !== undefined && label !== null) {
            if (typeof label !== 'string' || !LABEL.test(label))
                trafficError(`Traffic label ${JSON.stringify(label)} is invalid: use lower case letters, digits and '-', starting with a letter.`);
            if (labels.has(label))
                trafficError(`Traffic label '${label}' is used more than once.`);
            labels.add(label);
        }
        total += weight;
        canonical.push({
            ...(latest ? { latestRevision: true } : { revisionName: revisionName }),
            weight,
            ...(typeof label === 'string' ? { label } : {}),
        });
    });
    if (total !== 100)
        trafficError(`The sum of traffic weights must be 100 (got ${total}).`);
    ingress['traffic'] = canonical;
}
/**
 * Where traffic goes now: `latestRevision` means the latest *ready* revision (the service calls it
 * "the latest stable revision"), so a new revision takes traffic only once it is ready.
 */
function effectiveTraffic(app) {
    if (ingressOf(app.spec) === undefined)
        return [];
    const ready = app.latestReadyRevisionName;
    if (revisionsModeOf(app.spec) === 'Single') {
        const label = stringAt(trafficOf(app.spec)[0]?.['label']);
        return ready === undefined ? [] : [{ revisionName: ready, weight: 100, ...(label !== undefined ? { label } : {}) }];
    }
    const targets = [];
    for (const entry of trafficOf(app.spec)) {
        const name = entry['latestRevision'] === true ? ready : stringAt(entry['revisionName']);
        if (name === undefined)
            continue;
        const label = stringAt(entry['label']);
        targets.push({ revisionName: name, weight: typeof entry['weight'] === 'number' ? entry['weight'] : 0, ...(label !== undefined ? { label } : {}) });
    }
    return targets;
}
function trafficWeightOf(app, revisionName) {
    return effectiveTraffic(app)
        .filter((target) => target.revisionName === revisionName)
        .reduce((sum, target) => sum + target.weight, 0);
}

;// CONCATENATED MODULE: ./packages/sandbox/src/arm/views.ts





/**
 * The JSON the service answers, field for field as `@azure/arm-appcontainers` 4.0.0 deserialises
 * it (ARM envelope at the top, everything else under `properties`).
 */
function iso(ms) {
    return new Date(ms).toISOString();
}
function systemData(created, modified) {
    return {
        createdBy: created.by,
        createdByType: 'Application',
        createdAt: iso(created.at),
        lastModifiedBy: modified.by,
        lastModifiedByType: 'Application',
        lastModifiedAt: iso(modified.at),
    };
}
/** GET shows secret names (and Key Vault references), never values; listSecrets shows values. */
function withoutSecretValues(spec) {
    const copy = cloneJson(spec);
    const configuration = configurationOf(copy);
    const secrets = arrayAt(configuration?.['secrets']);
    if (configuration !== undefined && secrets !== undefined) {
        configuration['secrets'] = secrets.filter(isJsonObject).map((secret) => {
            const { value: _value, ...rest } = secret;
            return rest;
        });
    }
    return copy;
}
function verificationId(seed) {
    return (0,external_node_crypto_.createHash)('sha256').update(seed).digest('hex').toUpperCase();
}
async function renderApp(store, app) {
    const spec = withoutSecretValues(app.spec);
    const ingress = ingressOf(spec);
    if (ingress !== undefined)
        ingress['fqdn'] = await store.appFqdn(app);
    const latest = app.revisions.find((revision) => revision.name === app.latestRevisionName);
    const latestFqdn = ingress !== undefined && latest !== undefined ? await store.revisionFqdn(app, latest) : '';
    const id = store.appId(app.name);
    const properties = {
        provisioningState: app.provisioningState,
        runningStatus: 'Running',
        managedEnvironmentId: spec['managedEnvironmentId'] ?? spec['environmentId'] ?? store.environmentId,
        environmentId: spec['environmentId'] ?? spec['managedEnvironmentId'] ?? store.environmentId,
        workloadProfileName: spec['workloadProfileName'] ?? 'Consumption',
        outboundIpAddresses: ['127.0.0.1'],
        latestRevisionName: app.latestRevisionName ?? '',
        latestReadyRevisionName: app.latestReadyRevisionName ?? '',
        latestRevisionFqdn: latestFqdn,
        customDomainVerificationId: verificationId(store.subscriptionId),
        configuration: spec['configuration'] ?? {},
        template: spec['template'] ?? {},
    };
    if (spec['networking'] !== undefined)
        properties['networking'] = spec['networking'];
    return {
        id,
        name: app.name,
        type: constants/* CONTAINER_APP_TYPE */.vL,
        location: app.location,
        ...(app.tags !== undefined ? { tags: app.tags } : {}),
        ...(app.identity !== undefined ? { identity: app.identity } : {}),
        etag: app.etag,
        systemData: systemData(app.created, app.modified),
        properties,
    };
}
async function renderRevision(store, app, revision) {
    const status = store.revisionStatus(app, revision);
    const properties = {
        createdTime: iso(revision.createdAt),
        ...(revision.lastActiveAt !== undefined ? { lastActiveTime: iso(revision.lastActiveAt) } : {}),
        fqdn: ingressOf(app.spec) !== undefined ? await store.revisionFqdn(app, revision) : '',
        template: cloneJson(revision.template),
        active: revision.active,
        replicas: status.replicas,
        trafficWeight: trafficWeightOf(app, revision.name),
        healthState: status.health,
        provisioningState: revision.provisioning,
        runningState: status.running,
    };
    if (revision.provisioningError !== undefined)
        properties['provisioningError'] = revision.provisioningError;
    return { id: `${store.appId(app.name)}/revisions/${revision.name}`, name: revision.name, type: constants/* REVISION_TYPE */.bz, properties };
}
function renderJob(store, job) {
    const spec = withoutSecretValues(job.spec);
    return {
        id: store.jobId(job.name),
        name: job.name,
        type: constants/* JOB_TYPE */.jp,
        location: job.location,
        ...(job.tags !== undefined ? { tags: job.tags } : {}),
        ...(job.identity !== undefined ? { identity: job.identity } : {}),
        etag: job.etag,
        systemData: systemData(job.created, job.modified),
        properties: {
            provisioningState: job.provisioningState,
            runningState: 'Ready',
            environmentId: spec['environmentId'] ?? store.environmentId,
            workloadProfileName: spec['workloadProfileName'] ?? 'Consumption',
            outboundIpAddresses: ['127.0.0.1'],
            configuration: spec['configuration'] ?? {},
            template: spec['template'] ?? {},
        },
    };
}
function executionId(store, job, execution) {
    return `${store.jobId(job)}/executions/${execution}`;
}
function renderExecution(store, job, execution) {
    const properties = {
        status: execution.status,
        startTime: iso(execution.startedAt),
        template: cloneJson(execution.template),
    };
    if (execution.endedAt !== undefined)
        properties['endTime'] = iso(execution.endedAt);
    if (execution.status === 'Failed') {
        properties['reason'] = 'BackoffLimitExceeded';
        properties['message'] = execution.runtimeError ?? 'Job has reached the specified backoff limit: a replica exited with a non-zero code.';
    }
    return { id: executionId(store, job.name, execution.name), name: execution.name, type: constants/* JOB_EXECUTION_TYPE */.SZ, properties };
}
function renderSecrets(spec) {
    return { value: cloneJson(arrayAt(configurationOf(spec)?.['secrets']) ?? []) };
}

;// CONCATENATED MODULE: ./packages/sandbox/src/arm/operations.ts



/**
 * Long-running operations as Container Apps exposes them: the write answers 201/202 with an
 * `Azure-AsyncOperation` URL (an operation *status* resource whose `status` goes InProgress →
 * Succeeded/Failed) and a `Location` URL (the operation *result*: 202 while running, then the
 * resource). `@azure/core-lro` polls the first and, for PATCH/POST, fetches the final result
 * from the second; for PUT it re-reads the resource itself.
 */
function collection(operation, view) {
    const family = operation.kind === 'app' ? 'containerapp' : 'containerappsjob';
    return `${family}Operation${view === 'status' ? 'Statuses' : 'Results'}`;
}
function operationPath(context, operation, view) {
    const { store } = context;
    return `/subscriptions/${store.subscriptionId}/providers/Microsoft.App/locations/${locationSlug(store.location)}/${collection(operation, view)}/${operation.id}`;
}
function retryAfter(context) {
    return context.pollRetryAfterSeconds === undefined ? {} : { 'retry-after': String(context.pollRetryAfterSeconds) };
}
/** Headers of the answer that starts an operation. */
function acceptedHeaders(context, operation) {
    const version = encodeURIComponent(context.apiVersion);
    return {
        'azure-asyncoperation': `${context.baseUrl}${operationPath(context, operation, 'status')}?api-version=${version}&azureAsyncOperation=true`,
        location: `${context.baseUrl}${operationPath(context, operation, 'result')}?api-version=${version}`,
        ...retryAfter(context),
    };
}
function findOperation(context, family, id) {
    const operation = context.store.operations.get(id);
    if (operation === undefined || operation.kind !== family) {
        throw new ArmError(404, 'OperationNotFound', `The operation '${id}' could not be found. It may have expired, or it belongs to another resource type.`);
    }
    return operation;
}
function operationStatus(context, operation) {
    const body = {
        id: operationPath(context, operation, 'status'),
        name: operation.id,
        status: operation.status,
        startTime: new Date(operation.startedAt).toISOString(),
    };
    if (operation.endedAt !== undefined)
        body['endTime'] = new Date(operation.endedAt).toISOString();
    if (operation.failure !== undefined)
        body['error'] = { code: operation.failure.code, message: operation.failure.message };
    return { status: 200, body, headers: operation.status === 'InProgress' ? retryAfter(context) : {} };
}
async function operationResult(context, operation) {
    if (operation.status === 'InProgress') {
        return { status: 202, headers: { location: `${context.baseUrl}${operationPath(context, operation, 'result')}?api-version=${encodeURIComponent(context.apiVersion)}`, ...retryAfter(context) } };
    }
    if (operation.failure !== undefined)
        throw new ArmError(400, operation.failure.code, operation.failure.message);
    const { store } = context;
    if (operation.kind === 'app') {
        const app = store.apps.get(operation.target);
        if (app === undefined)
            return { status: 204 };
        return { status: 200, body: await renderApp(store, app), headers: { etag: app.etag } };
    }
    if (operation.action === 'start' && operation.executionName !== undefined) {
        return { status: 200, body: { name: operation.executionName, id: executionId(store, operation.target, operation.executionName) } };
    }
    const job = store.jobs.get(operation.target);
    if (job === undefined)
        return { status: 204 };
    return { status: 200, body: renderJob(store, job), headers: { etag: job.etag } };
}

;// CONCATENATED MODULE: ./packages/sandbox/src/arm/revision-name.ts

/**
 * Container Apps' rule for revision names (`<app>--<suffix>`), as the service words it
 * (microsoft/azure-container-apps#1443, Azure/azure-quickstart-templates#14660):
 *   "A revision name must consist of lower case alphanumeric characters or '-', start with an
 *    alphabetic character, and end with an alphanumeric character. The length of the revision
 *    name must not be more than a combined 54 characters with the container app name."
 * and, per the az CLI validator (Azure/azure-cli-extensions#6449), the suffix "cannot have '--'"
 * (the double dash is reserved as the app/suffix separator). A suffix starting with a digit is
 * rejected too (same thread: "the revision suffix can not start with number").
 */
const MAX_REVISION_NAME_LENGTH = 54;
const SUFFIX_PATTERN = /^[a-z](?:[a-z0-9-]*[a-z0-9])?$/;
function revisionNameFor(app, suffix) {
    return `${app}--${suffix}`;
}
/** Why `suffix` is not acceptable for `app`, or undefined when it is. */
function revisionSuffixProblem(app, suffix) {
    if (!SUFFIX_PATTERN.test(suffix)) {
        return "A revision name must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character.";
    }
    if (suffix.includes('--'))
        return "A revision suffix cannot have '--'.";
    const name = revisionNameFor(app, suffix);
    if (name.length > MAX_REVISION_NAME_LENGTH) {
        return `The length of the revision name must not be more than a combined ${MAX_REVISION_NAME_LENGTH} characters with the container app name ('${name}' has ${name.length}).`;
    }
    return undefined;
}
function assertValidRevisionSuffix(app, suffix) {
    const problem = revisionSuffixProblem(app, suffix);
    if (problem !== undefined) {
        throw new ArmError(400, 'ContainerAppInvalidRevisionName', `Revision name has an invalid value '${revisionNameFor(app, suffix)}'. ${problem}`, {
            target: 'properties.template.revisionSuffix',
        });
    }
}
/**
 * The service's answer when a template change reuses the suffix of an existing revision
 * (Azure/terraform-azurerm-avm-res-app-containerapp#115: "Field 'template.revisionsuffix' is
 * invalid with details: 'Invalid value: … revision with suffix … already exists").
 */
function duplicateRevisionSuffix(suffix) {
    return invalidTemplateField('template.revisionsuffix', suffix, `revision with suffix ${suffix} already exists`);
}

;// CONCATENATED MODULE: ./packages/sandbox/src/arm/container-apps.ts









/** Container Apps names: lower-case alphanumerics and '-', starting with a letter, at most 32. */
const APP_NAME = /^[a-z](?:[a-z0-9-]{0,30}[a-z0-9])?$/;
function requireApp(context, name) {
    const app = context.store.apps.get(name);
    if (app === undefined)
        throw resourceNotFound(constants/* CONTAINER_APP_TYPE */.vL, name, context.store.resourceGroup);
    return app;
}
async function getApp(context, name) {
    const app = requireApp(context, name);
    return { status: 200, body: await renderApp(context.store, app), headers: { etag: app.etag } };
}
async function listApps(context) {
    const value = [];
    for (const app of context.store.apps.values())
        value.push(await renderApp(context.store, app));
    return { status: 200, body: { value } };
}
function listAppSecrets(context, name) {
    return { status: 200, body: renderSecrets(requireApp(context, name).spec) };
}
function trafficInRequest(body) {
    const ingress = objectAt(configurationOf(objectAt(body['properties']) ?? {})?.['ingress']);
    return ingress?.['traffic'] !== undefined;
}
/**
 * PUT (create or replace) and PATCH (JSON merge patch) of a container app. Everything is checked
 * and the state changed before the first await, so two concurrent writes with the same If-Match
 * cannot both pass. A change to `template` is a revision-scope change and creates a revision;
 * anything else (traffic, ingress, secrets, …) updates the app without one.
 */
async function writeApp(context, name, method) {
    const body = requireObjectBody(await context.body());
    const { store } = context;
    const existing = store.apps.get(name);
    if (method === 'PATCH' && existing === undefined)
        throw resourceNotFound(constants/* CONTAINER_APP_TYPE */.vL, name, store.resourceGroup);
    checkPreconditions(context.headers, existing?.etag);
    if (existing === undefined && (!APP_NAME.test(name) || name.includes('--'))) {
        throw badRequest('ContainerAppInvalidName', `Invalid ContainerApp name '${name}'. A name must consist of lower case alphanumeric characters or '-', start with a letter, end with an alphanumeric character, cannot have '--', and must be at most 32 characters.`);
    }
    const location = stringAt(body['location']);
    if (method === 'PUT' && (location === undefined || location === ''))
        throw badRequest('LocationRequired', 'The location property is required for this definition.');
    if (location !== undefined && location !== '') {
        const expected = existing?.location ?? store.location;
        if (!sameLocation(location, expected)) {
            throw badRequest('InvalidResourceLocation', existing !== undefined
                ? `The resource '${name}' already exists in location '${existing.location}' in resource group '${store.resourceGroup}'. A resource with the same name cannot be created in location '${location}'. Please select a new resource name.`
                : `The container app must be in the location of its managed environment, '${store.location}' (got '${location}').`);
        }
    }
    const written = writableAppProperties(body['properties']);
    const spec = canonicalSpec((method === 'PUT' || existing === undefined ? written : mergePatch(existing.spec, written)));
    if (spec['environmentId'] === undefined && spec['managedEnvironmentId'] === undefined)
        spec['environmentId'] = store.environmentId;
    normalizeRevisionsMode(spec);
    resolveSecrets(spec, existing?.spec);
    validateTemplate(templateOf(spec), secretNamesOf(spec), { scale: true });
    if (existing?.pendingOperationId !== undefined) {
        throw new ArmError(409, 'ContainerAppOperationInProgress', `Cannot modify container app '${name}' because a previous operation (${existing.pendingOperationId}) is still in progress. Wait for it to finish and retry.`);
    }
    const templateChanged = existing === undefined || !jsonEqual(templateOf(existing.spec), templateOf(spec));
    let suffix;
    if (templateChanged) {
        const requested = stringAt(templateOf(spec)?.['revisionSuffix']);
        if (requested !== undefined && requested !== '') {
            assertValidRevisionSuffix(name, requested);
            if (existing?.revisions.some((revision) => revision.suffix === requested))
                throw duplicateRevisionSuffix(requested);
            suffix = requested;
        }
        else {
            suffix = store.newSuffix(name);
        }
    }
    const newRevisionName = suffix === undefined ? undefined : revisionNameFor(name, suffix);
    const revisions = new Map((existing?.revisions ?? []).map((revision) => [revision.name, revision.active]));
    normalizeTraffic(spec, { app: name, revisions, newRevisionName }, trafficInRequest(body));
    // ── from here on the write is accepted: change state synchronously, then side effects ──
    const stamp = store.stamp(context.principal);
    const app = existing ?? {
        name,
        location: location ?? store.location,
        tags: undefined,
        identity: undefined,
        spec,
        provisioningState: 'InProgress',
        etag: '',
        created: stamp,
        modified: stamp,
        latestRevisionName: undefined,
        latestReadyRevisionName: undefined,
        pendingOperationId: undefined,
        revisions: [],
        pushedTraffic: undefined,
    };
    app.spec = spec;
    if (method === 'PUT' || body['tags'] !== undefined)
        app.tags = objectAt(body['tags']);
    if (method === 'PUT' || body['identity'] !== undefined)
        app.identity = objectAt(body['identity']);
    app.modified = stamp;
    app.etag = store.etagFor(store.appId(name));
    app.provisioningState = 'InProgress';
    store.apps.set(name, app);
    const fault = store.faults.takeProvisioningFailure('app', name);
    const revision = suffix === undefined ? undefined : store.newRevision(name, spec, suffix, store.faults.takeNeverHealthy(name));
    if (revision !== undefined) {
        app.revisions.push(revision);
        app.latestRevisionName = revision.name;
    }
    const failureMessage = (detail) => revision !== undefined ? `Failed to provision revision for container app '${name}'. Error details: ${detail}` : `Failed to update container app '${name}'. Error details: ${detail}`;
    const operation = store.newOperation('app', name, method === 'PUT' ? 'createOrUpdate' : 'update', {
        failure: fault === undefined ? undefined : { code: fault.code ?? 'ContainerAppOperationError', message: fault.message ?? failureMessage('the operation failed (injected by the sandbox).') },
        revisionName: revision?.name,
        executionName: undefined,
    });
    app.pendingOperationId = operation.id;
    if (revision !== undefined && fault === undefined) {
        const error = await store.startInRuntime(app, revision);
        if (error !== undefined && operation.failure === undefined)
            operation.failure = { code: 'ContainerAppOperationError', message: failureMessage(error) };
    }
    const headers = { etag: app.etag, ...acceptedHeaders(context, operation) };
    if (method === 'PATCH')
        return { status: 202, headers };
    return { status: existing === undefined ? 201 : 200, body: await renderApp(store, app), headers };
}

;// CONCATENATED MODULE: ./packages/sandbox/src/arm/jobs.ts








const JOB_NAME = /^[a-z](?:[a-z0-9-]{0,30}[a-z0-9])?$/;
function requireJob(context, name) {
    const job = context.store.jobs.get(name);
    if (job === undefined)
        throw resourceNotFound(constants/* JOB_TYPE */.jp, name, context.store.resourceGroup);
    return job;
}
function getJob(context, name) {
    const job = requireJob(context, name);
    return { status: 200, body: renderJob(context.store, job), headers: { etag: job.etag } };
}
function listJobs(context) {
    return { status: 200, body: { value: [...context.store.jobs.values()].map((job) => renderJob(context.store, job)) } };
}
/** PUT and PATCH of a job: the same LRO shape as apps; jobs have no revisions. */
function writeJob(context, name, method, body) {
    const { store } = context;
    const existing = store.jobs.get(name);
    if (method === 'PATCH' && existing === undefined)
        throw resourceNotFound(constants/* JOB_TYPE */.jp, name, store.resourceGroup);
    checkPreconditions(context.headers, existing?.etag);
    if (existing === undefined && (!JOB_NAME.test(name) || name.includes('--'))) {
        throw badRequest('JobInvalidName', `Invalid job name '${name}'. A name must consist of lower case alphanumeric characters or '-', start with a letter, end with an alphanumeric character, and be at most 32 characters.`);
    }
    const location = stringAt(body['location']);
    if (method === 'PUT' && (location === undefined || location === ''))
        throw badRequest('LocationRequired', 'The location property is required for this definition.');
    if (location !== undefined && location !== '' && !sameLocation(location, existing?.location ?? store.location)) {
        throw badRequest('InvalidResourceLocation', `The job must be in the location '${existing?.location ?? store.location}' (got '${location}').`);
    }
    const written = writableJobProperties(body['properties']);
    const spec = canonicalSpec((method === 'PUT' || existing === undefined ? written : mergePatch(existing.spec, written)));
    if (spec['environmentId'] === undefined)
        spec['environmentId'] = store.environmentId;
    resolveSecrets(spec, existing?.spec);
    validateJobSpec(spec);
    if (existing?.pendingOperationId !== undefined) {
        throw new ArmError(409, 'JobOperationInProgress', `Cannot modify job '${name}' because a previous operation (${existing.pendingOperationId}) is still in progress. Wait for it to finish and retry.`);
    }
    const stamp = store.stamp(context.principal);
    const job = existing ?? {
        name,
        location: location ?? store.location,
        tags: undefined,
        identity: undefined,
        spec,
        provisioningState: 'InProgress',
        etag: '',
        created: stamp,
        modified: stamp,
        pendingOperationId: undefined,
        executions: [],
    };
    job.spec = spec;
    if (method === 'PUT' || body['tags'] !== undefined)
        job.tags = objectAt(body['tags']);
    if (method === 'PUT' || body['identity'] !== undefined)
        job.identity = objectAt(body['identity']);
    job.modified = stamp;
    job.etag = store.etagFor(store.jobId(name));
    job.provisioningState = 'InProgress';
    store.jobs.set(name, job);
    const fault = store.faults.takeProvisioningFailure('job', name);
    const operation = store.newOperation('job', name, method === 'PUT' ? 'createOrUpdate' : 'update', {
        failure: fault === undefined ? undefined : { code: fault.code ?? 'JobOperationError', message: fault.message ?? `Failed to update job '${name}'. Error details: the operation failed (injected by the sandbox).` },
        revisionName: undefined,
        executionName: undefined,
    });
    job.pendingOperationId = operation.id;
    const headers = { etag: job.etag, ...acceptedHeaders(context, operation) };
    if (method === 'PATCH')
        return { status: 202, headers };
    return { status: existing === undefined ? 201 : 200, body: renderJob(store, job), headers };
}
/** The containers an execution runs: the job's, or those the start request overrides. */
function executionTemplate(job, override) {
    const template = templateOf(job.spec);
    const pick = (container) => {
        const picked = {};
        for (const key of ['image', 'name', 'command', 'args', 'env', 'resources'])
            if (container[key] !== undefined)
                picked[key] = cloneJson(container[key]);
        return picked;
    };
    const requested = isJsonObject(override) ? arrayAt(override['containers']) : undefined;
    const containers = requested !== undefined && requested.length > 0 ? requested.filter(isJsonObject).map(pick) : containersOf(template).map(pick);
    const initContainers = (arrayAt((isJsonObject(override) ? override['initContainers'] : undefined) ?? template?.['initContainers']) ?? []).filter(isJsonObject).map(pick);
    return { containers, ...(initContainers.length > 0 ? { initContainers } : {}) };
}
/**
 * POST …/jobs/{job}/start: creates an execution at once and answers 202 with its name and id in
 * the body (JobExecutionBase), plus the LRO headers whose final result carries the same.
 */
async function startJob(context, name) {
    const { store } = context;
    const job = requireJob(context, name);
    const override = await context.body();
    if (override !== undefined && override !== null && !isJsonObject(override))
        throw badRequest('InvalidRequestContent', 'The request content was invalid and could not be deserialized: the body must be a JobExecutionTemplate object.');
    checkPreconditions(context.headers, job.etag);
    if (job.pendingOperationId !== undefined) {
        throw new ArmError(409, 'JobOperationInProgress', `Cannot start job '${name}' while an update (${job.pendingOperationId}) is in progress.`);
    }
    const template = executionTemplate(job, override);
    const image = stringAt(containersOf(template)[0]?.['image']) ?? '';
    if (image === '')
        throw badRequest('JobInvalidTemplate', `Job '${name}' has no container image to run.`);
    const taken = new Set(job.executions.map((execution) => execution.name));
    let executionName = '';
    do
        executionName = `${name}-${generatedSuffix(`${name}:execution:${store.nextSequence()}`)}`;
    while (taken.has(executionName));
    const timing = store.faults.lroTiming;
    const now = store.now();
    const execution = {
        name: executionName,
        template,
        image,
        startedAt: now,
        endedAt: undefined,
        status: 'Running',
        willFail: store.faults.takeExecutionFailure(name),
        observations: 0,
        inProgressPolls: timing.inProgressPolls,
        notBefore: now + timing.durationMs,
        runtimeResult: undefined,
        runtimeError: undefined,
    };
    job.executions.push(execution);
    if (store.runtime !== undefined && !execution.willFail) {
        // The sandbox runtime also takes the container's env and the job's replicaTimeout; a plain
        // RevisionRuntime ignores the extra argument.
        const runner = store.runtime;
        const replicaTimeout = objectAt(job.spec['configuration'])?.['replicaTimeout'];
        const env = { ...store.resolveEnv(job.spec, containersOf(template)[0]), CONTAINER_APP_JOB_NAME: name, CONTAINER_APP_JOB_EXECUTION_NAME: executionName };
        runner.runJob(name, executionName, image, { env, ...(typeof replicaTimeout === 'number' ? { timeoutMs: replicaTimeout * 1000 } : {}) }).then((result) => {
            execution.runtimeResult = result;
        }, (error) => {
            execution.runtimeResult = 'Failed';
            execution.runtimeError = error.message;
        });
    }
    const operation = store.newOperation('job', name, 'start', { failure: undefined, revisionName: undefined, executionName });
    return { status: 202, body: { name: executionName, id: executionId(store, name, executionName) }, headers: acceptedHeaders(context, operation) };
}
function listExecutions(context, name) {
    const job = requireJob(context, name);
    const newestFirst = [...job.executions].reverse();
    return { status: 200, body: { value: newestFirst.map((execution) => renderExecution(context.store, job, execution)) } };
}
function getExecution(context, name, executionName) {
    const job = requireJob(context, name);
    const execution = job.executions.find((candidate) => candidate.name === executionName);
    if (execution === undefined)
        throw resourceNotFound(constants/* JOB_EXECUTION_TYPE */.SZ, `${name}/${executionName}`, context.store.resourceGroup);
    return { status: 200, body: renderExecution(context.store, job, execution) };
}
async function writeJobRequest(context, name, method) {
    return writeJob(context, name, method, requireObjectBody(await context.body()));
}

;// CONCATENATED MODULE: ./packages/sandbox/src/arm/revisions.ts






function requireRevision(context, app, name) {
    const revision = app.revisions.find((candidate) => candidate.name === name);
    if (revision === undefined)
        throw resourceNotFound(`${constants/* REVISION_TYPE */.bz}`, `${app.name}/${name}`, context.store.resourceGroup);
    return revision;
}
async function listRevisions(context, appName) {
    const app = requireApp(context, appName);
    const value = [];
    for (const revision of app.revisions)
        value.push(await renderRevision(context.store, app, revision));
    return { status: 200, body: { value } };
}
async function getRevision(context, appName, name) {
    const app = requireApp(context, appName);
    return { status: 200, body: await renderRevision(context.store, app, requireRevision(context, app, name)) };
}
/**
 * activate / deactivate / restart answer 200 with no body, as the service does. The rules that
 * protect live traffic are the service's: a revision that still gets traffic cannot be
 * deactivated, and in Single mode only the latest revision may be active.
 */
async function revisionAction(context, appName, name, action) {
    const { store } = context;
    const app = requireApp(context, appName);
    const revision = requireRevision(context, app, name);
    if (revision.provisioning !== 'Provisioned') {
        throw new ArmError(409, 'ContainerAppRevisionNotProvisioned', `Revision '${name}' is ${revision.provisioning.toLowerCase()}; it can be ${action}d only once it is provisioned.`);
    }
    if (action === 'activate') {
        if (revisionsModeOf(app.spec) === 'Single' && name !== app.latestRevisionName) {
            throw badRequest('ContainerAppRevisionActivationNotAllowed', `Container app '${appName}' is in Single revision mode, where only the latest revision is active. Switch configuration.activeRevisionsMode to 'Multiple' to activate '${name}'.`);
        }
        await store.activate(app, revision);
    }
    else if (action === 'deactivate') {
        const weight = trafficWeightOf(app, name);
        if (weight > 0) {
            throw badRequest('ContainerAppRevisionHasTraffic', `Revision '${name}' receives ${weight}% of the traffic of container app '${appName}' and cannot be deactivated. Move its traffic to another revision first.`);
        }
        await store.deactivate(app, revision);
    }
    else {
        if (!revision.active)
            throw badRequest('ContainerAppRevisionInactive', `Revision '${name}' is inactive; activate it before restarting it.`);
        await store.restart(app, revision);
    }
    await store.reconcileApp(app);
    return { status: 200 };
}

;// CONCATENATED MODULE: ./packages/sandbox/src/arm/routes.ts
const OPERATION_COLLECTIONS = {
    containerappoperationstatuses: { family: 'app', view: 'status' },
    containerappoperationresults: { family: 'app', view: 'result' },
    containerappsjoboperationstatuses: { family: 'job', view: 'status' },
    containerappsjoboperationresults: { family: 'job', view: 'result' },
};
function is(segment, expected) {
    return segment !== undefined && segment.toLowerCase() === expected.toLowerCase();
}
/** Parses `pathname`; undefined when it is not an ARM path this API serves (another handler may). */
function parseArmRoute(pathname) {
    let parts;
    try {
        parts = pathname.split('/').filter((part) => part !== '').map((part) => decodeURIComponent(part));
    }
    catch {
        return undefined;
    }
    if (!is(parts[0], 'subscriptions') || parts[1] === undefined)
        return undefined;
    const subscription = parts[1];
    if (parts.length === 2)
        return { kind: 'subscription', subscription };
    let rest = parts.slice(2);
    let resourceGroup;
    if (is(rest[0], 'resourceGroups')) {
        if (rest[1] === undefined)
            return undefined;
        resourceGroup = rest[1];
        if (rest.length === 2)
            return { kind: 'resourceGroup', subscription, resourceGroup };
        rest = rest.slice(2);
    }
    if (!is(rest[0], 'providers'))
        return undefined;
    if (!is(rest[1], 'Microsoft.App'))
        return undefined;
    const [collection, name, child, childName, action, ...extra] = rest.slice(2);
    const unsupported = { kind: 'unsupported', subscription, resourceType: `Microsoft.App/${rest.slice(2).filter((_, index) => index % 2 === 0).join('/')}` };
    if (resourceGroup === undefined) {
        if (is(collection, 'locations') && name !== undefined && child !== undefined && childName !== undefined && action === undefined) {
            const kind = OPERATION_COLLECTIONS[child.toLowerCase()];
            if (kind !== undefined)
                return { kind: 'operation', subscription, location: name, ...kind, id: childName };
        }
        if (name === undefined && is(collection, 'containerApps'))
            return { kind: 'apps', subscription, resourceGroup: undefined };
        if (name === undefined && is(collection, 'jobs'))
            return { kind: 'jobs', subscription, resourceGroup: undefined };
        return unsupported;
    }
    if (extra.length > 0)
        return unsupported;
    if (is(collection, 'containerApps')) {
        if (name === undefined)
            return { kind: 'apps', subscription, resourceGroup };
        const app = name;
        if (child === undefined)
            return { kind: 'app', subscription, resourceGroup, app };
        if (is(child, 'listSecrets') && childName === undefined)
            return { kind: 'appSecrets', subscription, resourceGroup, app };
        if (is(child, 'revisions')) {
            if (childName === undefined)
                return { kind: 'revisions', subscription, resourceGroup, app };
            if (action === undefined)
                return { kind: 'revision', subscription, resourceGroup, app, revision: childName };
            const verb = action.toLowerCase();
            if (verb === 'activate' || verb === 'deactivate' || verb === 'restart')
                return { kind: 'revisionAction', subscription, resourceGroup, app, revision: childName, action: verb };
        }
        return unsupported;
    }
    if (is(collection, 'jobs')) {
        if (name === undefined)
            return { kind: 'jobs', subscription, resourceGroup };
        const job = name;
        if (child === undefined)
            return { kind: 'job', subscription, resourceGroup, job };
        if (is(child, 'start') && childName === undefined)
            return { kind: 'jobStart', subscription, resourceGroup, job };
        if (is(child, 'executions') && action === undefined) {
            return childName === undefined ? { kind: 'executions', subscription, resourceGroup, job } : { kind: 'execution', subscription, resourceGroup, job, execution: childName };
        }
    }
    return unsupported;
}

;// CONCATENATED MODULE: ./packages/sandbox/src/arm/handler.ts








const API_VERSION_FORMAT = /^\d{4}-\d{2}-\d{2}(-preview)?$/;
function resourceTypeOf(route) {
    switch (route.kind) {
        case 'apps':
        case 'app':
        case 'appSecrets':
            return 'containerApps';
        case 'revisions':
        case 'revision':
        case 'revisionAction':
            return 'containerApps/revisions';
        case 'jobs':
        case 'job':
        case 'jobStart':
            return 'jobs';
        case 'executions':
        case 'execution':
            return 'jobs/executions';
        case 'operation':
            return route.family === 'app' ? 'locations/containerappOperationStatuses' : 'locations/containerappsjobOperationStatuses';
        default:
            return route.kind;
    }
}
/** The resource id the authorizer is asked about (an operation is authorised as its resource). */
function resourceIdOf(store, route) {
    const subscription = `/subscriptions/${route.subscription}`;
    const group = 'resourceGroup' in route && route.resourceGroup !== undefined ? `${subscription}/resourceGroups/${route.resourceGroup}` : subscription;
    const provider = `${group}/providers/Microsoft.App`;
    switch (route.kind) {
        case 'subscription':
            return subscription;
        case 'resourceGroup':
            return group;
        case 'apps':
            return `${provider}/containerApps`;
        case 'app':
            return `${provider}/containerApps/${route.app}`;
        case 'appSecrets':
            return `${provider}/containerApps/${route.app}`;
        case 'revisions':
            return `${provider}/containerApps/${route.app}/revisions`;
        case 'revision':
        case 'revisionAction':
            return `${provider}/containerApps/${route.app}/revisions/${route.revision}`;
        case 'jobs':
            return `${provider}/jobs`;
        case 'job':
        case 'jobStart':
            return `${provider}/jobs/${route.job}`;
        case 'executions':
            return `${provider}/jobs/${route.job}/executions`;
        case 'execution':
            return `${provider}/jobs/${route.job}/executions/${route.execution}`;
        case 'operation': {
            const operation = store.operations.get(route.id);
            if (operation === undefined)
                return `${subscription}/providers/Microsoft.App/locations/${route.location}`;
            return operation.kind === 'app' ? store.appId(operation.target) : store.jobId(operation.target);
        }
        case 'unsupported':
            return `${subscription}/providers/${route.resourceType}`;
    }
}
/** Every POST counts as a write: listSecrets needs Contributor, as the real action does. */
function accessFor(method) {
    return method === 'GET' || method === 'HEAD' ? 'read' : 'write';
}
function methodNotAllowed(method) {
    return new ArmError(405, 'MethodNotAllowed', `The requested resource does not support http method '${method}'.`);
}
/** Reading a resource (or polling its operation) is what moves its operation on. */
function observe(store, route) {
    switch (route.kind) {
        case 'operation': {
            const operation = store.operations.get(route.id);
            if (operation !== undefined)
                store.observeOperation(operation);
            return;
        }
        case 'apps':
            for (const name of store.apps.keys())
                store.observeApp(name);
            return;
        case 'app':
        case 'appSecrets':
        case 'revisions':
        case 'revision':
        case 'revisionAction':
            store.observeApp(route.app);
            return;
        case 'jobs':
            for (const name of store.jobs.keys())
                store.observeJob(name);
            return;
        case 'job':
        case 'jobStart':
        case 'executions':
        case 'execution':
            store.observeJob(route.job);
            return;
        default:
            return;
    }
}
async function dispatch(context, route) {
    const { method, store } = context;
    const only = (allowed, reply) => {
        if (method !== allowed)
            throw methodNotAllowed(method);
        return reply();
    };
    switch (route.kind) {
        case 'subscription':
            return only('GET', () => ({
                status: 200,
                body: { id: `/subscriptions/${store.subscriptionId}`, subscriptionId: store.subscriptionId, displayName: 'deploy-kit sandbox', state: 'Enabled', tenantId: '' },
            }));
        case 'resourceGroup':
            return only('GET', () => ({
                status: 200,
                body: { id: store.resourceGroupId, name: store.resourceGroup, type: 'Microsoft.Resources/resourceGroups', location: store.location.replace(/\s+/g, '').toLowerCase(), properties: { provisioningState: 'Succeeded' } },
            }));
        case 'operation': {
            const operation = findOperation(context, route.family, route.id);
            return only('GET', () => (route.view === 'status' ? operationStatus(context, operation) : operationResult(context, operation)));
        }
        case 'apps':
            return only('GET', () => listApps(context));
        case 'app':
            if (method === 'GET')
                return getApp(context, route.app);
            if (method === 'PUT' || method === 'PATCH')
                return writeApp(context, route.app, method);
            throw methodNotAllowed(method);
        case 'appSecrets':
            return only('POST', () => listAppSecrets(context, route.app));
        case 'revisions':
            return only('GET', () => listRevisions(context, route.app));
        case 'revision':
            return only('GET', () => getRevision(context, route.app, route.revision));
        case 'revisionAction':
            return only('POST', () => revisionAction(context, route.app, route.revision, route.action));
        case 'jobs':
            return only('GET', () => listJobs(context));
        case 'job':
            if (method === 'GET')
                return getJob(context, route.job);
            if (method === 'PUT' || method === 'PATCH')
                return writeJobRequest(context, route.job, method);
            throw methodNotAllowed(method);
        case 'jobStart':
            return only('POST', () => startJob(context, route.job));
        case 'executions':
            return only('GET', () => listExecutions(context, route.job));
        case 'execution':
            return only('GET', () => getExecution(context, route.job, route.execution));
        case 'unsupported':
            throw badRequest('InvalidResourceType', `The resource type '${route.resourceType}' could not be found in the namespace 'Microsoft.App' for api version '${context.apiVersion}'. The sandbox serves containerApps (with revisions), jobs (with executions) and their operation statuses.`);
    }
}
function checkApiVersion(store, route, apiVersion, accepted) {
    if (apiVersion === null || apiVersion === '') {
        throw badRequest('MissingApiVersionParameter', 'The api-version query parameter (?api-version=) is required for all requests.');
    }
    if (!API_VERSION_FORMAT.test(apiVersion)) {
        throw badRequest('InvalidApiVersionParameter', `The api-version '${apiVersion}' is invalid. The supported versions are '${accepted.join(',')}'.`);
    }
    // Subscription and resource-group reads belong to Microsoft.Resources, which takes many versions.
    if (route.kind === 'subscription' || route.kind === 'resourceGroup')
        return apiVersion;
    if (!accepted.includes(apiVersion)) {
        throw badRequest('NoRegisteredProviderFound', `No registered resource provider found for location '${locationSlug(store.location)}' and API version '${apiVersion}' for type '${resourceTypeOf(route)}'. The supported api-versions are '${accepted.join(', ')}'.`);
    }
    return apiVersion;
}
/**
 * The Container Apps ARM endpoint: routes Microsoft.App requests (plus subscription and
 * resource-group reads) through injected transport faults, api-version and scope checks, the
 * authorizer, operation progress, and the resource handlers; answers ARM-shaped JSON.
 */
function createArmHandler(options) {
    const { store, log } = options;
    return async (req, res, url) => {
        const route = parseArmRoute(url.pathname);
        if (route === undefined)
            return false;
        const method = (req.method ?? 'GET').toUpperCase();
        const apiVersion = url.searchParams.get('api-version');
        const record = log.begin(method, url.pathname, apiVersion ?? undefined);
        const budget = log.spend(method);
        const baseHeaders = {
            'cache-control': 'no-cache',
            'x-ms-request-id': log.requestId(record),
            'x-ms-correlation-request-id': headerValue(req, 'x-ms-correlation-request-id') ?? log.requestId(record),
            [budget.header]: String(budget.remaining),
        };
        const clientRequestId = headerValue(req, 'x-ms-client-request-id');
        if (clientRequestId !== undefined)
            baseHeaders['x-ms-client-request-id'] = clientRequestId;
        if (store.faults.latencyMs > 0)
            await options.sleep(store.faults.latencyMs);
        const fault = store.faults.takeRequestFault(method, url.pathname, ['drop', 'server-error']);
        if (fault?.kind === 'drop') {
            record.fault = 'dropped';
            record.status = 0;
            req.socket.destroy();
            return true;
        }
        try {
            // A failing front door answers before anything else looks at the request.
            if (fault?.kind === 'server-error') {
                record.fault = 'server-error';
                throw new ArmError(fault.status, fault.status === 503 ? 'ServiceUnavailable' : 'InternalServerError', 'The service encountered an internal error (injected by the sandbox). Please retry the request.');
            }
            const auth = options.authorizer.authorize(req.headers.authorization, resourceIdOf(store, route), accessFor(method));
            if (!auth.ok) {
                const headers = auth.status === 401 ? { 'www-authenticate': 'Bearer authorization_uri="https://login.microsoftonline.com/common", error="invalid_token", error_description="The access token is missing, invalid or expired"' } : {};
                throw new ArmError(auth.status, auth.code, auth.message, { headers });
            }
            // ARM throttles per caller, so only an authenticated request spends (or is refused) budget.
            const throttle = store.faults.takeRequestFault(method, url.pathname, ['throttle']);
            if (throttle?.kind === 'throttle') {
                record.fault = 'throttled';
                const seconds = throttle.retryAfterSeconds;
                throw new ArmError(429, 'SubscriptionRequestsThrottled', `Number of '${accessFor(method)}' requests for subscription '${store.subscriptionId}' actor '${auth.principalId}' exceeded. Please try again after '${seconds}' seconds after additional tokens are available. Refer to https://aka.ms/arm-throttling for additional information.`, { headers: { 'retry-after': String(seconds), [budget.header]: '0' } });
            }
            const version = checkApiVersion(store, route, apiVersion, options.apiVersions);
            if (route.subscription !== store.subscriptionId)
                throw new ArmError(404, 'SubscriptionNotFound', `The subscription '${route.subscription}' could not be found.`);
            if ('resourceGroup' in route && route.resourceGroup !== undefined && route.resourceGroup.toLowerCase() !== store.resourceGroup.toLowerCase()) {
                throw new ArmError(404, 'ResourceGroupNotFound', `Resource group '${route.resourceGroup}' could not be found.`);
            }
            observe(store, route);
            await store.reconcileAll();
            let body;
            const context = {
                store,
                method,
                headers: req.headers,
                baseUrl: `https://${req.headers.host ?? 'localhost'}`,
                apiVersion: version,
                principal: auth.clientId,
                pollRetryAfterSeconds: options.pollRetryAfterSeconds,
                body: () => (body ??= readJsonBody(req)),
            };
            const reply = await dispatch(context, route);
            send(res, record, reply.status, reply.body, { ...baseHeaders, ...reply.headers });
        }
        catch (error) {
            if (error instanceof ArmError) {
                send(res, record, error.status, error.toBody(), { ...baseHeaders, ...error.headers });
                return true;
            }
            send(res, record, 500, { error: { code: 'InternalServerError', message: `The sandbox failed to handle the request: ${error.message}` } }, baseHeaders);
        }
        return true;
    };
}
function headerValue(req, name) {
    const value = req.headers[name];
    return Array.isArray(value) ? value[0] : value;
}
async function readJsonBody(req) {
    const raw = await (0,http/* readBody */.x8)(req);
    if (raw.length === 0)
        return undefined;
    try {
        return JSON.parse(raw.toString('utf8'));
    }
    catch (error) {
        throw badRequest('InvalidRequestContent', `The request content was invalid and could not be deserialized: ${error.message}`);
    }
}
function send(res, record, status, body, headers) {
    record.status = status;
    if (res.headersSent)
        return;
    if (body === undefined) {
        res.writeHead(status, { ...headers, 'content-length': '0' });
        res.end();
        return;
    }
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)), ...headers });
    res.end(text);
}

;// CONCATENATED MODULE: ./packages/sandbox/src/arm/request-log.ts


/** The request log and ARM's per-subscription read/write budgets (for the ratelimit headers). */
class RequestLog {
    #records = [];
    #sequence = 0;
    #readsRemaining = constants/* RATE_LIMIT_READS */.bN;
    #writesRemaining = constants/* RATE_LIMIT_WRITES */.ug;
    begin(method, path, apiVersion) {
        this.#sequence += 1;
        const record = { seq: this.#sequence, method, path, apiVersion, status: 0, fault: undefined };
        this.#records.push(record);
        return record;
    }
    requestId(record) {
        return deterministicGuid(`request:${record.seq}`);
    }
    /** Spends one read (GET) or write (anything else) and answers what is left. */
    spend(method) {
        if (method === 'GET') {
            this.#readsRemaining = Math.max(0, this.#readsRemaining - 1);
            return { header: 'x-ms-ratelimit-remaining-subscription-reads', remaining: this.#readsRemaining };
        }
        this.#writesRemaining = Math.max(0, this.#writesRemaining - 1);
        return { header: 'x-ms-ratelimit-remaining-subscription-writes', remaining: this.#writesRemaining };
    }
    get records() {
        return this.#records.map((record) => ({ ...record }));
    }
    get count() {
        return this.#records.length;
    }
    clear() {
        this.#records = [];
        this.#readsRemaining = constants/* RATE_LIMIT_READS */.bN;
        this.#writesRemaining = constants/* RATE_LIMIT_WRITES */.ug;
    }
}

;// CONCATENATED MODULE: ./packages/sandbox/src/arm/seed.ts
/** Placeholders for callers that do not care which image runs (the composer passes registry refs). */
const PLACEHOLDER_IMAGES = {
    api: 'registry.sandbox.localhost/shop/api:1.0.0',
    web: 'registry.sandbox.localhost/shop/web:1.0.0',
    migrate: 'registry.sandbox.localhost/shop/api:1.0.0',
};
/**
 * Seed 003's production shape: `api` and `web` in Single revision mode with external ingress and
 * one warm replica, and the manual `migrate` job (which runs the API image). The env, secret and
 * probes are there so a deploy can be checked for preserving every field it should not touch.
 */
function defaultArmSeed(images = PLACEHOLDER_IMAGES) {
    return {
        apps: [
            {
                name: 'api',
                image: images.api,
                minReplicas: 1,
                maxReplicas: 3,
                env: [
                    { name: 'APP_ENV', value: 'production' },
                    { name: 'AUTH_AUDIENCE', value: 'api://compass-api' },
                    { name: 'DATABASE_PASSWORD', secretRef: 'database-password' },
                ],
                secrets: [{ name: 'database-password', value: 'sandbox-not-a-real-password' }],
            },
            { name: 'web', image: images.web, minReplicas: 1, maxReplicas: 3, env: [{ name: 'APP_ENV', value: 'production' }] },
        ],
        jobs: [{ name: 'migrate', image: images.migrate, replicaTimeout: 1800 }],
    };
}
function seedAppProperties(app, environmentId) {
    if (app.properties !== undefined)
        return structuredClone(app.properties);
    const port = app.targetPort ?? 8080;
    const probe = (type, path) => ({ type, httpGet: { path, port }, periodSeconds: 10, failureThreshold: 3 });
    return {
        environmentId,
        managedEnvironmentId: environmentId,
        workloadProfileName: 'Consumption',
        configuration: {
            activeRevisionsMode: app.activeRevisionsMode ?? 'Single',
            maxInactiveRevisions: 100,
            secrets: (app.secrets ?? []).map((secret) => ({ ...secret })),
            ingress: {
                external: app.external ?? true,
                targetPort: port,
                transport: 'Auto',
                allowInsecure: false,
                traffic: [{ weight: 100, latestRevision: true }],
            },
        },
        template: {
            containers: [
                {
                    name: app.name,
                    image: app.image,
                    resources: { cpu: 0.5, memory: '1Gi' },
                    env: (app.env ?? []).map((variable) => ({ ...variable })),
                    probes: [probe('Liveness', '/health'), probe('Readiness', '/ready')],
                },
            ],
            scale: { minReplicas: app.minReplicas ?? 1, maxReplicas: app.maxReplicas ?? 10 },
        },
    };
}
function seedJobProperties(job, environmentId) {
    if (job.properties !== undefined)
        return structuredClone(job.properties);
    return {
        environmentId,
        workloadProfileName: 'Consumption',
        configuration: {
            triggerType: 'Manual',
            replicaTimeout: job.replicaTimeout ?? 1800,
            replicaRetryLimit: 0,
            manualTriggerConfig: { replicaCompletionCount: 1, parallelism: 1 },
            secrets: [],
        },
        template: { containers: [{ name: job.name, image: job.image, resources: { cpu: 0.5, memory: '1Gi' } }] },
    };
}

;// CONCATENATED MODULE: ./packages/sandbox/src/arm/store.ts








const SEED_PRINCIPAL = 'deploy-kit-sandbox';
/**
 * The sandbox's Container Apps state and its lifecycle rules: long-running operations that
 * progress as they are observed (polled, or their resource read), revisions whose readiness
 * comes from the runtime (or is simulated), Single-mode cut-over once the new revision is ready,
 * and traffic pushed to the runtime whenever where it goes changes.
 */
class ArmStore {
    subscriptionId;
    resourceGroup;
    location;
    environmentDomain;
    environmentId;
    clock;
    runtime;
    faults;
    apps = new Map();
    jobs = new Map();
    operations = new Map();
    #sequence = 0;
    constructor(options) {
        this.subscriptionId = options.subscriptionId;
        this.resourceGroup = options.resourceGroup;
        this.location = options.location;
        this.environmentDomain = options.environmentDomain;
        this.clock = options.clock;
        this.runtime = options.runtime;
        this.faults = options.faults;
        this.environmentId = `${this.resourceGroupId}/providers/${constants/* PROVIDER */.Su}/managedEnvironments/${options.environmentName}`;
    }
    get resourceGroupId() {
        return `/subscriptions/${this.subscriptionId}/resourceGroups/${this.resourceGroup}`;
    }
    appId(name) {
        return `${this.resourceGroupId}/providers/${constants/* CONTAINER_APP_TYPE */.vL}/${name}`;
    }
    jobId(name) {
        return `${this.resourceGroupId}/providers/${constants/* JOB_TYPE */.jp}/${name}`;
    }
    nextSequence() {
        this.#sequence += 1;
        return this.#sequence;
    }
    now() {
        return this.clock();
    }
    stamp(principal) {
        return { at: this.clock(), by: principal };
    }
    etagFor(resourceId) {
        return newEtag(resourceId, this.nextSequence());
    }
    newSuffix(app) {
        const taken = new Set(this.apps.get(app)?.revisions.map((revision) => revision.suffix) ?? []);
        for (let attempt = 0; attempt < 100; attempt += 1) {
            const suffix = generatedSuffix(`${app}:${this.nextSequence()}`);
            if (!taken.has(suffix))
                return suffix;
        }
        throw new Error(`could not generate a free revision suffix for ${app}`);
    }
    // ── seeding ────────────────────────────────────────────────────────────────────────────────
    /** Replaces all state with `seed`: every app gets one running revision, every job none. */
    async load(seed) {
        await this.#stopEverything();
        this.apps.clear();
        this.jobs.clear();
        this.operations.clear();
        this.#sequence = 0;
        const created = this.stamp(SEED_PRINCIPAL);
        for (const seedApp of seed.apps) {
            const spec = canonicalSpec(seedAppProperties(seedApp, this.environmentId));
            normalizeRevisionsMode(spec);
            resolveSecrets(spec, undefined);
            validateTemplate(templateOf(spec), secretNamesOf(spec), { scale: true });
            const requested = stringAt(templateOf(spec)?.['revisionSuffix']);
            if (requested)
                assertValidRevisionSuffix(seedApp.name, requested);
            const suffix = requested || this.newSuffix(seedApp.name);
            const revisionName = revisionNameFor(seedApp.name, suffix);
            normalizeTraffic(spec, { app: seedApp.name, revisions: new Map(), newRevisionName: revisionName }, true);
            const revision = this.newRevision(seedApp.name, spec, suffix, false);
            revision.provisioning = 'Provisioned';
            this.apps.set(seedApp.name, {
                name: seedApp.name,
                location: this.location,
                tags: undefined,
                identity: undefined,
                spec,
                provisioningState: 'Succeeded',
                etag: this.etagFor(this.appId(seedApp.name)),
                created,
                modified: created,
                latestRevisionName: revision.name,
                latestReadyRevisionName: revision.name,
                pendingOperationId: undefined,
                revisions: [revision],
                pushedTraffic: undefined,
            });
        }
        for (const seedJob of seed.jobs) {
            const spec = canonicalSpec(seedJobProperties(seedJob, this.environmentId));
            resolveSecrets(spec, undefined);
            validateJobSpec(spec);
            this.jobs.set(seedJob.name, {
                name: seedJob.name,
                location: this.location,
                tags: undefined,
                identity: undefined,
                spec,
                provisioningState: 'Succeeded',
                etag: this.etagFor(this.jobId(seedJob.name)),
                created,
                modified: created,
                pendingOperationId: undefined,
                executions: [],
            });
        }
        if (this.runtime !== undefined) {
            for (const app of this.apps.values()) {
                const error = await this.startInRuntime(app, app.revisions[0]);
                if (error !== undefined)
                    throw new Error(`the sandbox runtime could not start seeded revision ${app.revisions[0].name}: ${error}`);
            }
        }
        await this.reconcileAll();
    }
    async #stopEverything() {
        if (this.runtime === undefined)
            return;
        for (const app of this.apps.values()) {
            for (const revision of app.revisions)
                if (revision.active && revision.provisioning !== 'Failed')
                    await this.runtime.stopRevision(app.name, revision.name);
        }
    }
    // ── revisions ──────────────────────────────────────────────────────────────────────────────
    /** A revision record for the app's current template (not yet added to the app). */
    newRevision(app, spec, suffix, neverHealthy) {
        const template = cloneJson(templateOf(spec) ?? {});
        const container = containersOf(template)[0];
        return {
            name: revisionNameFor(app, suffix),
            suffix,
            template,
            image: stringAt(container?.['image']) ?? '',
            env: this.resolveEnv(spec, container),
            createdAt: this.clock(),
            lastActiveAt: undefined,
            active: true,
            provisioning: 'Provisioning',
            provisioningError: undefined,
            neverHealthy,
        };
    }
    /** A container's environment as its process sees it: values, and secret references resolved. */
    resolveEnv(spec, container) {
        const secrets = new Map();
        for (const secret of configurationOf(spec)?.['secrets'] ?? []) {
            if (isJsonObject(secret) && typeof secret['name'] === 'string' && typeof secret['value'] === 'string')
                secrets.set(secret['name'], secret['value']);
        }
        const env = {};
        for (const variable of container?.['env'] ?? []) {
            if (!isJsonObject(variable) || typeof variable['name'] !== 'string')
                continue;
            const value = typeof variable['secretRef'] === 'string' ? secrets.get(variable['secretRef']) : stringAt(variable['value']);
            if (value !== undefined)
                env[variable['name']] = value;
        }
        return env;
    }
    /** Starts the revision's process; answers the error text when the runtime refuses. */
    async startInRuntime(app, revision) {
        if (this.runtime === undefined)
            return undefined;
        // The variables Container Apps injects into every replica.
        const env = {
            ...revision.env,
            CONTAINER_APP_NAME: app.name,
            CONTAINER_APP_REVISION: revision.name,
            CONTAINER_APP_ENV_DNS_SUFFIX: this.environmentDomain,
        };
        try {
            await this.runtime.startRevision(app.name, revision.name, revision.image, env);
            return undefined;
        }
        catch (error) {
            return error.message;
        }
    }
    revisionStatus(app, revision) {
        if (revision.provisioning === 'Provisioning')
            return { health: 'None', running: 'Processing', replicas: 0 };
        if (revision.provisioning === 'Failed')
            return { health: 'Unhealthy', running: 'Failed', replicas: 0 };
        if (!revision.active)
            return { health: 'None', running: 'Stopped', replicas: 0 };
        if (this.runtime !== undefined) {
            let observed;
            try {
                observed = this.runtime.revisionState(app.name, revision.name);
            }
            catch {
                observed = { health: 'None', running: 'Processing', replicas: 0 };
            }
            if (revision.neverHealthy)
                return { health: 'Unhealthy', running: observed.running === 'Running' ? 'Degraded' : observed.running, replicas: observed.replicas };
            return observed;
        }
        const replicas = desiredReplicas(revision.template);
        if (revision.neverHealthy)
            return { health: 'Unhealthy', running: 'Degraded', replicas };
        return { health: 'Healthy', running: 'Running', replicas };
    }
    isReady(app, revision) {
        const status = this.revisionStatus(app, revision);
        return status.health === 'Healthy' && status.running === 'Running';
    }
    async deactivate(app, revision) {
        if (!revision.active)
            return;
        revision.active = false;
        revision.lastActiveAt = this.clock();
        if (this.runtime !== undefined && revision.provisioning !== 'Failed')
            await this.runtime.stopRevision(app.name, revision.name);
    }
    async activate(app, revision) {
        if (revision.active)
            return;
        revision.active = true;
        const error = await this.startInRuntime(app, revision);
        if (error !== undefined)
            throw new ArmError(500, 'ContainerAppOperationError', `Failed to activate revision '${revision.name}': ${error}`);
    }
    async restart(app, revision) {
        const error = await this.startInRuntime(app, revision);
        if (error !== undefined)
            throw new ArmError(500, 'ContainerAppOperationError', `Failed to restart revision '${revision.name}': ${error}`);
    }
    // ── long-running operations ────────────────────────────────────────────────────────────────
    newOperation(kind, target, action, details) {
        const timing = this.faults.lroTiming;
        const now = this.clock();
        const operation = {
            id: deterministicGuid(`operation:${this.nextSequence()}`),
            kind,
            target,
            action,
            status: 'InProgress',
            startedAt: now,
            endedAt: undefined,
            inProgressPolls: timing.inProgressPolls,
            observations: 0,
            notBefore: now + timing.durationMs,
            ...details,
        };
        this.operations.set(operation.id, operation);
        return operation;
    }
    /** One look at an operation (a status poll, or a read of its resource) moves it on. */
    observeOperation(operation) {
        if (operation.status !== 'InProgress')
            return;
        operation.observations += 1;
        if (operation.observations > operation.inProgressPolls && this.clock() >= operation.notBefore)
            this.#complete(operation);
    }
    observeApp(name) {
        const pending = this.apps.get(name)?.pendingOperationId;
        const operation = pending === undefined ? undefined : this.operations.get(pending);
        if (operation !== undefined)
            this.observeOperation(operation);
    }
    observeJob(name) {
        const job = this.jobs.get(name);
        if (job === undefined)
            return;
        const operation = job.pendingOperationId === undefined ? undefined : this.operations.get(job.pendingOperationId);
        if (operation !== undefined)
            this.observeOperation(operation);
        for (const execution of job.executions)
            this.observeExecution(execution);
    }
    #complete(operation) {
        const failed = operation.failure !== undefined;
        operation.status = failed ? 'Failed' : 'Succeeded';
        operation.endedAt = this.clock();
        if (operation.kind === 'app') {
            const app = this.apps.get(operation.target);
            if (app === undefined)
                return;
            if (app.pendingOperationId === operation.id) {
                app.provisioningState = operation.status;
                app.pendingOperationId = undefined;
            }
            const revision = app.revisions.find((candidate) => candidate.name === operation.revisionName);
            if (revision !== undefined && revision.provisioning === 'Provisioning') {
                revision.provisioning = failed ? 'Failed' : 'Provisioned';
                revision.provisioningError = operation.failure?.message;
            }
            return;
        }
        const job = this.jobs.get(operation.target);
        if (job !== undefined && job.pendingOperationId === operation.id) {
            job.provisioningState = operation.status;
            job.pendingOperationId = undefined;
        }
    }
    /** Executions finish when the runtime's run resolves, or (simulated) after the LRO timing. */
    observeExecution(execution) {
        if (execution.status !== 'Running')
            return;
        execution.observations += 1;
        const timingDone = execution.observations > execution.inProgressPolls && this.clock() >= execution.notBefore;
        let outcome;
        if (execution.willFail)
            outcome = timingDone ? 'Failed' : undefined;
        else if (this.runtime !== undefined)
            outcome = execution.runtimeResult;
        else
            outcome = timingDone ? 'Succeeded' : undefined;
        if (outcome === undefined)
            return;
        execution.status = outcome;
        execution.endedAt = this.clock();
    }
    // ── reconciliation ─────────────────────────────────────────────────────────────────────────
    async reconcileAll() {
        for (const app of [...this.apps.values()])
            await this.reconcileApp(app);
    }
    /**
     * Brings derived state up to date: the latest revision becomes the latest *ready* one once it
     * is healthy; in Single mode the older revisions are then deactivated (never before, so the old
     * revision keeps serving while the new one starts); traffic changes reach the runtime.
     */
    async reconcileApp(app) {
        const latest = app.revisions.find((revision) => revision.name === app.latestRevisionName);
        if (latest !== undefined && latest.name !== app.latestReadyRevisionName && this.isReady(app, latest))
            app.latestReadyRevisionName = latest.name;
        if (revisionsModeOf(app.spec) === 'Single' && latest !== undefined && app.latestReadyRevisionName === latest.name) {
            for (const revision of app.revisions)
                if (revision !== latest && revision.active)
                    await this.deactivate(app, revision);
        }
        await this.#pushTraffic(app);
    }
    async #pushTraffic(app) {
        if (this.runtime === undefined || ingressOf(app.spec) === undefined)
            return;
        const targets = effectiveTraffic(app);
        const key = JSON.stringify(targets);
        if (key === app.pushedTraffic)
            return;
        app.pushedTraffic = key;
        try {
            await this.runtime.setTraffic(app.name, targets);
        }
        catch (error) {
            app.pushedTraffic = undefined;
            throw error;
        }
    }
    // ── names the outside world sees ───────────────────────────────────────────────────────────
    async appFqdn(app) {
        if (this.runtime !== undefined) {
            try {
                return await this.runtime.appFqdn(app.name);
            }
            catch {
                // fall back to the environment's naming scheme
            }
        }
        return `${app.name}.${this.environmentDomain}`;
    }
    async revisionFqdn(app, revision) {
        if (this.runtime !== undefined && revision.provisioning !== 'Failed') {
            try {
                return await this.runtime.revisionFqdn(app.name, revision.name);
            }
            catch {
                // fall back to the environment's naming scheme
            }
        }
        return `${revision.name}.${this.environmentDomain}`;
    }
}
function desiredReplicas(template) {
    const scale = objectAt(template['scale']);
    const min = typeof scale?.['minReplicas'] === 'number' ? scale['minReplicas'] : 0;
    const max = typeof scale?.['maxReplicas'] === 'number' ? scale['maxReplicas'] : 10;
    return Math.min(Math.max(min, 1), max);
}

;// CONCATENATED MODULE: ./packages/sandbox/src/arm/index.ts











/**
 * The Container Apps (Microsoft.App) ARM API of the sandbox, ready to mount on the sandbox's HTTPS
 * server: `startHttpsServer(credentials, [api.handler, …])`. Resolves once the seeded revisions
 * run (when a runtime is given).
 */
async function createArmApi(options) {
    const faults = new FaultBook({ inProgressPolls: options.lro?.inProgressPolls ?? 1, durationMs: options.lro?.durationMs ?? 0 });
    const store = new ArmStore({
        subscriptionId: options.subscriptionId ?? constants/* SANDBOX_SUBSCRIPTION_ID */.w7,
        resourceGroup: options.resourceGroup ?? constants/* SANDBOX_RESOURCE_GROUP */.uW,
        location: options.location ?? constants/* SANDBOX_LOCATION */.u$,
        environmentName: options.environmentName ?? constants/* SANDBOX_ENVIRONMENT_NAME */.Ab,
        environmentDomain: options.environmentDomain ?? constants/* SANDBOX_ENVIRONMENT_DOMAIN */.Nz,
        clock: options.clock ?? Date.now,
        runtime: options.runtime,
        faults,
    });
    const initialSeed = options.seed ?? defaultArmSeed({ ...PLACEHOLDER_IMAGES, ...options.images });
    const log = new RequestLog();
    const apiVersions = options.apiVersions ?? [constants/* ARM_API_VERSION */.H7];
    await store.load(initialSeed);
    const handler = createArmHandler({
        store,
        authorizer: options.authorizer,
        log,
        apiVersions,
        pollRetryAfterSeconds: options.pollRetryAfterSeconds,
        sleep: options.sleep ?? ((ms) => (0,external_node_timers_promises_.setTimeout)(ms)),
    });
    const state = {
        async read() {
            await store.reconcileAll();
            const revisions = {};
            const apps = [];
            for (const app of store.apps.values()) {
                apps.push(await renderApp(store, app));
                revisions[app.name] = [];
                for (const revision of app.revisions)
                    revisions[app.name].push(await renderRevision(store, app, revision));
            }
            const executions = {};
            for (const job of store.jobs.values())
                executions[job.name] = job.executions.map((execution) => renderExecution(store, job, execution));
            return {
                subscriptionId: store.subscriptionId,
                resourceGroup: store.resourceGroup,
                location: store.location,
                environmentId: store.environmentId,
                apiVersions,
                apps,
                revisions,
                jobs: [...store.jobs.values()].map((job) => renderJob(store, job)),
                executions,
                operations: [...store.operations.values()].map((operation) => ({
                    id: operation.id,
                    kind: operation.kind,
                    target: operation.target,
                    action: operation.action,
                    status: operation.status,
                    startTime: new Date(operation.startedAt).toISOString(),
                    ...(operation.endedAt !== undefined ? { endTime: new Date(operation.endedAt).toISOString() } : {}),
                    ...(operation.failure !== undefined ? { error: { ...operation.failure } } : {}),
                })),
                faults: faults.describe(),
                requests: { count: log.count, log: [...log.records] },
            };
        },
        seed: (seed) => store.load(seed),
        async reset() {
            await store.load(initialSeed);
            log.clear();
        },
        requests: () => log.records,
        get requestCount() {
            return log.count;
        },
        clearRequests: () => log.clear(),
    };
    return {
        handler,
        state,
        faults,
        subscriptionId: store.subscriptionId,
        resourceGroup: store.resourceGroup,
        location: store.location,
        environmentId: store.environmentId,
        apiVersions,
    };
}

// EXTERNAL MODULE: ./packages/sandbox/src/sandbox-admin.ts
var sandbox_admin = __webpack_require__(2402);
// EXTERNAL MODULE: ./packages/sandbox/src/jwt/clock.ts
var jwt_clock = __webpack_require__(9175);
// EXTERNAL MODULE: ./packages/sandbox/src/entra/sandbox-identity.ts + 8 modules
var sandbox_identity = __webpack_require__(2716);
// EXTERNAL MODULE: ./packages/sandbox/src/sandbox-defaults.ts
var sandbox_defaults = __webpack_require__(7015);
;// CONCATENATED MODULE: ./packages/sandbox/src/registry/auth.ts

const ACR_REFRESH_USERNAME = '00000000-0000-0000-0000-000000000000';
const ALL_ACTIONS = ['pull', 'push'];
function safeEqual(a, b) {
    const left = Buffer.from(a);
    const right = Buffer.from(b);
    return left.length === right.length && (0,external_node_crypto_.timingSafeEqual)(left, right);
}
function parseBasic(header) {
    const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
    if (!match)
        return undefined;
    const decoded = Buffer.from(match[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon < 0 ? undefined : { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
function parseBearer(header) {
    return /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
}
/** `repository:shop/api:pull,push` scopes, as the token endpoints receive them. */
function parseScopes(scopes) {
    const wanted = new Map();
    for (const scope of scopes) {
        for (const one of scope.split(' ')) {
            const match = /^repository:([^:]+):([a-z*,]+)$/.exec(one);
            if (!match)
                continue;
            const actions = match[2].split(',').flatMap((a) => (a === '*' ? [...ALL_ACTIONS] : a === 'pull' || a === 'push' ? [a] : []));
            wanted.set(match[1], new Set([...(wanted.get(match[1]) ?? []), ...actions]));
        }
    }
    return wanted;
}
function userAllows(user, repository, action) {
    return (user.actions ?? ALL_ACTIONS).includes(action) && (user.repositories === undefined || user.repositories.includes(repository));
}
/** Checks credentials on registry requests and issues tokens; holds the live tokens. */
class RegistryAuthenticator {
    options;
    #now;
    #tokens = new Map();
    #refreshTokens = new Map();
    constructor(options, now) {
        this.options = options;
        this.#now = now;
    }
    get mode() {
        return this.options.mode;
    }
    reset() {
        this.#tokens.clear();
        this.#refreshTokens.clear();
    }
    #user(username, password) {
        if (this.options.mode !== 'basic' && this.options.mode !== 'bearer')
            return undefined;
        return this.options.users.find((u) => safeEqual(u.username, username) && safeEqual(u.password, password));
    }
    #lifetimeMs() {
        const seconds = this.options.mode === 'bearer' || this.options.mode === 'acr' ? this.options.tokenLifetimeSeconds : undefined;
        return (seconds ?? 300) * 1000;
    }
    /** `repository` undefined: the `/v2/` base endpoint, which only asks "who are you". */
    authorize(authorization, repository, action) {
        switch (this.options.mode) {
            case 'anonymous':
                return { ok: true, subject: undefined };
            case 'basic': {
                const credentials = parseBasic(authorization);
                const user = credentials && this.#user(credentials.username, credentials.password);
                if (!user)
                    return { ok: false, status: 401, code: 'UNAUTHORIZED', message: 'authentication required' };
                if (repository !== undefined && !userAllows(user, repository, action)) {
                    return { ok: false, status: 403, code: 'DENIED', message: 'requested access to the resource is denied' };
                }
                return { ok: true, subject: user.username };
            }
            case 'bearer':
            case 'acr': {
                const token = parseBearer(authorization);
                const grant = token === undefined ? undefined : this.#tokens.get(token);
                if (!grant || grant.expiresAt <= this.#now())
                    return { ok: false, status: 401, code: 'UNAUTHORIZED', message: 'authentication required' };
                if (repository === undefined)
                    return { ok: true, subject: grant.subject };
                const actions = grant.access.get(repository);
                if (actions?.has(action))
                    return { ok: true, subject: grant.subject };
                // Asked for this repository and refused: an authenticated caller is denied, an anonymous one must authenticate.
                if (actions !== undefined && grant.subject !== undefined) {
                    return { ok: false, status: 403, code: 'DENIED', message: 'requested access to the resource is denied' };
                }
                return { ok: false, status: 401, code: 'UNAUTHORIZED', message: 'authentication required' };
            }
        }
    }
    /** The `WWW-Authenticate` value of a 401, for a registry reachable at `origin` (https://host:port). */
    challenge(origin, service, repository, action) {
        if (this.options.mode === 'basic')
            return 'Basic realm="deploy-kit sandbox registry"';
        const realm = this.options.mode === 'acr' ? `${origin}/oauth2/token` : `${origin}/token`;
        const scope = repository === undefined ? '' : `,scope="repository:${repository}:${action === 'push' ? 'pull,push' : 'pull'}"`;
        return `Bearer realm="${realm}",service="${service}"${scope}`;
    }
    #issue(subject, access) {
        const token = (0,external_node_crypto_.randomBytes)(32).toString('base64url');
        const lifetime = this.#lifetimeMs();
        this.#tokens.set(token, { subject, access, expiresAt: this.#now() + lifetime });
        return { token, expiresIn: Math.floor(lifetime / 1000) };
    }
    /**
     * Docker token endpoint (bearer mode): Basic credentials (or none, when anonymous pulls are on)
     * → a token granting the requested scopes the user is allowed. Wrong credentials → undefined.
     */
    issueBearerToken(authorization, scopes) {
        if (this.options.mode !== 'bearer')
            return undefined;
        const credentials = parseBasic(authorization);
        const user = credentials && this.#user(credentials.username, credentials.password);
        if (credentials && !user)
            return undefined;
        if (!user && !this.options.anonymousPull && authorization !== undefined)
            return undefined;
        const granted = new Map();
        for (const [repository, actions] of parseScopes(scopes)) {
            const allowed = [...actions].filter((action) => (user ? userAllows(user, repository, action) : this.options.mode === 'bearer' && this.options.anonymousPull === true && action === 'pull'));
            granted.set(repository, new Set(allowed));
        }
        return this.#issue(user?.username, granted);
    }
    /** ACR `/oauth2/exchange`: an Azure AD access token → a registry refresh token. */
    async exchangeAadToken(aadToken) {
        if (this.options.mode !== 'acr')
            return { ok: false, reason: 'this registry does not accept Azure AD tokens' };
        const verdict = await this.options.verifyAadToken(aadToken);
        if (!verdict.ok)
            return verdict;
        const refreshToken = (0,external_node_crypto_.randomBytes)(32).toString('base64url');
        // ACR refresh tokens live about three hours.
        this.#refreshTokens.set(refreshToken, { subject: verdict.subject, actions: verdict.actions ?? ALL_ACTIONS, expiresAt: this.#now() + 3 * 3600_000 });
        return { ok: true, refreshToken };
    }
    /** ACR `/oauth2/token`: a refresh token (from the exchange) → a scoped access token. */
    issueAcrAccessToken(refreshToken, scopes) {
        const refresh = this.#refreshTokens.get(refreshToken);
        if (!refresh || refresh.expiresAt <= this.#now())
            return undefined;
        const granted = new Map();
        for (const [repository, actions] of parseScopes(scopes))
            granted.set(repository, new Set([...actions].filter((a) => refresh.actions.includes(a))));
        return this.#issue(refresh.subject, granted);
    }
}

// EXTERNAL MODULE: ./packages/sandbox/src/service-interfaces.ts
var service_interfaces = __webpack_require__(3905);
;// CONCATENATED MODULE: ./packages/sandbox/src/registry/behaviour-label.ts

/**
 * The text form of an ImageBehaviour, as stored in the image config's BEHAVIOUR_LABEL:
 * `healthy`, `unhealthy`, `error-500`, `slow-start:3s`, `slow:2s`, `crash:1s`,
 * `job-success:500ms`, `job-fail:500ms`. The duration may be left out; the defaults below apply.
 */
const DEFAULT_MS = { 'slow-start': 3000, slow: 2000, crash: 0, 'job-success': 500, 'job-fail': 500 };
function formatBehaviour(behaviour) {
    switch (behaviour.kind) {
        case 'healthy':
        case 'unhealthy':
        case 'error-500':
            return behaviour.kind;
        case 'slow-start':
        case 'slow':
            return `${behaviour.kind}:${(0,src/* formatDuration */.a3)(behaviour.delayMs)}`;
        case 'crash':
            return `crash:${(0,src/* formatDuration */.a3)(behaviour.afterMs)}`;
        case 'job-success':
        case 'job-fail':
            return `${behaviour.kind}:${(0,src/* formatDuration */.a3)(behaviour.durationMs)}`;
    }
}
/** Parses a behaviour label; undefined when the text is not one. */
function parseBehaviour(text) {
    const [kind, durationText, ...rest] = text.trim().split(':');
    if (rest.length > 0 || kind === undefined)
        return undefined;
    const duration = (fallback) => (durationText === undefined ? fallback : durationText === '0' ? 0 : (0,src/* parseDuration */.E9)(durationText));
    switch (kind) {
        case 'healthy':
        case 'unhealthy':
        case 'error-500':
            return durationText === undefined ? { kind } : undefined;
        case 'slow-start':
        case 'slow': {
            const delayMs = duration(DEFAULT_MS[kind]);
            return delayMs === undefined ? undefined : { kind, delayMs };
        }
        case 'crash': {
            const afterMs = duration(DEFAULT_MS.crash);
            return afterMs === undefined ? undefined : { kind, afterMs };
        }
        case 'job-success':
        case 'job-fail': {
            const durationMs = duration(DEFAULT_MS[kind]);
            return durationMs === undefined ? undefined : { kind, durationMs };
        }
        default:
            return undefined;
    }
}
function toBehaviour(value) {
    if (typeof value !== 'string')
        return value;
    const parsed = parseBehaviour(value);
    if (!parsed) {
        throw new Error(`'${value}' is not a sandbox image behaviour; use healthy, unhealthy, error-500, slow-start:3s, slow:2s, crash:1s, job-success:500ms or job-fail:500ms`);
    }
    return parsed;
}

;// CONCATENATED MODULE: ./packages/sandbox/src/registry/media-types.ts
/** The manifest and blob media types the sandbox registry stores and serves. */
const MediaType = {
    OciIndex: 'application/vnd.oci.image.index.v1+json',
    OciManifest: 'application/vnd.oci.image.manifest.v1+json',
    OciConfig: 'application/vnd.oci.image.config.v1+json',
    OciLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    DockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    DockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    DockerConfig: 'application/vnd.docker.container.image.v1+json',
    DockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
};
const MANIFEST_MEDIA_TYPES = [MediaType.OciIndex, MediaType.OciManifest, MediaType.DockerManifestList, MediaType.DockerManifest];
function isIndexMediaType(mediaType) {
    return mediaType === MediaType.OciIndex || mediaType === MediaType.DockerManifestList;
}
function mediaTypesFor(format) {
    return format === 'oci'
        ? { index: MediaType.OciIndex, manifest: MediaType.OciManifest, config: MediaType.OciConfig, layer: MediaType.OciLayerGzip }
        : { index: MediaType.DockerManifestList, manifest: MediaType.DockerManifest, config: MediaType.DockerConfig, layer: MediaType.DockerLayerGzip };
}

;// CONCATENATED MODULE: ./packages/sandbox/src/registry/catalog.ts



/** The image a reference names is not in the sandbox registry (what a pull failure would be). */
class SandboxImageNotFoundError extends Error {
    code = 'MANIFEST_UNKNOWN';
    imageRef;
    constructor(imageRef, why) {
        super(`Image '${imageRef}' is not in the sandbox registry: ${why}`);
        this.name = 'SandboxImageNotFoundError';
        this.imageRef = imageRef;
    }
}
/**
 * Splits `host:port/repo/name:tag` or `…@sha256:…` into repository and tag/digest. The host is
 * dropped (the sandbox registry is the only one the runtime knows), so `shop/api:1.0.0` works too.
 */
function splitImageRef(imageRef) {
    const at = imageRef.indexOf('@');
    let name = at >= 0 ? imageRef.slice(0, at) : imageRef;
    let reference = at >= 0 ? imageRef.slice(at + 1) : undefined;
    const lastSlash = name.lastIndexOf('/');
    const colon = name.indexOf(':', lastSlash + 1);
    if (colon >= 0) {
        reference ??= name.slice(colon + 1);
        name = name.slice(0, colon);
    }
    const parts = name.split('/');
    if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost'))
        parts.shift();
    if (!reference || parts.length === 0 || parts.some((p) => p === ''))
        return undefined;
    return { repository: parts.join('/'), reference };
}
function createImageCatalog(store) {
    return {
        async behaviourOf(imageRef) {
            const parts = splitImageRef(imageRef);
            if (!parts)
                throw new SandboxImageNotFoundError(imageRef, 'write it as <registry>/<repository>:<tag> or <registry>/<repository>@sha256:<digest>');
            let manifest = store.manifest(parts.repository, parts.reference);
            if (!manifest)
                throw new SandboxImageNotFoundError(imageRef, store.repository(parts.repository) ? `no tag or digest '${parts.reference}'` : `no repository '${parts.repository}'`);
            if (isIndexMediaType(manifest.mediaType)) {
                const first = JSON.parse(manifest.bytes.toString('utf8')).manifests?.[0]?.digest;
                manifest = first === undefined ? undefined : store.manifest(parts.repository, first);
                if (!manifest)
                    throw new SandboxImageNotFoundError(imageRef, 'its index lists no image that the registry holds');
            }
            const configDigest = JSON.parse(manifest.bytes.toString('utf8')).config?.digest;
            const config = configDigest === undefined ? undefined : store.blobs.get(configDigest);
            if (!config)
                throw new SandboxImageNotFoundError(imageRef, 'its config blob is missing');
            const label = JSON.parse(config.toString('utf8')).config?.Labels?.[service_interfaces/* BEHAVIOUR_LABEL */.d];
            // An image pushed from elsewhere (no label) behaves as a healthy service.
            if (label === undefined)
                return { kind: 'healthy' };
            const behaviour = parseBehaviour(label);
            if (!behaviour)
                throw new Error(`Image '${imageRef}': its ${service_interfaces/* BEHAVIOUR_LABEL */.d} label '${label}' is not a sandbox behaviour`);
            return behaviour;
        },
    };
}

;// CONCATENATED MODULE: ./packages/sandbox/src/registry/distribution-errors.ts
/** Error codes of the OCI distribution spec that the sandbox registry answers with. */
const DistributionErrorCode = {
    BlobUnknown: 'BLOB_UNKNOWN',
    BlobUploadUnknown: 'BLOB_UPLOAD_UNKNOWN',
    DigestInvalid: 'DIGEST_INVALID',
    ManifestBlobUnknown: 'MANIFEST_BLOB_UNKNOWN',
    ManifestInvalid: 'MANIFEST_INVALID',
    ManifestUnknown: 'MANIFEST_UNKNOWN',
    NameInvalid: 'NAME_INVALID',
    NameUnknown: 'NAME_UNKNOWN',
    Unauthorized: 'UNAUTHORIZED',
    Denied: 'DENIED',
    Unsupported: 'UNSUPPORTED',
    TooManyRequests: 'TOOMANYREQUESTS',
};
/** Writes `{"errors":[{code,message,detail}]}`; a HEAD response gets the status and headers only. */
function sendDistributionError(res, method, status, code, message, options = {}) {
    const text = JSON.stringify({ errors: [{ code, message, ...(options.detail === undefined ? {} : { detail: options.detail }) }] });
    res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(text),
        'docker-distribution-api-version': 'registry/2.0',
        ...options.headers,
    });
    res.end(method === 'HEAD' ? undefined : text);
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./packages/sandbox/src/registry/image-builder.ts





/** Fixed, so that the same spec always builds the same digests (tests and seeds are reproducible). */
const CREATED = '2024-01-01T00:00:00Z';
function sha256Digest(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
function blob(mediaType, bytes) {
    return { digest: sha256Digest(bytes), mediaType, bytes };
}
function json(value) {
    return Buffer.from(JSON.stringify(value, null, 2), 'utf8');
}
function parsePlatform(text) {
    const [os, architecture, variant, ...rest] = text.split('/');
    if (!os || !architecture || rest.length > 0)
        throw new Error(`'${text}' is not a platform; write os/architecture[/variant], e.g. linux/arm64/v8`);
    return variant ? { os, architecture, variant } : { os, architecture };
}
function formatPlatform(platform) {
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}
/** A one-file POSIX tar (ustar) archive; mtime 0 and fixed ownership keep it reproducible. */
function tarOneFile(fileName, content) {
    const header = Buffer.alloc(512, 0);
    const write = (text, offset, length) => header.write(text.slice(0, length), offset, length, 'ascii');
    const octal = (value, length) => value.toString(8).padStart(length - 1, '0');
    write(fileName, 0, 100);
    write(octal(0o644, 8), 100, 8);
    write(octal(0, 8), 108, 8);
    write(octal(0, 8), 116, 8);
    write(octal(content.length, 12), 124, 12);
    write(octal(0, 12), 136, 12);
    write('        ', 148, 8);
    write('0', 156, 1);
    write('ustar\u000000', 257, 8);
    write('root', 265, 32);
    write('root', 297, 32);
    let checksum = 0;
    for (const byte of header)
        checksum += byte;
    write(`${checksum.toString(8).padStart(6, '0')}\u0000 `, 148, 8);
    const padding = Buffer.alloc((512 - (content.length % 512)) % 512, 0);
    return Buffer.concat([header, content, padding, Buffer.alloc(1024, 0)]);
}
function buildManifest(spec, behaviour, platform) {
    const types = mediaTypesFor(spec.format ?? 'oci');
    const label = formatBehaviour(behaviour);
    const file = json({ name: spec.name, version: spec.version, behaviour: label, platform: formatPlatform(platform) });
    const tar = tarOneFile('etc/deploy-kit-sandbox.json', file);
    const layer = blob(types.layer, (0,external_node_zlib_.gzipSync)(tar, { level: 9 }));
    const config = blob(types.config, json({
        created: CREATED,
        architecture: platform.architecture,
        os: platform.os,
        ...(platform.variant ? { variant: platform.variant } : {}),
        config: {
            Cmd: ['/deploy-kit-sandbox-app'],
            Labels: {
                'org.opencontainers.image.title': spec.name,
                'org.opencontainers.image.version': spec.version,
                ...spec.labels,
                [service_interfaces/* BEHAVIOUR_LABEL */.d]: label,
            },
        },
        rootfs: { type: 'layers', diff_ids: [sha256Digest(tar)] },
        history: [{ created: CREATED, created_by: 'deploy-kit sandbox image builder' }],
    }));
    const descriptor = (b) => ({ mediaType: b.mediaType, digest: b.digest, size: b.bytes.length });
    const manifest = blob(types.manifest, json({ schemaVersion: 2, mediaType: types.manifest, config: descriptor(config), layers: [descriptor(layer)] }));
    return { ...manifest, blobs: [config, layer], platform };
}
/** Builds a real, valid OCI (or Docker v2) image whose config label carries the behaviour. */
function buildImage(spec) {
    const behaviour = toBehaviour(spec.behaviour);
    const platforms = (spec.platforms && spec.platforms.length > 0 ? spec.platforms : ['linux/amd64']).map(parsePlatform);
    const manifests = platforms.map((platform) => buildManifest(spec, behaviour, platform));
    if (manifests.length === 1 && !spec.index)
        return { ...manifests[0], manifests, isIndex: false };
    const types = mediaTypesFor(spec.format ?? 'oci');
    const index = blob(types.index, json({
        schemaVersion: 2,
        mediaType: types.index,
        manifests: manifests.map((m) => ({ mediaType: m.mediaType, digest: m.digest, size: m.bytes.length, platform: m.platform })),
    }));
    return { ...index, manifests, isIndex: true };
}

;// CONCATENATED MODULE: ./packages/sandbox/src/registry/handler.ts






const NAME = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const MANIFEST_LIMIT = 4 * 1024 * 1024;
const API_VERSION = { 'docker-distribution-api-version': 'registry/2.0' };
function authKind(header) {
    if (!header)
        return 'none';
    if (/^basic\s/i.test(header))
        return 'basic';
    if (/^bearer\s/i.test(header))
        return 'bearer';
    return 'other';
}
function accepted(req) {
    const header = req.headers.accept;
    const values = Array.isArray(header) ? header.join(',') : (header ?? '');
    return new Set(values.split(',').map((v) => v.split(';')[0].trim()).filter(Boolean));
}
function formFields(body) {
    return new URLSearchParams(body.toString('utf8'));
}
function createRegistryHandler(ctx) {
    const origin = (req) => `https://${req.headers.host ?? 'localhost'}`;
    const service = (req) => ctx.service ?? req.headers.host ?? 'localhost';
    /** Sends the 401/403 and returns false when the request may not proceed. */
    function authorize(req, res, repository, action) {
        const decision = ctx.auth.authorize(req.headers.authorization, repository, action);
        if (decision.ok)
            return true;
        const headers = decision.status === 401 ? { 'www-authenticate': ctx.auth.challenge(origin(req), service(req), repository, action) } : {};
        const detail = repository === undefined ? undefined : [{ Type: 'repository', Name: repository, Action: action }];
        sendDistributionError(res, req.method, decision.status, decision.code, decision.message, { headers, detail });
        return false;
    }
    function injectedFault(req, res, path) {
        const fault = ctx.faults.find((f) => f.times > 0 && (f.pathIncludes === undefined || path.includes(f.pathIncludes)));
        if (!fault)
            return false;
        fault.times -= 1;
        if (fault.status === 'drop') {
            req.socket.destroy();
            return true;
        }
        const headers = fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) };
        const code = fault.status === 429 ? DistributionErrorCode.TooManyRequests : DistributionErrorCode.Unsupported;
        sendDistributionError(res, req.method, fault.status, code, fault.status === 429 ? 'too many requests' : 'injected fault', { headers });
        return true;
    }
    async function tokenEndpoint(req, res, url) {
        const path = url.pathname;
        if (ctx.auth.mode === 'bearer' && path === '/token' && req.method === 'GET') {
            const issued = ctx.auth.issueBearerToken(req.headers.authorization, url.searchParams.getAll('scope'));
            if (!issued) {
                sendDistributionError(res, req.method, 401, DistributionErrorCode.Unauthorized, 'incorrect username or password');
                return true;
            }
            (0,http/* sendJson */.jD)(res, 200, { token: issued.token, access_token: issued.token, expires_in: issued.expiresIn, issued_at: new Date().toISOString() });
            return true;
        }
        if (ctx.auth.mode !== 'acr')
            return false;
        if (path === '/oauth2/exchange' && req.method === 'POST') {
            const form = formFields(await (0,http/* readBody */.x8)(req, 64 * 1024));
            const accessToken = form.get('access_token');
            if (form.get('grant_type') !== 'access_token' || !accessToken || !form.get('service')) {
                sendDistributionError(res, req.method, 400, DistributionErrorCode.Unsupported, 'grant_type=access_token, service and access_token are required');
                return true;
            }
            const exchanged = await ctx.auth.exchangeAadToken(accessToken);
            if (!exchanged.ok) {
                sendDistributionError(res, req.method, 401, DistributionErrorCode.Unauthorized, `the Azure AD access token was refused: ${exchanged.reason}`);
                return true;
            }
            (0,http/* sendJson */.jD)(res, 200, { refresh_token: exchanged.refreshToken });
            return true;
        }
        if (path === '/oauth2/token' && (req.method === 'POST' || req.method === 'GET')) {
            // POST: the documented form exchange. GET with Basic (the all-zero user + refresh token): what `docker login` does.
            let refreshToken;
            let scopes;
            if (req.method === 'POST') {
                const form = formFields(await (0,http/* readBody */.x8)(req, 64 * 1024));
                if (form.get('grant_type') !== 'refresh_token') {
                    sendDistributionError(res, req.method, 400, DistributionErrorCode.Unsupported, 'grant_type must be refresh_token');
                    return true;
                }
                refreshToken = form.get('refresh_token') ?? undefined;
                scopes = form.getAll('scope');
            }
            else {
                const basic = parseBasic(req.headers.authorization);
                refreshToken = basic?.username === ACR_REFRESH_USERNAME ? basic.password : undefined;
                scopes = url.searchParams.getAll('scope');
            }
            const issued = refreshToken === undefined ? undefined : ctx.auth.issueAcrAccessToken(refreshToken, scopes);
            if (!issued) {
                sendDistributionError(res, req.method, 401, DistributionErrorCode.Unauthorized, 'the refresh token is invalid or expired');
                return true;
            }
            (0,http/* sendJson */.jD)(res, 200, { access_token: issued.token, expires_in: issued.expiresIn });
            return true;
        }
        return false;
    }
    function serveManifest(req, res, repository, reference) {
        let manifest = ctx.store.manifest(repository, reference);
        if (!manifest) {
            const known = ctx.store.repository(repository) !== undefined;
            sendDistributionError(res, req.method, 404, known ? DistributionErrorCode.ManifestUnknown : DistributionErrorCode.NameUnknown, known ? 'manifest unknown' : 'repository name not known to registry', {
                detail: known ? { Tag: reference } : { Name: repository },
            });
            return;
        }
        // Like Docker's registry: a client that does not accept an index gets the linux/amd64 image instead.
        if (isIndexMediaType(manifest.mediaType) && !accepted(req).has(manifest.mediaType))
            manifest = defaultPlatformManifest(repository, manifest) ?? manifest;
        const digestHeader = ctx.quirks.wrongDigestHeader ? sha256Digest(Buffer.concat([manifest.bytes, Buffer.from('tampered')])) : manifest.digest;
        const headers = {
            ...API_VERSION,
            'content-type': manifest.mediaType,
            'content-length': manifest.bytes.length,
            etag: `"${manifest.digest}"`,
        };
        if (!(req.method === 'HEAD' && ctx.quirks.omitDigestOnHead))
            headers['docker-content-digest'] = digestHeader;
        res.writeHead(200, headers);
        res.end(req.method === 'HEAD' ? undefined : manifest.bytes);
    }
    function defaultPlatformManifest(repository, index) {
        const children = JSON.parse(index.bytes.toString('utf8')).manifests ?? [];
        const preferred = children.find((c) => c.platform?.os === 'linux' && c.platform.architecture === 'amd64') ?? children[0];
        return preferred && ctx.store.manifest(repository, preferred.digest);
    }
    async function putManifest(req, res, repository, reference) {
        const body = await (0,http/* readBody */.x8)(req, MANIFEST_LIMIT);
        let parsed;
        try {
            parsed = JSON.parse(body.toString('utf8'));
        }
        catch {
            sendDistributionError(res, req.method, 400, DistributionErrorCode.ManifestInvalid, 'manifest invalid: not JSON');
            return;
        }
        const contentType = (req.headers['content-type'] ?? '').split(';')[0].trim();
        const mediaType = MANIFEST_MEDIA_TYPES.includes(contentType) ? contentType : (parsed.mediaType ?? '');
        if (!MANIFEST_MEDIA_TYPES.includes(mediaType) || parsed.schemaVersion !== 2) {
            sendDistributionError(res, req.method, 400, DistributionErrorCode.ManifestInvalid, `manifest invalid: unsupported media type '${mediaType || contentType}' or schemaVersion`);
            return;
        }
        const digest = sha256Digest(body);
        if (DIGEST.test(reference) && reference !== digest) {
            sendDistributionError(res, req.method, 400, DistributionErrorCode.DigestInvalid, 'provided digest did not match uploaded content', { detail: { expected: reference, actual: digest } });
            return;
        }
        if (!DIGEST.test(reference) && !TAG.test(reference)) {
            sendDistributionError(res, req.method, 400, DistributionErrorCode.ManifestInvalid, `'${reference}' is neither a tag nor a sha256 digest`);
            return;
        }
        const repo = ctx.store.repository(repository);
        const missing = isIndexMediaType(mediaType)
            ? (parsed.manifests ?? []).map((m) => m.digest).filter((d) => !d || !repo?.manifests.has(d))
            : [parsed.config?.digest, ...(parsed.layers ?? []).map((l) => l.digest)].filter((d) => !d || !repo?.blobs.has(d));
        if (missing.length > 0) {
            sendDistributionError(res, req.method, 400, DistributionErrorCode.ManifestBlobUnknown, 'blob unknown to registry', { detail: missing });
            return;
        }
        ctx.store.putManifest(repository, { digest, mediaType, bytes: body }, DIGEST.test(reference) ? undefined : reference);
        res.writeHead(201, { ...API_VERSION, location: `/v2/${repository}/manifests/${digest}`, 'docker-content-digest': digest, 'content-length': 0 });
        res.end();
    }
    async function uploads(req, res, url, repository, id) {
        const location = (uuid) => `/v2/${repository}/blobs/uploads/${uuid}`;
        const finish = (digest, bytes) => {
            if (!DIGEST.test(digest) || sha256Digest(bytes) !== digest) {
                sendDistributionError(res, req.method, 400, DistributionErrorCode.DigestInvalid, 'provided digest did not match uploaded content', { detail: { expected: digest } });
                return;
            }
            ctx.store.putBlob(repository, digest, bytes);
            res.writeHead(201, { ...API_VERSION, location: `/v2/${repository}/blobs/${digest}`, 'docker-content-digest': digest, 'content-length': 0 });
            res.end();
        };
        if (id === '' && req.method === 'POST') {
            const mount = url.searchParams.get('mount');
            const from = url.searchParams.get('from');
            if (mount && from && ctx.store.repository(from)?.blobs.has(mount)) {
                ctx.store.putBlob(repository, mount, ctx.store.blobs.get(mount));
                res.writeHead(201, { ...API_VERSION, location: `/v2/${repository}/blobs/${mount}`, 'docker-content-digest': mount, 'content-length': 0 });
                res.end();
                return;
            }
            const monolithic = url.searchParams.get('digest');
            if (monolithic) {
                finish(monolithic, await (0,http/* readBody */.x8)(req));
                return;
            }
            const uuid = (0,external_node_crypto_.randomUUID)();
            ctx.store.uploads.set(uuid, { repository, chunks: [] });
            res.writeHead(202, { ...API_VERSION, location: location(uuid), 'docker-upload-uuid': uuid, range: '0-0', 'content-length': 0 });
            res.end();
            return;
        }
        const upload = ctx.store.uploads.get(id);
        if (!upload || upload.repository !== repository) {
            sendDistributionError(res, req.method, 404, DistributionErrorCode.BlobUploadUnknown, 'blob upload unknown to registry');
            return;
        }
        const size = () => upload.chunks.reduce((n, c) => n + c.length, 0);
        switch (req.method) {
            case 'PATCH':
                upload.chunks.push(await (0,http/* readBody */.x8)(req));
                res.writeHead(202, { ...API_VERSION, location: location(id), 'docker-upload-uuid': id, range: `0-${Math.max(size() - 1, 0)}`, 'content-length': 0 });
                res.end();
                return;
            case 'PUT': {
                upload.chunks.push(await (0,http/* readBody */.x8)(req));
                ctx.store.uploads.delete(id);
                finish(url.searchParams.get('digest') ?? '', Buffer.concat(upload.chunks));
                return;
            }
            case 'GET':
                res.writeHead(204, { ...API_VERSION, location: location(id), 'docker-upload-uuid': id, range: `0-${Math.max(size() - 1, 0)}` });
                res.end();
                return;
            case 'DELETE':
                ctx.store.uploads.delete(id);
                res.writeHead(204, API_VERSION);
                res.end();
                return;
            default:
                sendDistributionError(res, req.method, 405, DistributionErrorCode.Unsupported, `${req.method} is not supported on uploads`);
        }
    }
    function blobs(req, res, repository, digest) {
        const bytes = ctx.store.repository(repository)?.blobs.has(digest) ? ctx.store.blobs.get(digest) : undefined;
        if (!bytes) {
            sendDistributionError(res, req.method, 404, DistributionErrorCode.BlobUnknown, 'blob unknown to registry', { detail: digest });
            return;
        }
        res.writeHead(200, { ...API_VERSION, 'content-type': 'application/octet-stream', 'content-length': bytes.length, 'docker-content-digest': digest, etag: `"${digest}"` });
        res.end(req.method === 'HEAD' ? undefined : bytes);
    }
    function tags(req, res, url, repository) {
        const repo = ctx.store.repository(repository);
        if (!repo) {
            sendDistributionError(res, req.method, 404, DistributionErrorCode.NameUnknown, 'repository name not known to registry', { detail: { Name: repository } });
            return;
        }
        let names = [...repo.tags.keys()].sort();
        const last = url.searchParams.get('last');
        if (last)
            names = names.filter((t) => t > last);
        const n = Number(url.searchParams.get('n') ?? NaN);
        const headers = {};
        if (Number.isInteger(n) && n >= 0 && names.length > n) {
            names = names.slice(0, n);
            headers.link = `</v2/${repository}/tags/list?n=${n}&last=${encodeURIComponent(names.at(-1) ?? '')}>; rel="next"`;
        }
        (0,http/* sendJson */.jD)(res, 200, { name: repository, tags: names }, { ...API_VERSION, ...headers });
    }
    async function route(req, res, url) {
        const path = url.pathname;
        const method = req.method ?? 'GET';
        const read = method === 'GET' || method === 'HEAD';
        if (path === '/v2/' || path === '/v2') {
            if (!authorize(req, res, undefined, 'pull'))
                return;
            (0,http/* sendJson */.jD)(res, 200, {}, API_VERSION);
            return;
        }
        if (path === '/v2/_catalog' && read) {
            if (!authorize(req, res, undefined, 'pull'))
                return;
            (0,http/* sendJson */.jD)(res, 200, { repositories: [...ctx.store.repositories.keys()].sort() }, API_VERSION);
            return;
        }
        const match = /^\/v2\/(.+)\/blobs\/uploads\/?([^/]*)$/.exec(path) ?? /^\/v2\/(.+)\/(manifests|blobs)\/([^/]+)$/.exec(path) ?? /^\/v2\/(.+)\/(tags)\/list$/.exec(path);
        if (!match) {
            sendDistributionError(res, method, 404, DistributionErrorCode.Unsupported, `no registry route for ${method} ${path}`);
            return;
        }
        const repository = match[1];
        if (!NAME.test(repository) || repository.length > 255) {
            sendDistributionError(res, method, 400, DistributionErrorCode.NameInvalid, 'invalid repository name', { detail: { Name: repository } });
            return;
        }
        const isUpload = path.includes('/blobs/uploads');
        const action = read && !isUpload ? 'pull' : 'push';
        if (!authorize(req, res, repository, action))
            return;
        if (isUpload)
            return uploads(req, res, url, repository, match[2] ?? '');
        const kind = match[2];
        const reference = match[3] ?? '';
        if (kind === 'tags' && method === 'GET')
            return tags(req, res, url, repository);
        if (kind === 'blobs' && read && DIGEST.test(reference))
            return blobs(req, res, repository, reference);
        if (kind === 'manifests' && read)
            return serveManifest(req, res, repository, reference);
        if (kind === 'manifests' && method === 'PUT')
            return putManifest(req, res, repository, reference);
        sendDistributionError(res, method, 405, DistributionErrorCode.Unsupported, `${method} is not supported on ${kind}`);
    }
    function servesTokenPath(path) {
        if (ctx.auth.mode === 'bearer')
            return path === '/token';
        if (ctx.auth.mode === 'acr')
            return path === '/oauth2/exchange' || path === '/oauth2/token';
        return false;
    }
    return async (req, res, url) => {
        const path = url.pathname;
        const isTokenPath = servesTokenPath(path);
        if (!isTokenPath && path !== '/v2' && !path.startsWith('/v2/'))
            return false;
        const record = { method: req.method ?? 'GET', path, status: 0, auth: authKind(req.headers.authorization) };
        ctx.requests.push(record);
        // A dropped connection never finishes; its record keeps status 0.
        res.once('finish', () => {
            record.status = res.statusCode;
        });
        if (isTokenPath)
            return tokenEndpoint(req, res, url);
        if (injectedFault(req, res, path))
            return true;
        await route(req, res, url);
        return true;
    };
}

;// CONCATENATED MODULE: ./packages/sandbox/src/registry/store.ts
class RegistryStore {
    repositories = new Map();
    blobs = new Map();
    uploads = new Map();
    repository(name) {
        return this.repositories.get(name);
    }
    ensureRepository(name) {
        let repo = this.repositories.get(name);
        if (!repo) {
            repo = { manifests: new Map(), tags: new Map(), blobs: new Set() };
            this.repositories.set(name, repo);
        }
        return repo;
    }
    putBlob(repository, digest, bytes) {
        this.blobs.set(digest, bytes);
        this.ensureRepository(repository).blobs.add(digest);
    }
    putBlobs(repository, blobs) {
        for (const b of blobs)
            this.putBlob(repository, b.digest, b.bytes);
    }
    putManifest(repository, manifest, tag) {
        const repo = this.ensureRepository(repository);
        repo.manifests.set(manifest.digest, manifest);
        if (tag !== undefined)
            repo.tags.set(tag, manifest.digest);
    }
    /** A tag or a digest, looked up in one repository. */
    manifest(repository, reference) {
        const repo = this.repositories.get(repository);
        if (!repo)
            return undefined;
        const digest = reference.includes(':') ? reference : repo.tags.get(reference);
        return digest === undefined ? undefined : repo.manifests.get(digest);
    }
    snapshot() {
        const repositories = new Map();
        for (const [name, repo] of this.repositories) {
            repositories.set(name, { manifests: new Map(repo.manifests), tags: new Map(repo.tags), blobs: new Set(repo.blobs) });
        }
        return { repositories, blobs: new Map(this.blobs) };
    }
    restore(snapshot) {
        this.repositories = new Map();
        for (const [name, repo] of snapshot.repositories) {
            this.repositories.set(name, { manifests: new Map(repo.manifests), tags: new Map(repo.tags), blobs: new Set(repo.blobs) });
        }
        this.blobs = new Map(snapshot.blobs);
        this.uploads.clear();
    }
}

;// CONCATENATED MODULE: ./packages/sandbox/src/registry/index.ts










/** What a fresh sandbox registry holds. */
const SEED_IMAGES = [
    ...['shop/api', 'shop/web'].flatMap((repository) => [
        { repository, tag: '1.0.0', behaviour: 'healthy' },
        { repository, tag: '1.1.0', behaviour: 'healthy' },
        { repository, tag: '1.2.0', behaviour: 'healthy', platforms: ['linux/amd64', 'linux/arm64/v8'] },
        { repository, tag: 'bad', behaviour: 'unhealthy' },
        { repository, tag: 'slow', behaviour: 'slow-start:3s' },
        { repository, tag: 'crash', behaviour: 'crash:0ms' },
        { repository, tag: 'error', behaviour: 'error-500' },
    ]),
    { repository: 'shop/migrate', tag: '1.0.0', behaviour: 'job-success:500ms' },
    { repository: 'shop/migrate', tag: 'fail', behaviour: 'job-fail:500ms' },
];
function createSandboxRegistry(options = {}) {
    const store = new RegistryStore();
    const ctx = {
        store,
        auth: new RegistryAuthenticator(options.auth ?? { mode: 'anonymous' }, options.now ?? Date.now),
        service: options.service,
        requests: [],
        faults: [],
        quirks: { ...options.quirks },
    };
    const pushBuiltImage = (repository, tag, image) => {
        for (const manifest of image.manifests) {
            store.putBlobs(repository, manifest.blobs);
            store.putManifest(repository, manifest);
        }
        store.putManifest(repository, image, tag);
        return image.digest;
    };
    const pushImage = (push) => pushBuiltImage(push.repository, push.tag, buildImage({
        behaviour: push.behaviour,
        name: push.repository,
        version: push.version ?? push.tag,
        platforms: push.platforms,
        index: push.index,
        format: push.format,
        labels: push.labels,
    }));
    for (const seed of options.seed ?? SEED_IMAGES)
        pushImage(seed);
    const seeded = store.snapshot();
    return {
        handler: createRegistryHandler(ctx),
        catalog: createImageCatalog(store),
        pushImage,
        pushBuiltImage,
        state() {
            const repositories = {};
            for (const [name, repo] of [...store.repositories].sort(([a], [b]) => a.localeCompare(b))) {
                repositories[name] = {
                    tags: Object.fromEntries([...repo.tags].sort(([a], [b]) => a.localeCompare(b))),
                    manifests: [...repo.manifests.values()].map((m) => ({ digest: m.digest, mediaType: m.mediaType })),
                };
            }
            return { repositories, uploadsInProgress: store.uploads.size };
        },
        snapshot: () => store.snapshot(),
        restore: (snapshot) => store.restore(snapshot),
        reset() {
            store.restore(seeded);
            ctx.auth.reset();
            ctx.faults.length = 0;
            ctx.requests.length = 0;
            ctx.quirks = { ...options.quirks };
        },
        get requests() {
            return ctx.requests;
        },
        clearRequests() {
            ctx.requests.length = 0;
        },
        injectFault(fault) {
            ctx.faults.push({ ...fault });
        },
        clearFaults() {
            ctx.faults.length = 0;
        },
        setQuirks(quirks) {
            ctx.quirks = { ...quirks };
        },
    };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
;// CONCATENATED MODULE: ./packages/sandbox/src/runtime/health-probe.ts

const BODY_LIMIT = 64 * 1024;
function probeHealth(port, timeoutMs) {
    return new Promise((resolve) => {
        let settled = false;
        const settle = (outcome) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(deadline);
            req.destroy();
            resolve(outcome);
        };
        const req = external_node_http_default().get({ host: '127.0.0.1', port, path: '/health', agent: false, headers: { 'user-agent': 'deploy-kit-sandbox-probe' } }, (res) => {
            const chunks = [];
            let size = 0;
            res.on('data', (chunk) => {
                size += chunk.length;
                if (size <= BODY_LIMIT)
                    chunks.push(chunk);
            });
            res.on('end', () => settle(classify(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'))));
            res.on('error', () => settle('no-answer'));
        });
        req.on('error', () => settle('no-answer'));
        const deadline = setTimeout(() => settle('no-answer'), timeoutMs);
    });
}
function classify(status, body) {
    const reported = statusField(body);
    if (status === 200 && reported === 'healthy')
        return 'healthy';
    if (status === 503 && reported === 'starting')
        return 'starting';
    return 'unhealthy';
}
function statusField(body) {
    try {
        const parsed = JSON.parse(body);
        return parsed !== null && typeof parsed === 'object' ? parsed.status : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/sandbox/src/runtime/sample-app-process.ts

const OUTPUT_LINES_KEPT = 40;
/** One running sample-app process: its pid, the port it reported, how and when it ended. */
class SampleAppProcess {
    pid;
    /** Resolves with the port the app listens on; rejects if it exits first (or never serves, as jobs). */
    port;
    exited;
    #exit;
    #child;
    #output = [];
    constructor(launch) {
        // A minimal environment on purpose: the sandbox's own variables (tokens, NODE_OPTIONS of a
        // test runner) are none of the container's business.
        const env = {
            ...launch.env,
            PORT: '0',
            DEPLOYKIT_SANDBOX_BEHAVIOUR: JSON.stringify(launch.behaviour),
            DEPLOYKIT_SANDBOX_APP: launch.identity.app,
            DEPLOYKIT_SANDBOX_REVISION: launch.identity.revision,
            DEPLOYKIT_SANDBOX_IMAGE: launch.identity.image,
        };
        const child = (0,external_node_child_process_.spawn)(launch.nodePath, [launch.sampleAppPath], { env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
        this.#child = child;
        this.pid = child.pid;
        if (child.pid !== undefined)
            launch.liveChildren.add(child);
        for (const stream of [child.stdout, child.stderr]) {
            stream?.setEncoding('utf8');
            stream?.on('data', (chunk) => this.#keepOutput(chunk));
        }
        this.exited = new Promise((resolve) => {
            const finish = (exit) => {
                if (this.#exit)
                    return;
                this.#exit = exit;
                launch.liveChildren.delete(child);
                resolve(exit);
            };
            child.once('exit', (code, signal) => finish({ code, signal }));
            child.once('error', (error) => finish({ code: null, signal: null, error: error.message }));
        });
        this.port = new Promise((resolve, reject) => {
            child.on('message', (message) => {
                const m = message;
                if (m && m.type === 'listening' && typeof m.port === 'number')
                    resolve(m.port);
            });
            void this.exited.then((exit) => reject(new Error(`the process ended before it listened (${describeExit(exit)})`)));
        });
        // Jobs never listen; nobody has to observe that rejection.
        this.port.catch(() => undefined);
    }
    get exit() {
        return this.#exit;
    }
    /** The last lines the process wrote to stdout/stderr, for diagnosing a failed revision. */
    output() {
        return [...this.#output];
    }
    /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. */
    async terminate(graceMs) {
        if (this.#exit)
            return this.#exit;
        this.#child.kill('SIGTERM');
        let timer;
        const killed = new Promise((resolve) => {
            timer = setTimeout(() => {
                if (!this.#exit)
                    this.#child.kill('SIGKILL');
                resolve();
            }, graceMs);
        });
        await Promise.race([this.exited, killed]);
        clearTimeout(timer);
        return this.exited;
    }
    #keepOutput(chunk) {
        for (const line of chunk.split('\n')) {
            if (line.trim() === '')
                continue;
            this.#output.push(line.length > 500 ? `${line.slice(0, 500)}…` : line);
        }
        if (this.#output.length > OUTPUT_LINES_KEPT)
            this.#output.splice(0, this.#output.length - OUTPUT_LINES_KEPT);
    }
}
function describeExit(exit) {
    if (exit.error)
        return `could not start: ${exit.error}`;
    if (exit.signal)
        return `killed by ${exit.signal}`;
    return `exit code ${exit.code}`;
}

;// CONCATENATED MODULE: ./packages/sandbox/src/runtime/revision-instance.ts


/**
 * One process generation of a revision (a restart makes a new one) and the health the runtime
 * sees by probing it, the way Container Apps' probes do:
 *   spawned → Processing/None; the app answers healthy → Running/Healthy; the app answers but
 *   not healthy → Degraded/Unhealthy; the process exits unasked → Failed/Unhealthy; stopped →
 *   Stopped/None. Health follows every probe, so a revision can recover.
 */
class RevisionInstance {
    process;
    startedAt;
    #state = { health: 'None', running: 'Processing', replicas: 1 };
    #port;
    #stopping = false;
    #timer;
    #unanswered = 0;
    #probe;
    #onChange;
    constructor(launch, probe, startedAt, onChange) {
        this.#probe = probe;
        this.#onChange = onChange;
        this.startedAt = startedAt;
        this.process = new SampleAppProcess(launch);
        this.process.port.then((port) => {
            if (this.#stopping || this.process.exit)
                return;
            this.#port = port;
            this.#schedule(0);
        }, () => undefined);
        void this.process.exited.then((exit) => this.#exited(exit));
    }
    get state() {
        return { ...this.#state };
    }
    /** The port to proxy to, while the process lives and listens. */
    get port() {
        return this.process.exit ? undefined : this.#port;
    }
    get lastPort() {
        return this.#port;
    }
    async stop(graceMs) {
        this.#stopping = true;
        clearTimeout(this.#timer);
        await this.process.terminate(graceMs);
        this.#set({ health: 'None', running: 'Stopped', replicas: 0 });
    }
    #exited(exit) {
        clearTimeout(this.#timer);
        if (this.#stopping)
            return;
        this.#set({ health: 'Unhealthy', running: 'Failed', replicas: 0, detail: `The revision's process ended (${describeExit(exit)}).` });
    }
    #schedule(delayMs) {
        if (this.#stopping || this.process.exit)
            return;
        this.#timer = setTimeout(() => void this.#probeOnce(), delayMs);
        // The child process keeps the parent alive; the probe timer need not.
        this.#timer.unref();
    }
    async #probeOnce() {
        const port = this.#port;
        if (port === undefined)
            return;
        const outcome = await probeHealth(port, this.#probe.timeoutMs);
        if (this.#stopping || this.process.exit)
            return;
        this.#apply(outcome);
        this.#schedule(this.#state.running === 'Processing' ? this.#probe.startupIntervalMs : this.#probe.steadyIntervalMs);
    }
    #apply(outcome) {
        if (outcome !== 'no-answer')
            this.#unanswered = 0;
        switch (outcome) {
            case 'healthy':
                return this.#set({ health: 'Healthy', running: 'Running', replicas: 1 });
            case 'starting':
                return this.#set({ health: 'None', running: 'Processing', replicas: 1, detail: 'The app reports that it is still starting.' });
            case 'unhealthy':
                return this.#set({ health: 'Unhealthy', running: 'Degraded', replicas: 1, detail: 'The health probe got an answer other than 200 {"status":"healthy"}.' });
            case 'no-answer':
                this.#unanswered += 1;
                if (this.#state.running !== 'Processing' && this.#unanswered >= this.#probe.failureThreshold) {
                    this.#set({ health: 'Unhealthy', running: 'Degraded', replicas: 1, detail: `The health probe got no answer ${this.#unanswered} times in a row.` });
                }
                return;
        }
    }
    #set(next) {
        const previous = this.#state;
        this.#state = next;
        if (previous.health !== next.health || previous.running !== next.running || previous.replicas !== next.replicas)
            this.#onChange();
    }
}

;// CONCATENATED MODULE: ./packages/sandbox/src/runtime/proxy.ts


const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade']);
function endToEnd(headers) {
    const named = new Set(String(headers.connection ?? '')
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean));
    const kept = {};
    for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined && !HOP_BY_HOP.has(name) && !named.has(name))
            kept[name] = value;
    }
    return kept;
}
/** The sandbox ingress's own answer (no revision reached), shaped like the rest of the sandbox's errors. */
function sendRouterError(res, status, code, message, route, revision) {
    const headers = { 'x-sandbox-route': route };
    if (revision)
        headers['x-sandbox-revision'] = revision;
    (0,http/* sendJson */.jD)(res, status, { error: { code, message } }, headers);
}
/**
 * Forwards a request (method, path, headers, body) to a revision's process over HTTP and
 * streams the answer back with x-sandbox-revision / x-sandbox-image set by the router, so
 * the caller can trust which revision answered. An upstream that refuses or drops the
 * connection is a 502; one that does not answer in time a 504.
 */
function proxyRequest(req, res, upstream, options) {
    return new Promise((resolve) => {
        res.once('close', () => resolve());
        const headers = endToEnd(req.headers);
        const forwardedFor = req.socket.remoteAddress ?? '127.0.0.1';
        headers['x-forwarded-for'] = req.headers['x-forwarded-for'] ? `${String(req.headers['x-forwarded-for'])}, ${forwardedFor}` : forwardedFor;
        headers['x-forwarded-proto'] = 'https';
        if (req.headers.host)
            headers['x-forwarded-host'] = req.headers.host;
        const outgoing = external_node_http_default().request({ host: '127.0.0.1', port: upstream.port, method: req.method, path: req.url ?? '/', headers, agent: options.agent });
        let failed = false;
        const fail = (status, code, message) => {
            if (failed)
                return;
            failed = true;
            outgoing.destroy();
            if (!res.headersSent)
                sendRouterError(res, status, code, message, options.route, upstream.revision);
            else
                res.destroy();
        };
        outgoing.setTimeout(options.timeoutMs, () => fail(504, 'GatewayTimeout', `Revision ${upstream.revision} did not answer within ${options.timeoutMs} ms.`));
        outgoing.on('error', (error) => fail(502, 'BadGateway', `Revision ${upstream.revision} did not answer: ${error.message}.`));
        outgoing.on('response', (answer) => {
            const responseHeaders = endToEnd(answer.headers);
            responseHeaders['x-sandbox-revision'] = upstream.revision;
            responseHeaders['x-sandbox-image'] = upstream.image;
            responseHeaders['x-sandbox-route'] = options.route;
            res.writeHead(answer.statusCode ?? 502, responseHeaders);
            answer.pipe(res);
            answer.on('error', () => res.destroy());
        });
        // A caller that gives up should not leave the upstream request hanging.
        res.once('close', () => {
            if (!res.writableFinished)
                outgoing.destroy();
        });
        req.pipe(outgoing);
    });
}

;// CONCATENATED MODULE: ./packages/sandbox/src/runtime/router.ts


/**
 * One ingress endpoint: an HTTPS listener on 127.0.0.1 whose FQDN is `localhost:<port>`. The
 * app's FQDN, each revision's and each label's are all routers; they differ only in how
 * `decide` picks the revision.
 */
class Router {
    route;
    #server;
    #counts;
    constructor(route, server, counts) {
        this.route = route;
        this.#server = server;
        this.#counts = counts;
    }
    static async start(route, credentials, decide, proxy) {
        const counts = { byRevision: {}, unrouted: 0 };
        const handle = async (req, res) => {
            const decision = decide();
            const revision = decision.kind === 'upstream' ? decision.upstream.revision : decision.revision;
            if (revision === undefined)
                counts.unrouted += 1;
            else
                counts.byRevision[revision] = (counts.byRevision[revision] ?? 0) + 1;
            if (decision.kind === 'upstream')
                await proxyRequest(req, res, decision.upstream, { ...proxy, route });
            else
                sendRouterError(res, decision.status, decision.code, decision.message, route, decision.revision);
            return true;
        };
        return new Router(route, await (0,http/* startHttpsServer */.jA)(credentials, [handle]), counts);
    }
    get port() {
        return this.#server.port;
    }
    /** `localhost:<port>`: no scheme, as Container Apps reports FQDNs. */
    get fqdn() {
        return `localhost:${this.#server.port}`;
    }
    counts() {
        return { byRevision: { ...this.#counts.byRevision }, unrouted: this.#counts.unrouted };
    }
    close() {
        return this.#server.close();
    }
}

;// CONCATENATED MODULE: ./packages/sandbox/src/runtime/job-executions.ts


/**
 * Job executions: the image's behaviour run as a process to completion. Exit code 0 is
 * Succeeded; any other exit, a timeout (the job's replicaTimeout) or a cancel is Failed.
 */
class JobExecutions {
    #options;
    #records = new Map();
    constructor(options) {
        this.#options = options;
    }
    async run(job, execution, image, options = {}) {
        const { catalog, logger, now } = this.#options;
        const key = `${job}/${execution}`;
        if (this.#records.get(key)?.status === 'Running') {
            throw new src/* DeployKitError */.mG(`Job execution ${execution} of ${job} is already running.`, { remediation: 'Give every execution its own name.' });
        }
        let finished;
        const record = {
            job,
            execution,
            image,
            status: 'Running',
            process: undefined,
            startedAt: now(),
            endedAt: undefined,
            exit: undefined,
            detail: undefined,
            stop: undefined,
            done: new Promise((resolve) => (finished = resolve)),
        };
        this.#records.set(key, record);
        const finish = (status, detail) => {
            Object.assign(record, { status, detail, endedAt: now(), stop: undefined });
            logger.debug(`sandbox: job execution ${execution} of ${job} ${status}${detail ? ` (${detail})` : ''}`);
            finished();
            return status;
        };
        let behaviour;
        try {
            behaviour = await catalog.behaviourOf(image);
        }
        catch (error) {
            return finish('Failed', `The image ${image} could not be resolved: ${(0,src/* errorMessage */.gJ)(error)}`);
        }
        if (this.#options.isClosed())
            return finish('Failed', 'The sandbox closed before the execution started.');
        const child = new SampleAppProcess({
            nodePath: this.#options.nodePath,
            sampleAppPath: this.#options.sampleAppPath,
            behaviour,
            identity: { app: job, revision: execution, image },
            env: options.env ?? {},
            liveChildren: this.#options.liveChildren,
        });
        record.process = child;
        let failure;
        record.stop = (reason) => {
            failure ??= reason;
            void child.terminate(this.#options.stopGraceMs);
        };
        const timeoutMs = options.timeoutMs ?? this.#options.defaultTimeoutMs;
        const timer = setTimeout(() => record.stop?.(`The execution did not finish within ${timeoutMs} ms.`), timeoutMs);
        const exit = await child.exited;
        clearTimeout(timer);
        record.exit = exit;
        if (failure === undefined && exit.code === 0)
            return finish('Succeeded', undefined);
        return finish('Failed', failure ?? `The execution's process ended (${describeExit(exit)}).`);
    }
    async cancel(job, execution, reason = 'The execution was stopped.') {
        const record = this.#records.get(`${job}/${execution}`);
        if (record)
            await this.#stop(record, reason);
    }
    /** Stops every running execution and forgets them all. */
    async clear(reason) {
        const records = [...this.#records.values()];
        this.#records.clear();
        await Promise.all(records.map((record) => this.#stop(record, reason)));
    }
    snapshot() {
        return [...this.#records.values()].map((job) => ({
            job: job.job,
            execution: job.execution,
            image: job.image,
            status: job.status,
            pid: job.process?.pid ?? null,
            startedAt: job.startedAt.toISOString(),
            endedAt: job.endedAt?.toISOString() ?? null,
            exit: job.exit ? { code: job.exit.code, signal: job.exit.signal } : null,
            detail: job.detail ?? null,
            output: job.process?.output() ?? [],
        }));
    }
    async #stop(record, reason) {
        if (record.status !== 'Running')
            return;
        record.stop?.(reason);
        // An execution still resolving its image has no process; it fails once it sees the sandbox closed.
        if (record.process)
            await record.done;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./packages/sandbox/src/runtime/sample-app-path.ts




/**
 * The sample app's default location. Written as a literal `new URL(…, import.meta.url)` on
 * purpose: ncc recognises the pattern, copies sample-app.mjs beside the bundle's index.js as an
 * asset and rewrites the expression into that file's path (a string, not a URL). From the
 * source tree it is the file itself.
 */
function bundledOrSourceLocation() {
    const located = __webpack_require__.ab + "sample-app.mjs";
    const text = String(located);
    return text.startsWith('file:') ? (0,external_node_url_.fileURLToPath)(text) : text;
}
function resolveSampleAppPath(explicit) {
    const candidate = explicit ?? bundledOrSourceLocation();
    if (!(0,external_node_fs_.existsSync)(candidate)) {
        throw new src/* ConfigurationError */.j1(`The sandbox sample app is not at ${candidate}.`, {
            remediation: explicit === undefined
                ? 'Reinstall deploy-kit, or rebuild the bundle so that sample-app.mjs sits next to its index.js.'
                : 'Pass the path of packages/sandbox/src/sample-app/sample-app.mjs (or of the copy shipped beside the bundle) as sampleAppPath.',
        });
    }
    return external_node_path_default().resolve(candidate);
}

;// CONCATENATED MODULE: ./packages/sandbox/src/runtime/weighted-picker.ts
class SmoothWeightedPicker {
    #entries;
    #total;
    constructor(entries) {
        this.#entries = entries.filter((e) => e.weight > 0).map((e) => ({ item: e.item, weight: e.weight, current: 0 }));
        this.#total = this.#entries.reduce((sum, e) => sum + e.weight, 0);
    }
    /** The next item, or undefined when nothing has a positive weight. */
    next() {
        let best;
        for (const entry of this.#entries) {
            entry.current += entry.weight;
            if (!best || entry.current > best.current)
                best = entry;
        }
        if (!best)
            return undefined;
        best.current -= this.#total;
        return best.item;
    }
}

;// CONCATENATED MODULE: ./packages/sandbox/src/runtime/revision-runtime.ts







const DEFAULT_PROBE = { startupIntervalMs: 100, steadyIntervalMs: 1000, timeoutMs: 5000, failureThreshold: 3 };
/** A router being started, and the router once it is (snapshots are synchronous). */
class RouterSlot {
    ready;
    router;
    constructor(starting) {
        this.ready = starting.then((router) => (this.router = router));
    }
}
/**
 * Revisions as real local processes behind HTTPS routers that honour traffic weights; see
 * createRevisionRuntime for the contract.
 */
class LocalRevisionRuntime {
    sampleAppPath;
    #credentials;
    #catalog;
    #nodePath;
    #logger;
    #now;
    #probe;
    #stopGraceMs;
    #upstreamTimeoutMs;
    #agent = new (external_node_http_default()).Agent({ keepAlive: true, maxSockets: 64 });
    #apps = new Map();
    #jobs;
    #liveChildren = new Set();
    #listeners = new Set();
    #killOnExit = () => {
        for (const child of this.#liveChildren)
            child.kill('SIGKILL');
    };
    #closed = false;
    constructor(options) {
        this.sampleAppPath = resolveSampleAppPath(options.sampleAppPath);
        this.#credentials = options.credentials;
        this.#catalog = options.catalog;
        this.#nodePath = options.nodePath ?? process.execPath;
        this.#logger = options.logger ?? src/* silentLogger */.qq;
        this.#now = options.now ?? (() => new Date());
        this.#probe = { ...DEFAULT_PROBE, ...options.probe };
        this.#stopGraceMs = options.stopGraceMs ?? 2000;
        this.#upstreamTimeoutMs = options.upstreamTimeoutMs ?? 240_000;
        this.#jobs = new JobExecutions({
            catalog: this.#catalog,
            nodePath: this.#nodePath,
            sampleAppPath: this.sampleAppPath,
            logger: this.#logger,
            now: this.#now,
            stopGraceMs: this.#stopGraceMs,
            defaultTimeoutMs: options.jobTimeoutMs ?? 30 * 60_000,
            liveChildren: this.#liveChildren,
            isClosed: () => this.#closed,
        });
        // The children also exit when their IPC channel closes; this covers a parent that exits
        // through process.exit() while they are still being told to stop.
        process.on('exit', this.#killOnExit);
    }
    // ── revisions ────────────────────────────────────────────────────────────────────────
    async startRevision(app, revision, image, env = {}) {
        this.#assertOpen();
        const record = this.#revision(app, revision);
        await this.#serialised(record, async () => {
            if (record.instance) {
                await record.instance.stop(this.#stopGraceMs);
                record.restarts += 1;
            }
            if (record.removed)
                return;
            Object.assign(record, { image, active: true, failure: undefined, instance: undefined, behaviour: undefined });
            this.#emit(record);
            let behaviour;
            try {
                behaviour = await this.#catalog.behaviourOf(image);
            }
            catch (error) {
                // Like an image pull failure in Container Apps: the revision exists and has failed;
                // the caller also hears why, since nothing was spawned.
                record.failure = `The image ${image} could not be resolved: ${(0,src/* errorMessage */.gJ)(error)}`;
                this.#logger.warning(`sandbox: revision ${revision} of ${app} failed: ${record.failure}`);
                this.#emit(record);
                throw new src/* DeployKitError */.mG(record.failure, { cause: error, remediation: 'Push the image to the sandbox registry (or deploy a digest it has) and start the revision again.' });
            }
            if (this.#closed || record.removed || !record.active)
                return;
            record.behaviour = behaviour;
            record.instance = new RevisionInstance({
                nodePath: this.#nodePath,
                sampleAppPath: this.sampleAppPath,
                behaviour,
                identity: { app, revision, image },
                env,
                liveChildren: this.#liveChildren,
            }, this.#probe, this.#now(), () => this.#emit(record));
            this.#logger.debug(`sandbox: revision ${revision} of ${app} started (pid ${record.instance.process.pid}, ${behaviour.kind})`);
        });
    }
    async stopRevision(app, revision) {
        const record = this.#apps.get(app)?.revisions.get(revision);
        if (!record)
            return;
        await this.#serialised(record, async () => {
            record.active = false;
            await record.instance?.stop(this.#stopGraceMs);
            this.#emit(record);
            this.#logger.debug(`sandbox: revision ${revision} of ${app} stopped`);
        });
    }
    revisionState(app, revision) {
        const record = this.#apps.get(app)?.revisions.get(revision);
        return record ? stateOf(record) : { health: 'None', running: 'Stopped', replicas: 0 };
    }
    onRevisionChange(listener) {
        this.#listeners.add(listener);
        return () => this.#listeners.delete(listener);
    }
    waitForRevision(app, revision, until, timeoutMs) {
        return new Promise((resolve, reject) => {
            const check = () => {
                const state = this.revisionState(app, revision);
                if (!until(state))
                    return false;
                cleanup();
                resolve(state);
                return true;
            };
            const unsubscribe = this.onRevisionChange((change) => {
                if (change.app === app && change.revision === revision)
                    check();
            });
            const timer = setTimeout(() => {
                cleanup();
                const state = this.revisionState(app, revision);
                reject(new src/* DeployKitError */.mG(`Revision ${revision} of ${app} did not reach the expected state within ${timeoutMs} ms; it is ${state.running}, health ${state.health}${state.detail ? ` (${state.detail})` : ''}.`, {
                    remediation: 'Check the revision in GET /_sandbox/state (its process output is there) and the image behaviour it runs.',
                }));
            }, timeoutMs);
            const cleanup = () => {
                clearTimeout(timer);
                unsubscribe();
            };
            check();
        });
    }
    // ── traffic and FQDNs ────────────────────────────────────────────────────────────────
    async setTraffic(app, targets) {
        this.#assertOpen();
        for (const target of targets) {
            if (!Number.isFinite(target.weight) || target.weight < 0) {
                throw new src/* DeployKitError */.mG(`Traffic weight ${target.weight} for revision ${target.revisionName} of ${app} is not a non-negative number.`, {
                    remediation: 'Give every traffic target a weight from 0 to 100.',
                });
            }
        }
        const record = this.#app(app);
        record.traffic = targets.map((t) => ({ ...t }));
        record.picker = new SmoothWeightedPicker(targets.map((t) => ({ item: t.revisionName, weight: t.weight })));
        this.#logger.debug(`sandbox: traffic of ${app}: ${targets.map((t) => `${t.revisionName}=${t.weight}${t.label ? ` [${t.label}]` : ''}`).join(', ') || 'none'}`);
    }
    async appFqdn(app) {
        const record = this.#app(app);
        record.router ??= this.#startRouter('app', () => {
            const revision = record.picker.next();
            if (revision === undefined)
                return { kind: 'refuse', status: 503, code: 'NoTrafficTargets', message: `No revision of ${app} has a traffic weight above 0.` };
            return this.#decide(record, revision, 503);
        });
        return (await this.#router(record.router, () => (record.router = undefined))).fqdn;
    }
    async revisionFqdn(app, revision) {
        const record = this.#app(app);
        let router = record.revisionRouters.get(revision);
        if (!router) {
            router = this.#startRouter('revision', () => this.#decide(record, revision, 404));
            record.revisionRouters.set(revision, router);
        }
        return (await this.#router(router, () => record.revisionRouters.delete(revision))).fqdn;
    }
    async labelFqdn(app, label) {
        const record = this.#app(app);
        let router = record.labelRouters.get(label);
        if (!router) {
            router = this.#startRouter(`label:${label}`, () => {
                const target = record.traffic.find((t) => t.label === label);
                if (!target)
                    return { kind: 'refuse', status: 404, code: 'LabelNotFound', message: `No revision of ${app} carries the label ${label}.` };
                return this.#decide(record, target.revisionName, 503);
            });
            record.labelRouters.set(label, router);
        }
        return (await this.#router(router, () => record.labelRouters.delete(label))).fqdn;
    }
    /** Where a request for `revision` goes; `inactiveStatus` is 404 on the revision's own FQDN, 503 behind the app or a label. */
    #decide(app, revision, inactiveStatus) {
        const record = app.revisions.get(revision);
        if (!record || !record.active || record.image === undefined) {
            return { kind: 'refuse', status: inactiveStatus, code: 'RevisionNotActive', message: `Revision ${revision} of ${app.name} is not active.`, revision };
        }
        const port = record.instance?.port;
        if (port === undefined) {
            const state = stateOf(record);
            return { kind: 'refuse', status: 503, code: 'RevisionUnavailable', message: `Revision ${revision} of ${app.name} has no running replica (${state.running}${state.detail ? `: ${state.detail}` : ''}).`, revision };
        }
        return { kind: 'upstream', upstream: { port, revision, image: record.image } };
    }
    #startRouter(route, decide) {
        this.#assertOpen();
        return new RouterSlot(Router.start(route, this.#credentials, decide, { agent: this.#agent, timeoutMs: this.#upstreamTimeoutMs }));
    }
    /** Awaits a router being started; one that failed (or finished after close) is forgotten. */
    async #router(slot, forget) {
        let router;
        try {
            router = await slot.ready;
        }
        catch (error) {
            forget();
            throw error;
        }
        if (this.#closed) {
            await router.close();
            throw closedError();
        }
        return router;
    }
    // ── jobs ─────────────────────────────────────────────────────────────────────────────
    runJob(job, execution, image, options = {}) {
        this.#assertOpen();
        return this.#jobs.run(job, execution, image, options);
    }
    cancelJob(job, execution) {
        return this.#jobs.cancel(job, execution);
    }
    // ── lifecycle and state ──────────────────────────────────────────────────────────────
    async removeApp(app) {
        const record = this.#apps.get(app);
        if (!record)
            return;
        this.#apps.delete(app);
        await this.#teardownApp(record);
    }
    async reset() {
        const apps = [...this.#apps.values()];
        this.#apps.clear();
        await Promise.all([...apps.map((app) => this.#teardownApp(app)), this.#jobs.clear('The sandbox was reset.')]);
    }
    async close() {
        if (this.#closed)
            return;
        this.#closed = true;
        await this.reset();
        // Anything still alive (a revision whose start was in flight) goes the hard way.
        await Promise.all([...this.#liveChildren].map((child) => killNow(child)));
        this.#agent.destroy();
        process.off('exit', this.#killOnExit);
    }
    snapshot() {
        const apps = [];
        for (const app of this.#apps.values())
            apps.push(this.#appSnapshot(app));
        return { apps, jobs: this.#jobs.snapshot() };
    }
    #appSnapshot(app) {
        const revisions = [...app.revisions.values()].map((record) => {
            const state = stateOf(record);
            const instance = record.instance;
            const exit = instance?.process.exit;
            const router = app.revisionRouters.get(record.name)?.router;
            return {
                revision: record.name,
                image: record.image ?? null,
                behaviour: record.behaviour ?? null,
                active: record.active,
                health: state.health,
                running: state.running,
                replicas: state.replicas,
                detail: state.detail ?? null,
                pid: instance?.process.pid ?? null,
                port: instance?.port ?? null,
                fqdn: router?.fqdn ?? null,
                restarts: record.restarts,
                startedAt: instance?.startedAt.toISOString() ?? null,
                exit: exit ? { code: exit.code, signal: exit.signal } : null,
                requests: router?.counts() ?? null,
                output: instance?.process.output() ?? [],
            };
        });
        const labels = [...app.labelRouters.entries()].flatMap(([label, slot]) => {
            const router = slot.router;
            return router ? [{ label, fqdn: router.fqdn, revision: app.traffic.find((t) => t.label === label)?.revisionName ?? null, requests: router.counts() }] : [];
        });
        const router = app.router?.router;
        return { app: app.name, fqdn: router?.fqdn ?? null, traffic: app.traffic.map((t) => ({ ...t })), requests: router?.counts() ?? null, revisions, labels };
    }
    async #teardownApp(app) {
        const stops = [...app.revisions.values()].map(async (record) => {
            record.active = false;
            record.removed = true;
            await record.instance?.stop(this.#stopGraceMs);
        });
        const routers = [app.router, ...app.revisionRouters.values(), ...app.labelRouters.values()].map(async (slot) => {
            const router = await slot?.ready.catch(() => undefined);
            await router?.close();
        });
        await Promise.all([...stops, ...routers]);
    }
    #app(name) {
        let record = this.#apps.get(name);
        if (!record) {
            record = { name, traffic: [], picker: new SmoothWeightedPicker([]), revisions: new Map(), router: undefined, revisionRouters: new Map(), labelRouters: new Map() };
            this.#apps.set(name, record);
        }
        return record;
    }
    #revision(app, name) {
        const appRecord = this.#app(app);
        let record = appRecord.revisions.get(name);
        if (!record) {
            record = { app, name, image: undefined, behaviour: undefined, active: false, instance: undefined, failure: undefined, restarts: 0, removed: false, queue: Promise.resolve() };
            appRecord.revisions.set(name, record);
        }
        return record;
    }
    #serialised(record, work) {
        const run = record.queue.then(work);
        record.queue = run.catch(() => undefined);
        return run;
    }
    #emit(record) {
        const change = { app: record.app, revision: record.name, state: stateOf(record) };
        for (const listener of this.#listeners) {
            try {
                listener(change);
            }
            catch (error) {
                this.#logger.warning(`sandbox: a revision-change listener failed: ${(0,src/* errorMessage */.gJ)(error)}`);
            }
        }
    }
    #assertOpen() {
        if (this.#closed)
            throw closedError();
    }
}
function stateOf(record) {
    if (!record.active)
        return { health: 'None', running: 'Stopped', replicas: 0 };
    if (record.failure !== undefined)
        return { health: 'Unhealthy', running: 'Failed', replicas: 0, detail: record.failure };
    if (!record.instance)
        return { health: 'None', running: 'Processing', replicas: 0, detail: 'The image is being resolved.' };
    return record.instance.state;
}
function killNow(child) {
    if (child.exitCode !== null || child.signalCode !== null)
        return Promise.resolve();
    const gone = new Promise((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    return gone;
}
function closedError() {
    return new src/* DeployKitError */.mG('The sandbox revision runtime is closed.', { remediation: 'Start a new sandbox.' });
}

;// CONCATENATED MODULE: ./packages/sandbox/src/runtime/index.ts



/**
 * The sandbox's Container Apps runtime. Every started revision is one real process running the
 * sample app (packages/sandbox/src/sample-app/sample-app.mjs) with its image's behaviour;
 * `health`/`running` follow probes of its `/health` (Processing → Running/Healthy, Degraded/
 * Unhealthy when it answers anything but 200 {"status":"healthy"}, Failed when it exits, Stopped
 * once stopped). Each app, revision and label gets its own HTTPS router on 127.0.0.1 whose
 * FQDN is `localhost:<port>`; the app's splits requests by traffic weight with smooth weighted
 * round-robin (deterministic: 90/10 sends exactly 10 of every 100 to the canary). Routers
 * answer 503 for a revision without a live process, 404 on the FQDN of an inactive revision or
 * an unknown label, 502 when the process drops the connection, 504 when it does not answer.
 *
 * Nothing runs until asked: routers start when their FQDN is first requested, processes when
 * a revision is started. `close()` kills every process (SIGTERM, then SIGKILL); the processes
 * also exit by themselves if this process dies.
 */
async function createRevisionRuntime(options) {
    return new LocalRevisionRuntime(options);
}

// EXTERNAL MODULE: ./packages/sandbox/src/tls.ts
var tls = __webpack_require__(8606);
// EXTERNAL MODULE: ./packages/sandbox/src/sandbox-env.ts
var sandbox_env = __webpack_require__(122);
;// CONCATENATED MODULE: ./packages/sandbox/src/sandbox.ts














/**
 * The local Azure sandbox: Entra, OIDC issuers, and (when present) Container Apps ARM, the
 * revision runtime and a registry, all behind one HTTPS server on 127.0.0.1 whose certificate
 * is signed by a CA the sandbox creates.
 */
class Sandbox {
    url;
    port;
    ca;
    dir;
    subscriptionId;
    resourceGroup;
    identity;
    /** Container Apps (Microsoft.App) ARM API: its state, faults and request log. */
    arm;
    /** Revisions and job executions as local processes, behind routers that honour traffic weights. */
    runtime;
    /** The OCI registry at DEPLOYKIT_REGISTRY; tests push images with `registry.pushImage`. */
    registry;
    faults;
    #server;
    #ownsDir;
    #stopped = false;
    constructor(init) {
        this.#server = init.server;
        this.url = init.server.url;
        this.port = init.server.port;
        this.ca = init.ca;
        this.dir = init.dir;
        this.#ownsDir = init.ownsDir;
        this.identity = init.identity;
        this.arm = init.parts.arm;
        this.runtime = init.parts.runtime;
        this.registry = init.parts.registry;
        this.subscriptionId = init.subscriptionId;
        this.resourceGroup = init.resourceGroup;
        const identityFaults = init.identity.faults;
        const { arm, registry } = init.parts;
        this.faults = {
            identity: identityFaults,
            arm: arm.faults,
            issuerClockSkew: (seconds, issuer) => identityFaults.issuerClockSkew(seconds, issuer),
            entraOutage: (options) => identityFaults.entraOutage(options),
            registry: (fault) => registry.injectFault(fault),
            clear: () => {
                identityFaults.clear();
                arm.faults.reset();
            },
        };
    }
    static async start(options = {}) {
        const ownsDir = options.dir === undefined;
        const dir = options.dir ?? (await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'deploy-kit-sandbox-')));
        const trustDir = options.caDir ?? dir;
        const ca = await (0,tls/* ensureCa */.D)(trustDir);
        const credentials = await (0,tls/* ensureServerCredentials */._)(ca, trustDir);
        // Handlers are added once the URL is known; none can be asked before `start` returns.
        const routes = [];
        const server = await (0,http/* startHttpsServer */.jA)(credentials, routes, { port: options.port });
        let parts;
        try {
            const clock = options.clock ?? jwt_clock/* systemClock */.m;
            const subscriptionId = options.subscriptionId ?? sandbox_defaults/* SANDBOX_IDS */.h8.subscriptionId;
            const resourceGroup = options.resourceGroup ?? sandbox_defaults/* SANDBOX_IDS */.h8.resourceGroup;
            const github = { ...sandbox_defaults/* DEFAULT_GITHUB_RUN */.SR, ...options.github };
            const circleci = { ...sandbox_defaults/* DEFAULT_CIRCLECI_PROJECT */.VI, ...options.circleci };
            const identity = await sandbox_identity/* SandboxIdentity */.s.create({
                keyDir: external_node_path_default().join(trustDir, 'keys'),
                baseUrl: server.url,
                clock,
                directory: options.directory ?? (0,sandbox_defaults/* defaultDirectorySeed */.IR)({ subscriptionId, resourceGroup, github, circleci }),
                github,
                circleci,
                githubTokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 300,
                circleCiTokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 3600,
                accessTokenLifetimeSeconds: options.accessTokenLifetimeSeconds ?? 3600,
                onEvent: options.onIdentityEvent,
            });
            parts = await createParts({ host: new URL(server.url).host, credentials, identity, subscriptionId, resourceGroup, clock, logger: options.logger ?? src/* silentLogger */.qq });
            const sandbox = new Sandbox({ server, ca, dir, ownsDir, identity, parts, subscriptionId, resourceGroup });
            routes.push((0,sandbox_admin/* createAdminRoutes */.G)(sandbox), ...identity.routes, parts.registry.handler, parts.arm.handler);
            return sandbox;
        }
        catch (error) {
            await parts?.runtime.close();
            await server.close();
            if (ownsDir)
                await (0,promises_.rm)(dir, { recursive: true, force: true });
            throw error;
        }
    }
    /** `localhost:<port>`: the registry host (and the host of every sandbox URL). */
    get host() {
        return new URL(this.url).host;
    }
    get tenantId() {
        return this.identity.directory.tenantId;
    }
    get clientId() {
        return sandbox_defaults/* SANDBOX_IDS */.h8.deployer.appId;
    }
    /** The environment a pipeline needs; CIRCLE_OIDC_TOKEN_V2 is minted fresh on each call. */
    env() {
        return {
            NODE_EXTRA_CA_CERTS: this.ca.certFile,
            AZURE_AUTHORITY_HOST: this.url,
            DEPLOYKIT_ARM_ENDPOINT: this.url,
            ACTIONS_ID_TOKEN_REQUEST_URL: this.identity.idTokenRequestUrl,
            ACTIONS_ID_TOKEN_REQUEST_TOKEN: this.identity.requestToken,
            CIRCLE_OIDC_TOKEN_V2: this.identity.mintCircleCiToken({ version: 2 }),
            AZURE_TENANT_ID: this.tenantId,
            AZURE_CLIENT_ID: this.clientId,
            AZURE_SUBSCRIPTION_ID: this.subscriptionId,
            DEPLOYKIT_RESOURCE_GROUP: this.resourceGroup,
            DEPLOYKIT_REGISTRY: this.host,
        };
    }
    mintGitHubToken(request) {
        return this.identity.mintGitHubToken(request);
    }
    /** The equivalent of `circleci run oidc get --claims '{"aud":…}'`. */
    mintCircleCiToken(request) {
        return this.identity.mintCircleCiToken(request);
    }
    get directory() {
        return this.identity.directory;
    }
    /** Everything, JSON-serialisable; also at `GET /_sandbox/state`. Never holds a token. */
    async state() {
        return {
            url: this.url,
            subscriptionId: this.subscriptionId,
            resourceGroup: this.resourceGroup,
            resourceGroupId: (0,sandbox_defaults/* resourceGroupId */.x6)(this.subscriptionId, this.resourceGroup),
            identity: this.identity.state(),
            arm: await this.arm.state.read(),
            runtime: this.runtime.snapshot(),
            registry: this.registry.state(),
        };
    }
    /** Back to the seeded state (directory, images, apps, revisions, jobs), with no faults. */
    async reset() {
        this.identity.reset();
        this.registry.reset();
        await this.arm.state.reset();
        this.arm.faults.reset();
    }
    /** Stops every revision process, then the server; removes the directory the sandbox created. */
    async stop() {
        if (this.#stopped)
            return;
        this.#stopped = true;
        try {
            await this.runtime.close();
        }
        finally {
            await this.#server.close();
            if (this.#ownsDir)
                await (0,promises_.rm)(this.dir, { recursive: true, force: true });
        }
    }
}
/**
 * The Container Apps side, seeded so a pipeline can run at once: `api` and `web` run the
 * registry's `shop/api:1.0.0` and `shop/web:1.0.0` by digest, and the `migrate` job runs
 * `shop/migrate:1.0.0` (an image that exits 0).
 */
async function createParts(context) {
    const registry = createSandboxRegistry({ now: () => context.clock.now() });
    const digestRef = (repository, tag) => {
        const digest = registry.state().repositories[repository]?.tags[tag];
        if (!digest)
            throw new Error(`the sandbox registry seed has no ${repository}:${tag}`);
        return `${context.host}/${repository}@${digest}`;
    };
    const runtime = await createRevisionRuntime({ credentials: context.credentials, catalog: registry.catalog, logger: context.logger, now: () => new Date(context.clock.now()) });
    try {
        const arm = await createArmApi({
            authorizer: context.identity.authorizer,
            runtime,
            clock: () => context.clock.now(),
            subscriptionId: context.subscriptionId,
            resourceGroup: context.resourceGroup,
            images: { api: digestRef('shop/api', '1.0.0'), web: digestRef('shop/web', '1.0.0'), migrate: digestRef('shop/migrate', '1.0.0') },
        });
        return { registry, runtime, arm };
    }
    catch (error) {
        await runtime.close();
        throw error;
    }
}


/***/ }),

/***/ 3905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ BEHAVIOUR_LABEL)
/* harmony export */ });
/**
 * The seams between the sandbox's parts, so each can be built and tested on its own:
 * identity (Entra + OIDC issuers) authorises ARM calls; ARM drives the revision runtime; the
 * runtime asks the registry what an image does.
 */
/** OCI config label that carries an ImageBehaviour in the sandbox registry, e.g. "slow-start:3s". */
const BEHAVIOUR_LABEL = 'dev.deploy-kit.sandbox.behavior';


/***/ }),

/***/ 8606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ ensureCa),
/* harmony export */   _: () => (/* binding */ ensureServerCredentials)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _deploy_kit_core__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5987);






const run = (0,node_util__WEBPACK_IMPORTED_MODULE_4__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
async function openssl(args, cwd) {
    try {
        await run('openssl', args, { cwd });
    }
    catch (error) {
        const code = error.code;
        throw new _deploy_kit_core__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j1(code === 'ENOENT' ? 'The sandbox needs the openssl command to create its certificates, and it is not installed.' : `openssl ${args[0]} failed: ${error.message}`, {
            remediation: code === 'ENOENT' ? 'Install OpenSSL (Debian/Ubuntu: apt-get install openssl).' : 'Check that the sandbox directory is writable.',
        });
    }
}
/**
 * Creates the CA in `dir`, or reuses the one already there. Reuse matters: a test run or a
 * shell that exported NODE_EXTRA_CA_CERTS keeps trusting the sandbox across restarts.
 */
async function ensureCa(dir) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true });
    const certFile = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 'ca.pem');
    const keyFile = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 'ca.key');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(certFile) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(keyFile)) {
        await openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', 'ca.key'], dir);
        await openssl(['req', '-x509', '-new', '-key', 'ca.key', '-sha256', '-days', '825', '-subj', '/CN=deploy-kit sandbox CA',
            '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign', '-out', 'ca.pem'], dir);
    }
    return { certFile, keyFile, certPem: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(certFile, 'utf8') };
}
/** A server certificate for localhost, 127.0.0.1 and ::1, signed by the CA; cached in `dir`. */
async function ensureServerCredentials(ca, dir) {
    const keyFile = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 'server.key');
    const certFile = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 'server.pem');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(keyFile) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(certFile)) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 'server.ext'), 'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n');
        await openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', 'server.key'], dir);
        await openssl(['req', '-new', '-key', 'server.key', '-subj', '/CN=localhost', '-out', 'server.csr'], dir);
        await openssl(['x509', '-req', '-in', 'server.csr', '-CA', ca.certFile, '-CAkey', ca.keyFile, '-CAcreateserial', '-days', '397', '-sha256', '-extfile', 'server.ext', '-out', 'server.pem'], dir);
    }
    return { key: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(keyFile, 'utf8'), cert: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(certFile, 'utf8') };
}


/***/ })

};

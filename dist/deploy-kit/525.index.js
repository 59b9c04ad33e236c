export const id = 525;
export const ids = [525];
export const modules = {

/***/ 3525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  criteriaOf: () => (/* reexport */ criteriaOf),
  findErrorCodes: () => (/* reexport */ findErrorCodes),
  findFailure: () => (/* reexport */ findFailure),
  healthGateAction: () => (/* reexport */ healthGateAction),
  isJsonSubset: () => (/* reexport */ isJsonSubset),
  jsonSubsetMismatch: () => (/* reexport */ jsonSubsetMismatch),
  p95: () => (/* reexport */ p95),
  parseStatusSpec: () => (/* reexport */ parseStatusSpec),
  percentile: () => (/* reexport */ percentile),
  probeUrl: () => (/* reexport */ probeUrl),
  renderHealthSummary: () => (/* reexport */ renderHealthSummary),
  runHealthGate: () => (/* reexport */ runHealthGate),
  settingsFromInputs: () => (/* reexport */ settingsFromInputs),
  statusMatches: () => (/* reexport */ statusMatches),
  systemClock: () => (/* reexport */ systemClock),
  writeHealthEvidence: () => (/* reexport */ writeHealthEvidence)
});

// EXTERNAL MODULE: ./packages/action-specs/src/index.ts + 10 modules
var src = __webpack_require__(9890);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/contracts/src/index.ts + 12 modules
var contracts_src = __webpack_require__(1099);
;// CONCATENATED MODULE: ./packages/health-gate/src/evidence.ts



/**
 * Writes one samples file per URL, then the aggregate that release-decision reads. Sample files
 * of an earlier run with the same name are removed first, so the directory never mixes runs.
 */
async function writeHealthEvidence(result, target) {
    const store = target.store ?? new contracts_src/* ArtifactStore */.cJ();
    const paths = new contracts_src/* ArtifactPaths */.$$(target.artifactsDir, target.sha);
    const redact = target.redact ?? ((text) => text);
    await (0,promises_.rm)(external_node_path_default().dirname(paths.healthSamples(target.name, 0)), { recursive: true, force: true });
    const samplePaths = [];
    for (const [index, verdict] of result.urls.entries()) {
        const file = paths.healthSamples(target.name, index);
        await store.write(contracts_src/* healthSamplesContract */.aK, file, samplesDocument(verdict, target, redact));
        samplePaths.push(file);
    }
    const evidence = {
        schemaVersion: 1,
        kind: 'health-evidence',
        sha: target.sha,
        name: target.name,
        status: result.status,
        dryRun: target.dryRun,
        reason: redact(result.reason),
        startedAt: new Date(result.startedAt).toISOString(),
        finishedAt: new Date(result.finishedAt).toISOString(),
        durationMs: Math.round(result.finishedAt - result.startedAt),
        criteria: criteriaOf(result.options),
        samples: result.samples,
        p95Ms: result.p95Ms,
        urls: result.urls.map((verdict, index) => ({
            url: redact(verdict.url),
            status: verdict.status,
            reason: redact(verdict.reason),
            samples: verdict.samples.length,
            p95Ms: verdict.p95Ms,
            evidence: relativeTo(target.artifactsDir, samplePaths[index]),
        })),
    };
    const written = await store.write(contracts_src/* healthEvidenceContract */.Ir, paths.healthEvidence(target.name), evidence);
    return { path: written.path, sha256: written.sha256, evidence, samplePaths };
}
function samplesDocument(verdict, target, redact) {
    return {
        schemaVersion: 1,
        kind: 'health-samples',
        sha: target.sha,
        name: target.name,
        url: redact(verdict.url),
        status: verdict.status,
        reason: redact(verdict.reason),
        samples: verdict.samples.map((sample) => redactSample(sample, redact)),
    };
}
function redactSample(sample, redact) {
    return {
        ...sample,
        ...(sample.error !== undefined ? { error: redact(sample.error) } : {}),
        ...(sample.failure !== undefined ? { failure: redact(sample.failure) } : {}),
        ...(sample.redirects !== undefined ? { redirects: sample.redirects.map(redact) } : {}),
        ...(sample.bodyExcerpt !== undefined ? { bodyExcerpt: redact(sample.bodyExcerpt) } : {}),
    };
}
function criteriaOf(options) {
    const { criteria } = options;
    return {
        expectStatus: criteria.status.text,
        ...(criteria.expectBody !== undefined ? { expectBody: criteria.expectBody } : {}),
        ...(criteria.expectJson !== undefined ? { expectJson: { ...criteria.expectJson } } : {}),
        ...(criteria.expectErrorCode !== undefined ? { expectErrorCode: criteria.expectErrorCode } : {}),
        consecutive: options.consecutive,
        maxFailures: options.maxFailures,
        timeoutMs: options.timeoutMs,
        requestTimeoutMs: options.requestTimeoutMs,
        ...(options.latencyP95Ms !== undefined ? { latencyP95Ms: options.latencyP95Ms } : {}),
        intervalMs: options.intervalMs,
        maxIntervalMs: options.maxIntervalMs,
    };
}
/** Paths inside the artifacts directory are written with forward slashes on every OS. */
function relativeTo(root, file) {
    return external_node_path_default().relative(root, file).split((external_node_path_default()).sep).join('/');
}

// EXTERNAL MODULE: ./packages/core/src/index.ts + 31 modules
var core_src = __webpack_require__(9045);
;// CONCATENATED MODULE: ./packages/health-gate/src/clock.ts
const systemClock = {
    now: () => performance.timeOrigin + performance.now(),
    sleep: (ms, signal) => new Promise((resolve) => {
        if (signal?.aborted) {
            resolve(false);
            return;
        }
        const onAbort = () => {
            clearTimeout(timer);
            resolve(false);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve(true);
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
;// CONCATENATED MODULE: ./packages/health-gate/src/transport-errors.ts

const TLS_TRUST = new Set([
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'UNABLE_TO_GET_ISSUER_CERT',
    'CERT_UNTRUSTED',
]);
const MEANINGS = {
    ECONNREFUSED: 'connection refused: nothing is listening there (yet)',
    ECONNRESET: 'the server closed the connection without answering',
    EPIPE: 'the server closed the connection while the request was sent',
    ENOTFOUND: 'the host name does not resolve',
    EAI_AGAIN: 'the host name could not be resolved (DNS is not answering)',
    EHOSTUNREACH: 'the host is unreachable',
    ENETUNREACH: 'the network is unreachable',
    ETIMEDOUT: 'the connection attempt timed out',
    CERT_HAS_EXPIRED: 'the server certificate has expired',
    ERR_TLS_CERT_ALTNAME_INVALID: 'the server certificate is not valid for this host name',
    HPE_INVALID_CONSTANT: 'the answer is not valid HTTP',
    cancelled: 'cancelled: the gate no longer needs this sample',
};
/** What a transport failure means, for the log and the evidence. */
function describeTransportError(code, error, timeoutMs) {
    if (code === 'timeout')
        return `no complete answer within ${timeoutMs} ms`;
    if (TLS_TRUST.has(code))
        return `the server certificate is not trusted (${code}); give the CA to Node with NODE_EXTRA_CA_CERTS`;
    const meaning = MEANINGS[code];
    if (meaning)
        return meaning;
    return `request failed: ${(0,core_src/* errorMessage */.gJ)(error)}`;
}

;// CONCATENATED MODULE: ./packages/health-gate/src/display-url.ts
/** A URL as it may be shown and written: a password in it is replaced by ***. */
function displayUrl(url) {
    const parsed = new URL(String(url));
    if (parsed.password)
        parsed.password = '***';
    return parsed.toString();
}

;// CONCATENATED MODULE: ./packages/health-gate/src/http-probe.ts






const DEFAULT_MAX_REDIRECTS = 5;
const DEFAULT_BODY_LIMIT = 1024 * 1024;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Not sent on to another origin after a redirect, as browsers and curl do. */
const CREDENTIAL_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);
/**
 * One sample: a GET with a fresh connection (no keep-alive, so every sample proves the server
 * accepts connections), following up to `maxRedirects` redirects. Never throws: transport
 * failures come back as `kind: 'error'` with a code.
 */
async function probeUrl(request) {
    const started = performance.now();
    const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
    const timeout = AbortSignal.timeout(Math.max(1, Math.round(request.timeoutMs)));
    const signal = request.signal ? AbortSignal.any([timeout, request.signal]) : timeout;
    const maxRedirects = request.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
    const redirects = [];
    let url = new URL(request.url);
    let headers = { ...request.headers };
    try {
        for (let hop = 0;; hop++) {
            const answer = await requestOnce(url, headers, signal, request.ca, request.bodyLimit ?? DEFAULT_BODY_LIMIT);
            if (!REDIRECT_STATUSES.has(answer.status) || answer.location === undefined) {
                return { kind: 'answer', status: answer.status, body: answer.body, latencyMs: elapsed(), redirects };
            }
            const next = new URL(answer.location, url);
            redirects.push(`${answer.status} ${displayUrl(next)}`);
            if (hop >= maxRedirects) {
                return { kind: 'error', code: 'too_many_redirects', message: `more than ${maxRedirects} redirects`, latencyMs: elapsed(), redirects };
            }
            if (next.protocol !== 'http:' && next.protocol !== 'https:') {
                return { kind: 'error', code: 'bad_redirect', message: `redirected to ${next.protocol}, which is not HTTP`, latencyMs: elapsed(), redirects };
            }
            if (next.origin !== url.origin)
                headers = withoutCredentials(headers);
            url = next;
        }
    }
    catch (error) {
        const code = request.signal?.aborted ? 'cancelled' : timeout.aborted ? 'timeout' : errorCode(error);
        return { kind: 'error', code, message: describeTransportError(code, error, request.timeoutMs), latencyMs: elapsed(), redirects };
    }
}
function requestOnce(url, headers, signal, ca, bodyLimit) {
    return new Promise((resolve, reject) => {
        const secure = url.protocol === 'https:';
        const options = {
            method: 'GET',
            headers: { accept: 'application/json, text/plain;q=0.9, */*;q=0.5', 'user-agent': `deploy-kit-health-gate/${core_src/* VERSION */.xv}`, ...headers, connection: 'close' },
            agent: false,
            signal,
            ...(secure && ca ? { ca: [...external_node_tls_default().getCACertificates('default'), ca] } : {}),
        };
        const req = (secure ? (external_node_https_default()) : (external_node_http_default())).request(url, options, (res) => {
            const chunks = [];
            let size = 0;
            const finish = () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body: Buffer.concat(chunks).toString('utf8') });
            res.on('data', (chunk) => {
                chunks.push(chunk);
                size += chunk.length;
                if (size >= bodyLimit) {
                    finish();
                    res.destroy();
                }
            });
            res.on('end', finish);
            res.on('error', reject);
        });
        req.on('error', reject);
        req.end();
    });
}
function withoutCredentials(headers) {
    return Object.fromEntries(Object.entries(headers).filter(([name]) => !CREDENTIAL_HEADERS.has(name.toLowerCase())));
}
function errorCode(error) {
    const code = error?.code;
    return typeof code === 'string' && code.length > 0 ? code : 'request_failed';
}

;// CONCATENATED MODULE: ./packages/health-gate/src/percentile.ts
/**
 * Nearest-rank percentile: the smallest value such that at least p% of the values are at or
 * below it. With few samples the p95 is the maximum, which is the honest answer.
 */
function percentile(values, p) {
    if (values.length === 0)
        return null;
    if (!(p > 0 && p <= 100))
        throw new RangeError(`percentile must be in (0, 100], got ${p}`);
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.ceil((p / 100) * sorted.length);
    return sorted[Math.max(0, rank - 1)];
}
function p95(values) {
    return percentile(values, 95);
}

;// CONCATENATED MODULE: ./packages/health-gate/src/error-code.ts
const ERROR_CODE_PLACES = 'error.code, error, code or errors[].code';
/**
 * The error codes a JSON error body carries, in the shapes APIs actually answer with:
 * `{"error":{"code":…}}` (Azure, Graph, our APIs, with `innererror.code` under it),
 * `{"error":"…","error_description":…}` (OAuth 2), `{"code":…}` and `{"errors":[{"code":…}]}`.
 */
function findErrorCodes(body) {
    if (!isObject(body))
        return [];
    const found = [];
    const add = (path, value) => {
        if (typeof value === 'string' && value.length > 0)
            found.push({ path, code: value });
        else if (typeof value === 'number')
            found.push({ path, code: String(value) });
    };
    const { error, code, errors } = body;
    if (typeof error === 'string')
        add('error', error);
    if (isObject(error)) {
        add('error.code', error.code);
        if (isObject(error.innererror))
            add('error.innererror.code', error.innererror.code);
    }
    add('code', code);
    if (Array.isArray(errors))
        errors.forEach((item, index) => isObject(item) && add(`errors[${index}].code`, item.code));
    return found;
}
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./packages/health-gate/src/json-subset.ts
/**
 * Deep subset match: `actual` contains `expected` when every key of an expected object is
 * present with a matching value, every element of an expected array matches some element of the
 * actual array (order does not matter), and primitives are equal. `"unhealthy"` does not
 * contain `"healthy"` here, which is the point: a substring check would say it does.
 */
function jsonSubsetMismatch(actual, expected, path = '$') {
    if (Array.isArray(expected)) {
        if (!Array.isArray(actual))
            return `${path} is ${describe(actual)}, expected an array`;
        for (const item of expected) {
            if (!actual.some((candidate) => jsonSubsetMismatch(candidate, item) === undefined)) {
                return `${path} has no element matching ${JSON.stringify(item)}`;
            }
        }
        return undefined;
    }
    if (json_subset_isObject(expected)) {
        if (!json_subset_isObject(actual))
            return `${path} is ${describe(actual)}, expected an object`;
        for (const [key, value] of Object.entries(expected)) {
            const child = childPath(path, key);
            if (!Object.hasOwn(actual, key))
                return `${child} is missing`;
            const mismatch = jsonSubsetMismatch(actual[key], value, child);
            if (mismatch !== undefined)
                return mismatch;
        }
        return undefined;
    }
    return actual === expected ? undefined : `${path} is ${describe(actual)}, expected ${JSON.stringify(expected)}`;
}
function isJsonSubset(actual, expected) {
    return jsonSubsetMismatch(actual, expected) === undefined;
}
function json_subset_isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function childPath(path, key) {
    return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}
function describe(value) {
    if (value === undefined)
        return 'missing';
    if (Array.isArray(value))
        return 'an array';
    if (json_subset_isObject(value))
        return 'an object';
    return JSON.stringify(value);
}

;// CONCATENATED MODULE: ./packages/health-gate/src/status-spec.ts

const EXACT = /^[1-9]\d\d$/;
const CLASS = /^([1-9])xx$/i;
const RANGE = /^([1-9]\d\d)\s*-\s*([1-9]\d\d)$/;
function parseStatusSpec(text, input = 'expect-status') {
    const ranges = [];
    const parts = text.split(',').map((part) => part.trim()).filter((part) => part.length > 0);
    for (const part of parts) {
        const range = RANGE.exec(part);
        const statusClass = CLASS.exec(part);
        if (EXACT.test(part))
            ranges.push([Number(part), Number(part)]);
        else if (statusClass)
            ranges.push([Number(statusClass[1]) * 100, Number(statusClass[1]) * 100 + 99]);
        else if (range && Number(range[1]) <= Number(range[2]))
            ranges.push([Number(range[1]), Number(range[2])]);
        else
            throw new core_src/* InputError */.dz(input, `'${part}' is not a status code, class or range.`, `Write codes such as '200', '200,204', '2xx' or '200-299'.`);
    }
    if (ranges.length === 0)
        throw new core_src/* InputError */.dz(input, 'names no status code.', `Write codes such as '200', '200,204', '2xx' or '200-299'.`);
    return { text: parts.join(','), ranges };
}
function statusMatches(spec, status) {
    return spec.ranges.some(([low, high]) => status >= low && status <= high);
}

;// CONCATENATED MODULE: ./packages/health-gate/src/assertions.ts



const MESSAGE_EXCERPT = 160;
/** Returns why `answer` does not satisfy `criteria`, or undefined when it does. */
function findFailure(answer, criteria) {
    if (!statusMatches(criteria.status, answer.status)) {
        return `status ${answer.status}, expected ${criteria.status.text}; body ${excerpt(answer.body)}`;
    }
    if (criteria.expectBody !== undefined && !answer.body.includes(criteria.expectBody)) {
        return `body ${excerpt(answer.body)} does not contain ${JSON.stringify(criteria.expectBody)}`;
    }
    if (criteria.expectJson === undefined && criteria.expectErrorCode === undefined)
        return undefined;
    let json;
    try {
        json = JSON.parse(answer.body);
    }
    catch {
        return `body ${excerpt(answer.body)} is not JSON`;
    }
    if (criteria.expectJson !== undefined) {
        const mismatch = jsonSubsetMismatch(json, criteria.expectJson);
        if (mismatch !== undefined)
            return `body ${excerpt(answer.body)} does not contain ${JSON.stringify(criteria.expectJson)} (${mismatch})`;
    }
    if (criteria.expectErrorCode !== undefined) {
        const codes = findErrorCodes(json);
        if (codes.length === 0)
            return `body ${excerpt(answer.body)} has no error code; expected ${JSON.stringify(criteria.expectErrorCode)} in ${ERROR_CODE_PLACES}`;
        if (!codes.some((found) => found.code === criteria.expectErrorCode)) {
            const seen = codes.map((found) => `${JSON.stringify(found.code)} (${found.path})`).join(', ');
            return `error code ${seen}, expected ${JSON.stringify(criteria.expectErrorCode)}`;
        }
    }
    return undefined;
}
/** One line of the body for messages; the full excerpt is in the evidence. */
function excerpt(body, limit = MESSAGE_EXCERPT) {
    const flat = body.replace(/\s+/g, ' ').trim();
    if (flat.length === 0)
        return '(empty)';
    return flat.length > limit ? `${flat.slice(0, limit)}…` : flat;
}

;// CONCATENATED MODULE: ./packages/health-gate/src/sample.ts


/** Turns one probe result into the sample recorded as evidence: what happened and, if it failed, why. */
function recordSample(n, startedAt, gateStartedAt, result, criteria) {
    const base = {
        n,
        at: new Date(startedAt).toISOString(),
        elapsedMs: Math.max(0, Math.round(startedAt - gateStartedAt)),
        latencyMs: result.latencyMs,
        outcome: 'fail',
        ...(result.redirects.length > 0 ? { redirects: [...result.redirects] } : {}),
    };
    if (result.kind === 'error')
        return { ...base, error: result.code, failure: result.message };
    const failure = findFailure(result, criteria);
    return {
        ...base,
        outcome: failure === undefined ? 'pass' : 'fail',
        httpStatus: result.status,
        ...(failure === undefined ? {} : { failure }),
        ...(result.body.length > 0 ? { bodyExcerpt: result.body.slice(0, contracts_src/* BODY_EXCERPT_LIMIT */.lR) } : {}),
    };
}
/** A short tag for the kind of result, so the log speaks only when it changes. */
function sampleState(sample) {
    if (sample.outcome === 'pass')
        return 'pass';
    return sample.error ?? `status ${sample.httpStatus ?? '?'}: ${sample.failure ?? ''}`;
}

;// CONCATENATED MODULE: ./packages/health-gate/src/schedule.ts
const DEFAULT_BACKOFF_FACTOR = 2;
/**
 * After a pass (or before any failure) the base interval; after k failures in a row
 * interval × factor^(k-1), capped, so a URL that becomes healthy is seen within the cap.
 */
function delayBeforeNextSample(failuresInARow, schedule) {
    if (failuresInARow <= 1)
        return schedule.intervalMs;
    const grown = schedule.intervalMs * schedule.backoffFactor ** (failuresInARow - 1);
    return Math.min(schedule.maxIntervalMs, Math.max(schedule.intervalMs, grown));
}
/**
 * The earliest moment the last of `passesNeeded` passing samples could start, if the next one
 * starts after `delayMs` and each further one `intervalMs` after the one before (answers taking
 * no time at all, which is the best case).
 */
function earliestFinalSampleStart(nowMs, delayMs, passesNeeded, schedule) {
    return nowMs + delayMs + Math.max(0, passesNeeded - 1) * schedule.intervalMs;
}
/** A sample must finish before the deadline, so its timeout never reaches past it. */
function requestTimeoutFor(nowMs, deadlineMs, requestTimeoutMs) {
    return Math.max(0, Math.floor(Math.min(requestTimeoutMs, deadlineMs - nowMs)));
}

;// CONCATENATED MODULE: ./packages/health-gate/src/url-gate.ts





/** A bound on the loop; the deadline normally ends it long before. */
const MAX_SAMPLES_PER_URL = 100_000;
/**
 * Samples one URL until its verdict is certain: `consecutive` passes in a row (then the latency
 * budget decides), `max-failures` failures in a row, or a deadline that can no longer be met.
 * Stops at once, mid-request or mid-wait, when the gate cancels it.
 */
async function runUrlGate(url, context) {
    const { options, clock, logger, signal } = context;
    const shown = displayUrl(url);
    const schedule = { intervalMs: options.intervalMs, maxIntervalMs: options.maxIntervalMs, backoffFactor: options.backoffFactor ?? DEFAULT_BACKOFF_FACTOR };
    const samples = [];
    const passingLatencies = [];
    let passes = 0;
    let failures = 0;
    let lastState = '';
    const verdict = (status, reason) => ({ url: shown, status, reason, samples, p95Ms: p95(passingLatencies) });
    const cancelled = () => verdict('cancelled', `cancelled: ${signal.reason instanceof Error ? signal.reason.message : String(signal.reason ?? 'the gate stopped')}`);
    const lastFailure = () => samples.findLast((sample) => sample.outcome === 'fail')?.failure;
    const deadlineReason = (detail) => {
        const last = lastFailure();
        return `deadline ${(0,core_src/* formatDuration */.a3)(options.timeoutMs)} ${detail}${last ? `; last failure: ${last}` : ''}`;
    };
    for (let n = 1; n <= MAX_SAMPLES_PER_URL; n++) {
        if (signal.aborted)
            return cancelled();
        const start = clock.now();
        const timeoutMs = requestTimeoutFor(start, context.deadline, options.requestTimeoutMs);
        if (timeoutMs <= 0)
            return verdict('fail', deadlineReason(`reached after ${count(samples.length, 'sample')}`));
        const result = await context.probe({ url, headers: options.headers ?? {}, timeoutMs, signal, ca: options.ca });
        // A sample cut short by cancellation proves nothing either way; it is not recorded.
        if (signal.aborted)
            return cancelled();
        const sample = recordSample(n, start, context.startedAt, result, options.criteria);
        samples.push(sample);
        if (sample.outcome === 'pass') {
            passes++;
            failures = 0;
            passingLatencies.push(sample.latencyMs);
        }
        else {
            failures++;
            passes = 0;
        }
        logger.debug(`${shown} #${n}: ${sample.outcome} ${sample.httpStatus ?? sample.error ?? ''} in ${sample.latencyMs} ms${sample.failure ? ` — ${sample.failure}` : ''}`);
        const state = sampleState(sample);
        if (state !== lastState)
            logger.info(sample.outcome === 'pass' ? `${shown}: passing (HTTP ${sample.httpStatus})` : `${shown}: failing — ${sample.failure}`);
        lastState = state;
        if (passes >= options.consecutive) {
            const latency = p95(passingLatencies) ?? 0;
            const budget = options.latencyP95Ms;
            if (budget !== undefined && latency > budget) {
                return verdict('fail', `p95 latency ${latency} ms over the ${budget} ms budget (${count(passingLatencies.length, 'passing sample')})`);
            }
            return verdict('pass', `${count(passes, 'passing sample')} in a row, p95 ${latency} ms${budget !== undefined ? ` (budget ${budget} ms)` : ''}`);
        }
        if (sample.outcome === 'fail' && options.maxFailures > 0 && failures >= options.maxFailures) {
            return verdict('fail', `${count(failures, 'failed sample')} in a row (max-failures ${options.maxFailures}); last: ${sample.failure}`);
        }
        const delay = delayBeforeNextSample(failures, schedule);
        const now = clock.now();
        const needed = options.consecutive - passes;
        if (earliestFinalSampleStart(now, delay, needed, schedule) >= context.deadline) {
            const left = Math.max(0, context.deadline - now);
            return verdict('fail', deadlineReason(`cannot be met: ${count(needed, 'more passing sample')} ${needed === 1 ? 'needs' : 'need'} at least ${(0,core_src/* formatDuration */.a3)(delay + (needed - 1) * schedule.intervalMs)}, ${(0,core_src/* formatDuration */.a3)(left)} left`));
        }
        if (!(await clock.sleep(delay, signal)))
            return cancelled();
    }
    return verdict('fail', `stopped after ${MAX_SAMPLES_PER_URL} samples; use a longer interval or a shorter timeout`);
}
function count(n, what) {
    return `${n} ${what}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./packages/health-gate/src/validate-options.ts

/**
 * Refuses settings under which the gate could never pass, before a single request is made: a
 * gate that is bound to fail should say so at once, not after the deadline.
 */
function validateGateOptions(options) {
    if (options.urls.length === 0)
        throw new core_src/* InputError */.dz('urls', 'names no URL.', "Give at least one URL, e.g. 'https://api.example.com/health'.");
    const positive = [
        ['consecutive', options.consecutive],
        ['timeout', options.timeoutMs],
        ['request-timeout', options.requestTimeoutMs],
        ['interval', options.intervalMs],
        ['max-interval', options.maxIntervalMs],
    ];
    for (const [input, value] of positive) {
        if (!(Number.isFinite(value) && value > 0))
            throw new core_src/* InputError */.dz(input, `must be greater than zero, got ${value}.`, `Set '${input}' to a positive value.`);
    }
    if (!(Number.isInteger(options.maxFailures) && options.maxFailures >= 0)) {
        throw new core_src/* InputError */.dz('max-failures', `must be a whole number of at least 0, got ${options.maxFailures}.`, "Use 0 to keep trying until the deadline.");
    }
    if (options.maxIntervalMs < options.intervalMs) {
        throw new core_src/* InputError */.dz('max-interval', `(${(0,core_src/* formatDuration */.a3)(options.maxIntervalMs)}) is shorter than 'interval' (${(0,core_src/* formatDuration */.a3)(options.intervalMs)}).`, `Set 'max-interval' to at least ${(0,core_src/* formatDuration */.a3)(options.intervalMs)}.`);
    }
    const shortest = (options.consecutive - 1) * options.intervalMs;
    if (shortest >= options.timeoutMs) {
        throw new core_src/* InputError */.dz('timeout', `(${(0,core_src/* formatDuration */.a3)(options.timeoutMs)}) is too short for ${options.consecutive} consecutive passes ${(0,core_src/* formatDuration */.a3)(options.intervalMs)} apart (at least ${(0,core_src/* formatDuration */.a3)(shortest)}).`, `Raise 'timeout' above ${(0,core_src/* formatDuration */.a3)(shortest)}, or lower 'consecutive' or 'interval'.`);
    }
}

;// CONCATENATED MODULE: ./packages/health-gate/src/gate.ts






/** Stops the other URLs once the gate's verdict is certain; `message` says which URL decided it. */
class GateDecided extends Error {
}
/**
 * Checks every URL concurrently. The gate passes when every URL passes and fails as soon as one
 * URL fails for certain; the URLs still being sampled are then cancelled mid-request.
 */
async function runHealthGate(options, deps = {}) {
    validateGateOptions(options);
    const clock = deps.clock ?? systemClock;
    const logger = deps.logger ?? core_src/* silentLogger */.qq;
    const startedAt = clock.now();
    const controller = new AbortController();
    const context = { options, clock, logger, probe: deps.probe ?? probeUrl, startedAt, deadline: startedAt + options.timeoutMs, signal: controller.signal };
    const urls = await Promise.all(options.urls.map(async (url) => {
        const verdict = await runUrlGate(url, context);
        logger.info(`${verdict.url}: ${verdict.status} — ${verdict.reason}`);
        if (verdict.status === 'fail' && !controller.signal.aborted)
            controller.abort(new GateDecided(`${verdict.url} failed`));
        return verdict;
    }));
    const finishedAt = clock.now();
    const failed = urls.filter((verdict) => verdict.status === 'fail');
    const passingLatencies = urls.flatMap((verdict) => verdict.samples.filter((sample) => sample.outcome === 'pass').map((sample) => sample.latencyMs));
    return {
        status: failed.length === 0 ? 'pass' : 'fail',
        reason: failed.length === 0 ? passReason(urls) : failed.map((verdict) => `${verdict.url}: ${verdict.reason}`).join('; '),
        startedAt,
        finishedAt,
        urls,
        samples: urls.reduce((total, verdict) => total + verdict.samples.length, 0),
        p95Ms: p95(passingLatencies),
        options,
    };
}
function passReason(urls) {
    if (urls.length === 1)
        return urls[0].reason;
    return `all ${urls.length} URLs passed`;
}

;// CONCATENATED MODULE: ./packages/health-gate/src/headers.ts

const HEADER_START = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:(.*)$/;
/** Header names whose values are credentials: masked in logs, never written. */
const CREDENTIAL_NAME = /^(authorization|proxy-authorization|cookie)$|token|secret|password|api-?key|auth/i;
/**
 * Reads `Name: value` items. List inputs are also split at commas, and header values contain
 * commas (`Accept: text/html, application/json`), so an item that does not start with a header
 * name continues the previous header's value.
 */
function parseHeaders(items) {
    const headers = {};
    let current;
    for (const item of items) {
        const match = HEADER_START.exec(item);
        if (match) {
            current = match[1].toLowerCase();
            const value = match[2].trim();
            headers[current] = headers[current] === undefined ? value : `${headers[current]}, ${value}`;
        }
        else if (current !== undefined) {
            headers[current] = `${headers[current]}, ${item.trim()}`;
        }
        else {
            throw new core_src/* InputError */.dz('headers', `'${item.split(':')[0]}…' is not a 'Name: value' header.`, "Write one header per line, e.g. 'X-Probe: deploy-kit'.");
        }
    }
    for (const [name, value] of Object.entries(headers)) {
        if (/[\r\n\0]/.test(value))
            throw new core_src/* InputError */.dz('headers', `the value of '${name}' contains a line break.`, 'Write each header on one line.');
    }
    const secrets = Object.entries(headers)
        .filter(([name]) => CREDENTIAL_NAME.test(name))
        .flatMap(([, value]) => [value, value.replace(/^(bearer|basic|token)\s+/i, '')]);
    return { headers, secrets };
}

;// CONCATENATED MODULE: ./packages/health-gate/src/options.ts





/** Turns the action's parsed inputs into gate options, refusing combinations that cannot work. */
function settingsFromInputs(inputs) {
    const name = inputs.name.trim();
    if (!(0,contracts_src/* isSafeArtifactName */.hY)(name)) {
        throw new core_src/* InputError */.dz('name', `'${name}' cannot name an evidence file.`, "Use letters, digits, '.', '_' and '-' only, e.g. 'api-health'.");
    }
    const { headers, secrets } = parseHeaders(inputs.headers);
    const token = inputs['bearer-token']?.trim();
    if (token) {
        if (headers.authorization !== undefined) {
            throw new core_src/* InputError */.dz('bearer-token', "is given and 'headers' also sets Authorization.", "Give the credential once: either 'bearer-token' or an Authorization header.");
        }
        headers.authorization = `Bearer ${token}`;
        secrets.push(token);
    }
    for (const url of inputs.urls) {
        const password = new URL(url).password;
        if (password)
            secrets.push(decodeURIComponent(password), password);
    }
    const expectErrorCode = inputs['expect-error-code']?.trim() || undefined;
    const status = parseStatusSpec(inputs['expect-status'] ?? (expectErrorCode ? '4xx' : '200'));
    const gate = {
        urls: inputs.urls,
        criteria: {
            status,
            ...(inputs['expect-body'] !== undefined ? { expectBody: inputs['expect-body'] } : {}),
            ...(inputs['expect-json'] !== undefined ? { expectJson: inputs['expect-json'] } : {}),
            ...(expectErrorCode !== undefined ? { expectErrorCode } : {}),
        },
        consecutive: inputs.consecutive,
        maxFailures: inputs['max-failures'],
        timeoutMs: inputs.timeout,
        requestTimeoutMs: inputs['request-timeout'],
        intervalMs: inputs.interval,
        maxIntervalMs: inputs['max-interval'],
        ...(inputs['latency-p95'] !== undefined ? { latencyP95Ms: inputs['latency-p95'] } : {}),
        headers,
    };
    validateGateOptions(gate);
    return { name, sha: inputs.sha, artifactsDir: inputs['artifacts-dir'], dryRun: inputs['dry-run'], secrets, gate };
}

;// CONCATENATED MODULE: ./packages/health-gate/src/summary.ts

const ICON = { pass: '✅', fail: '❌', cancelled: '⏹️' };
/** The step summary: the verdict, one row per URL, and what was required. */
function renderHealthSummary(evidence, evidencePath) {
    const heading = `### ${ICON[evidence.status]} Health gate \`${evidence.name}\`: ${evidence.status}${evidence.dryRun ? ' (dry run)' : ''}`;
    const lines = [heading, ''];
    if (evidence.dryRun && evidence.status === 'fail')
        lines.push('> Dry run: the verdict is reported, the step does not fail.', '');
    lines.push(`${cell(evidence.reason)}`, '');
    lines.push('| URL | Verdict | Samples | p95 | Reason |', '|---|---|---:|---:|---|');
    for (const url of evidence.urls) {
        lines.push(`| ${cell(url.url)} | ${ICON[url.status]} ${url.status} | ${url.samples} | ${url.p95Ms === null ? '–' : `${url.p95Ms} ms`} | ${cell(url.reason)} |`);
    }
    lines.push('', `**Criteria:** ${describeCriteria(evidence)}`, '');
    lines.push(`Took ${(0,core_src/* formatDuration */.a3)(evidence.durationMs)}, ${evidence.samples} samples. Evidence: \`${evidencePath}\``, '');
    return lines.join('\n');
}
function describeCriteria(evidence) {
    const c = evidence.criteria;
    const parts = [`status ${c.expectStatus}`];
    if (c.expectBody !== undefined)
        parts.push(`body contains \`${cell(c.expectBody)}\``);
    if (c.expectJson !== undefined)
        parts.push(`JSON contains \`${cell(JSON.stringify(c.expectJson))}\``);
    if (c.expectErrorCode !== undefined)
        parts.push(`error code \`${cell(c.expectErrorCode)}\``);
    parts.push(`${c.consecutive} in a row`);
    if (c.maxFailures > 0)
        parts.push(`give up after ${c.maxFailures} failures in a row`);
    if (c.latencyP95Ms !== undefined)
        parts.push(`p95 ≤ ${c.latencyP95Ms} ms`);
    parts.push(`request timeout ${(0,core_src/* formatDuration */.a3)(c.requestTimeoutMs)}`, `deadline ${(0,core_src/* formatDuration */.a3)(c.timeoutMs)}`, `interval ${(0,core_src/* formatDuration */.a3)(c.intervalMs)}–${(0,core_src/* formatDuration */.a3)(c.maxIntervalMs)}`);
    return parts.join(' · ');
}
/** Text inside a table cell: one line, no column breaks. */
function cell(text) {
    return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').replace(/`/g, "'");
}

;// CONCATENATED MODULE: ./packages/health-gate/src/action.ts





/** The health-gate action: runs the gate, writes the evidence, reports the verdict. */
const healthGateAction = {
    spec: src/* healthGateSpec */.Hm,
    async run(inputs, { runtime }) {
        const settings = settingsFromInputs(inputs);
        for (const secret of settings.secrets)
            runtime.setSecret(secret);
        const { gate } = settings;
        runtime.log.info(`Checking ${gate.urls.length} URL${gate.urls.length === 1 ? '' : 's'} until ${gate.consecutive} pass in a row (status ${gate.criteria.status.text})${settings.dryRun ? ' — dry run' : ''}.`);
        const result = await runHealthGate(gate, { logger: runtime.log });
        const written = await writeHealthEvidence(result, {
            artifactsDir: settings.artifactsDir,
            sha: settings.sha,
            name: settings.name,
            dryRun: settings.dryRun,
            redact: (text) => runtime.redactor.redact(text),
        });
        const verdict = `Health gate '${settings.name}': ${result.status} — ${written.evidence.reason}`;
        return {
            ok: result.status === 'pass' || settings.dryRun,
            outputs: {
                verdict: result.status,
                'evidence-path': written.path,
                samples: result.samples,
                ...(result.p95Ms !== null ? { 'p95-ms': result.p95Ms } : {}),
            },
            summary: renderHealthSummary(written.evidence, written.path),
            message: settings.dryRun && result.status === 'fail' ? `${verdict} (dry run: not failing the step)` : verdict,
        };
    },
};

;// CONCATENATED MODULE: ./packages/health-gate/src/index.ts














/***/ })

};

import { randomUUID } from 'node:crypto';

/** An Entra token-endpoint error: HTTP status, OAuth `error`, AADSTS code and its description. */
export interface AadstsError {
  status: number;
  error: string;
  code: number;
  message: string;
  headers?: Record<string, string>;
}

const FEDERATION_DOCS = 'https://learn.microsoft.com/entra/workload-id/workload-identity-federation';
const CASE_NOTE = 'Please note that the matching is done using a case-sensitive comparison. Check your federated identity credential Subject, Audience and Issuer against the presented assertion.';

function withHint(message: string, hint: string | undefined): string {
  return hint ? `${message} (sandbox: ${hint})` : message;
}

/** `2025-11-23T03:46:00.0000000Z`, as Entra writes instants inside messages. */
function entraInstant(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, '.0000000Z');
}

export const aadsts = {
  tenantNotFound: (tenant: string): AadstsError => ({
    status: 400,
    error: 'invalid_request',
    code: 90002,
    message: `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
  }),
  missingParameter: (name: string): AadstsError => ({ status: 400, error: 'invalid_request', code: 900144, message: `The request body must contain the following parameter: '${name}'.` }),
  unsupportedGrantType: (grantType: string): AadstsError => ({
    status: 400,
    error: 'unsupported_grant_type',
    code: 70003,
    message: `The app requested an unsupported grant type '${grantType}'. The sandbox supports client_credentials with a federated client assertion.`,
  }),
  invalidScope: (scope: string): AadstsError => ({
    status: 400,
    error: 'invalid_scope',
    code: 1002012,
    message: `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
  }),
  resourceNotFound: (resource: string, tenantId: string): AadstsError => ({
    status: 400,
    error: 'invalid_resource',
    code: 500011,
    message: `The resource principal named ${resource} was not found in the tenant named ${tenantId}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`,
  }),
  missingCredential: (): AadstsError => ({ status: 401, error: 'invalid_client', code: 7000218, message: "The request body must contain the following parameter: 'client_assertion' or 'client_secret'." }),
  invalidAssertionType: (type: string): AadstsError => ({
    status: 400,
    error: 'invalid_request',
    code: 90014,
    message: `The required field 'client_assertion_type' is missing from the credential or has the unsupported value '${type}'. Use 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'.`,
  }),
  clientSecretRejected: (appId: string): AadstsError => ({
    status: 401,
    error: 'invalid_client',
    code: 7000215,
    message: `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${appId}'. (sandbox: applications here have no secrets; use a federated client assertion.)`,
  }),
  unknownClient: (clientId: string, tenantDisplayName: string): AadstsError => ({
    status: 400,
    error: 'unauthorized_client',
    code: 700016,
    message: `Application with identifier '${clientId}' was not found in the directory '${tenantDisplayName}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
  }),
  malformedAssertion: (reason: string): AadstsError => ({ status: 400, error: 'invalid_request', code: 50027, message: withHint('JWT token is invalid or malformed.', reason) }),
  externalIssuerUnreachable: (issuer: string, hint: string): AadstsError => ({
    status: 400,
    error: 'invalid_request',
    code: 50166,
    message: withHint(`Request to External OIDC endpoint failed. Could not retrieve the signing keys of the issuer '${issuer}'.`, hint),
  }),
  noIssuerMatch: (issuer: string, hint?: string): AadstsError => ({
    status: 400,
    error: 'invalid_request',
    code: 700211,
    message: withHint(`No matching federated identity record found for presented assertion issuer '${issuer}'. ${CASE_NOTE} ${FEDERATION_DOCS}`, hint),
  }),
  noAudienceMatch: (audience: string, hint?: string): AadstsError => ({
    status: 400,
    error: 'invalid_request',
    code: 700212,
    message: withHint(`No matching federated identity record found for presented assertion audience '${audience}'. ${CASE_NOTE} ${FEDERATION_DOCS}`, hint),
  }),
  noSubjectMatch: (issuer: string, subject: string, audience: string, hint?: string): AadstsError => ({
    status: 400,
    error: 'invalid_request',
    code: 70021,
    message: withHint(`No matching federated identity record found for presented assertion. Assertion Issuer: '${issuer}'. Assertion Subject: '${subject}'. Assertion Audience: '${audience}'. ${FEDERATION_DOCS}`, hint),
  }),
  outsideValidTimeRange: (nowSeconds: number, validFrom: number, expiresAt: number): AadstsError => ({
    status: 401,
    error: 'invalid_client',
    code: 700024,
    message: `Client assertion is not within its valid time range. Current time: ${entraInstant(nowSeconds)}, assertion valid from ${entraInstant(validFrom)}, expiry time of assertion ${entraInstant(expiresAt)}. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials .`,
  }),
  transient: (status: number, retryAfterSeconds: number | undefined): AadstsError =>
    status === 429
      ? { status, error: 'temporarily_unavailable', code: 90055, message: 'There are too many incoming requests. Please try again later. (sandbox: injected throttling fault)', headers: retryAfterHeader(retryAfterSeconds) }
      : { status, error: 'temporarily_unavailable', code: 90033, message: 'A transient error has occurred. Please try again. (sandbox: injected fault)', headers: retryAfterHeader(retryAfterSeconds) },
};

function retryAfterHeader(seconds: number | undefined): Record<string, string> | undefined {
  return seconds === undefined ? undefined : { 'retry-after': String(seconds) };
}

/** `2025-11-23 03:46:00Z` */
function entraTimestamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, 'Z');
}

/** The body Entra answers with; the description carries the trace and correlation ids as Entra's does. */
export function aadstsBody(error: AadstsError, context: { nowMs: number; correlationId?: string }) {
  const traceId = randomUUID();
  const correlationId = context.correlationId ?? randomUUID();
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

import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { JsonWebKey } from 'node:crypto';
import { readBody, sendJson, type RouteHandler } from '../http.ts';
import type { Clock } from '../jwt/clock.ts';
import { aadsts, aadstsBody, type AadstsError } from './aadsts.ts';
import type { IdentityEvents } from './identity-events.ts';
import type { IdentityFaults } from './identity-faults.ts';
import { exchangeClientAssertion, type TokenExchangeOptions } from './token-exchange.ts';

export interface EntraRoutesOptions extends TokenExchangeOptions {
  faults: IdentityFaults;
  events: IdentityEvents;
  clock: Clock;
  /** The tenant's signing key, published at the discovery `jwks_uri`. */
  tenantJwk: JsonWebKey;
  baseUrl: () => string;
}

const ENTRA_PATH = /^\/([^/]+)\/(v2\.0\/\.well-known\/openid-configuration|discovery\/v2\.0\/keys|discovery\/keys|oauth2\/v2\.0\/token)$/;

function discoveryDocument(base: string, tenantId: string) {
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
export function createEntraRoutes(options: EntraRoutesOptions): RouteHandler {
  const { directory, clock, faults, events } = options;
  return async (req, res, url) => {
    const match = ENTRA_PATH.exec(url.pathname);
    if (!match) return false;
    const [, tenant, endpoint] = match as unknown as [string, string, string];
    const correlationId = correlationIdOf(req.headers, url);
    const answerError = (error: AadstsError, errorName = error.error) => sendAadsts(res, { ...error, error: errorName }, clock, correlationId);
    const tenantKnown = tenant.toLowerCase() === directory.tenantId.toLowerCase();

    if (endpoint !== 'oauth2/v2.0/token') {
      if (req.method !== 'GET') return false;
      if (!tenantKnown) answerError(aadsts.tenantNotFound(tenant), 'invalid_tenant');
      else if (endpoint.startsWith('v2.0/')) sendJson(res, 200, discoveryDocument(options.baseUrl(), directory.tenantId));
      else sendJson(res, 200, { keys: [options.tenantJwk] });
      return true;
    }
    if (req.method !== 'POST') return false;
    const form = new URLSearchParams((await readBody(req, 1024 * 1024)).toString('utf8'));
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
    sendJson(
      res,
      200,
      { token_type: 'Bearer', expires_in: result.token.expiresIn, ext_expires_in: result.token.expiresIn, access_token: result.token.accessToken },
      { 'cache-control': 'no-store, no-cache', pragma: 'no-cache', ...(correlationId ? { 'client-request-id': correlationId } : {}) },
    );
    return true;
  };
}

/** MSAL sends its request id as a query parameter; other clients use a header. */
function correlationIdOf(headers: IncomingHttpHeaders, url: URL): string | undefined {
  const candidate = url.searchParams.get('client-request-id') ?? headers['client-request-id'] ?? headers['x-ms-client-request-id'];
  return typeof candidate === 'string' && /^[0-9a-fA-F-]{1,64}$/.test(candidate) ? candidate : undefined;
}

function sendAadsts(res: ServerResponse, error: AadstsError, clock: Clock, correlationId: string | undefined): void {
  sendJson(res, error.status, aadstsBody(error, { nowMs: clock.now(), correlationId }), {
    'cache-control': 'no-store, no-cache',
    ...(correlationId ? { 'client-request-id': correlationId } : {}),
    ...error.headers,
  });
}

import { epochSeconds, type Clock } from '../jwt/clock.ts';
import { decodeJwt, MalformedJwtError, numericDate, verifyJwtSignature } from '../jwt/jwt.ts';
import type { TrustedIssuer } from '../oidc/trusted-issuer.ts';
import type { AccessTokenService, IssuedAccessToken } from './access-tokens.ts';
import { aadsts, type AadstsError } from './aadsts.ts';
import type { AppRegistration, Directory } from './directory.ts';
import { matchFederatedCredential } from './federation.ts';

export const JWT_BEARER_ASSERTION = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
/** Entra tolerates this much difference between its clock and the assertion's times. */
export const ASSERTION_CLOCK_SKEW_SECONDS = 300;

export interface TokenExchangeOptions {
  directory: Directory;
  issuers: readonly TrustedIssuer[];
  accessTokens: AccessTokenService;
  clock: Clock;
  /** Resources besides the app ID URIs in the directory that tokens may be issued for (ARM). */
  resources: () => readonly string[];
}

export type TokenExchangeResult = { ok: true; app: AppRegistration; resource: string; token: IssuedAccessToken; credentialName: string } | { ok: false; error: AadstsError; clientId?: string };

function normaliseResource(resource: string): string {
  return resource.replace(/\/+$/, '').toLowerCase();
}

/**
 * The `client_credentials` grant with a federated client assertion, checked in Entra's order:
 * request shape, client, assertion format, issuer, signature, time range, audience, subject,
 * then the requested resource.
 */
export function exchangeClientAssertion(form: URLSearchParams, options: TokenExchangeOptions): TokenExchangeResult {
  const fail = (error: AadstsError, clientId?: string): TokenExchangeResult => ({ ok: false, error, clientId });
  const grantType = form.get('grant_type');
  if (!grantType) return fail(aadsts.missingParameter('grant_type'));
  if (grantType !== 'client_credentials') return fail(aadsts.unsupportedGrantType(grantType));
  const clientId = form.get('client_id');
  if (!clientId) return fail(aadsts.missingParameter('client_id'));
  const scope = form.get('scope');
  if (!scope) return fail(aadsts.missingParameter('scope'), clientId);
  const scopes = scope.split(/\s+/).filter(Boolean);
  const defaultScope = scopes.find((s) => s.endsWith('/.default'));
  if (!defaultScope || scopes.some((s) => s !== defaultScope && !['openid', 'profile', 'offline_access'].includes(s))) return fail(aadsts.invalidScope(scope), clientId);

  const { directory } = options;
  const app = directory.application(clientId);
  if (!app) return fail(aadsts.unknownClient(clientId, directory.tenantDisplayName), clientId);
  if (form.get('client_secret')) return fail(aadsts.clientSecretRejected(app.appId), clientId);
  const assertion = form.get('client_assertion');
  if (!assertion) return fail(aadsts.missingCredential(), clientId);
  const assertionType = form.get('client_assertion_type') ?? '';
  if (assertionType !== JWT_BEARER_ASSERTION) return fail(aadsts.invalidAssertionType(assertionType), clientId);

  let jwt;
  try {
    jwt = decodeJwt(assertion);
  } catch (error) {
    if (error instanceof MalformedJwtError) return fail(aadsts.malformedAssertion(`the client assertion is not a JWT: ${error.message}`), clientId);
    throw error;
  }
  const { claims } = jwt;
  if (typeof claims.iss !== 'string' || typeof claims.sub !== 'string' || claims.aud === undefined) {
    return fail(aadsts.malformedAssertion("the client assertion lacks one of the claims 'iss', 'sub' and 'aud'"), clientId);
  }
  const match = matchFederatedCredential(app, claims);
  if (!match.ok && match.code === 700211) return fail(aadsts.noIssuerMatch(match.issuer, match.hint), clientId);

  const issuer = options.issuers.find((i) => i.issuer === claims.iss);
  if (!issuer) {
    const known = options.issuers.map((i) => `'${i.issuer}'`).join(', ');
    return fail(aadsts.externalIssuerUnreachable(claims.iss, `the sandbox verifies tokens from its own issuers only: ${known}`), clientId);
  }
  const signature = verifyJwtSignature(jwt, issuer.jwks().keys);
  if (!signature.ok) return fail(aadsts.malformedAssertion(`signature validation failed: ${signature.reason}`), clientId);

  const exp = numericDate(claims, 'exp');
  if (exp === undefined) return fail(aadsts.malformedAssertion("the client assertion has no numeric 'exp' claim"), clientId);
  const validFrom = numericDate(claims, 'nbf') ?? numericDate(claims, 'iat') ?? exp;
  const now = epochSeconds(options.clock);
  if (now + ASSERTION_CLOCK_SKEW_SECONDS < validFrom || now - ASSERTION_CLOCK_SKEW_SECONDS > exp) return fail(aadsts.outsideValidTimeRange(now, validFrom, exp), clientId);

  if (!match.ok) {
    return fail(match.code === 700212 ? aadsts.noAudienceMatch(match.audience, match.hint) : aadsts.noSubjectMatch(match.issuer, match.subject, match.audience, match.hint), clientId);
  }

  const resource = defaultScope.slice(0, -'/.default'.length);
  const known = [...options.resources(), ...directory.identifierUris()].map(normaliseResource);
  if (!known.includes(normaliseResource(resource))) return fail(aadsts.resourceNotFound(resource, directory.tenantId), clientId);
  return { ok: true, app, resource, token: options.accessTokens.issue(app, resource), credentialName: match.credential.name };
}

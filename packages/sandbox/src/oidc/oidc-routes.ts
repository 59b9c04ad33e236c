import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { readBody, sendJson, type RouteHandler } from '../http.ts';
import type { CircleCiIssuer, CircleCiTokenVersion } from './circleci-issuer.ts';
import type { GitHubIssuer } from './github-issuer.ts';

export interface OidcRoutesOptions {
  github: GitHubIssuer;
  circleci: CircleCiIssuer;
  /** The bearer token the GitHub-shaped ID-token endpoint demands (ACTIONS_ID_TOKEN_REQUEST_TOKEN). */
  requestToken: string;
  /** The sandbox's own base URL, for the discovery documents' `jwks_uri`. */
  baseUrl: () => string;
}

export const GITHUB_PATHS = {
  idToken: '/github/idtoken',
  discovery: '/github/.well-known/openid-configuration',
  jwks: '/github/.well-known/jwks',
} as const;

export function circleCiPaths(orgId: string) {
  const base = `/circleci/org/${orgId}`;
  return { discovery: `${base}/.well-known/openid-configuration`, jwks: `${base}/.well-known/jwks-pub.json`, token: `${base}/oidc/token` } as const;
}

function bearerMatches(req: IncomingMessage, expected: string): boolean {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer (.+)$/i.exec(header);
  if (!match) return false;
  const given = Buffer.from(match[1]!.trim());
  const wanted = Buffer.from(expected);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

function discovery(issuer: string, jwksUri: string, claims: readonly string[]) {
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

function parseVersion(value: unknown): CircleCiTokenVersion | undefined {
  if (value === undefined || value === null || value === '') return 2;
  const text = String(value).replace(/^v/i, '');
  return text === '1' ? 1 : text === '2' ? 2 : undefined;
}

/**
 * The issuers' HTTP side: GitHub's ID-token request endpoint (answering `{"value": "<jwt>"}` as
 * `@actions/core` getIDToken expects, which appends `&audience=`), the equivalent of
 * `circleci run oidc get`, and both discovery documents with their JWKS.
 */
export function createOidcRoutes(options: OidcRoutesOptions): RouteHandler {
  const { github, circleci } = options;
  const circle = circleCiPaths(circleci.project.orgId);
  return async (req, res, url) => {
    const path = url.pathname;
    if (path === GITHUB_PATHS.idToken && req.method === 'GET') {
      if (!bearerMatches(req, options.requestToken)) {
        sendJson(res, 401, { message: 'Unauthorized: the ID-token request needs ACTIONS_ID_TOKEN_REQUEST_TOKEN as a bearer token.' });
        return true;
      }
      const audience = url.searchParams.get('audience') ?? undefined;
      sendJson(res, 200, { count: 1, value: github.mint({ audience }) });
      return true;
    }
    if (path === GITHUB_PATHS.discovery && req.method === 'GET') {
      sendJson(res, 200, discovery(github.issuer, `${options.baseUrl()}${GITHUB_PATHS.jwks}`, ['sub', 'aud', 'exp', 'iat', 'iss', 'jti', 'nbf', 'ref', 'sha', 'repository', 'repository_owner', 'environment', 'job_workflow_ref', 'workflow', 'event_name', 'actor', 'run_id']));
      return true;
    }
    if (path === GITHUB_PATHS.jwks && req.method === 'GET') {
      sendJson(res, 200, github.jwks());
      return true;
    }
    if (path === circle.discovery && req.method === 'GET') {
      sendJson(res, 200, discovery(circleci.issuer, `${options.baseUrl()}${circle.jwks}`, ['sub', 'aud', 'exp', 'iat', 'iss', 'oidc.circleci.com/project-id', 'oidc.circleci.com/context-ids', 'oidc.circleci.com/vcs-origin', 'oidc.circleci.com/vcs-ref']));
      return true;
    }
    if (path === circle.jwks && req.method === 'GET') {
      sendJson(res, 200, circleci.jwks());
      return true;
    }
    if (path === circle.token && (req.method === 'POST' || req.method === 'GET')) {
      let request: { version?: unknown; claims?: Record<string, unknown> } = {};
      if (req.method === 'POST') {
        const body = (await readBody(req)).toString('utf8').trim();
        try {
          request = body ? (JSON.parse(body) as typeof request) : {};
        } catch {
          sendJson(res, 400, { message: 'The body must be JSON: {"version": 2, "claims": {"aud": "api://AzureADTokenExchange"}}.' });
          return true;
        }
      } else {
        const aud = url.searchParams.get('audience');
        request = { version: url.searchParams.get('version') ?? undefined, claims: aud ? { aud } : undefined };
      }
      const version = parseVersion(request.version);
      const claims = request.claims ?? {};
      const extra = Object.keys(claims).filter((name) => name !== 'aud');
      if (version === undefined || extra.length > 0 || (claims.aud !== undefined && typeof claims.aud !== 'string')) {
        sendJson(res, 400, { message: version === undefined ? "'version' is 1 or 2." : 'Only the aud claim can be customised, and it must be a string.' });
        return true;
      }
      sendJson(res, 200, { token: circleci.mint({ version, audience: claims.aud as string | undefined }) });
      return true;
    }
    return false;
  };
}

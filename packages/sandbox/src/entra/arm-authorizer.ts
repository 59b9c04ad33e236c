import type { ArmAuthorizer, ArmAuthResult } from '../service-interfaces.ts';
import { accessTokenIssuer, type AccessTokenService } from './access-tokens.ts';
import type { Directory, RoleName } from './directory.ts';

export const ARM_AUDIENCES: readonly string[] = ['https://management.azure.com', 'https://management.core.windows.net'];

const WRITE_ROLES: readonly RoleName[] = ['Owner', 'Contributor'];

export interface DirectoryArmAuthorizerOptions {
  accessTokens: AccessTokenService;
  directory: Directory;
  /** Audiences ARM accepts: the public ARM resource ids plus the sandbox's own ARM endpoint. */
  audiences: readonly string[];
}

function normaliseAudience(audience: string): string {
  return audience.replace(/\/+$/, '').toLowerCase();
}

/** `Microsoft.App/containerApps/revisions/write` for a revision id; `Microsoft.Resources/…` above providers. */
export function armOperation(resourceId: string, action: 'read' | 'write'): string {
  const segments = resourceId.split('/').filter(Boolean);
  const providers = segments.findIndex((s) => s.toLowerCase() === 'providers');
  if (providers < 0 || providers + 1 >= segments.length) {
    const types = segments.filter((_, i) => i % 2 === 0);
    return `Microsoft.Resources/${types.join('/')}/${action}`;
  }
  const namespace = segments[providers + 1]!;
  const types = segments.slice(providers + 2).filter((_, i) => i % 2 === 0);
  return `${namespace}/${types.join('/')}/${action}`;
}

/** ARM writes instants in messages as `11/23/2025 3:46:00 AM`. */
function armInstant(epochSeconds: number): string {
  const d = new Date(epochSeconds * 1000);
  const hours = d.getUTCHours() % 12 || 12;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${hours}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${d.getUTCHours() < 12 ? 'AM' : 'PM'}`;
}

/**
 * Checks an ARM request's bearer token the way ARM does (signature, audience, tenant, expiry →
 * 401) and the principal's role assignments on the resource (→ 403 AuthorizationFailed).
 */
export class DirectoryArmAuthorizer implements ArmAuthorizer {
  readonly #options: DirectoryArmAuthorizerOptions;

  constructor(options: DirectoryArmAuthorizerOptions) {
    this.#options = options;
  }

  authorize(authorization: string | undefined, resourceId: string, action: 'read' | 'write'): ArmAuthResult {
    const unauthenticated = (code: string, message: string): ArmAuthResult => ({ ok: false, status: 401, code, message });
    if (!authorization) return unauthenticated('AuthenticationFailed', "Authentication failed. The 'Authorization' header is missing.");
    const bearer = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!bearer) return unauthenticated('AuthenticationFailed', "Authentication failed. The 'Authorization' header is provided in an invalid format.");
    const { accessTokens, directory, audiences } = this.#options;
    const check = accessTokens.verify(bearer[1]!);
    if (!check.ok) {
      if (check.reason === 'expired') {
        return unauthenticated('ExpiredAuthenticationToken', `The access token expiry UTC time '${armInstant(check.expiresAt)}' is earlier than current UTC time '${armInstant(check.now)}'.`);
      }
      if (check.reason === 'not-yet-valid') return unauthenticated('InvalidAuthenticationToken', `The access token is not valid until UTC time '${armInstant(check.notBefore)}'.`);
      return unauthenticated('InvalidAuthenticationToken', 'The access token is invalid.');
    }
    const { claims } = check;
    const audience = typeof claims.aud === 'string' ? claims.aud : '';
    if (!audiences.map(normaliseAudience).includes(normaliseAudience(audience))) {
      return unauthenticated(
        'InvalidAuthenticationTokenAudience',
        `The access token has been obtained for wrong audience or resource '${audience}'. It should exactly match with one of the allowed audiences ${audiences.map((a) => `'${a}'`).join(',')}.`,
      );
    }
    if (claims.tid !== directory.tenantId) {
      return unauthenticated(
        'InvalidAuthenticationTokenTenant',
        `The access token is from the wrong issuer '${String(claims.iss)}'. It must match the tenant '${accessTokenIssuer(directory.tenantId)}' associated with this subscription. Please use the authority (URL) '${directory.tenantId}' to get the token.`,
      );
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

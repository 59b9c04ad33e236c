import { ConfigurationError } from '@deploy-kit/core';
import { nameBasedGuid } from './guid.ts';

/** Azure built-in roles the sandbox understands; Owner and Contributor may write, Reader may read. */
export type RoleName = 'Owner' | 'Contributor' | 'Reader';
export const ROLE_NAMES: readonly RoleName[] = ['Owner', 'Contributor', 'Reader'];

export interface ClaimsMatchingExpression {
  /** e.g. `claims['sub'] matches 'repo:acme/shop:ref:refs/heads/*'` */
  value: string;
  languageVersion: 1;
}

/** Field names as Microsoft Graph's federatedIdentityCredential resource spells them. */
export interface FederatedCredential {
  id: string;
  name: string;
  issuer: string;
  /** Null when the credential uses `claimsMatchingExpression` (a flexible credential). */
  subject: string | null;
  audiences: string[];
  description: string | null;
  claimsMatchingExpression: ClaimsMatchingExpression | null;
}

export interface AppRegistration {
  /** The application (client) id. */
  appId: string;
  /** The application object's id (what `az ad app federated-credential --id` takes). */
  objectId: string;
  /** The service principal's object id: the `oid` of its tokens and the assignee of its roles. */
  servicePrincipalObjectId: string;
  displayName: string;
  identifierUris: string[];
  federatedCredentials: FederatedCredential[];
}

export interface RoleAssignment {
  id: string;
  principalId: string;
  roleDefinitionName: RoleName;
  scope: string;
}

export interface DirectoryState {
  tenantId: string;
  tenantDisplayName: string;
  applications: AppRegistration[];
  roleAssignments: RoleAssignment[];
}

export interface NewApplication {
  displayName: string;
  appId?: string;
  objectId?: string;
  servicePrincipalObjectId?: string;
  identifierUris?: string[];
}

export interface NewFederatedCredential {
  name: string;
  issuer: string;
  subject?: string;
  /** Exactly one value, as Entra requires; defaults to `api://AzureADTokenExchange`. */
  audiences?: string[];
  description?: string;
  claimsMatchingExpression?: ClaimsMatchingExpression;
}

export interface NewRoleAssignment {
  principalId: string;
  role: RoleName;
  scope: string;
}

export const DEFAULT_FEDERATION_AUDIENCE = 'api://AzureADTokenExchange';
export const MAX_FEDERATED_CREDENTIALS = 20;

/** Only these issuers may use flexible federated identity credentials (claims-matching expressions). */
export const FLEXIBLE_CREDENTIAL_ISSUERS: readonly string[] = ['https://token.actions.githubusercontent.com', 'https://gitlab.com', 'https://app.terraform.io'];

const CREDENTIAL_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{2,119}$/;

function clone<T>(value: T): T {
  return structuredClone(value);
}

function sameId(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function invalid(message: string, remediation: string): ConfigurationError {
  return new ConfigurationError(`Sandbox directory: ${message}`, { remediation });
}

/** ARM resource ids are case-insensitive; a scope covers itself and everything below it. */
export function scopeCovers(scope: string, resourceId: string): boolean {
  const normalise = (id: string) => id.toLowerCase().replace(/\/+$/, '');
  const s = normalise(scope);
  const r = normalise(resourceId);
  return s === '' || s === '/' || r === s || r.startsWith(`${s}/`);
}

/**
 * The sandbox tenant's directory: app registrations with their federated credentials, and role
 * assignments. Seeded at construction; `reset()` returns to the seed.
 */
export class Directory {
  readonly #seed: DirectoryState;
  #state: DirectoryState;

  constructor(seed: DirectoryState) {
    this.#seed = clone(seed);
    this.#state = clone(seed);
  }

  get tenantId(): string {
    return this.#state.tenantId;
  }

  get tenantDisplayName(): string {
    return this.#state.tenantDisplayName;
  }

  snapshot(): DirectoryState {
    return clone(this.#state);
  }

  reset(): void {
    this.#state = clone(this.#seed);
  }

  /** By client id (appId). */
  application(clientId: string): AppRegistration | undefined {
    const app = this.#state.applications.find((a) => sameId(a.appId, clientId));
    return app && clone(app);
  }

  applicationByPrincipal(principalId: string): AppRegistration | undefined {
    const app = this.#state.applications.find((a) => sameId(a.servicePrincipalObjectId, principalId));
    return app && clone(app);
  }

  /** Resource identifiers (app ID URIs) a token may be requested for, besides ARM. */
  identifierUris(): string[] {
    return this.#state.applications.flatMap((a) => a.identifierUris);
  }

  addApplication(input: NewApplication): AppRegistration {
    const { tenantId } = this.#state;
    const app: AppRegistration = {
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

  removeApplication(clientId: string): void {
    const app = this.#mutableApplication(clientId);
    this.#state.applications = this.#state.applications.filter((a) => a !== app);
    this.#state.roleAssignments = this.#state.roleAssignments.filter((r) => !sameId(r.principalId, app.servicePrincipalObjectId));
  }

  /** Validated as Microsoft Graph validates `az ad app federated-credential create`. */
  addFederatedCredential(clientId: string, input: NewFederatedCredential): FederatedCredential {
    const app = this.#mutableApplication(clientId);
    if (!CREDENTIAL_NAME.test(input.name)) {
      throw invalid(`the federated credential name '${input.name}' is invalid.`, 'Use 3 to 120 characters: letters, digits, - and _, starting with a letter or digit.');
    }
    if (app.federatedCredentials.some((c) => c.name.toLowerCase() === input.name.toLowerCase())) {
      throw invalid(`application ${app.appId} already has a federated credential named '${input.name}'.`, 'Choose another name, or remove the existing credential first.');
    }
    if (app.federatedCredentials.length >= MAX_FEDERATED_CREDENTIALS) {
      throw invalid(
        `application ${app.appId} already has the maximum of ${MAX_FEDERATED_CREDENTIALS} federated identity credentials.`,
        'Remove a credential you no longer need, or use another app registration (for CircleCI, whose subjects are per user and cannot use wildcards, consider the v1 subject or fewer users).',
      );
    }
    let issuerUrl: URL | undefined;
    try {
      issuerUrl = new URL(input.issuer);
    } catch {
      issuerUrl = undefined;
    }
    if (!issuerUrl || issuerUrl.protocol !== 'https:') throw invalid(`the issuer '${input.issuer}' is not an https URL.`, "Use the issuer exactly as it appears in the tokens' iss claim.");
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
    const credential: FederatedCredential = {
      id: nameBasedGuid(app.objectId, 'federated-credential', input.name),
      name: input.name,
      issuer: input.issuer,
      subject: hasSubject ? input.subject! : null,
      audiences: [...audiences],
      description: input.description ?? null,
      claimsMatchingExpression: input.claimsMatchingExpression ?? null,
    };
    app.federatedCredentials.push(credential);
    return clone(credential);
  }

  removeFederatedCredential(clientId: string, name: string): void {
    const app = this.#mutableApplication(clientId);
    const before = app.federatedCredentials.length;
    app.federatedCredentials = app.federatedCredentials.filter((c) => c.name !== name);
    if (app.federatedCredentials.length === before) throw invalid(`application ${app.appId} has no federated credential named '${name}'.`, 'List the credentials in the sandbox state.');
  }

  assignRole(input: NewRoleAssignment): RoleAssignment {
    if (!ROLE_NAMES.includes(input.role)) throw invalid(`the role '${String(input.role)}' is not one the sandbox knows.`, `Use one of ${ROLE_NAMES.join(', ')}.`);
    if (!input.scope.startsWith('/subscriptions/')) throw invalid(`the scope '${input.scope}' is not an ARM resource id.`, 'Use /subscriptions/<id>[/resourceGroups/<name>[/providers/…]].');
    const assignment: RoleAssignment = {
      id: nameBasedGuid(this.#state.tenantId, 'role-assignment', input.principalId.toLowerCase(), input.role, input.scope.toLowerCase()),
      principalId: input.principalId,
      roleDefinitionName: input.role,
      scope: input.scope,
    };
    if (!this.#state.roleAssignments.some((r) => r.id === assignment.id)) this.#state.roleAssignments.push(assignment);
    return clone(assignment);
  }

  removeRoleAssignment(id: string): void {
    this.#state.roleAssignments = this.#state.roleAssignments.filter((r) => r.id !== id);
  }

  /** The roles `principalId` holds on `resourceId`, inherited from any enclosing scope. */
  rolesAt(principalId: string, resourceId: string): RoleName[] {
    return this.#state.roleAssignments.filter((r) => sameId(r.principalId, principalId) && scopeCovers(r.scope, resourceId)).map((r) => r.roleDefinitionName);
  }

  /** Whether `principalId` holds any role at or below `scope` (e.g. a resource group in a subscription). */
  hasRoleWithin(principalId: string, scope: string): boolean {
    return this.#state.roleAssignments.some((r) => sameId(r.principalId, principalId) && scopeCovers(scope, r.scope));
  }

  #mutableApplication(clientId: string): AppRegistration {
    const app = this.#state.applications.find((a) => sameId(a.appId, clientId) || sameId(a.objectId, clientId));
    if (!app) throw invalid(`no application has the id ${clientId}.`, 'Use the client id (appId) or object id of an application in the sandbox state.');
    return app;
  }
}

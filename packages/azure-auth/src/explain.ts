import { DeployKitError, ExitCode } from '@deploy-kit/core';
import type { EntraFailure } from './aadsts.ts';
import { matchingFederatedCredential, subjectHints } from './federated-credential.ts';
import { audiences, type OidcClaims } from './jwt-claims.ts';

/** A login failure with the diagnosis attached. */
export class AzureLoginError extends DeployKitError {
  readonly aadsts: number | undefined;

  constructor(message: string, remediation: string, aadsts?: number, cause?: unknown) {
    super(message, { remediation, cause, exitCode: ExitCode.Failure });
    this.aadsts = aadsts;
  }
}

export interface LoginSubject {
  clientId: string;
  tenantId: string;
  audience: string;
}

/** Describes the token by its claims — never the token itself. */
export function describeClaims(claims: OidcClaims | undefined): string {
  if (!claims) return 'The OIDC token could not be decoded (it is not a JWT).';
  const aud = audiences(claims);
  const lines = [`  iss: ${claims.iss ?? '(none)'}`, `  sub: ${claims.sub ?? '(none)'}`, `  aud: ${aud.length ? aud.join(', ') : '(none)'}`];
  if (claims.exp !== undefined) lines.push(`  exp: ${new Date(claims.exp * 1000).toISOString()}`);
  return `The OIDC token presented:\n${lines.join('\n')}`;
}

export function federatedCredentialAdvice(claims: OidcClaims | undefined, subject: LoginSubject): string {
  const credential = claims && matchingFederatedCredential(claims, subject.audience);
  if (!credential) return '';
  return [
    'A federated credential that matches this token:',
    `  az ad app federated-credential create --id ${subject.clientId} --parameters '${JSON.stringify(credential)}'`,
    ...subjectHints(claims, subject.audience).map((hint) => `  - ${hint}`),
  ].join('\n');
}

/** Turns an AADSTS code into an explanation with what to do about it. */
export function explainEntraFailure(failure: EntraFailure, claims: OidcClaims | undefined, subject: LoginSubject, cause: unknown): AzureLoginError {
  const claimText = describeClaims(claims);
  switch (failure.code) {
    case 700016:
      return new AzureLoginError(
        `AADSTS700016: application '${subject.clientId}' was not found in tenant '${subject.tenantId}'.`,
        `Check 'client-id' (the app registration's Application (client) ID, not its object id) and 'tenant-id'; the app must exist in that tenant.`,
        700016,
        cause,
      );
    case 70021:
    case 700213:
    case 700212:
    case 700211:
      return new AzureLoginError(
        `AADSTS${failure.code}: no federated credential on app '${subject.clientId}' matches the OIDC token.\n${claimText}`,
        federatedCredentialAdvice(claims, subject) || 'Add a federated credential whose issuer, subject and audience equal the token claims above.',
        failure.code,
        cause,
      );
    case 700024:
      return new AzureLoginError(
        `AADSTS700024: the OIDC token is outside its valid time range (retried).\n${claimText}`,
        'The token has expired or is not yet valid: check the runner clock (NTP) and that the token is fresh; a job should request a new token rather than reuse an old one.',
        700024,
        cause,
      );
    case 50027:
      return new AzureLoginError(
        `AADSTS50027: Entra rejected the OIDC token as invalid (signature or format).\n${claimText}`,
        'The token was altered or was not issued by the expected issuer; pass the CI token unmodified.',
        50027,
        cause,
      );
    case 90002:
      return new AzureLoginError(`AADSTS90002: tenant '${subject.tenantId}' was not found.`, "Check 'tenant-id' (Directory (tenant) ID) and 'authority-host' for sovereign clouds.", 90002, cause);
    default:
      return new AzureLoginError(`AADSTS${failure.code}: ${failure.description}`, `See https://login.microsoftonline.com/error?code=${failure.code}.\n${claimText}`, failure.code, cause);
  }
}

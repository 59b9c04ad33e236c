import { DeployKitError, ExitCode } from '@deploy-kit/core';

/** Why a reference could not be resolved; stable strings that callers and tests can branch on. */
export const RegistryErrorCode = {
  InvalidReference: 'invalid-reference',
  TagNotFound: 'tag-not-found',
  DigestNotFound: 'digest-not-found',
  RepositoryNotFound: 'repository-not-found',
  /** The registry wants credentials and none were given. */
  CredentialsRequired: 'credentials-required',
  /** The credentials given were rejected. */
  CredentialsRefused: 'credentials-refused',
  /** The credentials are valid but may not pull this repository. */
  AccessDenied: 'access-denied',
  RateLimited: 'rate-limited',
  /** The registry kept answering 5xx. */
  Unavailable: 'unavailable',
  Unreachable: 'unreachable',
  Tls: 'tls',
  /** The bytes served do not hash to the digest the registry announced. */
  DigestMismatch: 'digest-mismatch',
  UnsupportedManifest: 'unsupported-manifest',
  /** The registry answered in a way the distribution API does not allow. */
  Protocol: 'protocol',
} as const;
export type RegistryErrorCode = (typeof RegistryErrorCode)[keyof typeof RegistryErrorCode];

export interface RegistryErrorDetails {
  registry?: string;
  repository?: string;
  /** HTTP status of the response that decided it, when there was one. */
  status?: number;
  remediation: string;
  cause?: unknown;
}

/**
 * A registry call failed. The message says what happened to which image; `remediation` says
 * what to do. Neither ever contains a password or token: callers may print both as they are.
 */
export class RegistryError extends DeployKitError {
  readonly code: RegistryErrorCode;
  readonly registry: string | undefined;
  readonly repository: string | undefined;
  readonly status: number | undefined;

  constructor(code: RegistryErrorCode, message: string, details: RegistryErrorDetails) {
    super(message, {
      remediation: details.remediation,
      cause: details.cause,
      exitCode: code === RegistryErrorCode.InvalidReference ? ExitCode.UsageError : ExitCode.Failure,
    });
    this.code = code;
    this.registry = details.registry;
    this.repository = details.repository;
    this.status = details.status;
  }
}

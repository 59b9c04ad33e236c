/**
 * Typed errors. Every error deploy-kit raises on purpose says what went wrong and, in
 * `remediation`, what the user should do about it. The exit code tells scripts which kind
 * of failure it was without parsing text.
 */
export const ExitCode = {
  Success: 0,
  /** A verdict was negative: health gate failed, release decision NO, deploy failed. */
  Failure: 1,
  /** The user asked for something invalid: bad input, bad configuration, bad artifact. */
  UsageError: 2,
  /** Something we did not anticipate. */
  InternalError: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export interface DeployKitErrorOptions {
  remediation?: string;
  cause?: unknown;
  exitCode?: ExitCode;
}

export class DeployKitError extends Error {
  readonly remediation: string | undefined;
  readonly exitCode: ExitCode;

  constructor(message: string, options: DeployKitErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.remediation = options.remediation;
    this.exitCode = options.exitCode ?? ExitCode.Failure;
  }
}

/** An input (action input, CLI flag, orb parameter) has a value we cannot accept. */
export class InputError extends DeployKitError {
  readonly input: string;

  constructor(input: string, message: string, remediation?: string) {
    super(`Input '${input}': ${message}`, { remediation, exitCode: ExitCode.UsageError });
    this.input = input;
  }
}

/** The environment or configuration around us is wrong (missing variables, files, permissions). */
export class ConfigurationError extends DeployKitError {
  constructor(message: string, options: Omit<DeployKitErrorOptions, 'exitCode'> = {}) {
    super(message, { ...options, exitCode: ExitCode.UsageError });
  }
}

/** An artifact does not match its published contract, or cannot be read. */
export class ContractError extends DeployKitError {
  readonly path: string;

  constructor(path: string, message: string, options: Omit<DeployKitErrorOptions, 'exitCode'> = {}) {
    super(`${path}: ${message}`, { ...options, exitCode: ExitCode.UsageError });
    this.path = path;
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Formats an error for people: the message, then the remediation on its own line. */
export function describeError(error: unknown): string {
  if (error instanceof DeployKitError && error.remediation) {
    return `${error.message}\n  → ${error.remediation}`;
  }
  return errorMessage(error);
}

export function exitCodeFor(error: unknown): ExitCode {
  return error instanceof DeployKitError ? error.exitCode : ExitCode.InternalError;
}

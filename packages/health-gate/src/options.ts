import { InputError, type InputValues } from '@deploy-kit/core';
import { isSafeArtifactName } from '@deploy-kit/contracts';
import type { healthGateSpec } from '@deploy-kit/action-specs';
import { parseHeaders } from './headers.ts';
import { parseStatusSpec } from './status-spec.ts';
import type { GateOptions } from './types.ts';
import { validateGateOptions } from './validate-options.ts';

export type HealthGateInputs = InputValues<typeof healthGateSpec>;

export interface HealthGateSettings {
  readonly gate: GateOptions;
  readonly name: string;
  readonly sha: string;
  readonly artifactsDir: string;
  readonly dryRun: boolean;
  /** Credentials found in the inputs (header values, URL passwords) to mask before anything is logged. */
  readonly secrets: readonly string[];
}

/** Turns the action's parsed inputs into gate options, refusing combinations that cannot work. */
export function settingsFromInputs(inputs: HealthGateInputs): HealthGateSettings {
  const name = inputs.name.trim();
  if (!isSafeArtifactName(name)) {
    throw new InputError('name', `'${name}' cannot name an evidence file.`, "Use letters, digits, '.', '_' and '-' only, e.g. 'api-health'.");
  }
  const { headers, secrets } = parseHeaders(inputs.headers);
  const token = inputs['bearer-token']?.trim();
  if (token) {
    if (headers.authorization !== undefined) {
      throw new InputError('bearer-token', "is given and 'headers' also sets Authorization.", "Give the credential once: either 'bearer-token' or an Authorization header.");
    }
    headers.authorization = `Bearer ${token}`;
    secrets.push(token);
  }
  for (const url of inputs.urls) {
    const password = new URL(url).password;
    if (password) secrets.push(decodeURIComponent(password), password);
  }
  const expectErrorCode = inputs['expect-error-code']?.trim() || undefined;
  const status = parseStatusSpec(inputs['expect-status'] ?? (expectErrorCode ? '4xx' : '200'));
  const gate: GateOptions = {
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

import { InputError, type Logger } from '@deploy-kit/core';
import { parseStatusSpec, runHealthGate, type Clock } from '@deploy-kit/health-gate';

export interface HealthCheckSettings {
  /** Path checked on the revision, e.g. /health. Empty: no HTTP check (ARM health only). */
  path: string;
  expectStatus: string;
  /** Object the JSON body must contain; `{"status":"healthy"}` by default so a 200 saying "unhealthy" fails. */
  expectJson: Readonly<Record<string, unknown>> | undefined;
  timeoutMs: number;
  consecutive: number;
  maxFailures: number;
  intervalMs: number;
  requestTimeoutMs: number;
  /** Extra CA (PEM) to trust for the check, when not in NODE_EXTRA_CA_CERTS. */
  ca?: string;
}

export const DEFAULT_HEALTH: HealthCheckSettings = {
  path: '/health',
  expectStatus: '200',
  expectJson: { status: 'healthy' },
  timeoutMs: 120_000,
  consecutive: 2,
  maxFailures: 3,
  intervalMs: 1000,
  requestTimeoutMs: 10_000,
};

export interface HealthOutcome {
  status: 'pass' | 'fail' | 'skipped';
  /** What was checked: the revision's own URL, or the app's. */
  url: string | null;
  reason: string;
  samples: number;
}

/**
 * `health-path`: one path for every app (`/health`), `none`, and/or `app=/path` lines for apps
 * that differ (seed 001's Spring services answer on /actuator/health).
 */
export function parseHealthPaths(text: string, apps: readonly string[]): { fallback: string; byApp: Record<string, string> } {
  let fallback = DEFAULT_HEALTH.path;
  const byApp: Record<string, string> = {};
  for (const line of text.split(/\r?\n|,/).map((item) => item.trim()).filter(Boolean)) {
    const eq = line.indexOf('=');
    const path = (eq < 0 ? line : line.slice(eq + 1)).trim();
    const value = path.toLowerCase() === 'none' ? '' : path;
    if (value !== '' && !value.startsWith('/')) throw new InputError('health-path', `'${path}' is not a path.`, "Write paths from the root, e.g. '/health' or 'auth-service=/actuator/health', or 'none'.");
    if (eq < 0) fallback = value;
    else {
      const app = line.slice(0, eq).trim();
      if (!apps.includes(app)) throw new InputError('health-path', `'${app}' is not one of the apps being deployed (${apps.join(', ')}).`, "Name an app from 'apps', or drop the line.");
      byApp[app] = value;
    }
  }
  return { fallback, byApp };
}

export function healthUrl(fqdn: string, path: string): string {
  const base = /^https?:\/\//.test(fqdn) ? fqdn : `https://${fqdn}`;
  return `${base.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * Checks one FQDN with the health gate. Given a revision's own FQDN, the answer can only come
 * from that revision — a check through the app's FQDN could be answered by the old revision
 * and pass a broken deploy.
 */
export async function checkHealth(fqdn: string | undefined, settings: HealthCheckSettings, deps: { clock?: Clock; logger: Logger }): Promise<HealthOutcome> {
  if (!settings.path) return { status: 'skipped', url: null, reason: "no 'health-path'; relying on the revision's health state", samples: 0 };
  if (!fqdn) return { status: 'skipped', url: null, reason: 'the app has no ingress FQDN to check; relying on the revision health state', samples: 0 };
  const url = healthUrl(fqdn, settings.path);
  const result = await runHealthGate(
    {
      urls: [url],
      criteria: { status: parseStatusSpec(settings.expectStatus), ...(settings.expectJson ? { expectJson: settings.expectJson } : {}) },
      consecutive: settings.consecutive,
      maxFailures: settings.maxFailures,
      timeoutMs: settings.timeoutMs,
      requestTimeoutMs: settings.requestTimeoutMs,
      intervalMs: settings.intervalMs,
      maxIntervalMs: Math.max(settings.intervalMs, Math.min(settings.intervalMs * 4, 5000)),
      ...(settings.ca ? { ca: settings.ca } : {}),
    },
    { logger: deps.logger, ...(deps.clock ? { clock: deps.clock } : {}) },
  );
  return { status: result.status, url, reason: result.reason, samples: result.samples };
}

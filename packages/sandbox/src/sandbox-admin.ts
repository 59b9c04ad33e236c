import { readBody, sendJson, type RouteHandler } from './http.ts';
import type { ArmFaults } from './arm/index.ts';
import type { Sandbox } from './sandbox.ts';

export const SANDBOX_PATHS = { state: '/_sandbox/state', reset: '/_sandbox/reset', faults: '/_sandbox/faults' } as const;

const ARM_FAULTS = ['throttle', 'serverErrors', 'dropConnections', 'setLatency', 'slowOperations', 'failProvisioning', 'neverHealthy', 'failJobExecution'] as const;
type ArmFaultName = (typeof ARM_FAULTS)[number];

/** One fault per request body, for people rehearsing a pipeline from a shell. */
export interface FaultRequest {
  issuerClockSkew?: { seconds: number; issuer?: 'github' | 'circleci' };
  entraOutage?: { failures: number; status?: 429 | 500 | 502 | 503 | 504; retryAfterSeconds?: number };
  /** An ArmFaults method and its arguments, e.g. `{"throttle": [2, {"retryAfterSeconds": 1}]}`. */
  arm?: Partial<Record<ArmFaultName, unknown[]>>;
  registry?: { status: number | 'drop'; times: number; retryAfterSeconds?: number; pathIncludes?: string };
  clear?: boolean;
}

class FaultRequestError extends Error {}

function applyFault(sandbox: Sandbox, request: FaultRequest): void {
  const given = Object.keys(request);
  if (given.length !== 1) throw new FaultRequestError(`Give exactly one of issuerClockSkew, entraOutage, arm, registry, clear (got ${given.join(', ') || 'none'}).`);
  if (request.clear) return sandbox.faults.clear();
  if (request.issuerClockSkew) return sandbox.faults.issuerClockSkew(request.issuerClockSkew.seconds, request.issuerClockSkew.issuer);
  if (request.entraOutage) return sandbox.faults.entraOutage(request.entraOutage);
  if (request.registry) return sandbox.faults.registry(request.registry);
  const [name, args] = Object.entries(request.arm ?? {})[0] ?? [];
  if (!name || !ARM_FAULTS.includes(name as ArmFaultName) || !Array.isArray(args)) throw new FaultRequestError(`'arm' names one of ${ARM_FAULTS.join(', ')} with an array of arguments.`);
  (sandbox.faults.arm[name as ArmFaultName] as (this: ArmFaults, ...values: unknown[]) => void).apply(sandbox.faults.arm, args);
}

/** `GET /_sandbox/state`, `POST /_sandbox/reset`, `POST /_sandbox/faults`. */
export function createAdminRoutes(sandbox: Sandbox): RouteHandler {
  return async (req, res, url) => {
    if (url.pathname === SANDBOX_PATHS.state && req.method === 'GET') {
      sendJson(res, 200, await sandbox.state());
      return true;
    }
    if (url.pathname === SANDBOX_PATHS.reset && req.method === 'POST') {
      await sandbox.reset();
      sendJson(res, 200, await sandbox.state());
      return true;
    }
    if (url.pathname === SANDBOX_PATHS.faults && req.method === 'POST') {
      try {
        applyFault(sandbox, JSON.parse((await readBody(req, 64 * 1024)).toString('utf8') || '{}') as FaultRequest);
      } catch (error) {
        if (!(error instanceof FaultRequestError || error instanceof SyntaxError || error instanceof RangeError || error instanceof TypeError)) throw error;
        sendJson(res, 400, { error: { code: 'InvalidFault', message: (error as Error).message } });
        return true;
      }
      const state = await sandbox.state();
      sendJson(res, 200, { identity: state.identity.faults, arm: state.arm.faults });
      return true;
    }
    return false;
  };
}

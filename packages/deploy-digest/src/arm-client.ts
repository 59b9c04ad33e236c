import { ContainerAppsAPIClient } from '@azure/arm-appcontainers';
import type { TokenCredential } from '@azure/identity';
import { silentLogger, type Logger } from '@deploy-kit/core';

export interface ArmClientOptions {
  credential: TokenCredential;
  subscriptionId: string;
  /** https://management.azure.com, a sovereign cloud's, or the sandbox's. */
  armEndpoint: string;
  logger?: Logger;
  /**
   * The SDK's retry policy (429/503 with Retry-After, other 5xx and dropped connections with
   * exponential backoff) stays as it is; these only tune it.
   */
  maxRetries?: number;
  retryDelayMs?: number;
}

/** One HTTP attempt the client made, retries included (for benchmarks, tests and debug logs). */
export interface ArmRequestRecord {
  method: string;
  path: string;
  status: number | undefined;
  startedAt: number;
  endedAt: number;
}

/** Counts what the client sends: every attempt after the retry policy, so retries count too. */
export class ArmRequestLog {
  readonly requests: ArmRequestRecord[] = [];
  #inFlight = 0;
  #maxInFlight = 0;

  get count(): number {
    return this.requests.length;
  }
  get maxInFlight(): number {
    return this.#maxInFlight;
  }
  start(): void {
    this.#inFlight += 1;
    this.#maxInFlight = Math.max(this.#maxInFlight, this.#inFlight);
  }
  finish(record: ArmRequestRecord): void {
    this.#inFlight -= 1;
    this.requests.push(record);
  }
}

export function armScope(armEndpoint: string): string {
  return `${new URL(armEndpoint).origin}/.default`;
}

/** The Container Apps client, with a request log and debug lines for every attempt. */
export function createContainerAppsClient(options: ArmClientOptions): { client: ContainerAppsAPIClient; log: ArmRequestLog } {
  const logger = options.logger ?? silentLogger;
  const client = new ContainerAppsAPIClient(options.credential, options.subscriptionId, {
    endpoint: options.armEndpoint,
    credentials: { scopes: [armScope(options.armEndpoint)] },
    retryOptions: {
      ...(options.maxRetries === undefined ? {} : { maxRetries: options.maxRetries }),
      ...(options.retryDelayMs === undefined ? {} : { retryDelayInMs: options.retryDelayMs }),
    },
  });
  const log = new ArmRequestLog();
  client.pipeline.addPolicy(
    {
      name: 'deployKitArmRequestLog',
      async sendRequest(request, next) {
        const startedAt = Date.now();
        const path = new URL(request.url).pathname;
        log.start();
        let status: number | undefined;
        try {
          const response = await next(request);
          status = response.status;
          return response;
        } finally {
          log.finish({ method: request.method, path, status, startedAt, endedAt: Date.now() });
          const retryAfter = status === 429 || status === 503 ? ' (will retry after Retry-After)' : '';
          logger.debug(`ARM ${request.method} ${path} → ${status ?? 'no response'}${retryAfter}`);
        }
      },
    },
    { afterPhase: 'Retry' },
  );
  return { client, log };
}

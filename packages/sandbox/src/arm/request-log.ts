import { RATE_LIMIT_READS, RATE_LIMIT_WRITES } from './constants.ts';
import { deterministicGuid } from './ids.ts';

/** One request the Container Apps API saw, in arrival order. */
export interface ArmRequestRecord {
  seq: number;
  method: string;
  /** Path without the query string, e.g. /subscriptions/…/containerApps/api. */
  path: string;
  apiVersion: string | undefined;
  /** HTTP status answered; 0 when the connection was dropped on purpose. */
  status: number;
  /** The injected fault that answered it, if any. */
  fault: 'throttled' | 'server-error' | 'dropped' | undefined;
}

/** The request log and ARM's per-subscription read/write budgets (for the ratelimit headers). */
export class RequestLog {
  #records: ArmRequestRecord[] = [];
  #sequence = 0;
  #readsRemaining = RATE_LIMIT_READS;
  #writesRemaining = RATE_LIMIT_WRITES;

  begin(method: string, path: string, apiVersion: string | undefined): ArmRequestRecord {
    this.#sequence += 1;
    const record: ArmRequestRecord = { seq: this.#sequence, method, path, apiVersion, status: 0, fault: undefined };
    this.#records.push(record);
    return record;
  }

  requestId(record: ArmRequestRecord): string {
    return deterministicGuid(`request:${record.seq}`);
  }

  /** Spends one read (GET) or write (anything else) and answers what is left. */
  spend(method: string): { header: string; remaining: number } {
    if (method === 'GET') {
      this.#readsRemaining = Math.max(0, this.#readsRemaining - 1);
      return { header: 'x-ms-ratelimit-remaining-subscription-reads', remaining: this.#readsRemaining };
    }
    this.#writesRemaining = Math.max(0, this.#writesRemaining - 1);
    return { header: 'x-ms-ratelimit-remaining-subscription-writes', remaining: this.#writesRemaining };
  }

  get records(): readonly ArmRequestRecord[] {
    return this.#records.map((record) => ({ ...record }));
  }

  get count(): number {
    return this.#records.length;
  }

  clear(): void {
    this.#records = [];
    this.#readsRemaining = RATE_LIMIT_READS;
    this.#writesRemaining = RATE_LIMIT_WRITES;
  }
}

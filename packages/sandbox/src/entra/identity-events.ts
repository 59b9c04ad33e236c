/** What happened at the identity endpoints, for tests and `GET /_sandbox/state`. Never holds a token. */
export interface IdentityEvent {
  at: string;
  endpoint: 'token';
  clientId?: string;
  /** `issued`, `AADSTS70021`, `HTTP 503 (injected)`, … */
  outcome: string;
  resource?: string;
  federatedCredential?: string;
}

export class IdentityEvents {
  readonly #limit: number;
  readonly #now: () => number;
  readonly #listener: ((event: IdentityEvent) => void) | undefined;
  #events: IdentityEvent[] = [];

  constructor(now: () => number, listener?: (event: IdentityEvent) => void, limit = 500) {
    this.#now = now;
    this.#listener = listener;
    this.#limit = limit;
  }

  record(event: Omit<IdentityEvent, 'at'>): void {
    const recorded = { at: new Date(this.#now()).toISOString(), ...event };
    this.#events.push(recorded);
    this.#listener?.({ ...recorded });
    if (this.#events.length > this.#limit) this.#events.splice(0, this.#events.length - this.#limit);
  }

  list(): IdentityEvent[] {
    return this.#events.map((e) => ({ ...e }));
  }

  clear(): void {
    this.#events = [];
  }
}

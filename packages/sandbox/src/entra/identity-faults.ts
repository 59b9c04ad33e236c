import type { IssuerClockSkew, IssuerName } from '../oidc/trusted-issuer.ts';

export type TransientStatus = 429 | 500 | 502 | 503 | 504;

export interface EntraOutageOptions {
  /** How many token requests fail before Entra recovers. */
  failures: number;
  /** 503 by default; 429 is throttling. */
  status?: TransientStatus;
  /** Sent as `Retry-After` when given. */
  retryAfterSeconds?: number;
}

export interface IdentityFaultsState {
  issuerClockSkewSeconds: Record<IssuerName, number>;
  entraOutage: { remainingFailures: number; status: TransientStatus; retryAfterSeconds?: number } | null;
}

/** Identity-side fault injection: issuer clock skew (→ AADSTS700024) and Entra outage bursts. */
export class IdentityFaults implements IssuerClockSkew {
  #skew: Record<IssuerName, number> = { github: 0, circleci: 0 };
  #outage: IdentityFaultsState['entraOutage'] = null;

  /** Tokens from `issuer` (both when omitted) are minted with iat/nbf/exp shifted by `seconds`. */
  issuerClockSkew(seconds: number, issuer?: IssuerName): void {
    if (!Number.isFinite(seconds)) throw new RangeError('issuer clock skew must be a finite number of seconds');
    for (const name of issuer ? [issuer] : (['github', 'circleci'] as const)) this.#skew[name] = Math.trunc(seconds);
  }

  /** The next `failures` token requests answer `status`; then Entra recovers. */
  entraOutage(options: EntraOutageOptions): void {
    if (!Number.isInteger(options.failures) || options.failures < 0) throw new RangeError('failures must be a non-negative integer');
    this.#outage = options.failures === 0 ? null : { remainingFailures: options.failures, status: options.status ?? 503, retryAfterSeconds: options.retryAfterSeconds };
  }

  skewSeconds(issuer: IssuerName): number {
    return this.#skew[issuer];
  }

  /** Consumes one injected failure, if any is left. */
  takeEntraFailure(): { status: TransientStatus; retryAfterSeconds?: number } | undefined {
    const outage = this.#outage;
    if (!outage) return undefined;
    outage.remainingFailures -= 1;
    if (outage.remainingFailures <= 0) this.#outage = null;
    return { status: outage.status, retryAfterSeconds: outage.retryAfterSeconds };
  }

  clear(): void {
    this.#skew = { github: 0, circleci: 0 };
    this.#outage = null;
  }

  state(): IdentityFaultsState {
    return { issuerClockSkewSeconds: { ...this.#skew }, entraOutage: this.#outage && { ...this.#outage } };
  }
}

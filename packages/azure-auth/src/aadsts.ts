/** Pulls the AADSTS code and description out of whatever @azure/identity or MSAL threw. */
export interface EntraFailure {
  code: number;
  description: string;
  statusCode?: number;
}

const AADSTS = /AADSTS(\d{5,7})\b:?\s*([^\r\n]*)/;

export function entraFailure(error: unknown): EntraFailure | undefined {
  const candidates: string[] = [];
  let statusCode: number | undefined;
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const value = current as { message?: unknown; errorResponse?: { errorDescription?: unknown; error_description?: unknown }; statusCode?: unknown; errors?: unknown[]; cause?: unknown };
    if (typeof value.statusCode === 'number') statusCode ??= value.statusCode;
    if (typeof value.errorResponse?.errorDescription === 'string') candidates.push(value.errorResponse.errorDescription);
    if (typeof value.errorResponse?.error_description === 'string') candidates.push(value.errorResponse.error_description);
    if (typeof value.message === 'string') candidates.push(value.message);
    if (Array.isArray(value.errors)) for (const inner of value.errors) if (inner && typeof (inner as Error).message === 'string') candidates.push((inner as Error).message);
    current = value.cause;
  }
  for (const text of candidates) {
    const match = AADSTS.exec(text);
    if (match) return { code: Number(match[1]), description: match[2]!.trim(), statusCode };
  }
  return undefined;
}

/** Codes worth another try: clock skew, Entra's own transient failures, throttling. */
export function isRetryable(failure: EntraFailure | undefined, error: unknown): boolean {
  if (failure) return [700024, 50196, 90033, 50058, 500011, 50089].includes(failure.code) || (failure.statusCode !== undefined && failure.statusCode >= 500);
  const message = error instanceof Error ? error.message : String(error);
  return /ECONNRESET|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|socket hang up|status code 5\d\d|429/i.test(message);
}

import { ERROR_CODE_PLACES, findErrorCodes } from './error-code.ts';
import { jsonSubsetMismatch } from './json-subset.ts';
import { statusMatches, type StatusSpec } from './status-spec.ts';

/** What one answer must satisfy to count as a passing sample. */
export interface Criteria {
  readonly status: StatusSpec;
  /** Substring of the body. */
  readonly expectBody?: string;
  /** Object the JSON body must contain (deep subset). */
  readonly expectJson?: Readonly<Record<string, unknown>>;
  /** Error code the JSON body must carry (denied-client smoke checks). */
  readonly expectErrorCode?: string;
}

export interface Answer {
  readonly status: number;
  readonly body: string;
}

const MESSAGE_EXCERPT = 160;

/** Returns why `answer` does not satisfy `criteria`, or undefined when it does. */
export function findFailure(answer: Answer, criteria: Criteria): string | undefined {
  if (!statusMatches(criteria.status, answer.status)) {
    return `status ${answer.status}, expected ${criteria.status.text}; body ${excerpt(answer.body)}`;
  }
  if (criteria.expectBody !== undefined && !answer.body.includes(criteria.expectBody)) {
    return `body ${excerpt(answer.body)} does not contain ${JSON.stringify(criteria.expectBody)}`;
  }
  if (criteria.expectJson === undefined && criteria.expectErrorCode === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(answer.body);
  } catch {
    return `body ${excerpt(answer.body)} is not JSON`;
  }
  if (criteria.expectJson !== undefined) {
    const mismatch = jsonSubsetMismatch(json, criteria.expectJson);
    if (mismatch !== undefined) return `body ${excerpt(answer.body)} does not contain ${JSON.stringify(criteria.expectJson)} (${mismatch})`;
  }
  if (criteria.expectErrorCode !== undefined) {
    const codes = findErrorCodes(json);
    if (codes.length === 0) return `body ${excerpt(answer.body)} has no error code; expected ${JSON.stringify(criteria.expectErrorCode)} in ${ERROR_CODE_PLACES}`;
    if (!codes.some((found) => found.code === criteria.expectErrorCode)) {
      const seen = codes.map((found) => `${JSON.stringify(found.code)} (${found.path})`).join(', ');
      return `error code ${seen}, expected ${JSON.stringify(criteria.expectErrorCode)}`;
    }
  }
  return undefined;
}

/** One line of the body for messages; the full excerpt is in the evidence. */
export function excerpt(body: string, limit = MESSAGE_EXCERPT): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  if (flat.length === 0) return '(empty)';
  return flat.length > limit ? `${flat.slice(0, limit)}…` : flat;
}

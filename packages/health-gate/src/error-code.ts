/** Where an error code was found in a JSON body, e.g. `error.code`. */
export interface FoundErrorCode {
  readonly path: string;
  readonly code: string;
}

export const ERROR_CODE_PLACES = 'error.code, error, code or errors[].code';

/**
 * The error codes a JSON error body carries, in the shapes APIs actually answer with:
 * `{"error":{"code":…}}` (Azure, Graph, our APIs, with `innererror.code` under it),
 * `{"error":"…","error_description":…}` (OAuth 2), `{"code":…}` and `{"errors":[{"code":…}]}`.
 */
export function findErrorCodes(body: unknown): FoundErrorCode[] {
  if (!isObject(body)) return [];
  const found: FoundErrorCode[] = [];
  const add = (path: string, value: unknown) => {
    if (typeof value === 'string' && value.length > 0) found.push({ path, code: value });
    else if (typeof value === 'number') found.push({ path, code: String(value) });
  };
  const { error, code, errors } = body;
  if (typeof error === 'string') add('error', error);
  if (isObject(error)) {
    add('error.code', error.code);
    if (isObject(error.innererror)) add('error.innererror.code', error.innererror.code);
  }
  add('code', code);
  if (Array.isArray(errors)) errors.forEach((item, index) => isObject(item) && add(`errors[${index}].code`, item.code));
  return found;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

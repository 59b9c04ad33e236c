/**
 * Deep subset match: `actual` contains `expected` when every key of an expected object is
 * present with a matching value, every element of an expected array matches some element of the
 * actual array (order does not matter), and primitives are equal. `"unhealthy"` does not
 * contain `"healthy"` here, which is the point: a substring check would say it does.
 */
export function jsonSubsetMismatch(actual: unknown, expected: unknown, path = '$'): string | undefined {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path} is ${describe(actual)}, expected an array`;
    for (const item of expected) {
      if (!actual.some((candidate) => jsonSubsetMismatch(candidate, item) === undefined)) {
        return `${path} has no element matching ${JSON.stringify(item)}`;
      }
    }
    return undefined;
  }
  if (isObject(expected)) {
    if (!isObject(actual)) return `${path} is ${describe(actual)}, expected an object`;
    for (const [key, value] of Object.entries(expected)) {
      const child = childPath(path, key);
      if (!Object.hasOwn(actual, key)) return `${child} is missing`;
      const mismatch = jsonSubsetMismatch(actual[key], value, child);
      if (mismatch !== undefined) return mismatch;
    }
    return undefined;
  }
  return actual === expected ? undefined : `${path} is ${describe(actual)}, expected ${JSON.stringify(expected)}`;
}

export function isJsonSubset(actual: unknown, expected: unknown): boolean {
  return jsonSubsetMismatch(actual, expected) === undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function childPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'an array';
  if (isObject(value)) return 'an object';
  return JSON.stringify(value);
}

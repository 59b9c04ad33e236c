import { InputError } from '@deploy-kit/core';

const HEADER_START = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:(.*)$/;
/** Header names whose values are credentials: masked in logs, never written. */
const CREDENTIAL_NAME = /^(authorization|proxy-authorization|cookie)$|token|secret|password|api-?key|auth/i;

export interface ParsedHeaders {
  readonly headers: Record<string, string>;
  /** Values to register with the runtime's redactor. */
  readonly secrets: string[];
}

/**
 * Reads `Name: value` items. List inputs are also split at commas, and header values contain
 * commas (`Accept: text/html, application/json`), so an item that does not start with a header
 * name continues the previous header's value.
 */
export function parseHeaders(items: readonly string[]): ParsedHeaders {
  const headers: Record<string, string> = {};
  let current: string | undefined;
  for (const item of items) {
    const match = HEADER_START.exec(item);
    if (match) {
      current = match[1]!.toLowerCase();
      const value = match[2]!.trim();
      headers[current] = headers[current] === undefined ? value : `${headers[current]}, ${value}`;
    } else if (current !== undefined) {
      headers[current] = `${headers[current]}, ${item.trim()}`;
    } else {
      throw new InputError('headers', `'${item.split(':')[0]}…' is not a 'Name: value' header.`, "Write one header per line, e.g. 'X-Probe: deploy-kit'.");
    }
  }
  for (const [name, value] of Object.entries(headers)) {
    if (/[\r\n\0]/.test(value)) throw new InputError('headers', `the value of '${name}' contains a line break.`, 'Write each header on one line.');
  }
  const secrets = Object.entries(headers)
    .filter(([name]) => CREDENTIAL_NAME.test(name))
    .flatMap(([, value]) => [value, value.replace(/^(bearer|basic|token)\s+/i, '')]);
  return { headers, secrets };
}

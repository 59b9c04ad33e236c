import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigurationError } from '@deploy-kit/core';

/**
 * The sample app's default location. Written as a literal `new URL(…, import.meta.url)` on
 * purpose: ncc recognises the pattern, copies sample-app.mjs beside the bundle's index.js as an
 * asset and rewrites the expression into that file's path (a string, not a URL). From the
 * source tree it is the file itself.
 */
function bundledOrSourceLocation(): string {
  const located: unknown = new URL('../sample-app/sample-app.mjs', import.meta.url);
  const text = String(located);
  return text.startsWith('file:') ? fileURLToPath(text) : text;
}

export function resolveSampleAppPath(explicit?: string): string {
  const candidate = explicit ?? bundledOrSourceLocation();
  if (!existsSync(candidate)) {
    throw new ConfigurationError(`The sandbox sample app is not at ${candidate}.`, {
      remediation:
        explicit === undefined
          ? 'Reinstall deploy-kit, or rebuild the bundle so that sample-app.mjs sits next to its index.js.'
          : 'Pass the path of packages/sandbox/src/sample-app/sample-app.mjs (or of the copy shipped beside the bundle) as sampleAppPath.',
    });
  }
  return path.resolve(candidate);
}

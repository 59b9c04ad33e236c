import { InputError } from '@deploy-kit/core';

/**
 * Container Apps' rule for revision names (`<app>--<suffix>`): lower-case letters, digits and
 * '-', starting with a letter, ending with a letter or digit, at most 54 characters together
 * with the app name; the suffix cannot contain '--' (reserved as the separator). Checked here
 * for every app before the first call, so a bad suffix never half-deploys a release.
 */
export const MAX_REVISION_NAME_LENGTH = 54;
const SUFFIX = /^[a-z](?:[a-z0-9-]*[a-z0-9])?$/;

export function revisionName(app: string, suffix: string): string {
  return `${app}--${suffix}`;
}

/** Seed 000's convention: `rev-<short sha>`. */
export function defaultRevisionSuffix(sha: string): string {
  return `rev-${sha.slice(0, 7).toLowerCase()}`;
}

export function revisionSuffixProblem(app: string, suffix: string): string | undefined {
  if (suffix !== suffix.toLowerCase()) return 'it has upper-case letters (revision names are lower-case)';
  if (!SUFFIX.test(suffix)) return "it must consist of lower-case letters, digits or '-', start with a letter and end with a letter or digit";
  if (suffix.includes('--')) return "it contains '--', which Container Apps reserves to separate the app name from the suffix";
  const name = revisionName(app, suffix);
  if (name.length > MAX_REVISION_NAME_LENGTH) return `the revision name '${name}' would have ${name.length} characters; Container Apps allows ${MAX_REVISION_NAME_LENGTH} including the app name`;
  return undefined;
}

/** Throws an InputError naming every app the suffix does not fit. */
export function validateRevisionSuffix(suffix: string, apps: readonly string[], explicit: boolean): void {
  const problems = apps.map((app) => [app, revisionSuffixProblem(app, suffix)] as const).filter(([, problem]) => problem !== undefined);
  if (problems.length === 0) return;
  const [app, problem] = problems[0]!;
  const fix = explicit
    ? `Use a suffix such as 'rev-1a2b3c4' (lower-case letters, digits, '-'), short enough for '${app}--<suffix>' to fit ${MAX_REVISION_NAME_LENGTH} characters.`
    : `Shorten the app name or pass 'revision-suffix' explicitly.`;
  throw new InputError('revision-suffix', `'${suffix}' cannot be used for ${problems.map(([name]) => name).join(', ')}: ${problem}.`, fix);
}

/**
 * The first of `base`, `base-2`, `base-3`, … that no existing revision uses and that fits the
 * length rule (the base is shortened when the counter would not fit).
 */
export function nextFreeSuffix(app: string, base: string, taken: ReadonlySet<string>, first = 1): string {
  for (let n = first; n < first + 1000; n += 1) {
    const counter = n === 1 ? '' : `-${n}`;
    const room = MAX_REVISION_NAME_LENGTH - app.length - 2 - counter.length;
    const stem = base.slice(0, Math.max(1, room)).replace(/-+$/, '');
    const suffix = `${stem}${counter}`;
    if (!taken.has(revisionName(app, suffix)) && revisionSuffixProblem(app, suffix) === undefined) return suffix;
  }
  throw new InputError('revision-suffix', `no free revision suffix based on '${base}' for ${app}.`, "Pass an unused 'revision-suffix'.");
}

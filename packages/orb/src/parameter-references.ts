/**
 * `<< parameters.x >>` as CircleCI compiles it: a value that is exactly one reference takes the
 * parameter's typed value (a boolean stays a boolean); a reference inside text is replaced by the
 * value's text. `\<<` (what pack makes of `<<` in included scripts) is not a reference, and
 * becomes a plain `<<` once the config is compiled.
 */

const REFERENCE = /(?<!\\)<<\s*parameters\.([A-Za-z][\w-]*)\s*>>/g;
const WHOLE_REFERENCE = /^<<\s*parameters\.([A-Za-z][\w-]*)\s*>>$/;
const OTHER_REFERENCE = /(?<!\\)<<\s*(pipeline|matrix)\.[\w.-]+\s*>>/g;

export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The parameter a value refers to when the whole value is one reference. */
export function wholeReference(value: unknown): string | undefined {
  return typeof value === 'string' ? WHOLE_REFERENCE.exec(value.trim())?.[1] : undefined;
}

/** Every `<< parameters.x >>` name used anywhere in `value`. */
export function parameterReferences(value: unknown): string[] {
  const names: string[] = [];
  const visit = (item: unknown): void => {
    if (typeof item === 'string') for (const match of item.matchAll(REFERENCE)) names.push(match[1]!);
    else if (Array.isArray(item)) item.forEach(visit);
    else if (isMapping(item)) Object.values(item).forEach(visit);
  };
  visit(value);
  return names;
}

/** True when a string holds a reference the compiler resolves later (pipeline or matrix values). */
export function hasRuntimeReference(value: string): boolean {
  return new RegExp(OTHER_REFERENCE.source).test(value);
}

/**
 * Replaces parameter references with values. `lookup` returns undefined for a name it does not
 * know; such references are left as written (the semantic checks report them).
 */
export function substituteParameters(value: unknown, lookup: (name: string) => unknown): unknown {
  if (typeof value === 'string') {
    const whole = wholeReference(value);
    if (whole !== undefined) {
      const resolved = lookup(whole);
      return resolved === undefined ? value : resolved;
    }
    return value.replace(REFERENCE, (text, name: string) => {
      const resolved = lookup(name);
      return resolved === undefined ? text : typeof resolved === 'string' ? resolved : JSON.stringify(resolved);
    });
  }
  if (Array.isArray(value)) return value.map((item) => substituteParameters(item, lookup));
  if (isMapping(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = substituteParameters(item, lookup);
    return out;
  }
  return value;
}

/** Applies `fn` to every string in a YAML-shaped value. */
export function mapStrings(value: unknown, fn: (text: string) => unknown): unknown {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, fn));
  if (isMapping(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = mapStrings(item, fn);
    return out;
  }
  return value;
}

/** Replaces pipeline and matrix references (known only when a pipeline runs) with a stand-in. */
export function substituteRuntimeReferences(value: unknown, standIn = 'pipeline-value'): unknown {
  return mapStrings(value, (text) => text.replace(OTHER_REFERENCE, standIn));
}

const PIPELINE_PARAMETER = /(?<!\\)<<\s*pipeline\.parameters\.([\w-]+)\s*>>/g;

/** Every `<< pipeline.parameters.x >>` name used anywhere in `value`. */
export function pipelineParameterReferences(value: unknown): string[] {
  const names: string[] = [];
  mapStrings(value, (text) => {
    for (const match of text.matchAll(PIPELINE_PARAMETER)) names.push(match[1]!);
    return text;
  });
  return names;
}

/** Replaces `<< pipeline.parameters.x >>` with what `lookup` gives (left as written when undefined). */
export function substitutePipelineParameters(value: unknown, lookup: (name: string) => unknown): unknown {
  return mapStrings(value, (text) =>
    text.replace(PIPELINE_PARAMETER, (whole, name: string) => {
      const resolved = lookup(name);
      return resolved === undefined ? whole : String(resolved);
    }),
  );
}

/** What CircleCI does to `\<<` after substitution: it is a literal `<<`. */
export function unescapeIncluded(text: string): string {
  return text.replace(/\\<</g, '<<');
}

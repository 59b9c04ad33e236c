/**
 * The orb-tools `review` checks (src/scripts/review.bats, orb-tools v12) that need no network,
 * over the orb source as written (before packing, as orb-tools runs them). RC006/RC007 fetch the
 * display URLs and stay with the real CircleCI pipeline.
 */
import { parseOrbYaml, componentName, isYamlFile, type OrbSource } from './orb-source.ts';
import { isMapping } from './parameter-references.ts';

export interface ReviewFinding {
  code: string;
  file: string;
  message: string;
}

export interface ReviewOptions {
  /** RC009: longest inline `run.command` before it must be an include (orb-tools default 64). */
  maxCommandLength?: number;
  /** RC011: the orb's name as examples import it (`usage.orbs.<name>`) and the version being released. */
  orbName?: string;
  version?: string;
  /**
   * RC010 also asks for snake_case parameter keys. deploy-kit's parameters keep the action
   * inputs' kebab-case on purpose (one spelling in action.yml, the CLI and the orb), as
   * circleci/node and circleci/slack do with `exclude: RC010`; component names stay snake_case.
   */
  allowKebabCaseParameters?: boolean;
  exclude?: readonly string[];
}

const INCLUDE = /^<<\s*include\(/;

function runSteps(steps: unknown): unknown[] {
  // Steps inside when/unless blocks are run steps too.
  const out: unknown[] = [];
  for (const step of Array.isArray(steps) ? steps : []) {
    if (!isMapping(step)) continue;
    if ('run' in step) out.push(step.run);
    for (const block of ['when', 'unless']) if (isMapping(step[block])) out.push(...runSteps((step[block] as Record<string, unknown>).steps));
  }
  return out;
}

/** Runs the offline review checks on an orb source tree. */
export function reviewOrb(source: OrbSource, options: ReviewOptions = {}): ReviewFinding[] {
  const findings: ReviewFinding[] = [];
  const excluded = new Set(options.exclude ?? []);
  const report = (code: string, file: string, message: string): void => {
    if (!excluded.has(code)) findings.push({ code, file, message });
  };
  const maxLength = options.maxCommandLength ?? 64;
  const parsed = new Map<string, Record<string, unknown>>();
  for (const [file, text] of source) {
    if (!isYamlFile(file)) continue;
    const value = parseOrbYaml(text, file);
    parsed.set(file, isMapping(value) ? value : {});
  }
  const inDir = (dir: string): [string, Record<string, unknown>][] => [...parsed].filter(([file]) => file.startsWith(`${dir}/`));

  const root = parsed.get('@orb.yml') ?? {};
  const display = isMapping(root.display) ? root.display : {};
  if (typeof display.source_url !== 'string' || display.source_url === '') report('RC001', '@orb.yml', 'Set display.source_url in @orb.yml.');

  for (const dir of ['jobs', 'examples', 'commands', 'executors']) {
    for (const [file, component] of inDir(dir)) {
      if (typeof component.description !== 'string' || component.description.trim() === '') report('RC002', file, 'The component has no description; every job, command, executor and example needs one (it is what the orb registry shows).');
    }
  }

  const examples = inDir('examples');
  if (examples.length === 0) report('RC003', 'examples/', 'The orb has no usage example; add one under examples/.');
  for (const [file] of examples) {
    if (componentName(file).includes('example')) report('RC004', file, "An example's file name should say what it shows, not contain the word 'example'.");
  }

  const description = typeof root.description === 'string' ? root.description : '';
  if (description.length < 64) report('RC005', '@orb.yml', `The orb description is ${description.length} characters; write at least 64 that say what the orb is for.`);

  for (const dir of ['jobs', 'commands']) {
    for (const [file, component] of inDir(dir)) {
      runSteps(component.steps).forEach((run, index) => {
        if (!isMapping(run)) {
          report('RC008', file, `run step ${index + 1} is a bare string; write it as a mapping with name and command.`);
          report('RC009', file, `run step ${index + 1} is a bare string; write it as a mapping with name and command.`);
          return;
        }
        if (typeof run.name !== 'string' || run.name.trim() === '') report('RC008', file, `run step ${index + 1} has no name; name it so the CircleCI UI says what it does.`);
        const command = typeof run.command === 'string' ? run.command : '';
        if (command.length > maxLength && !INCLUDE.test(command)) report('RC009', file, `run step ${index + 1} has a ${command.length}-character inline command (over ${maxLength}); move it into scripts/ and <<include(…)>> it.`);
      });
    }
  }

  for (const dir of ['jobs', 'commands', 'executors']) {
    for (const [file, component] of inDir(dir)) {
      if (componentName(file).includes('-')) report('RC010', file, 'Component names are snake_case; rename the file.');
      if (options.allowKebabCaseParameters) continue;
      for (const parameter of Object.keys(isMapping(component.parameters) ? component.parameters : {})) {
        if (parameter.includes('-')) report('RC010', file, `Parameter '${parameter}' is not snake_case.`);
      }
    }
  }

  if (options.orbName && options.version) {
    const major = options.version.split('.')[0];
    for (const [file, example] of examples) {
      const usage = isMapping(example.usage) ? example.usage : {};
      const reference = isMapping(usage.orbs) ? usage.orbs[options.orbName] : undefined;
      const referenced = typeof reference === 'string' ? reference.split('@')[1]?.split('.')[0] : undefined;
      if (referenced !== major) report('RC011', file, `The example imports ${options.orbName} at ${String(reference)}; show the current major version ${major}.`);
    }
  }

  // RC012: a parameter whose default reads an environment variable cannot feed a `key` property
  // (cache keys are computed before the environment exists).
  for (const dir of ['jobs', 'commands', 'executors']) {
    for (const [file, component] of inDir(dir)) {
      const parameters = isMapping(component.parameters) ? component.parameters : {};
      for (const [name, definition] of Object.entries(parameters)) {
        const fallback = isMapping(definition) ? definition.default : undefined;
        if (typeof fallback !== 'string' || !fallback.includes('$') || fallback.endsWith('$')) continue;
        const visit = (value: unknown, key: string): void => {
          if (typeof value === 'string') {
            if (/key$/.test(key) && value.includes(name)) report('RC012', file, `Parameter '${name}' defaults to an environment variable (${fallback}) and is used in the key property '${key}', which is resolved before the environment exists.`);
          } else if (Array.isArray(value)) value.forEach((item) => visit(item, key));
          else if (isMapping(value)) for (const [child, item] of Object.entries(value)) visit(item, child);
        };
        const { parameters: _declared, ...body } = component;
        visit(body, '');
      }
    }
  }
  return findings;
}

/**
 * Packs `orb/src` into one orb YAML, by the rules of the classic `circleci orb pack` (0.1.x),
 * which the newer CLI also accepts: `@orb.yml` is the root; each file in commands/, jobs/,
 * executors/ and examples/ becomes one component named after the file; `@*.yml` files merge at
 * their level; `<<include(path)>>` must be a whole value, inside jobs, commands or executors,
 * and is replaced by the file's text with every `<<` escaped as `\<<` so that heredocs and shifts
 * in scripts are never read as parameters. A folder of YAML that CircleCI would not pack (or
 * that the newer CLI would turn into an unexpected top-level key) is an error, not ignored.
 */
import path from 'node:path';
import YAML from 'yaml';
import { ConfigurationError } from '@deploy-kit/core';
import { COMPONENT_DIRS, componentName, isYamlFile, parseOrbYaml, readOrbSource, type ComponentDir, type OrbSource } from './orb-source.ts';

export interface PackedOrb {
  /** The packed orb as data. */
  document: Record<string, unknown>;
  /** The packed orb as written to dist/orb.yml. */
  yaml: string;
}

const INCLUDE_ANYWHERE = /<<\s*include\(/;
const WHOLE_INCLUDE = /^<<\s*include\(([-\w/.]+)\)\s*>>$/;
const INCLUDES_IN = new Set<ComponentDir>(['commands', 'jobs', 'executors']);

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function packError(message: string, remediation: string): ConfigurationError {
  return new ConfigurationError(`Cannot pack the orb: ${message}`, { remediation });
}

function resolveIncludes(value: unknown, file: string, source: OrbSource, allowed: boolean): unknown {
  if (typeof value === 'string') {
    if (!INCLUDE_ANYWHERE.test(value)) return value;
    const match = WHOLE_INCLUDE.exec(value.trim());
    if (!allowed) throw packError(`${file} uses <<include(…)>>, which is resolved only in commands, jobs and executors.`, 'Write the text in place in examples.');
    if (!match) throw packError(`${file}: an include must be the entire value, once (${JSON.stringify(value.slice(0, 80))}).`, 'Make the value exactly <<include(scripts/name.sh)>> and move the rest into the script.');
    const target = path.posix.normalize(match[1]!);
    if (target.startsWith('../') || path.posix.isAbsolute(target)) throw packError(`${file} includes ${match[1]}, outside the orb source.`, 'Include files under orb/src, e.g. scripts/name.sh.');
    const text = source.get(target);
    if (text === undefined) throw packError(`${file} includes ${target}, which does not exist.`, `Create orb/src/${target} or fix the path (relative to orb/src).`);
    return text.replace(/<</g, '\\<<');
  }
  if (Array.isArray(value)) return value.map((item) => resolveIncludes(item, file, source, allowed));
  if (isMapping(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = resolveIncludes(item, file, source, allowed);
    return out;
  }
  return value;
}

function checkLayout(source: OrbSource): void {
  if (!source.has('@orb.yml')) throw packError('there is no @orb.yml at the root of the orb source.', 'Create orb/src/@orb.yml with version, description and display.');
  for (const file of source.keys()) {
    if (!isYamlFile(file)) continue;
    const [top, ...rest] = file.split('/');
    if (rest.length === 0) {
      if (!top!.startsWith('@')) throw packError(`${file} is a YAML file at the root of the orb source, which pack ignores.`, 'Move it into commands/, jobs/, executors/ or examples/, or merge it into @orb.yml.');
      continue;
    }
    if (!(COMPONENT_DIRS as readonly string[]).includes(top!)) {
      throw packError(`${top}/ holds YAML (${file}) but is not one of ${COMPONENT_DIRS.join(', ')}.`, `Move ${file} into a component folder, or keep only non-YAML files (scripts) in ${top}/.`);
    }
  }
}

/** Packs an orb source (a directory, or files already in memory) into one orb document. */
export function packOrb(sourceOrDir: OrbSource | string): PackedOrb {
  const source = typeof sourceOrDir === 'string' ? readOrbSource(sourceOrDir) : sourceOrDir;
  checkLayout(source);
  const files = [...source.keys()].filter(isYamlFile).sort();
  const document: Record<string, unknown> = {};
  for (const file of files.filter((f) => !f.includes('/'))) {
    const root = parseOrbYaml(source.get(file)!, file);
    if (!isMapping(root)) throw packError(`${file} must be a mapping.`, `Write ${file} as keys (version, description, display).`);
    Object.assign(document, root);
  }
  for (const dir of COMPONENT_DIRS) {
    const components: Record<string, unknown> = {};
    for (const file of files.filter((f) => f.startsWith(`${dir}/`))) {
      const parsed = parseOrbYaml(source.get(file)!, file);
      if (!isMapping(parsed)) throw packError(`${file} must be a mapping (a component definition).`, `Give ${file} at least a description.`);
      const resolved = resolveIncludes(parsed, file, source, INCLUDES_IN.has(dir)) as Record<string, unknown>;
      // `@name.yml` merges several components at this level; any other file is one component.
      const entries = path.posix.basename(file).startsWith('@') ? Object.entries(resolved) : [[componentName(file), resolved] as const];
      for (const [name, definition] of entries) {
        if (name in components) throw packError(`two files define ${dir}/${name}.`, 'Component names must be unique within their folder, including nested folders.');
        components[name] = definition;
      }
    }
    if (Object.keys(components).length > 0) document[dir] = components;
  }
  const yaml = YAML.stringify(document, { version: '1.1', blockQuote: 'literal', lineWidth: 0, aliasDuplicateObjects: false });
  return { document, yaml };
}

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { ConfigurationError } from '@deploy-kit/core';

/** An orb's source tree: POSIX path relative to `orb/src` → file text. */
export type OrbSource = ReadonlyMap<string, string>;

/** The component folders the classic (0.1.x) `circleci orb pack` reads, in packed order. */
export const COMPONENT_DIRS = ['commands', 'jobs', 'executors', 'examples'] as const;
export type ComponentDir = (typeof COMPONENT_DIRS)[number];

export function isYamlFile(file: string): boolean {
  return /\.ya?ml$/.test(file);
}

/** Reads every file under `dir` (an orb's `src`). */
export function readOrbSource(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (relative: string): void => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) files.set(child, readFileSync(path.join(dir, child), 'utf8'));
    }
  };
  walk('');
  return files;
}

/**
 * Parses orb YAML with the YAML 1.2 core schema. (The `yaml` package's 1.1 mode reads a bare `.`,
 * as in `attach_workspace: {at: .}`, as null, which CircleCI does not; the packed output is
 * written so that both YAML versions read it the same way.)
 */
export function parseOrbYaml(text: string, file: string): unknown {
  const document = YAML.parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  if (document.errors.length > 0) {
    throw new ConfigurationError(`${file}: ${document.errors[0]!.message}`, { remediation: `Fix the YAML syntax of ${file} (yamllint -c orb/.yamllint orb/src points at the line).` });
  }
  return document.toJS({ maxAliasCount: 100 });
}

/** The component name a file defines: `commands/health_gate.yml` → `health_gate`. */
export function componentName(file: string): string {
  return path.posix.basename(file).replace(/\.ya?ml$/, '');
}

/** Reads a packed orb (dist/orb.yml) as data. */
export function readPackedOrb(file: string): Record<string, unknown> {
  const value = parseOrbYaml(readFileSync(file, 'utf8'), file);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigurationError(`${file} is not an orb (a YAML mapping).`, { remediation: 'Rebuild it: node packages/orb/src/write-orb-files.ts (or npm run build).' });
  }
  return value as Record<string, unknown>;
}

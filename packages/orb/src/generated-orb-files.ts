import path from 'node:path';
import { VERSION } from '@deploy-kit/core';
import { actionSpecs } from '@deploy-kit/action-specs';
import { readOrbSource } from './orb-source.ts';
import { packOrb } from './pack-orb.ts';
import { GENERATED_HEADER, orbCommandFile, renderOrbCommand } from './render-command.ts';

export interface GeneratedOrbFile {
  /** Relative to the repository root. */
  path: string;
  content: string;
}

export const PACKED_ORB_PATH = 'dist/orb.yml';
export const ORB_SOURCE_DIR = 'orb/src';

const PACKED_HEADER = '# Packed from orb/src by packages/orb (npm run build). Publish it with: circleci orb publish dist/orb.yml <namespace>/deploy-kit@<version>\n';

export interface OrbBuild {
  files: GeneratedOrbFile[];
  /** Generated command files on disk that no spec produces any more (stale). */
  stale: string[];
}

/**
 * Everything the build writes for the orb: one command file per action spec, and the packed orb
 * made from the hand-written source plus those fresh commands (never from stale ones on disk).
 */
export function buildOrb(repoRoot: string, options: { version?: string } = {}): OrbBuild {
  const source = readOrbSource(path.join(repoRoot, ORB_SOURCE_DIR));
  const files: GeneratedOrbFile[] = [];
  const produced = new Set<string>();
  for (const spec of actionSpecs) {
    const file = orbCommandFile(spec);
    const content = renderOrbCommand(spec, { version: options.version ?? VERSION });
    source.set(file, content);
    produced.add(file);
    files.push({ path: `${ORB_SOURCE_DIR}/${file}`, content });
  }
  const stale: string[] = [];
  for (const [file, text] of source) {
    if (file.startsWith('commands/') && text.startsWith(GENERATED_HEADER) && !produced.has(file)) {
      stale.push(`${ORB_SOURCE_DIR}/${file}`);
      source.delete(file);
    }
  }
  files.push({ path: PACKED_ORB_PATH, content: PACKED_HEADER + packOrb(source).yaml });
  return { files, stale };
}

/** The files for scripts/generated-files.ts. */
export function orbGeneratedFiles(repoRoot: string): GeneratedOrbFile[] {
  return buildOrb(repoRoot).files;
}

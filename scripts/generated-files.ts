/** Files generated from the TypeScript sources of truth (schemas, action metadata). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionSpecs, pipelineSpec, renderActionYml, renderReference, spliceReference } from '@deploy-kit/action-specs';
import { contracts } from '@deploy-kit/contracts';
import { orbGeneratedFiles } from '@deploy-kit/orb';

export interface GeneratedFile {
  path: string;
  content: string;
}

export async function generatedFiles(): Promise<GeneratedFile[]> {
  const files: GeneratedFile[] = [];
  for (const contract of Object.values(contracts)) {
    files.push({ path: `schemas/${contract.kind}.v${contract.version}.schema.json`, content: `${JSON.stringify(contract.schema, null, 2)}\n` });
  }
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  // An action.yml is published only with the bundle it points at.
  const shipped = actionSpecs.filter((s) => existsSync(path.join(repoRoot, 'actions', s.name, 'main.ts')));
  for (const spec of shipped) {
    files.push({ path: `actions/${spec.name}/action.yml`, content: renderActionYml(spec, { main: `../../dist/${spec.name}/index.js` }) });
  }
  const rootShipped = existsSync(path.join(repoRoot, 'packages', 'pipeline', 'src', 'main.ts'));
  if (rootShipped) files.push({ path: 'action.yml', content: renderActionYml(pipelineSpec, { main: 'dist/deploy-kit/index.js' }) });
  files.push({ path: 'README.md', content: spliceReference(readFileSync(path.join(repoRoot, 'README.md'), 'utf8'), renderReference(rootShipped ? [pipelineSpec, ...shipped] : shipped)) });
  // The orb: orb/src/commands/*.yml from the same specs, and the packed dist/orb.yml.
  files.push(...orbGeneratedFiles(repoRoot));
  return files;
}

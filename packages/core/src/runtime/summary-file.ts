import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

/** Outside GitHub there is no step summary page; the summary goes to a Markdown file instead. */
export async function appendSummaryFile(markdown: string, file: string): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  await appendFile(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
  return file;
}

export function defaultSummaryFile(artifactsDir: string): string {
  return path.join(artifactsDir, 'summary.md');
}

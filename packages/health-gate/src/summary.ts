import { formatDuration } from '@deploy-kit/core';
import type { HealthEvidence, HealthUrlStatus } from '@deploy-kit/contracts';

const ICON: Record<HealthUrlStatus, string> = { pass: '✅', fail: '❌', cancelled: '⏹️' };

/** The step summary: the verdict, one row per URL, and what was required. */
export function renderHealthSummary(evidence: HealthEvidence, evidencePath: string): string {
  const heading = `### ${ICON[evidence.status]} Health gate \`${evidence.name}\`: ${evidence.status}${evidence.dryRun ? ' (dry run)' : ''}`;
  const lines = [heading, ''];
  if (evidence.dryRun && evidence.status === 'fail') lines.push('> Dry run: the verdict is reported, the step does not fail.', '');
  lines.push(`${cell(evidence.reason)}`, '');
  lines.push('| URL | Verdict | Samples | p95 | Reason |', '|---|---|---:|---:|---|');
  for (const url of evidence.urls) {
    lines.push(`| ${cell(url.url)} | ${ICON[url.status]} ${url.status} | ${url.samples} | ${url.p95Ms === null ? '–' : `${url.p95Ms} ms`} | ${cell(url.reason)} |`);
  }
  lines.push('', `**Criteria:** ${describeCriteria(evidence)}`, '');
  lines.push(`Took ${formatDuration(evidence.durationMs)}, ${evidence.samples} samples. Evidence: \`${evidencePath}\``, '');
  return lines.join('\n');
}

function describeCriteria(evidence: HealthEvidence): string {
  const c = evidence.criteria;
  const parts = [`status ${c.expectStatus}`];
  if (c.expectBody !== undefined) parts.push(`body contains \`${cell(c.expectBody)}\``);
  if (c.expectJson !== undefined) parts.push(`JSON contains \`${cell(JSON.stringify(c.expectJson))}\``);
  if (c.expectErrorCode !== undefined) parts.push(`error code \`${cell(c.expectErrorCode)}\``);
  parts.push(`${c.consecutive} in a row`);
  if (c.maxFailures > 0) parts.push(`give up after ${c.maxFailures} failures in a row`);
  if (c.latencyP95Ms !== undefined) parts.push(`p95 ≤ ${c.latencyP95Ms} ms`);
  parts.push(`request timeout ${formatDuration(c.requestTimeoutMs)}`, `deadline ${formatDuration(c.timeoutMs)}`, `interval ${formatDuration(c.intervalMs)}–${formatDuration(c.maxIntervalMs)}`);
  return parts.join(' · ');
}

/** Text inside a table cell: one line, no column breaks. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').replace(/`/g, "'");
}

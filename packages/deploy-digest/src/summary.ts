import type { DeploymentRecord } from '@deploy-kit/contracts';
import { formatDuration } from '@deploy-kit/core';
import { formatTraffic, pinLatest } from './traffic.ts';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** `sha256:1a2b3c4d5e6f…` — enough to tell digests apart in a table. */
export function shortDigest(ref: string): string {
  const digest = /@(sha256:[0-9a-f]{64})$/.exec(ref)?.[1];
  return digest ? `${digest.slice(0, 19)}…` : ref;
}

const STATUS_MARK: Record<string, string> = { deployed: '✅ deployed', unchanged: '⏸ unchanged', failed: '❌ failed', 'rolled-back': '↩️ rolled back', skipped: '⏭ skipped' };

/** The step summary: one row per app — old → new revision, digest, traffic, health, duration. */
export function renderDeploySummary(record: DeploymentRecord, title = 'Deploy digest'): string {
  const lines = [`### ${title}: ${record.status} (${record.sha.slice(0, 7)}, traffic \`${record.traffic}\`)`, ''];
  if (record.migration) {
    lines.push(`Migration job \`${record.migration.job}\`: ${record.migration.status}${record.migration.execution ? ` (execution \`${record.migration.execution}\`)` : ''}, image ${shortDigest(record.migration.image)}`, '');
  }
  lines.push('| app | revision (old → new) | digest | traffic | health | duration | status |', '| --- | --- | --- | --- | --- | --- | --- |');
  for (const app of record.apps) {
    const moved = app.previous.revision === app.current.revision ? `${app.current.revision ?? '—'}` : `${app.previous.revision ?? '—'} → ${app.current.revision ?? '—'}`;
    const rolledBack = app.rollback?.ok && app.rollback.restored !== 'nothing';
    const revisions = rolledBack ? `${moved} ↩ ${app.rollback!.revision ?? '—'}` : moved;
    const digests = Object.values(app.current.images).map(shortDigest).join('<br>') || '—';
    // What `latestRevision: true` means in the traffic shown: after an image restore the restored
    // revision, after a traffic restore what it meant before the deploy.
    const traffic = !rolledBack
      ? formatTraffic(pinLatest(app.current.traffic, app.current.latestReadyRevision ?? undefined))
      : formatTraffic(pinLatest(app.rollback!.traffic, (app.rollback!.restored === 'image' ? app.rollback!.revision : app.previous.latestReadyRevision) ?? undefined));
    const health = app.health ? `${app.health.status}` : '—';
    const duration = app.durationMs !== undefined ? formatDuration(app.durationMs) : '—';
    const status = STATUS_MARK[app.status] ?? app.status;
    lines.push(`| ${cell(app.app)} | ${cell(revisions)} | ${cell(digests)} | ${cell(traffic)} | ${cell(health)} | ${duration} | ${cell(status)} |`);
  }
  const problems = record.apps.filter((app) => app.message || app.rollback);
  if (problems.length > 0 || record.message) {
    lines.push('');
    if (record.message) lines.push(`**${cell(record.message)}**`, '');
    for (const app of problems) {
      if (app.message) lines.push(`- \`${app.app}\`: ${cell(app.message)}`);
      if (app.rollback) lines.push(`- \`${app.app}\` rollback (${app.rollback.restored}, ${app.rollback.ok ? 'ok' : 'FAILED'}): ${cell(app.rollback.detail)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

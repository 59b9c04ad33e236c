import type { DecisionEvidence, EvidenceStatus, ReleaseDecision } from '@deploy-kit/contracts';
import { evidenceLabel } from './decide.ts';

const STATUS_ICON: Record<EvidenceStatus, string> = { pass: '✅', fail: '❌', missing: '⚠️', invalid: '⛔' };

/** A table cell holds one line and no column separators. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

/** Mermaid labels are quoted; quotes and brackets inside them must be entities. */
function mermaidLabel(text: string): string {
  return text.replace(/"/g, '#quot;').replace(/[<>]/g, (c) => (c === '<' ? '#lt;' : '#gt;'));
}

function stageRows(evidence: readonly DecisionEvidence[]): string[] {
  return evidence.map((item) => {
    const status = `${STATUS_ICON[item.status]} ${item.status}${item.required ? '' : ' (not required)'}`;
    return `| ${cell(evidenceLabel(item))} | ${status} | \`${cell(item.path)}\` | ${cell(item.reason)} |`;
  });
}

/**
 * candidate → … → decision: the deciding stages in a chain, each coloured by its status;
 * evidence that did not decide hangs off the decision with a dotted line and a dashed border.
 */
export function renderStageDiagram(decision: ReleaseDecision): string {
  const lines = ['flowchart LR'];
  const chain: string[] = [];
  const aside: string[] = [];
  decision.evidence.forEach((item, index) => {
    const id = `s${index}`;
    (item.required ? chain : aside).push(id);
    lines.push(`  ${id}["${mermaidLabel(`${STATUS_ICON[item.status]} ${evidenceLabel(item)}: ${item.status}`)}"]`);
  });
  lines.push(`  decision{"${decision.decision === 'YES' ? '✅' : '❌'} ${decision.decision}"}`);
  if (chain.length > 0) lines.push(`  ${[...chain, 'decision'].join(' --> ')}`);
  for (const id of aside) lines.push(`  ${id} -.-> decision`);
  lines.push(
    '  classDef pass fill:#dafbe1,stroke:#1a7f37,color:#1a7f37',
    '  classDef fail fill:#ffebe9,stroke:#cf222e,color:#cf222e',
    '  classDef missing fill:#fff8c5,stroke:#9a6700,color:#9a6700',
    '  classDef invalid fill:#ffebe9,stroke:#cf222e,color:#cf222e,stroke-width:3px',
    '  classDef optional stroke-dasharray:5 5',
  );
  decision.evidence.forEach((item, index) => {
    lines.push(`  class s${index} ${item.status}`);
    if (!item.required) lines.push(`  class s${index} optional`);
  });
  lines.push(`  class decision ${decision.decision === 'YES' ? 'pass' : 'fail'}`);
  return lines.join('\n');
}

export interface SummaryOptions {
  decisionPath: string;
}

/** The job summary: the verdict at a glance, then why, stage by stage. */
export function renderSummary(decision: ReleaseDecision, options: SummaryOptions): string {
  const yes = decision.decision === 'YES';
  const out = [
    `## ${yes ? '✅' : '❌'} Release decision: ${decision.decision}`,
    '',
    `Commit \`${decision.sha}\` to **${cell(decision.environment)}**, decided ${decision.decidedAt}. Decision file: \`${cell(options.decisionPath)}\`.`,
    '',
  ];
  if (!yes) {
    out.push('**Why not:**', '', ...decision.reasons.map((reason) => `- ${reason.replace(/\r?\n/g, ' ')}`), '');
  }
  if (decision.evidence.length > 0) {
    out.push('| stage | status | evidence file | reason |', '|---|---|---|---|', ...stageRows(decision.evidence), '');
  }
  out.push('```mermaid', renderStageDiagram(decision), '```', '');
  const facts: string[] = [];
  if (decision.manifest) facts.push(`Candidate manifest \`${decision.manifest.path}\`: integrity \`${decision.manifest.integrity}\`, file sha256 \`${decision.manifest.sha256}\`.`);
  if (decision.required.length > 0) facts.push(`Required: ${decision.required.map((name) => `\`${cell(name)}\``).join(', ')}.`);
  else facts.push('Required: every evidence found for this commit.');
  if (decision.deployment) facts.push(`GitHub Deployment: ${decision.deployment.id}${decision.deployment.statusUrl ? ` (${decision.deployment.statusUrl})` : ''}.`);
  if (decision.runUrl) facts.push(`Run: ${decision.runUrl}`);
  out.push(...facts.map((fact) => `- ${fact}`), '');
  return out.join('\n');
}

import type { DecisionEvidence, ReleaseDecision } from '@deploy-kit/contracts';
import type { ManifestFacts } from './evidence-sources.ts';

export interface DecisionFacts {
  sha: string;
  environment: string;
  /** Names that must pass, already normalised; empty means every evidence found must pass. */
  required: readonly string[];
  /** For the reason when nothing was found: "no evidence found for <sha> under <dir>". */
  artifactsDir: string;
  decidedAt: string;
  repository?: string;
  runUrl?: string;
}

/** How people call a piece of evidence in reasons, tables and diagrams. */
export function evidenceLabel(evidence: Pick<DecisionEvidence, 'kind' | 'name'>): string {
  if (evidence.kind === 'candidate' || evidence.kind === 'deploy') return evidence.kind;
  return `${evidence.kind} '${evidence.name}'`;
}

/** Which evidence, what became of it, why, and in which file. */
export function formatReason(evidence: DecisionEvidence): string {
  return `${evidenceLabel(evidence)}: ${evidence.status} — ${evidence.reason} (${evidence.path})`;
}

function envelope(facts: DecisionFacts): Omit<ReleaseDecision, 'decision' | 'reasons' | 'evidence' | 'manifest'> {
  return {
    schemaVersion: 1,
    kind: 'release-decision',
    sha: facts.sha,
    environment: facts.environment,
    decidedAt: facts.decidedAt,
    ...(facts.repository ? { repository: facts.repository } : {}),
    ...(facts.runUrl ? { runUrl: facts.runUrl } : {}),
    required: [...facts.required],
  };
}

/**
 * The decision, from the evidence alone: YES only when every deciding piece of evidence passed
 * and every required name was found. On NO the reasons are what failed; on YES, what passed.
 */
export function decide(facts: DecisionFacts, evidence: readonly DecisionEvidence[], manifest: ManifestFacts | null): ReleaseDecision {
  const deciding = evidence.filter((item) => item.required);
  const unanswered = facts.required.filter((name) => !deciding.some((item) => item.name === name));
  const failing = deciding.filter((item) => item.status !== 'pass');
  const reasons = [...failing.map(formatReason), ...unanswered.map((name) => `'${name}': missing — no evidence was gathered for this required name`)];
  if (deciding.length === 0 && unanswered.length === 0) reasons.push(`no evidence found for ${facts.sha} under ${facts.artifactsDir}`);
  const decision = reasons.length === 0 ? 'YES' : 'NO';
  return {
    ...envelope(facts),
    decision,
    reasons: decision === 'YES' ? deciding.map(formatReason) : reasons,
    evidence: evidence.map((item) => ({ ...item })),
    manifest,
  };
}

/** When deciding itself broke: the decision is still written, and it is NO. */
export function failClosedDecision(facts: DecisionFacts, reason: string, evidence: readonly DecisionEvidence[] = []): ReleaseDecision {
  return {
    ...envelope(facts),
    decision: 'NO',
    reasons: [reason],
    evidence: evidence.map((item) => ({ ...item })),
    manifest: null,
  };
}

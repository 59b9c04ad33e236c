import type { DecisionEvidence, ReleaseDecision } from '@deploy-kit/contracts';
import { renderStageDiagram, renderSummary } from '@deploy-kit/release-decision';

const SHA = 'd1b4cf35eaa4845c0d2f4a1b9e8c7d6f5a4b3c2d';

function evidence(name: string, kind: DecisionEvidence['kind'], status: DecisionEvidence['status'], required = true, reason = 'fine'): DecisionEvidence {
  return { name, kind, path: `x/${SHA}/${name}.json`, status, required, reason };
}

function decision(overrides: Partial<ReleaseDecision>): ReleaseDecision {
  return {
    schemaVersion: 1,
    kind: 'release-decision',
    sha: SHA,
    decision: 'YES',
    environment: 'production',
    decidedAt: '2025-01-02T03:15:00.000Z',
    required: [],
    reasons: ['all good'],
    evidence: [],
    manifest: null,
    ...overrides,
  };
}

describe('renderStageDiagram', () => {
  it('chains the deciding stages into the decision and hangs the others off it, dotted and dashed', () => {
    const diagram = renderStageDiagram(
      decision({ decision: 'NO', evidence: [evidence('candidate', 'candidate', 'pass'), evidence('api', 'health', 'fail'), evidence('web', 'health', 'invalid', false)] }),
    );
    expect(diagram.split('\n')).toEqual(
      expect.arrayContaining([
        'flowchart LR',
        '  s0["✅ candidate: pass"]',
        `  s1["❌ health 'api': fail"]`,
        `  s2["⛔ health 'web': invalid"]`,
        '  decision{"❌ NO"}',
        '  s0 --> s1 --> decision',
        '  s2 -.-> decision',
        '  class s1 fail',
        '  class s2 invalid',
        '  class s2 optional',
        '  class decision fail',
      ]),
    );
  });

  it('escapes what would break a Mermaid label', () => {
    const diagram = renderStageDiagram(decision({ evidence: [evidence('a"b<c>', 'stage', 'pass')] }));
    expect(diagram).toContain(`s0["✅ stage 'a#quot;b#lt;c#gt;': pass"]`);
  });

  it('draws a lone decision when there is no evidence', () => {
    const diagram = renderStageDiagram(decision({ decision: 'NO' }));
    expect(diagram).toContain('decision{"❌ NO"}');
    expect(diagram).not.toContain('-->');
  });
});

describe('renderSummary', () => {
  it('keeps table rows on one line and pipes inside cells escaped', () => {
    const markdown = renderSummary(decision({ evidence: [evidence('smoke', 'stage', 'pass', true, 'status | ok\nsecond line')] }), { decisionPath: '.artifacts/release/x/decision.json' });
    expect(markdown).toContain(`| stage 'smoke' | ✅ pass | \`x/${SHA}/smoke.json\` | status \\| ok second line |`);
  });

  it('says why not on NO, and what was required', () => {
    const markdown = renderSummary(decision({ decision: 'NO', required: ['api'], reasons: ["health 'api': fail — HTTP 500 (deploy/x/health-api.json)"] }), { decisionPath: 'd.json' });
    expect(markdown.startsWith('## ❌ Release decision: NO\n')).toBe(true);
    expect(markdown).toContain("**Why not:**\n\n- health 'api': fail — HTTP 500 (deploy/x/health-api.json)");
    expect(markdown).toContain('- Required: `api`.');
  });

  it('says when every found evidence was required', () => {
    expect(renderSummary(decision({}), { decisionPath: 'd.json' })).toContain('Required: every evidence found for this commit.');
  });
});

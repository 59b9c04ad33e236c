import { ArtifactStore, contracts, type DecisionEvidence } from '@deploy-kit/contracts';
import { decide, failClosedDecision, formatReason, type DecisionFacts } from '@deploy-kit/release-decision';

const SHA = 'd1b4cf35eaa4845c0d2f4a1b9e8c7d6f5a4b3c2d';
const store = new ArtifactStore();

function facts(required: string[]): DecisionFacts {
  return { sha: SHA, environment: 'production', required, artifactsDir: '.artifacts', decidedAt: '2025-01-02T03:15:00.000Z' };
}

const manifest = { path: `candidate/${SHA}/manifest.json`, sha256: 'c'.repeat(64), integrity: `sha256:${'d'.repeat(64)}` };

function item(overrides: Partial<DecisionEvidence> & Pick<DecisionEvidence, 'name' | 'kind'>): DecisionEvidence {
  return { path: `evidence/${SHA}/${overrides.name}.json`, status: 'pass', required: true, reason: 'fine', ...overrides };
}

const candidate = item({ name: 'candidate', kind: 'candidate', path: `candidate/${SHA}/manifest.json`, reason: 'integrity verified' });
const deploy = item({ name: 'deploy', kind: 'deploy', path: `production/${SHA}/deployment-record.json`, reason: 'deployment succeeded' });
const health = item({ name: 'api', kind: 'health', path: `deploy/${SHA}/health-api.json`, reason: '2 consecutive passes' });

describe('decide', () => {
  it('says YES when every required evidence passed, and lists what passed', () => {
    const decision = decide(facts(['candidate', 'deploy', 'api']), [candidate, deploy, health], manifest);
    expect(decision.decision).toBe('YES');
    expect(decision.reasons).toEqual([
      `candidate: pass — integrity verified (candidate/${SHA}/manifest.json)`,
      `deploy: pass — deployment succeeded (production/${SHA}/deployment-record.json)`,
      `health 'api': pass — 2 consecutive passes (deploy/${SHA}/health-api.json)`,
    ]);
    expect(decision.manifest).toEqual(manifest);
    expect(decision.required).toEqual(['candidate', 'deploy', 'api']);
    expect(store.check(contracts.releaseDecision, decision)).toEqual([]);
  });

  it('says NO with a reason naming the evidence, its file and why, for each failure', () => {
    const failing = { ...health, status: 'fail' as const, reason: '3 consecutive failures at https://api.example.com/health' };
    const missing = item({ name: 'approval', kind: 'stage', status: 'missing', reason: 'no stage evidence named approval' });
    const decision = decide(facts(['candidate', 'api', 'approval']), [candidate, failing, missing], manifest);
    expect(decision.decision).toBe('NO');
    expect(decision.reasons).toEqual([
      `health 'api': fail — 3 consecutive failures at https://api.example.com/health (deploy/${SHA}/health-api.json)`,
      `stage 'approval': missing — no stage evidence named approval (evidence/${SHA}/approval.json)`,
    ]);
    expect(store.check(contracts.releaseDecision, decision)).toEqual([]);
  });

  it('treats invalid evidence as a NO', () => {
    const tampered = { ...candidate, status: 'invalid' as const, reason: 'integrity mismatch' };
    const decision = decide(facts(['candidate']), [tampered], null);
    expect(decision.decision).toBe('NO');
    expect(decision.reasons).toEqual([`candidate: invalid — integrity mismatch (candidate/${SHA}/manifest.json)`]);
  });

  it('says NO when nothing was required and nothing was found', () => {
    const decision = decide(facts([]), [], null);
    expect(decision.decision).toBe('NO');
    expect(decision.reasons).toEqual([`no evidence found for ${SHA} under .artifacts`]);
    expect(store.check(contracts.releaseDecision, decision)).toEqual([]);
  });

  it('with nothing required, every evidence found decides', () => {
    expect(decide(facts([]), [candidate, health], manifest).decision).toBe('YES');
    expect(decide(facts([]), [candidate, { ...health, status: 'fail' }], manifest).decision).toBe('NO');
  });

  it('lists evidence that was not required without letting it decide', () => {
    const optional = { ...health, required: false, status: 'fail' as const, reason: 'dry run: 1 failure' };
    const decision = decide(facts(['candidate']), [candidate, optional], manifest);
    expect(decision.decision).toBe('YES');
    expect(decision.evidence).toEqual([candidate, optional]);
    expect(decision.reasons).toEqual([formatReason(candidate)]);
  });

  it('says NO for a required name no evidence answers, even if the gatherer forgot it', () => {
    const decision = decide(facts(['candidate', 'smoke']), [candidate], manifest);
    expect(decision.decision).toBe('NO');
    expect(decision.reasons).toEqual(["'smoke': missing — no evidence was gathered for this required name"]);
  });

  it('carries repository and run URL when known, and omits them otherwise', () => {
    const known = decide({ ...facts(['candidate']), repository: 'contoso/compass', runUrl: 'https://github.com/contoso/compass/actions/runs/1' }, [candidate], manifest);
    expect(known.repository).toBe('contoso/compass');
    expect(known.runUrl).toBe('https://github.com/contoso/compass/actions/runs/1');
    const unknown = decide(facts(['candidate']), [candidate], manifest);
    expect('repository' in unknown).toBe(false);
    expect('runUrl' in unknown).toBe(false);
  });

  it('fails closed with a valid NO decision', () => {
    const decision = failClosedDecision(facts(['candidate']), 'the evidence could not be gathered: disk on fire');
    expect(decision.decision).toBe('NO');
    expect(decision.reasons).toEqual(['the evidence could not be gathered: disk on fire']);
    expect(decision.manifest).toBeNull();
    expect(store.check(contracts.releaseDecision, decision)).toEqual([]);
  });
});

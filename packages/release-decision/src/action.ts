import { ConfigurationError, ContractError, describeError, errorMessage, type ActionDefinition, type CiRuntime } from '@deploy-kit/core';
import { ArtifactPaths, ArtifactStore, contracts, type ReleaseDecision } from '@deploy-kit/contracts';
import { releaseDecisionSpec } from '@deploy-kit/action-specs';
import { decide, failClosedDecision, formatReason, type DecisionFacts } from './decide.ts';
import { gatherEvidence, normaliseRequired, type GatherOptions, type GatheredEvidence } from './gather.ts';
import { GITHUB_API_URL_ENV, recordGitHubDeployment } from './github-deployment.ts';
import { renderSummary } from './summary.ts';

export interface ReleaseDecisionDependencies {
  now?: () => Date;
  gather?: (options: GatherOptions) => Promise<GatheredEvidence>;
  store?: ArtifactStore;
}

const ICON = { pass: '✅', fail: '❌', missing: '⚠️', invalid: '⛔' } as const;

function unwritable(file: string, artifactsDir: string, error: unknown): ConfigurationError {
  return new ConfigurationError(`Cannot write the release decision to ${file}: ${errorMessage(error)}`, {
    remediation: `Make '${artifactsDir}' a writable directory (or set 'artifacts-dir'). No decision was recorded: treat this release as NO.`,
    cause: error,
  });
}

/**
 * Writes the decision. A decision that fails its own contract is a bug, but the file must still
 * exist: a minimal NO takes its place. Only a file system that refuses the write fails the step.
 */
async function writeDecision(store: ArtifactStore, file: string, decision: ReleaseDecision, facts: DecisionFacts, artifactsDir: string): Promise<ReleaseDecision> {
  try {
    await store.write(contracts.releaseDecision, file, decision);
    return decision;
  } catch (error) {
    if (!(error instanceof ContractError)) throw unwritable(file, artifactsDir, error);
    const fallback = failClosedDecision(facts, `the decision could not be recorded as made (${error.message}); deploy-kit failed closed`);
    try {
      await store.write(contracts.releaseDecision, file, fallback);
      return fallback;
    } catch (again) {
      throw unwritable(file, artifactsDir, again);
    }
  }
}

async function recordDeployment(runtime: CiRuntime, token: string, decision: ReleaseDecision, decisionPath: string) {
  const repository = runtime.context.repository;
  if (!repository) {
    runtime.log.warning('Not recording a GitHub Deployment: the repository is unknown. Outside GitHub Actions set DEPLOYKIT_REPOSITORY=owner/name.');
    return undefined;
  }
  try {
    return await recordGitHubDeployment({
      token,
      apiUrl: runtime.env[GITHUB_API_URL_ENV] || runtime.context.apiUrl,
      repository,
      sha: decision.sha,
      environment: decision.environment,
      decision: decision.decision,
      summary: decision.reasons[0] ?? decision.decision,
      decisionPath,
      ...(runtime.context.runUrl ? { runUrl: runtime.context.runUrl } : {}),
      log: runtime.log,
    });
  } catch (error) {
    runtime.log.warning(`Could not record a GitHub Deployment (${errorMessage(error)}). The decision is unchanged.`);
    return undefined;
  }
}

/** The action with its clock, evidence gathering and artifact store supplied by the caller (tests). */
export function createReleaseDecisionAction(dependencies: ReleaseDecisionDependencies = {}): ActionDefinition<typeof releaseDecisionSpec> {
  const now = dependencies.now ?? (() => new Date());
  const gather = dependencies.gather ?? gatherEvidence;
  return {
    spec: releaseDecisionSpec,
    async run(inputs, { runtime }) {
      const artifactsDir = inputs['artifacts-dir'];
      const { sha } = inputs;
      const environment = inputs.environment.trim();
      const required = normaliseRequired(inputs.required);
      const store = dependencies.store ?? new ArtifactStore();
      const decisionPath = new ArtifactPaths(artifactsDir, sha).releaseDecision();
      const facts: DecisionFacts = {
        sha,
        environment,
        required,
        artifactsDir,
        decidedAt: now().toISOString(),
        ...(runtime.context.repository ? { repository: runtime.context.repository } : {}),
        ...(runtime.context.runUrl ? { runUrl: runtime.context.runUrl } : {}),
      };

      let decision: ReleaseDecision;
      try {
        const gathered = await gather({ artifactsDir, sha, required, store });
        decision = decide(facts, gathered.evidence, gathered.manifest);
      } catch (error) {
        runtime.log.warning(`Gathering the evidence failed unexpectedly: ${describeError(error)}`);
        decision = failClosedDecision(facts, `the evidence could not be gathered: ${errorMessage(error)}`);
      }
      // Written before talking to GitHub, so the decision exists whatever the API does.
      decision = await writeDecision(store, decisionPath, decision, facts, artifactsDir);

      const token = inputs['github-token'];
      if (token) {
        const deployment = await recordDeployment(runtime, token, decision, decisionPath);
        if (deployment) decision = await writeDecision(store, decisionPath, { ...decision, deployment }, facts, artifactsDir);
      }

      await runtime.log.group(`Release evidence for ${sha}`, async () => {
        if (decision.evidence.length === 0) runtime.log.info('No evidence was found.');
        for (const item of decision.evidence) runtime.log.info(`${ICON[item.status]} ${formatReason(item)}${item.required ? '' : ' [not required]'}`);
      });
      runtime.log.info(`Decision ${decision.decision} written to ${decisionPath}.`);

      const yes = decision.decision === 'YES';
      const failOnNo = inputs['fail-on-no'];
      if (!yes && !failOnNo) runtime.log.warning("The decision is NO; the step succeeds because 'fail-on-no' is false.");
      const more = decision.reasons.length > 1 ? ` (and ${decision.reasons.length - 1} more; see ${decisionPath})` : '';
      return {
        outputs: { decision: decision.decision, 'decision-path': decisionPath },
        ok: yes || !failOnNo,
        summary: renderSummary(decision, { decisionPath }),
        message: yes ? `Release decision for ${sha} (${environment}): YES.` : `Release decision for ${sha} (${environment}): NO — ${decision.reasons[0]}${more}`,
      };
    },
  };
}

export const releaseDecisionAction: ActionDefinition<typeof releaseDecisionSpec> = createReleaseDecisionAction();

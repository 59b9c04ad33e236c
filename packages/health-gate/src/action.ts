import type { ActionDefinition } from '@deploy-kit/core';
import { healthGateSpec } from '@deploy-kit/action-specs';
import { writeHealthEvidence } from './evidence.ts';
import { runHealthGate } from './gate.ts';
import { settingsFromInputs } from './options.ts';
import { renderHealthSummary } from './summary.ts';

/** The health-gate action: runs the gate, writes the evidence, reports the verdict. */
export const healthGateAction: ActionDefinition<typeof healthGateSpec> = {
  spec: healthGateSpec,
  async run(inputs, { runtime }) {
    const settings = settingsFromInputs(inputs);
    for (const secret of settings.secrets) runtime.setSecret(secret);
    const { gate } = settings;
    runtime.log.info(`Checking ${gate.urls.length} URL${gate.urls.length === 1 ? '' : 's'} until ${gate.consecutive} pass in a row (status ${gate.criteria.status.text})${settings.dryRun ? ' — dry run' : ''}.`);

    const result = await runHealthGate(gate, { logger: runtime.log });
    const written = await writeHealthEvidence(result, {
      artifactsDir: settings.artifactsDir,
      sha: settings.sha,
      name: settings.name,
      dryRun: settings.dryRun,
      redact: (text) => runtime.redactor.redact(text),
    });
    const verdict = `Health gate '${settings.name}': ${result.status} — ${written.evidence.reason}`;
    return {
      ok: result.status === 'pass' || settings.dryRun,
      outputs: {
        verdict: result.status,
        'evidence-path': written.path,
        samples: result.samples,
        ...(result.p95Ms !== null ? { 'p95-ms': result.p95Ms } : {}),
      },
      summary: renderHealthSummary(written.evidence, written.path),
      message: settings.dryRun && result.status === 'fail' ? `${verdict} (dry run: not failing the step)` : verdict,
    };
  },
};

/** Reading a run's results in tests: transcripts, warnings, step outcomes, and printed secrets. */
import type { JobOutcome, StepOutcome, WorkflowRunResult } from './run-types.ts';

/** Lines a step printed, without the `::add-mask::` commands GitHub consumes and never shows. */
export function printedLines(step: StepOutcome): string {
  return `${step.stdout}\n${step.stderr}`
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}

/** Every step whose printed output contains one of `secrets`, as `job/step`. */
export function stepsPrinting(result: WorkflowRunResult, secrets: readonly string[]): string[] {
  const found: string[] = [];
  for (const job of Object.values(result.jobs)) {
    for (const step of job.steps) if (secrets.some((secret) => secret !== '' && printedLines(step).includes(secret))) found.push(`${job.id}/${step.name}`);
  }
  return found;
}

/** A readable transcript of a run, for assertion messages. */
export function describeRun(result: WorkflowRunResult): string {
  const lines: string[] = [];
  for (const id of result.order) {
    const job = result.jobs[id]!;
    lines.push(`job ${id}: ${job.result}${job.reason ? ` (${job.reason})` : ''}`);
    for (const step of job.steps) {
      lines.push(`  ${step.outcome.padEnd(7)} ${step.name}${step.exitCode !== undefined ? ` [exit ${step.exitCode}]` : ''}`);
      if (step.outcome === 'failure') {
        const tail = `${step.stdout}\n${step.stderr}`.trim().split('\n').slice(-15);
        lines.push(...tail.map((line) => `      | ${line}`));
      }
      for (const warning of step.warnings) lines.push(`      ! ${warning}`);
    }
    for (const warning of job.warnings) lines.push(`  ! ${warning}`);
  }
  return lines.join('\n');
}

/** The runner's warnings (undeclared or missing inputs, dropped outputs), as `job/step: warning`. */
export function runnerWarnings(result: WorkflowRunResult): string[] {
  return Object.values(result.jobs).flatMap((job) => [...job.steps.flatMap((step) => step.warnings.map((w) => `${job.id}/${step.name}: ${w}`)), ...job.warnings.map((w) => `${job.id}: ${w}`)]);
}

/** `name → outcome` of a job's steps, in order. */
export function stepOutcomes(job: JobOutcome): Array<[string, StepOutcome['outcome']]> {
  return job.steps.map((step) => [step.name, step.outcome]);
}

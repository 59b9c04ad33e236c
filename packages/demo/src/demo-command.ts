import path from 'node:path';
import type { Env, Writable } from '@deploy-kit/core';
import { runSandboxDemo } from './sandbox-demo.ts';

interface CommandIo {
  env: Env;
  stdout: Writable;
  stderr: Writable;
}

const HELP = `deploy-kit demo [--artifacts-dir DIR]

Starts the local Azure sandbox and runs seed 003's production sequence twice — login, freeze,
migration job, deploy of api and web by digest, health gate, release decision — for a good
candidate (YES) and a bad one that is rolled back automatically (NO). Prints a summary and
where the artifacts are. Nothing leaves the machine.
`;

/** `deploy-kit demo` (also `npm run demo`). */
export const demoCommand = {
  kind: 'tool' as const,
  name: 'demo',
  summary: 'Run a pipeline end to end on this machine and print what happened.',
  async run(argv: readonly string[], io: CommandIo): Promise<number> {
    if (argv.includes('--help') || argv.includes('-h')) {
      io.stdout.write(HELP);
      return 0;
    }
    const dirIndex = argv.indexOf('--artifacts-dir');
    const artifactsDir = path.resolve(dirIndex >= 0 && argv[dirIndex + 1] ? argv[dirIndex + 1]! : '.artifacts');
    io.stdout.write('deploy-kit demo — seed 003\'s production sequence on the local Azure sandbox\n');
    const runs = await runSandboxDemo({ artifactsDir, env: io.env, log: io.stdout });
    io.stdout.write('\n━━ Summary\n');
    for (const run of runs) {
      io.stdout.write(`\n  ${run.label}\n`);
      for (const outcome of run.outcomes) io.stdout.write(`    ${outcome.code === 0 ? '✔' : '✘'} ${outcome.step.padEnd(58)} ${(outcome.ms / 1000).toFixed(1)} s\n`);
      io.stdout.write(`    Release decision: ${run.decision ?? 'none'}${run.decisionPath ? `  (${run.decisionPath})` : ''}\n`);
    }
    io.stdout.write(`\n  Artifacts: ${artifactsDir}\n`);
    // The demo succeeds when the pipeline told the good candidate from the bad one.
    const [good, bad] = runs;
    return good?.decision === 'YES' && bad?.decision === 'NO' ? 0 : 1;
  },
};

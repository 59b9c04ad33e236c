import path from 'node:path';
import type { Env, Writable } from '@deploy-kit/core';
import { runHealthDemo } from './health-demo.ts';

interface CommandIo {
  env: Env;
  stdout: Writable;
  stderr: Writable;
}

const HELP = `deploy-kit demo [--artifacts-dir DIR]

Runs a pipeline end to end on this machine and prints a summary and where the artifacts are.
Nothing leaves the machine.
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
    io.stdout.write('deploy-kit demo — health gate and release decision against a slow-starting local service\n');
    const { outcomes, decision } = await runHealthDemo({ artifactsDir, env: io.env, log: io.stdout });
    io.stdout.write('\n  Summary\n');
    for (const outcome of outcomes) io.stdout.write(`    ${outcome.code === 0 ? '✔' : '✘'} ${outcome.step.padEnd(52)} ${(outcome.ms / 1000).toFixed(1)} s\n`);
    const decisionPath = outcomes.at(-1)?.outputs['decision-path'];
    io.stdout.write(`\n  Release decision: ${decision ?? 'none'}${decisionPath ? `  (${decisionPath})` : ''}\n  Artifacts: ${artifactsDir}\n`);
    return decision === 'YES' ? 0 : 1;
  },
};

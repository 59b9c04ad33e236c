import { createRuntime, describeError, ExitCode, exitCodeFor, runAction, VERSION } from '@deploy-kit/core';
import { parseArgs } from './argv.ts';
import { commandName, commands, type CommandIo } from './commands.ts';
import { renderHelp } from './help.ts';

function overview(): string {
  const lines = [`deploy-kit ${VERSION} — production deployment to Azure Container Apps, step by step.`, '', 'Usage: deploy-kit <command> [--flag value]…', '', 'Commands:'];
  for (const command of commands) {
    const summary = command.kind === 'action' ? command.spec.description : command.summary;
    lines.push(`  ${commandName(command).padEnd(18)} ${summary.split('. ')[0]!.replace(/\.$/, '')}.`);
  }
  lines.push('', "Run 'deploy-kit <command> --help' for a command's flags.");
  return `${lines.join('\n')}\n`;
}

/** Runs one CLI invocation and returns its exit code; `bin.ts` sets process.exitCode from it. */
export async function main(argv: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(overview());
    return name === undefined ? ExitCode.UsageError : ExitCode.Success;
  }
  if (name === '--version' || name === 'version') {
    io.stdout.write(`${VERSION}\n`);
    return ExitCode.Success;
  }
  const command = commands.find((c) => commandName(c) === name);
  if (!command) {
    io.stderr.write(`error: unknown command '${name}'.\n  → Commands: ${commands.map(commandName).join(', ')}.\n`);
    return ExitCode.UsageError;
  }
  if (command.kind === 'tool') return command.run(rest, io);
  try {
    const parsed = parseArgs(command.spec, rest);
    if (parsed.help) {
      io.stdout.write(renderHelp(command.spec));
      return ExitCode.Success;
    }
    const runtime = createRuntime({ command: command.spec.name, inputs: parsed.inputs, env: io.env, stdout: io.stdout, stderr: io.stderr });
    return await runAction(await command.load(), runtime);
  } catch (error) {
    io.stderr.write(`error: ${describeError(error)}\n`);
    return exitCodeFor(error);
  }
}

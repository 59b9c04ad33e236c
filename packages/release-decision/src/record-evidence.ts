import {
  ConfigurationError,
  createRuntime,
  DeployKitError,
  errorMessage,
  defineAction,
  describeError,
  ExitCode,
  exitCodeFor,
  InputError,
  parseInputs,
  type Env,
  type InputDefinition,
  type RawInputSource,
  type Writable,
} from '@deploy-kit/core';
import { ArtifactPaths, ArtifactStore, contracts, isSafeArtifactName, type StageEvidence } from '@deploy-kit/contracts';
import { RESERVED_EVIDENCE_NAMES } from './evidence-sources.ts';

export interface RecordStageEvidenceOptions {
  artifactsDir: string;
  sha: string;
  name: string;
  status: 'pass' | 'fail';
  summary?: string;
  url?: string;
  details?: Record<string, unknown>;
  now?: () => Date;
  store?: ArtifactStore;
}

const SHA = /^[0-9a-f]{7,64}$/i;

/**
 * Writes .artifacts/evidence/<sha>/<name>.json for a stage deploy-kit does not run itself
 * (acceptance tests, an approval, a browser smoke run), so `required: <name>` can weigh it.
 * Recording again replaces the earlier evidence of that name.
 */
export async function recordStageEvidence(options: RecordStageEvidenceOptions): Promise<{ path: string; sha256: string }> {
  const { name, status } = options;
  if (!isSafeArtifactName(name)) {
    throw new InputError('name', `'${name}' is not a valid evidence name.`, "Use letters, digits, '.', '_' and '-' (up to 63 characters), e.g. 'acceptance' or 'approval'.");
  }
  if (RESERVED_EVIDENCE_NAMES.includes(name)) {
    throw new InputError('name', `'${name}' names deploy-kit's own evidence (the candidate manifest or the deployment record).`, 'Pick another name, e.g. acceptance, approval or smoke.');
  }
  if (status !== 'pass' && status !== 'fail') {
    throw new InputError('status', `got '${String(status)}', expected 'pass' or 'fail'.`, "Set 'status' to pass or fail.");
  }
  if (!SHA.test(options.sha)) {
    throw new InputError('sha', `got '${options.sha}', expected a commit SHA (7 to 64 hexadecimal characters).`, 'Pass the commit the evidence is about.');
  }
  if (options.url !== undefined) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(options.url);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
      throw new InputError('url', `'${options.url}' is not an http(s) URL.`, 'Link the run or report that holds the details, e.g. https://ci.example.com/runs/42.');
    }
  }
  const sha = options.sha.toLowerCase();
  const evidence: StageEvidence = {
    schemaVersion: 1,
    kind: 'stage-evidence',
    sha,
    name,
    status,
    recordedAt: (options.now ?? (() => new Date()))().toISOString(),
    ...(options.summary?.trim() ? { summary: options.summary.trim() } : {}),
    ...(options.url ? { url: options.url } : {}),
    ...(options.details ? { details: options.details } : {}),
  };
  const file = new ArtifactPaths(options.artifactsDir, sha).stageEvidence(name);
  try {
    return await (options.store ?? new ArtifactStore()).write(contracts.stageEvidence, file, evidence);
  } catch (error) {
    if (error instanceof DeployKitError) throw error;
    throw new ConfigurationError(`Cannot write the evidence to ${file}: ${errorMessage(error)}`, {
      remediation: `Make '${options.artifactsDir}' a writable directory (or pass --artifacts-dir).`,
      cause: error,
    });
  }
}

/** The flags of `deploy-kit record-evidence`, checked with the same rules as action inputs. */
export const recordEvidenceSpec = defineAction({
  name: 'record-evidence',
  title: 'deploy-kit record-evidence',
  description: 'Record the outcome of a stage deploy-kit does not run (acceptance, approval, smoke) as evidence for release-decision.',
  inputs: {
    name: { description: 'Evidence name; `required: <name>` in release-decision asks for it.', type: 'string', required: true, example: 'acceptance' },
    status: { description: 'Outcome of the stage.', type: 'enum', values: ['pass', 'fail'], required: true },
    sha: { description: 'Commit the evidence is about.', type: 'sha', defaultDescription: "the CI's commit SHA" },
    'artifacts-dir': { description: 'Directory that holds the artifacts shared between steps and jobs.', type: 'string', default: '.artifacts' },
    summary: { description: 'One line people read in the decision, e.g. "42 acceptance tests passed".', type: 'string' },
    url: { description: 'Link to the run or report with the details.', type: 'string' },
  },
  outputs: {
    'evidence-path': { description: 'Path of the evidence file written.' },
  },
});

export interface CommandIo {
  env: Env;
  stdout: Writable;
  stderr: Writable;
}

function renderHelp(): string {
  const lines = ['deploy-kit record-evidence --name <name> --status pass|fail [--flag value]…', '', recordEvidenceSpec.description, '', 'Flags:'];
  for (const [name, def] of Object.entries(recordEvidenceSpec.inputs as Readonly<Record<string, InputDefinition>>)) {
    const facts = [def.required ? 'required' : undefined, def.default ? `default: ${def.default}` : undefined, def.defaultDescription ? `default: ${def.defaultDescription}` : undefined].filter(Boolean);
    lines.push(`  --${name}`, `      ${def.description}${facts.length > 0 ? ` [${facts.join('; ')}]` : ''}`);
  }
  lines.push('', 'Prints evidence-path=<file> on stdout. Exit status: 0 recorded, 2 invalid input, 3 internal error.');
  return `${lines.join('\n')}\n`;
}

function parseFlags(argv: readonly string[]): { inputs: RawInputSource; help: boolean } {
  const values = new Map<string, string>();
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (!arg.startsWith('--')) throw new InputError(arg, 'unexpected argument; record-evidence takes only --flags.', "Run 'deploy-kit record-evidence --help'.");
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!(name in recordEvidenceSpec.inputs)) {
      throw new InputError(name, `'--${name}' is not a flag of record-evidence.`, `Flags: ${Object.keys(recordEvidenceSpec.inputs).map((n) => `--${n}`).join(', ')}.`);
    }
    if (values.has(name)) throw new InputError(name, `'--${name}' was given more than once.`, 'Give it once.');
    let value: string;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next === undefined) throw new InputError(name, `'--${name}' needs a value.`, `Write --${name} <value>.`);
      value = next;
      i++;
    }
    values.set(name, value);
  }
  return { help, inputs: { get: (name) => values.get(name) } };
}

/** `deploy-kit record-evidence …`: shaped as the CLI's ToolCommand so it can be registered as is. */
export const recordEvidenceCommand = {
  kind: 'tool' as const,
  name: 'record-evidence',
  summary: 'Record the outcome of a stage deploy-kit does not run (acceptance, approval, smoke) as release evidence.',
  async run(argv: readonly string[], io: CommandIo): Promise<number> {
    try {
      const parsed = parseFlags(argv);
      if (parsed.help) {
        io.stdout.write(renderHelp());
        return ExitCode.Success;
      }
      const runtime = createRuntime({ command: 'record-evidence', env: io.env, inputs: parsed.inputs, stdout: io.stdout, stderr: io.stderr });
      const inputs = parseInputs(recordEvidenceSpec, runtime.inputs, { sha: runtime.context.sha });
      const written = await recordStageEvidence({
        artifactsDir: inputs['artifacts-dir'],
        sha: inputs.sha,
        name: inputs.name,
        status: inputs.status as 'pass' | 'fail',
        ...(inputs.summary !== undefined ? { summary: inputs.summary } : {}),
        ...(inputs.url !== undefined ? { url: inputs.url } : {}),
      });
      runtime.setOutput('evidence-path', written.path);
      runtime.log.info(`Recorded ${inputs.status} for '${inputs.name}' at ${inputs.sha} in ${written.path}.`);
      return ExitCode.Success;
    } catch (error) {
      io.stderr.write(`error: record-evidence: ${describeError(error)}\n`);
      return exitCodeFor(error);
    }
  },
};

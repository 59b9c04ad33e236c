import type { ActionDefinition, ActionSpec, Env, Writable } from '@deploy-kit/core';
import { deployDigestSpec, freezeCandidateSpec, healthGateSpec, identityPreflightSpec, imageTagSpec, oidcLoginSpec, recordEvidenceSpec, releaseDecisionSpec } from '@deploy-kit/action-specs';

export interface CommandIo {
  env: Env;
  stdout: Writable;
  stderr: Writable;
}

/** A command that is one of the actions: flags and help come from its spec. */
export interface ActionCommand {
  kind: 'action';
  spec: ActionSpec;
  /** Loaded on demand so that `health-gate` never loads the Azure SDKs. */
  load(): Promise<ActionDefinition<ActionSpec>>;
}

/** A command that is not an action (sandbox, demo): it parses its own arguments. */
export interface ToolCommand {
  kind: 'tool';
  name: string;
  summary: string;
  run(argv: readonly string[], io: CommandIo): Promise<number>;
}

export type Command = ActionCommand | ToolCommand;

type AnyDefinition = ActionDefinition<ActionSpec>;

/** A tool command whose module loads only when it runs. */
function lazyTool(name: string, summary: string, load: () => Promise<Pick<ToolCommand, 'run'>>): ToolCommand {
  return { kind: 'tool', name, summary, run: async (argv, io) => (await load()).run(argv, io) };
}

export const commands: readonly Command[] = [
  { kind: 'action', spec: oidcLoginSpec, load: async () => (await import('@deploy-kit/azure-auth')).oidcLoginAction as unknown as AnyDefinition },
  { kind: 'action', spec: freezeCandidateSpec, load: async () => (await import('@deploy-kit/candidate')).freezeCandidateAction as unknown as AnyDefinition },
  { kind: 'action', spec: deployDigestSpec, load: async () => (await import('@deploy-kit/deploy-digest')).deployDigestAction as unknown as AnyDefinition },
  { kind: 'action', spec: healthGateSpec, load: async () => (await import('@deploy-kit/health-gate')).healthGateAction as unknown as AnyDefinition },
  { kind: 'action', spec: releaseDecisionSpec, load: async () => (await import('@deploy-kit/release-decision')).releaseDecisionAction as unknown as AnyDefinition },
  lazyTool('rollback', 'Restore what the deploy of a SHA replaced, from its deployment record.', async () => (await import('@deploy-kit/deploy-digest')).rollbackCommand),
  lazyTool('sandbox', 'Start the local HTTPS Azure sandbox (Entra, OIDC issuers, Container Apps, registry) and print its environment.', async () => (await import('@deploy-kit/sandbox/cli')).sandboxCommand),
  lazyTool('demo', 'Run a pipeline end to end on this machine and print what happened.', async () => (await import('@deploy-kit/demo')).demoCommand),
  { kind: 'action', spec: recordEvidenceSpec, load: async () => (await import('@deploy-kit/release-decision')).recordEvidenceAction as unknown as AnyDefinition },
  { kind: 'action', spec: identityPreflightSpec, load: async () => (await import('@deploy-kit/candidate')).identityPreflightAction as unknown as AnyDefinition },
  { kind: 'action', spec: imageTagSpec, load: async () => (await import('@deploy-kit/candidate')).imageTagAction as unknown as AnyDefinition },
];

export function commandName(command: Command): string {
  return command.kind === 'action' ? command.spec.name : command.name;
}

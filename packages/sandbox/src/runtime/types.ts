import type { Logger } from '@deploy-kit/core';
import type { ImageBehaviour, ImageCatalog, RevisionHealth, RevisionRunning, RevisionRuntime, TrafficTarget } from '../service-interfaces.ts';
import type { ServerCredentials } from '../tls.ts';
import type { ProbeSettings } from './revision-instance.ts';
import type { RouterCounts } from './router.ts';

export interface RevisionRuntimeOptions {
  /** TLS for the routers (the app, revision and label FQDNs). */
  credentials: ServerCredentials;
  catalog: ImageCatalog;
  /** The sample app every revision runs; defaults to the one shipped with the sandbox. */
  sampleAppPath?: string;
  /** The node binary that runs it; defaults to the one running us. */
  nodePath?: string;
  logger?: Logger;
  /** Clock for the timestamps in snapshots. */
  now?: () => Date;
  probe?: Partial<ProbeSettings>;
  /** How long a stopped process gets between SIGTERM and SIGKILL. Default 2 s. */
  stopGraceMs?: number;
  /** How long a router waits for a revision to answer before a 504. Default 240 s, as Container Apps. */
  upstreamTimeoutMs?: number;
  /** A job execution still running after this is killed and Failed. Default 30 min (replicaTimeout's default). */
  jobTimeoutMs?: number;
}

export interface RevisionStateView {
  health: RevisionHealth;
  running: RevisionRunning;
  replicas: number;
  /** Why the revision is in this state, when it is not simply running and healthy. */
  detail?: string;
}

export interface RevisionChange {
  app: string;
  revision: string;
  state: RevisionStateView;
}

export type JobExecutionStatus = 'Running' | 'Succeeded' | 'Failed';

export interface RunJobOptions {
  /** The job container's environment variables. */
  env?: Record<string, string>;
  /** Overrides `jobTimeoutMs` for this execution (the job's replicaTimeout). */
  timeoutMs?: number;
}

export interface RevisionSnapshot {
  revision: string;
  image: string | null;
  behaviour: ImageBehaviour | null;
  active: boolean;
  health: RevisionHealth;
  running: RevisionRunning;
  replicas: number;
  detail: string | null;
  pid: number | null;
  /** The port its process listens on (plain HTTP, 127.0.0.1), while it lives. */
  port: number | null;
  /** Its own FQDN, once someone asked for it. */
  fqdn: string | null;
  restarts: number;
  startedAt: string | null;
  exit: { code: number | null; signal: string | null } | null;
  /** Requests that reached it through its own FQDN. */
  requests: RouterCounts | null;
  /** The last lines its process wrote. */
  output: string[];
}

export interface LabelSnapshot {
  label: string;
  fqdn: string;
  revision: string | null;
  requests: RouterCounts;
}

export interface AppSnapshot {
  app: string;
  fqdn: string | null;
  traffic: TrafficTarget[];
  /** Requests through the app's FQDN, per revision chosen. */
  requests: RouterCounts | null;
  revisions: RevisionSnapshot[];
  labels: LabelSnapshot[];
}

export interface JobExecutionSnapshot {
  job: string;
  execution: string;
  image: string;
  status: JobExecutionStatus;
  pid: number | null;
  startedAt: string;
  endedAt: string | null;
  exit: { code: number | null; signal: string | null } | null;
  detail: string | null;
  output: string[];
}

export interface RuntimeSnapshot {
  apps: AppSnapshot[];
  jobs: JobExecutionSnapshot[];
}

/** The RevisionRuntime the ARM API drives, plus what the sandbox's state API, tests and users need. */
export interface SandboxRevisionRuntime extends RevisionRuntime {
  revisionState(app: string, revision: string): RevisionStateView;
  runJob(job: string, execution: string, image: string, options?: RunJobOptions): Promise<'Succeeded' | 'Failed'>;
  /** Stops a running job execution; its runJob resolves 'Failed'. */
  cancelJob(job: string, execution: string): Promise<void>;
  /** Calls `listener` whenever a revision's running state, health or replica count changes. */
  onRevisionChange(listener: (change: RevisionChange) => void): () => void;
  /** Resolves once `until(state)` holds; rejects with the last state after `timeoutMs`. */
  waitForRevision(app: string, revision: string, until: (state: RevisionStateView) => boolean, timeoutMs: number): Promise<RevisionStateView>;
  /** Stops an app's revisions and closes its FQDNs (the app was deleted). */
  removeApp(app: string): Promise<void>;
  /** Stops everything and forgets every app and job; the runtime stays usable. */
  reset(): Promise<void>;
  /** JSON for `GET /_sandbox/state`. */
  snapshot(): RuntimeSnapshot;
  /** The sample app file the revisions run. */
  readonly sampleAppPath: string;
}

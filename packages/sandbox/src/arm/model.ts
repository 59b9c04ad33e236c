import type { JsonObject } from './json.ts';

/** Milliseconds since the epoch; the sandbox reads time only through this, so tests control it. */
export type ArmClock = () => number;

export type ProvisioningState = 'InProgress' | 'Succeeded' | 'Failed';
export type RevisionProvisioning = 'Provisioning' | 'Provisioned' | 'Failed';
export type ExecutionStatus = 'Running' | 'Succeeded' | 'Failed';

/** Who created or last changed a resource, as ARM's systemData reports it. */
export interface Stamp {
  at: number;
  by: string;
}

export interface RevisionRecord {
  name: string;
  suffix: string;
  /** The app template the revision was created from (immutable, like a real revision). */
  template: JsonObject;
  image: string;
  env: Record<string, string>;
  createdAt: number;
  lastActiveAt: number | undefined;
  active: boolean;
  provisioning: RevisionProvisioning;
  provisioningError: string | undefined;
  /** Fault: the revision stays Unhealthy whatever its process does. */
  neverHealthy: boolean;
}

export interface AppRecord {
  name: string;
  location: string;
  tags: JsonObject | undefined;
  identity: JsonObject | undefined;
  /**
   * The writable `properties` (configuration, template, environmentId, …) as last written,
   * secret values included (GET hides them; listSecrets shows them).
   */
  spec: JsonObject;
  provisioningState: ProvisioningState;
  etag: string;
  created: Stamp;
  modified: Stamp;
  latestRevisionName: string | undefined;
  latestReadyRevisionName: string | undefined;
  pendingOperationId: string | undefined;
  revisions: RevisionRecord[];
  /** JSON of the traffic targets last given to the runtime, to push only changes. */
  pushedTraffic: string | undefined;
}

export interface ExecutionRecord {
  name: string;
  /** JobExecutionTemplate: the containers this execution runs. */
  template: JsonObject;
  image: string;
  startedAt: number;
  endedAt: number | undefined;
  status: ExecutionStatus;
  /** Fault: the execution ends Failed. */
  willFail: boolean;
  observations: number;
  inProgressPolls: number;
  notBefore: number;
  /** What the runtime reported, once its run resolved. */
  runtimeResult: 'Succeeded' | 'Failed' | undefined;
  runtimeError: string | undefined;
}

export interface JobRecord {
  name: string;
  location: string;
  tags: JsonObject | undefined;
  identity: JsonObject | undefined;
  spec: JsonObject;
  provisioningState: ProvisioningState;
  etag: string;
  created: Stamp;
  modified: Stamp;
  pendingOperationId: string | undefined;
  executions: ExecutionRecord[];
}

export type OperationKind = 'app' | 'job';

export interface OperationRecord {
  id: string;
  kind: OperationKind;
  /** App or job name. */
  target: string;
  action: 'createOrUpdate' | 'update' | 'start';
  status: ProvisioningState;
  startedAt: number;
  endedAt: number | undefined;
  /** Status polls (or reads of the target) answered InProgress before it may complete. */
  inProgressPolls: number;
  observations: number;
  /** Not complete before this time, however often it is polled (slow-operation fault). */
  notBefore: number;
  failure: { code: string; message: string } | undefined;
  revisionName: string | undefined;
  executionName: string | undefined;
}

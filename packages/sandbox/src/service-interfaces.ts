/**
 * The seams between the sandbox's parts, so each can be built and tested on its own:
 * identity (Entra + OIDC issuers) authorises ARM calls; ARM drives the revision runtime; the
 * runtime asks the registry what an image does.
 */

/** Decides whether the bearer token on an ARM request may act on `resourceId`. */
export interface ArmAuthorizer {
  authorize(authorization: string | undefined, resourceId: string, action: 'read' | 'write'): ArmAuthResult;
}

export type ArmAuthResult =
  | { ok: true; principalId: string; clientId: string }
  | { ok: false; status: 401 | 403; code: string; message: string };

/** How a sandbox image behaves when a revision (or job) runs it. */
export type ImageBehaviour =
  | { kind: 'healthy' }
  | { kind: 'slow-start'; delayMs: number }
  | { kind: 'crash'; afterMs: number }
  | { kind: 'unhealthy' }
  | { kind: 'error-500' }
  | { kind: 'slow'; delayMs: number }
  | { kind: 'job-success'; durationMs: number }
  | { kind: 'job-fail'; durationMs: number };

/** OCI config label that carries an ImageBehaviour in the sandbox registry, e.g. "slow-start:3s". */
export const BEHAVIOUR_LABEL = 'dev.deploy-kit.sandbox.behavior';

/** Resolves an image reference (tag or digest) to what it does; the registry implements it. */
export interface ImageCatalog {
  behaviourOf(imageRef: string): Promise<ImageBehaviour>;
}

export type RevisionHealth = 'Healthy' | 'Unhealthy' | 'None';
export type RevisionRunning = 'Running' | 'Processing' | 'Failed' | 'Stopped' | 'Degraded';

export interface TrafficTarget {
  revisionName: string;
  weight: number;
  label?: string;
}

/** Runs revisions as real local processes behind routers that honour traffic weights. */
export interface RevisionRuntime {
  /** Starts (or restarts) a revision's process; resolves once it is spawned, not once healthy. */
  startRevision(app: string, revision: string, image: string, env?: Record<string, string>): Promise<void>;
  stopRevision(app: string, revision: string): Promise<void>;
  revisionState(app: string, revision: string): { health: RevisionHealth; running: RevisionRunning; replicas: number };
  /** Weights sum to 100 across active revisions; labels get their own FQDN. */
  setTraffic(app: string, targets: readonly TrafficTarget[]): Promise<void>;
  /** `localhost:<port>` — the app's ingress FQDN (no scheme), routed by traffic weight. */
  appFqdn(app: string): Promise<string>;
  revisionFqdn(app: string, revision: string): Promise<string>;
  labelFqdn(app: string, label: string): Promise<string>;
  /** Runs a job execution to completion; resolves with its final status. */
  runJob(job: string, execution: string, image: string): Promise<'Succeeded' | 'Failed'>;
  close(): Promise<void>;
}

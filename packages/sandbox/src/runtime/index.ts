import { LocalRevisionRuntime } from './revision-runtime.ts';
import type { RevisionRuntimeOptions, SandboxRevisionRuntime } from './types.ts';

export type * from './types.ts';
export type { ProbeSettings } from './revision-instance.ts';
export type { RouterCounts } from './router.ts';
export { resolveSampleAppPath } from './sample-app-path.ts';
export { SmoothWeightedPicker } from './weighted-picker.ts';

/**
 * The sandbox's Container Apps runtime. Every started revision is one real process running the
 * sample app (packages/sandbox/src/sample-app/sample-app.mjs) with its image's behaviour;
 * `health`/`running` follow probes of its `/health` (Processing → Running/Healthy, Degraded/
 * Unhealthy when it answers anything but 200 {"status":"healthy"}, Failed when it exits, Stopped
 * once stopped). Each app, revision and label gets its own HTTPS router on 127.0.0.1 whose
 * FQDN is `localhost:<port>`; the app's splits requests by traffic weight with smooth weighted
 * round-robin (deterministic: 90/10 sends exactly 10 of every 100 to the canary). Routers
 * answer 503 for a revision without a live process, 404 on the FQDN of an inactive revision or
 * an unknown label, 502 when the process drops the connection, 504 when it does not answer.
 *
 * Nothing runs until asked: routers start when their FQDN is first requested, processes when
 * a revision is started. `close()` kills every process (SIGTERM, then SIGKILL); the processes
 * also exit by themselves if this process dies.
 */
export async function createRevisionRuntime(options: RevisionRuntimeOptions): Promise<SandboxRevisionRuntime> {
  return new LocalRevisionRuntime(options);
}

import type { JsonObject } from './json.ts';

/** An app the sandbox starts with: the image it runs and the few knobs tests vary. */
export interface ArmSeedApp {
  name: string;
  image: string;
  activeRevisionsMode?: 'Single' | 'Multiple';
  minReplicas?: number;
  maxReplicas?: number;
  targetPort?: number;
  external?: boolean;
  env?: { name: string; value?: string; secretRef?: string }[];
  secrets?: { name: string; value: string }[];
  /** Replaces the generated `properties` entirely (still validated like a PUT). */
  properties?: JsonObject;
}

export interface ArmSeedJob {
  name: string;
  image: string;
  replicaTimeout?: number;
  properties?: JsonObject;
}

export interface ArmSeed {
  apps: ArmSeedApp[];
  jobs: ArmSeedJob[];
}

export interface SeedImages {
  api: string;
  web: string;
  migrate: string;
}

/** Placeholders for callers that do not care which image runs (the composer passes registry refs). */
export const PLACEHOLDER_IMAGES: SeedImages = {
  api: 'registry.sandbox.localhost/shop/api:1.0.0',
  web: 'registry.sandbox.localhost/shop/web:1.0.0',
  migrate: 'registry.sandbox.localhost/shop/api:1.0.0',
};

/**
 * Seed 003's production shape: `api` and `web` in Single revision mode with external ingress and
 * one warm replica, and the manual `migrate` job (which runs the API image). The env, secret and
 * probes are there so a deploy can be checked for preserving every field it should not touch.
 */
export function defaultArmSeed(images: SeedImages = PLACEHOLDER_IMAGES): ArmSeed {
  return {
    apps: [
      {
        name: 'api',
        image: images.api,
        minReplicas: 1,
        maxReplicas: 3,
        env: [
          { name: 'APP_ENV', value: 'production' },
          { name: 'AUTH_AUDIENCE', value: 'api://compass-api' },
          { name: 'DATABASE_PASSWORD', secretRef: 'database-password' },
        ],
        secrets: [{ name: 'database-password', value: 'sandbox-not-a-real-password' }],
      },
      { name: 'web', image: images.web, minReplicas: 1, maxReplicas: 3, env: [{ name: 'APP_ENV', value: 'production' }] },
    ],
    jobs: [{ name: 'migrate', image: images.migrate, replicaTimeout: 1800 }],
  };
}

export function seedAppProperties(app: ArmSeedApp, environmentId: string): JsonObject {
  if (app.properties !== undefined) return structuredClone(app.properties);
  const port = app.targetPort ?? 8080;
  const probe = (type: string, path: string): JsonObject => ({ type, httpGet: { path, port }, periodSeconds: 10, failureThreshold: 3 });
  return {
    environmentId,
    managedEnvironmentId: environmentId,
    workloadProfileName: 'Consumption',
    configuration: {
      activeRevisionsMode: app.activeRevisionsMode ?? 'Single',
      maxInactiveRevisions: 100,
      secrets: (app.secrets ?? []).map((secret) => ({ ...secret })),
      ingress: {
        external: app.external ?? true,
        targetPort: port,
        transport: 'Auto',
        allowInsecure: false,
        traffic: [{ weight: 100, latestRevision: true }],
      },
    },
    template: {
      containers: [
        {
          name: app.name,
          image: app.image,
          resources: { cpu: 0.5, memory: '1Gi' },
          env: (app.env ?? []).map((variable) => ({ ...variable })),
          probes: [probe('Liveness', '/health'), probe('Readiness', '/ready')],
        },
      ],
      scale: { minReplicas: app.minReplicas ?? 1, maxReplicas: app.maxReplicas ?? 10 },
    },
  };
}

export function seedJobProperties(job: ArmSeedJob, environmentId: string): JsonObject {
  if (job.properties !== undefined) return structuredClone(job.properties);
  return {
    environmentId,
    workloadProfileName: 'Consumption',
    configuration: {
      triggerType: 'Manual',
      replicaTimeout: job.replicaTimeout ?? 1800,
      replicaRetryLimit: 0,
      manualTriggerConfig: { replicaCompletionCount: 1, parallelism: 1 },
      secrets: [],
    },
    template: { containers: [{ name: job.name, image: job.image, resources: { cpu: 0.5, memory: '1Gi' } }] },
  };
}

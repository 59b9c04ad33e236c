import { ContainerAppsAPIClient } from '@azure/arm-appcontainers';
import { ClientAssertionCredential } from '@azure/identity';
import { SHA_1, startHarness, type Harness } from './support/sandbox-deploy.ts';

/**
 * "Tools users have today clobber settings; we never do." An app with everything a production
 * app carries (two containers, an init container, secrets, a registry, Dapr, probes, scale rules,
 * volumes, ingress rules, tags, identity) is deployed, and compared field by field before and after.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every leaf of a JSON document, keyed by its path (`properties.template.containers.0.image`). */
function leaves(value: Json, prefix = '', out = new Map<string, Json>()): Map<string, Json> {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value);
    if (entries.length === 0) out.set(prefix, Array.isArray(value) ? [] : {});
    for (const [key, item] of entries) leaves(item, prefix ? `${prefix}.${key}` : key, out);
  } else out.set(prefix, value);
  return out;
}

function changedPaths(before: Json, after: Json): string[] {
  const a = leaves(before);
  const b = leaves(after);
  return [...new Set([...a.keys(), ...b.keys()])].filter((path) => JSON.stringify(a.get(path)) !== JSON.stringify(b.get(path))).sort();
}

describe('an app with every setting', () => {
  it('keeps every field except the container image, the revision suffix and what the platform derives from them', async () => {
    const sidecar = h.image('agent', '7.1.0', 'healthy');
    const init = h.image('init', '1.0.0', 'job-success:10ms');
    const api1 = h.image('api', 'p-1', 'healthy');
    const api2 = h.image('api', 'p-2', 'healthy');
    const environmentId = (await h.sandbox.state()).arm.environmentId;
    await h.sandbox.arm.state.seed({
      apps: [
        {
          name: 'api',
          image: api1,
          properties: {
            environmentId,
            workloadProfileName: 'Consumption',
            configuration: {
              activeRevisionsMode: 'Single',
              maxInactiveRevisions: 20,
              secrets: [
                { name: 'database-password', value: 'sandbox-db-password-1' },
                { name: 'registry-password', value: 'sandbox-registry-password-1' },
              ],
              registries: [{ server: 'contoso.azurecr.io', username: 'contoso', passwordSecretRef: 'registry-password' }],
              dapr: { enabled: true, appId: 'compass-api', appPort: 8080, appProtocol: 'http', enableApiLogging: true },
              ingress: {
                external: true,
                targetPort: 8080,
                transport: 'Auto',
                allowInsecure: false,
                traffic: [{ weight: 100, latestRevision: true }],
                ipSecurityRestrictions: [{ name: 'office', ipAddressRange: '203.0.113.0/24', action: 'Allow' }],
                corsPolicy: { allowedOrigins: ['https://compass.example.com'], allowedMethods: ['GET', 'POST'], allowCredentials: true, maxAge: 600 },
                stickySessions: { affinity: 'none' },
                clientCertificateMode: 'ignore',
              },
            },
            template: {
              terminationGracePeriodSeconds: 45,
              initContainers: [{ name: 'wait-for-db', image: init, command: ['/bin/wait'], args: ['--timeout', '30s'], resources: { cpu: 0.25, memory: '0.5Gi' } }],
              containers: [
                {
                  name: 'api',
                  image: api1,
                  command: ['node'],
                  args: ['server.js', '--port', '8080'],
                  env: [
                    { name: 'APP_ENV', value: 'production' },
                    { name: 'AUTH_AUDIENCE', value: 'api://compass-api' },
                    { name: 'DATABASE_PASSWORD', secretRef: 'database-password' },
                  ],
                  resources: { cpu: 1, memory: '2Gi' },
                  volumeMounts: [{ volumeName: 'scratch', mountPath: '/tmp/scratch' }],
                  probes: [
                    { type: 'Liveness', httpGet: { path: '/health', port: 8080, httpHeaders: [{ name: 'x-probe', value: 'liveness' }] }, periodSeconds: 10, failureThreshold: 3, initialDelaySeconds: 5, timeoutSeconds: 2 },
                    { type: 'Readiness', httpGet: { path: '/ready', port: 8080 }, periodSeconds: 5, successThreshold: 1 },
                    { type: 'Startup', tcpSocket: { port: 8080 }, periodSeconds: 3, failureThreshold: 20 },
                  ],
                },
                { name: 'agent', image: sidecar, env: [{ name: 'AGENT_MODE', value: 'sidecar' }], resources: { cpu: 0.25, memory: '0.5Gi' } },
              ],
              scale: {
                minReplicas: 1,
                maxReplicas: 8,
                rules: [{ name: 'http-burst', http: { metadata: { concurrentRequests: '50' } } }],
              },
              volumes: [{ name: 'scratch', storageType: 'EmptyDir' }],
            },
          },
        },
      ],
      jobs: [],
    });
    // Tags and identity live outside `properties`; set them as a team would.
    const { value: seeded, etag } = await h.arm.getApp('api');
    await h.arm.patchApp('api', { location: seeded.location, tags: { team: 'compass', costCenter: 'cc-1207' }, identity: { type: 'SystemAssigned' } }, etag);

    const before = (await h.sandbox.state()).arm.apps.find((app: any) => app.name === 'api') as Json;
    const secretsBefore = await listSecrets();
    await h.freeze(SHA_1, { api: api2 });

    const result = await h.deploy(SHA_1, { apps: ['api/api=api'] });

    expect(result.ok).toBe(true);
    const after = (await h.sandbox.state()).arm.apps.find((app: any) => app.name === 'api') as Json;
    expect(changedPaths(before, after)).toEqual([
      'etag',
      'properties.latestReadyRevisionName',
      'properties.latestRevisionFqdn',
      'properties.latestRevisionName',
      'properties.template.containers.0.image',
      'properties.template.revisionSuffix',
      'systemData.lastModifiedAt',
    ]);
    expect((after as any).properties.template.containers[0].image).toBe(api2);
    expect((after as any).properties.template.containers[1].image).toBe(sidecar);
    expect((after as any).properties.template.revisionSuffix).toBe('rev-1a2b3c4');
    // Secret values never come back from a GET; listSecrets shows they are intact too.
    expect(await listSecrets()).toEqual(secretsBefore);
    expect(secretsBefore).toEqual({ 'database-password': 'sandbox-db-password-1', 'registry-password': 'sandbox-registry-password-1' });
  });
});

/** listSecrets through the real SDK, with the deployer's credential: the values GET never shows. */
async function listSecrets(): Promise<Record<string, string | undefined>> {
  const credential = new ClientAssertionCredential(h.sandbox.tenantId, h.sandbox.clientId, async () => h.sandbox.mintGitHubToken({ audience: 'api://AzureADTokenExchange' }), {
    authorityHost: h.sandbox.url,
    disableInstanceDiscovery: true,
  });
  const client = new ContainerAppsAPIClient(credential, h.sandbox.subscriptionId, { endpoint: h.sandbox.url, credentials: { scopes: [`${h.sandbox.url}/.default`] } });
  const secrets = await client.containerApps.listSecrets(h.sandbox.resourceGroup, 'api');
  return Object.fromEntries((secrets.value ?? []).map((secret) => [secret.name ?? '', secret.value]));
}

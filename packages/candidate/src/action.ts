import { freezeCandidateSpec } from '@deploy-kit/action-specs';
import { ArtifactStore } from '@deploy-kit/contracts';
import { InputError, type ActionDefinition, type CiRuntime, type InputValues } from '@deploy-kit/core';
import { DigestResolver, isAcr, type RegistryCredentials } from '@deploy-kit/oci';
import { freezeCandidate } from './freeze.ts';
import { parseImageList } from './image-list.ts';
import { parseScopes } from './scopes.ts';

type Inputs = InputValues<typeof freezeCandidateSpec>;

async function azureRegistryCredentials(runtime: CiRuntime): Promise<RegistryCredentials> {
  // Loaded only when an ACR is resolved with the job's Azure login.
  const { azureSessionFromEnvironment, armScope } = await import('@deploy-kit/azure-auth');
  const session = azureSessionFromEnvironment(runtime);
  return {
    kind: 'azure',
    source: 'the Azure login of this job (oidc-login)',
    getAccessToken: async () => {
      const token = await session.credential.getToken(armScope(session.armEndpoint));
      if (!token) throw new Error('Azure returned no access token for the registry exchange.');
      runtime.setSecret(token.token);
      return token.token;
    },
  };
}

function credentialsChooser(inputs: Inputs, runtime: CiRuntime): (registry: string) => Promise<RegistryCredentials> {
  const basic: RegistryCredentials | undefined =
    inputs['registry-username'] && inputs['registry-password']
      ? { kind: 'basic', username: inputs['registry-username'], password: inputs['registry-password'], source: "the 'registry-username'/'registry-password' inputs" }
      : undefined;
  const mode = inputs['registry-auth'];
  if (mode === 'basic' && !basic) throw new InputError('registry-password', "registry-auth is 'basic' but 'registry-username' and 'registry-password' are not both set.", 'Set both, or use registry-auth: auto.');
  let azure: Promise<RegistryCredentials> | undefined;
  const azureOnce = () => (azure ??= azureRegistryCredentials(runtime));
  return async (registry) => {
    if (mode === 'anonymous') return { kind: 'anonymous' };
    if (mode === 'basic') return basic!;
    if (mode === 'azure') return azureOnce();
    if (basic) return basic;
    if (isAcr(registry) && runtime.env.AZURE_CLIENT_ID) return azureOnce();
    return { kind: 'anonymous' };
  };
}

export const freezeCandidateAction: ActionDefinition<typeof freezeCandidateSpec> = {
  spec: freezeCandidateSpec,
  async run(inputs, { runtime }) {
    const images = parseImageList(inputs.images);
    const scopes = parseScopes(inputs.scopes);
    const repository = inputs.repository ?? runtime.context.repository;
    if (!repository) throw new InputError('repository', 'was not given and the CI does not say which repository this is.', "Pass 'repository' as owner/name.");
    const choose = credentialsChooser(inputs, runtime);
    // Credentials are chosen per registry before resolving, so the resolver stays synchronous about them.
    const byRegistry = new Map<string, RegistryCredentials>();
    for (const { reference } of images) {
      const registry = reference.slice(0, reference.indexOf('/'));
      if (!byRegistry.has(registry)) byRegistry.set(registry, await choose(registry));
    }
    const resolver = new DigestResolver({ credentials: (registry: string) => byRegistry.get(registry), plainHttp: inputs['plain-http-registries'], logger: runtime.log });
    const result = await runtime.log.group('Freeze candidate', () =>
      freezeCandidate({ artifactsDir: inputs['artifacts-dir'], sha: inputs.sha, repository, images, scopes, resolve: (reference) => resolver.resolve(reference), store: new ArtifactStore(), log: runtime.log }),
    );
    const refs = Object.fromEntries(Object.entries(result.manifest.images).map(([name, image]) => [name, image.ref]));
    const rows = Object.entries(result.manifest.images).map(([name, image]) => `| ${name} | \`${image.source}\` | \`${image.ref}\` |`);
    const activeScopes = Object.entries(result.manifest.scopes).filter(([, on]) => on).map(([scope]) => scope);
    return {
      ok: true,
      outputs: {
        'manifest-path': result.path,
        'manifest-sha256': result.sha256,
        refs,
        'requires-control-plane-approval': String(result.manifest.requiresControlPlaneApproval),
      },
      summary: [
        `### Candidate ${result.written ? 'frozen' : 'already frozen (unchanged)'}: \`${inputs.sha}\``,
        '',
        '| image | from | frozen as |',
        '| --- | --- | --- |',
        ...rows,
        '',
        `Scopes: ${activeScopes.join(', ') || 'none'} · control-plane approval: **${result.manifest.requiresControlPlaneApproval ? 'required' : 'not required'}** · manifest sha256 \`${result.sha256}\``,
        '',
      ].join('\n'),
      message: result.written ? `Froze ${images.length} image(s) in ${result.path}.` : `${result.path} was already frozen with the same content; nothing changed.`,
    };
  },
};

import type { SandboxEnv } from '@deploy-kit/sandbox';
import { cleanEnv } from '../repo.ts';
import type { WorkflowRunOptions } from './run-types.ts';

/**
 * What a run against the sandbox needs: a runner machine that trusts the sandbox's CA (node and
 * curl, as a self-hosted runner would be set up), the sandbox's ID-token endpoint for jobs with
 * `id-token: write`, and the repository variables that point the examples at it.
 */
export function sandboxRunOptions(env: SandboxEnv): Pick<WorkflowRunOptions, 'hostEnv' | 'oidc' | 'vars'> {
  return {
    hostEnv: { ...cleanEnv(), NODE_EXTRA_CA_CERTS: env.NODE_EXTRA_CA_CERTS, CURL_CA_BUNDLE: env.NODE_EXTRA_CA_CERTS },
    oidc: { requestUrl: env.ACTIONS_ID_TOKEN_REQUEST_URL, requestToken: env.ACTIONS_ID_TOKEN_REQUEST_TOKEN },
    vars: {
      AZURE_TENANT_ID: env.AZURE_TENANT_ID,
      AZURE_SUBSCRIPTION_ID: env.AZURE_SUBSCRIPTION_ID,
      AZURE_RESOURCE_GROUP: env.DEPLOYKIT_RESOURCE_GROUP,
      AZURE_AUTHORITY_HOST: env.AZURE_AUTHORITY_HOST,
      DEPLOYKIT_ARM_ENDPOINT: env.DEPLOYKIT_ARM_ENDPOINT,
      ACR_LOGIN_SERVER: env.DEPLOYKIT_REGISTRY,
    },
  };
}

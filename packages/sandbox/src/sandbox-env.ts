/** Exactly the variables a pipeline needs to run against the sandbox. */
export const SANDBOX_ENV_KEYS = [
  'NODE_EXTRA_CA_CERTS',
  'AZURE_AUTHORITY_HOST',
  'DEPLOYKIT_ARM_ENDPOINT',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'CIRCLE_OIDC_TOKEN_V2',
  'AZURE_TENANT_ID',
  'AZURE_CLIENT_ID',
  'AZURE_SUBSCRIPTION_ID',
  'DEPLOYKIT_RESOURCE_GROUP',
  'DEPLOYKIT_REGISTRY',
] as const;
export type SandboxEnvKey = (typeof SANDBOX_ENV_KEYS)[number];
export type SandboxEnv = Record<SandboxEnvKey, string>;

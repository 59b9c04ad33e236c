/**
 * The api-version `@azure/arm-appcontainers` 4.0.0 sends on every call (its default; the client
 * does not expose it, so test/arm-api-version checks the installed SDK still sends exactly this).
 */
export const ARM_API_VERSION = '2026-07-01';

/** Fixed identities of the seeded sandbox, so tests and printed environments are reproducible. */
export const SANDBOX_SUBSCRIPTION_ID = '00000000-0000-0000-0000-000000000001';
export const SANDBOX_RESOURCE_GROUP = 'rg-shop-prod';
export const SANDBOX_LOCATION = 'West Europe';
export const SANDBOX_ENVIRONMENT_NAME = 'cae-shop-prod';
/** `.localhost` names resolve to loopback, so nothing built from them can reach the internet. */
export const SANDBOX_ENVIRONMENT_DOMAIN = 'cae-shop-prod.sandbox.localhost';

export const PROVIDER = 'Microsoft.App';
export const CONTAINER_APP_TYPE = 'Microsoft.App/containerApps';
export const REVISION_TYPE = 'Microsoft.App/containerApps/revisions';
export const JOB_TYPE = 'Microsoft.App/jobs';
export const JOB_EXECUTION_TYPE = 'Microsoft.App/jobs/executions';

/** ARM's read/write budgets per subscription; reported in x-ms-ratelimit-remaining-subscription-*. */
export const RATE_LIMIT_READS = 12000;
export const RATE_LIMIT_WRITES = 1200;

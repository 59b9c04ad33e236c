import { defineAction } from '@deploy-kit/core';

export const oidcLoginSpec = defineAction({
  name: 'oidc-login',
  title: 'deploy-kit OIDC login',
  description: "Exchange the CI's OIDC token for an Azure token through a federated credential (no secrets), prove it with an ARM read, and export what later steps need.",
  inputs: {
    'client-id': { description: 'Application (client) ID of the Entra app registration with the federated credential.', type: 'string', required: true, env: 'AZURE_CLIENT_ID' },
    'tenant-id': { description: 'Directory (tenant) ID.', type: 'string', required: true, env: 'AZURE_TENANT_ID' },
    'subscription-id': { description: 'Subscription to read (and to export for later steps).', type: 'string', required: true, env: 'AZURE_SUBSCRIPTION_ID' },
    audience: { description: 'Audience of the OIDC token, as registered on the federated credential.', type: 'string', default: 'api://AzureADTokenExchange' },
    'authority-host': { description: 'Entra authority host (sovereign clouds, the sandbox).', type: 'string', default: 'https://login.microsoftonline.com', env: 'AZURE_AUTHORITY_HOST' },
    'arm-endpoint': { description: 'Azure Resource Manager endpoint.', type: 'string', default: 'https://management.azure.com', env: 'DEPLOYKIT_ARM_ENDPOINT' },
    explain: { description: 'Print the OIDC token claims and the federated credential that would match them, without exchanging anything.', type: 'boolean', default: 'false' },
  },
  outputs: {
    'subscription-id': { description: 'The subscription that was read.' },
    'tenant-id': { description: 'The tenant.' },
    'client-id': { description: 'The client ID.' },
    'expires-on': { description: 'Expiry of the Azure token (RFC 3339).' },
    subject: { description: "The OIDC token's subject (sub claim)." },
  },
});

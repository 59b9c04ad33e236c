// Run by sandbox-cli.test.ts in a fresh process with only the environment `deploy-kit sandbox`
// wrote: proves that environment is enough (CA trust included). Prints claims, never tokens.
import { ClientAssertionCredential } from '@azure/identity';

const env = process.env;
const claims = (jwt) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
const idToken = await fetch(`${env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=api://AzureADTokenExchange`, { headers: { authorization: `Bearer ${env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` } });
const { value } = await idToken.json();
const options = { authorityHost: env.AZURE_AUTHORITY_HOST, disableInstanceDiscovery: true };
const fromGitHub = await new ClientAssertionCredential(env.AZURE_TENANT_ID, env.AZURE_CLIENT_ID, async () => value, options).getToken(`${env.DEPLOYKIT_ARM_ENDPOINT}/.default`);
const fromCircleCi = await new ClientAssertionCredential(env.AZURE_TENANT_ID, env.AZURE_CLIENT_ID, async () => env.CIRCLE_OIDC_TOKEN_V2, options).getToken('https://management.azure.com/.default');
process.stdout.write(JSON.stringify({ githubSubject: claims(value).sub, githubOid: claims(fromGitHub.token).oid, circleCiOid: claims(fromCircleCi.token).oid }));

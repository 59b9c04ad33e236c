export { oidcLoginAction } from './action.ts';
export { azureLogin, armScope, LOGIN_ENV, type AzureLoginConfig, type AzureLoginResult } from './login.ts';
export { createAzureCredential, getTokenWithRetry } from './credential.ts';
export { OidcAssertionSource, writeTokenFile } from './oidc-assertions.ts';
export { AzureLoginError, explainEntraFailure, describeClaims } from './explain.ts';
export { entraFailure } from './aadsts.ts';
export { decodeClaims, type OidcClaims } from './jwt-claims.ts';
export { matchingFederatedCredential, subjectHints } from './federated-credential.ts';
export { explainLogin } from './diagnose.ts';

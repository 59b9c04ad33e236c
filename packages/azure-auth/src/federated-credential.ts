import { audiences, type OidcClaims } from './jwt-claims.ts';

export const CIRCLECI_ISSUER_PREFIX = 'https://oidc.circleci.com/org/';
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

/** The body of `az ad app federated-credential create --parameters` that would match these claims. */
export interface FederatedCredentialParameters {
  name: string;
  issuer: string;
  subject: string;
  audiences: string[];
  description: string;
}

function credentialName(subject: string): string {
  return subject.replace(/[^A-Za-z0-9-]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '').slice(0, 120) || 'deploy-kit';
}

export function matchingFederatedCredential(claims: OidcClaims, audience: string): FederatedCredentialParameters | undefined {
  if (!claims.iss || !claims.sub) return undefined;
  return {
    name: credentialName(claims.sub),
    issuer: claims.iss,
    subject: claims.sub,
    audiences: [audience],
    description: 'Created from deploy-kit oidc-login diagnosis',
  };
}

/** Hints about the subject that explain the most common mismatches. */
export function subjectHints(claims: OidcClaims, audience: string): string[] {
  const hints: string[] = [];
  const sub = claims.sub ?? '';
  const iss = claims.iss ?? '';
  if (iss.startsWith(CIRCLECI_ISSUER_PREFIX)) {
    hints.push(
      'Entra matches CircleCI subjects exactly: a wildcard such as org/<org-id>/project/* never matches (flexible federated credentials exist only for GitHub, GitLab and Terraform Cloud).',
    );
    if (/\/user\/[^/]+/.test(sub)) {
      hints.push(
        "This CircleCI subject contains the id of the user who triggered the pipeline, so each person needs their own credential (at most 20 per app). Prefer CIRCLE_OIDC_TOKEN_V2 with a subject keyed on 'vcs-origin'/'vcs-ref', or a dedicated app per project.",
      );
    }
    const orgId = iss.slice(CIRCLECI_ISSUER_PREFIX.length);
    if (!audiences(claims).includes(audience)) {
      hints.push(`CircleCI tokens carry aud = the organization id (${orgId}); register that as the credential's audience, or mint a token for '${audience}' with: circleci run oidc get --claims '{"aud":"${audience}"}'.`);
    }
  } else if (iss === GITHUB_ISSUER) {
    if (/repository_owner_id:|repository_id:/.test(sub)) {
      hints.push('This GitHub subject uses the immutable (id-based) or customised claim format; the federated credential must use the same format.');
    } else if (/:ref:refs\/heads\//.test(sub)) {
      hints.push("The job has no 'environment:', so the subject names the branch; a credential for 'environment:<name>' will not match it.");
    } else if (/:environment:/.test(sub)) {
      hints.push("The job runs in a GitHub environment, so the subject names the environment, not the branch; a credential for 'ref:refs/heads/main' will not match it.");
    }
  }
  hints.push('An app registration holds at most 20 federated credentials; reuse one by matching the subject above exactly.');
  return hints;
}

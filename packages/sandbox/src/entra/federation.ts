import type { JwtClaims } from '../jwt/jwt.ts';
import { FLEXIBLE_CREDENTIAL_ISSUERS, type AppRegistration, type ClaimsMatchingExpression, type FederatedCredential } from './directory.ts';

export type FederationMatch =
  | { ok: true; credential: FederatedCredential }
  | { ok: false; code: 700211 | 700212 | 70021; issuer: string; subject: string; audience: string; hint?: string };

export function audiencesOf(claims: JwtClaims): string[] {
  const aud = claims.aud;
  if (typeof aud === 'string') return [aud];
  if (Array.isArray(aud)) return aud.filter((a): a is string => typeof a === 'string');
  return [];
}

function globToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`);
}

const CLAUSE = /^claims\['([^']+)'\]\s+(matches|eq)\s+'([^']*)'$/;

/**
 * Evaluates the subset of Entra's claims-matching language that flexible credentials use:
 * `claims['sub'] matches 'repo:acme/shop:ref:refs/heads/*'`, `eq`, joined by `and`.
 */
export function evaluateClaimsExpression(expression: ClaimsMatchingExpression, claims: JwtClaims): boolean {
  return expression.value.split(/\s+and\s+/i).every((clause) => {
    const parsed = CLAUSE.exec(clause.trim());
    if (!parsed) return false;
    const [, name, operator, operand] = parsed as unknown as [string, string, string, string];
    const value = claims[name];
    if (typeof value !== 'string') return false;
    return operator === 'eq' ? value === operand : globToRegExp(operand).test(value);
  });
}

function wildcardHint(candidates: readonly FederatedCredential[], issuer: string): string | undefined {
  const wildcard = candidates.find((c) => c.subject !== null && /[*?]/.test(c.subject));
  if (!wildcard || FLEXIBLE_CREDENTIAL_ISSUERS.includes(issuer)) return undefined;
  return (
    `The federated credential '${wildcard.name}' has the subject '${wildcard.subject}', but Entra matches subjects exactly for the issuer '${issuer}': ` +
    `'*' is an ordinary character there, not a wildcard. Wildcard (flexible) federated credentials exist only for GitHub, GitLab and Terraform Cloud issuers.`
  );
}

function caseHint(candidates: readonly FederatedCredential[], subject: string): string | undefined {
  const near = candidates.find((c) => c.subject !== null && c.subject !== subject && c.subject.toLowerCase() === subject.toLowerCase());
  return near ? `The federated credential '${near.name}' differs from the assertion's subject only in letter case ('${near.subject}'); matching is case-sensitive.` : undefined;
}

function audienceHint(candidates: readonly FederatedCredential[], issuer: string): string {
  const accepted = [...new Set(candidates.flatMap((c) => c.audiences))].map((a) => `'${a}'`).join(', ');
  const circleCi = issuer.startsWith('https://oidc.circleci.com/org/')
    ? ` CircleCI tokens carry the organization id as their audience unless minted with circleci run oidc get --claims '{"aud":"api://AzureADTokenExchange"}'.`
    : '';
  return `The federated credentials for this issuer accept the audience ${accepted}.${circleCi}`;
}

/**
 * Matches an assertion's issuer, audience and subject against an application's federated
 * credentials as Entra does: exact, case-sensitive strings; claims-matching expressions only
 * for the issuers that support them. Which check fails decides the AADSTS code.
 */
export function matchFederatedCredential(app: AppRegistration, claims: JwtClaims): FederationMatch {
  const issuer = typeof claims.iss === 'string' ? claims.iss : '';
  const subject = typeof claims.sub === 'string' ? claims.sub : '';
  const audiences = audiencesOf(claims);
  const audience = audiences.join(', ');
  const byIssuer = app.federatedCredentials.filter((c) => c.issuer === issuer);
  if (byIssuer.length === 0) {
    const known = [...new Set(app.federatedCredentials.map((c) => `'${c.issuer}'`))];
    return { ok: false, code: 700211, issuer, subject, audience, hint: known.length ? `The application trusts the issuers ${known.join(', ')}.` : 'The application has no federated credentials.' };
  }
  const byAudience = byIssuer.filter((c) => c.audiences.some((a) => audiences.includes(a)));
  if (byAudience.length === 0) return { ok: false, code: 700212, issuer, subject, audience, hint: audienceHint(byIssuer, issuer) };
  const credential = byAudience.find((c) =>
    c.subject !== null ? c.subject === subject : c.claimsMatchingExpression !== null && FLEXIBLE_CREDENTIAL_ISSUERS.includes(issuer) && evaluateClaimsExpression(c.claimsMatchingExpression, claims),
  );
  if (credential) return { ok: true, credential };
  return { ok: false, code: 70021, issuer, subject, audience, hint: wildcardHint(byAudience, issuer) ?? caseHint(byAudience, subject) };
}

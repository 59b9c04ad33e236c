import { randomUUID, type JsonWebKey } from 'node:crypto';
import { epochSeconds, type Clock } from '../jwt/clock.ts';
import { signJwt, type JwtClaims } from '../jwt/jwt.ts';
import type { SigningKey } from '../jwt/signing-key.ts';
import type { IssuerClockSkew, TrustedIssuer } from './trusted-issuer.ts';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

/** The workflow run a GitHub-shaped token describes. */
export interface GitHubRun {
  repository: string;
  repositoryId: string;
  repositoryOwnerId: string;
  /** The job's `environment:`; when set, it decides the subject as it does on GitHub. */
  environment?: string;
  ref: string;
  sha: string;
  eventName: string;
  workflow: string;
  /** Path of the workflow file inside the repository, e.g. `.github/workflows/deploy.yml`. */
  workflowPath: string;
  actor: string;
  actorId: string;
  runId: string;
  runNumber: string;
  runAttempt: string;
}

export interface GitHubTokenRequest {
  /** Defaults, as on GitHub, to the URL of the repository owner. */
  audience?: string;
  /** Overrides the subject GitHub would derive (e.g. to reproduce a mismatch). */
  subject?: string;
  /** Any other claim to add or replace. */
  claims?: JwtClaims;
}

/**
 * The subject GitHub puts in a workflow's token: the environment wins, then pull requests,
 * then the ref. Federated credentials must name exactly this string.
 */
export function githubSubject(run: Pick<GitHubRun, 'repository' | 'environment' | 'eventName' | 'ref'>): string {
  if (run.environment) return `repo:${run.repository}:environment:${run.environment}`;
  if (run.eventName === 'pull_request') return `repo:${run.repository}:pull_request`;
  return `repo:${run.repository}:ref:${run.ref}`;
}

export interface GitHubIssuerOptions {
  key: SigningKey;
  clock: Clock;
  run: GitHubRun;
  lifetimeSeconds: number;
  skew: IssuerClockSkew;
}

/** Mints tokens shaped like those of GitHub Actions' OIDC provider, signed with the sandbox's key. */
export class GitHubIssuer implements TrustedIssuer {
  readonly issuer = GITHUB_ISSUER;
  readonly name = 'github' as const;
  readonly run: GitHubRun;
  readonly #options: GitHubIssuerOptions;

  constructor(options: GitHubIssuerOptions) {
    this.#options = options;
    this.run = options.run;
  }

  claims(request: GitHubTokenRequest = {}): JwtClaims {
    const { run, lifetimeSeconds, clock, skew } = this.#options;
    const issuedAt = epochSeconds(clock) + skew.skewSeconds('github');
    const [owner = ''] = run.repository.split('/');
    const workflowRef = `${run.repository}/${run.workflowPath}@${run.ref}`;
    return {
      jti: randomUUID(),
      sub: request.subject ?? githubSubject(run),
      aud: request.audience ?? `https://github.com/${owner}`,
      ref: run.ref,
      sha: run.sha,
      repository: run.repository,
      repository_owner: owner,
      repository_owner_id: run.repositoryOwnerId,
      repository_id: run.repositoryId,
      repository_visibility: 'private',
      run_id: run.runId,
      run_number: run.runNumber,
      run_attempt: run.runAttempt,
      actor: run.actor,
      actor_id: run.actorId,
      workflow: run.workflow,
      workflow_ref: workflowRef,
      workflow_sha: run.sha,
      job_workflow_ref: workflowRef,
      job_workflow_sha: run.sha,
      event_name: run.eventName,
      ref_type: run.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      ref_protected: 'true',
      runner_environment: 'github-hosted',
      ...(run.environment ? { environment: run.environment } : {}),
      iss: GITHUB_ISSUER,
      nbf: issuedAt,
      exp: issuedAt + lifetimeSeconds,
      iat: issuedAt,
      ...request.claims,
    };
  }

  mint(request: GitHubTokenRequest = {}): string {
    return signJwt(this.claims(request), this.#options.key, { x5t: this.#options.key.kid });
  }

  jwks(): { keys: JsonWebKey[] } {
    return { keys: [this.#options.key.publicJwk] };
  }
}

import { DeployKitEnv, errorMessage, VERSION, type Logger } from '@deploy-kit/core';

/**
 * Overrides the GitHub REST API base URL (GitHub Enterprise Server, or a local stand-in in
 * tests). Without it: the CI's API URL (GITHUB_API_URL on GitHub), else https://api.github.com.
 */
export const GITHUB_API_URL_ENV = DeployKitEnv.githubApiUrl;
export const DEFAULT_GITHUB_API_URL = 'https://api.github.com';

/** GitHub truncates nothing for us: a longer description is refused with 422. */
const DESCRIPTION_LIMIT = 140;
const DEFAULT_TIMEOUT_MS = 30_000;

export interface GitHubDeploymentRequest {
  /** A secret: sent as the Authorization header, never logged. */
  token: string;
  apiUrl?: string;
  /** owner/name */
  repository: string;
  sha: string;
  environment: string;
  decision: 'YES' | 'NO';
  /** Said in the deployment status; the first reason of the decision. */
  summary: string;
  decisionPath: string;
  runUrl?: string;
  environmentUrl?: string;
  log: Logger;
  timeoutMs?: number;
}

export interface RecordedDeployment {
  id: number;
  statusUrl?: string;
}

function shorten(text: string): string {
  return text.length <= DESCRIPTION_LIMIT ? text : `${text.slice(0, DESCRIPTION_LIMIT - 1)}…`;
}

function whatToDo(status: number | undefined): string {
  if (status === 401) return 'The token was refused; pass a valid token (e.g. secrets.GITHUB_TOKEN).';
  if (status === 403 || status === 404) return "Grant the job 'permissions: deployments: write' and check the repository name.";
  if (status === 422) return 'GitHub refused the deployment request; check that the commit exists in the repository.';
  if (status === undefined) return `Check that the API URL is reachable from this runner (${GITHUB_API_URL_ENV} overrides it).`;
  return 'Retry the step later to record the deployment.';
}

function describeFailure(error: unknown, token: string): { status: number | undefined; text: string } {
  // Octokit reports a request that got no answer as status 500 too; only a response has a real status.
  const response = (error as { response?: { status?: unknown } }).response;
  const status = typeof response?.status === 'number' ? response.status : undefined;
  // Octokit redacts the Authorization header, but a message can still quote what it was given.
  const text = errorMessage(error).split(token).join('***');
  return { status, text: status === undefined ? `no answer: ${text}` : `HTTP ${status}: ${text}` };
}

/**
 * Records the release in GitHub Deployments: one deployment for the commit and environment, and a
 * status saying what was decided. Never throws: a GitHub failure is a warning, not a change to the
 * decision. Returns what was recorded, or undefined.
 */
export async function recordGitHubDeployment(request: GitHubDeploymentRequest): Promise<RecordedDeployment | undefined> {
  const { log, token } = request;
  const [owner, repo, ...extra] = request.repository.split('/');
  if (!owner || !repo || extra.length > 0) {
    log.warning(`Not recording a GitHub Deployment: '${request.repository}' is not an owner/name repository. Set DEPLOYKIT_REPOSITORY=owner/name outside GitHub Actions.`);
    return undefined;
  }
  const baseUrl = (request.apiUrl ?? DEFAULT_GITHUB_API_URL).replace(/\/+$/, '');
  const signal = AbortSignal.timeout(request.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(token, {
    baseUrl,
    userAgent: `deploy-kit/${VERSION}`,
    log: { debug: (m: string) => log.debug(m), info: (m: string) => log.debug(m), warn: (m: string) => log.warning(m), error: (m: string) => log.error(m) },
  });

  let id: number;
  try {
    const created = await octokit.rest.repos.createDeployment({
      owner,
      repo,
      ref: request.sha,
      environment: request.environment,
      auto_merge: false,
      required_contexts: [],
      production_environment: request.environment === 'production',
      transient_environment: false,
      description: shorten(`deploy-kit release decision ${request.decision} for ${request.sha.slice(0, 12)}`),
      payload: { decision: request.decision, decisionPath: request.decisionPath, tool: `deploy-kit/${VERSION}` },
      request: { signal },
    });
    if (!('id' in created.data) || typeof created.data.id !== 'number') {
      const said = 'message' in created.data && created.data.message ? `: ${created.data.message}` : '';
      log.warning(`GitHub did not create a deployment for ${owner}/${repo}@${request.sha} (HTTP ${created.status}${said}). The decision is unchanged.`);
      return undefined;
    }
    id = created.data.id;
  } catch (error) {
    const failure = describeFailure(error, token);
    log.warning(`Could not record a GitHub Deployment for ${owner}/${repo} at ${baseUrl} (${failure.text}). The decision is unchanged. ${whatToDo(failure.status)}`);
    return undefined;
  }

  try {
    const status = await octokit.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: id,
      state: request.decision === 'YES' ? 'success' : 'failure',
      environment: request.environment,
      description: shorten(`${request.decision}: ${request.summary}`),
      ...(request.runUrl ? { log_url: request.runUrl } : {}),
      ...(request.environmentUrl ? { environment_url: request.environmentUrl } : {}),
      auto_inactive: true,
      request: { signal },
    });
    log.info(`Recorded GitHub Deployment ${id} (${request.environment}) with status ${request.decision === 'YES' ? 'success' : 'failure'}.`);
    return { id, ...(status.data.url ? { statusUrl: status.data.url } : {}) };
  } catch (error) {
    const failure = describeFailure(error, token);
    log.warning(`Created GitHub Deployment ${id} but could not set its status (${failure.text}). The decision is unchanged. ${whatToDo(failure.status)}`);
    return { id };
  }
}

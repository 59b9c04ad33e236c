import { AzureLoginError } from './explain.ts';

export interface SubscriptionInfo {
  subscriptionId: string;
  displayName?: string;
  state?: string;
}

/** One cheap ARM read that proves the token works: GET the subscription. */
export async function readSubscription(armEndpoint: string, subscriptionId: string, accessToken: string): Promise<SubscriptionInfo> {
  const url = new URL(`/subscriptions/${encodeURIComponent(subscriptionId)}?api-version=2022-12-01`, armEndpoint);
  let response: Response;
  try {
    response = await fetch(url, { headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' }, signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    throw new AzureLoginError(`Cannot reach Azure Resource Manager at ${url.origin}: ${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message}`, "Check 'arm-endpoint' and network access to it.", undefined, error);
  }
  const body = (await response.json().catch(() => undefined)) as { displayName?: string; state?: string; error?: { code?: string; message?: string } } | undefined;
  if (response.status === 403 || response.status === 404) {
    throw new AzureLoginError(
      `Logged in, but the identity cannot read subscription '${subscriptionId}' (${response.status} ${body?.error?.code ?? ''}).`,
      "Assign the app's service principal a role (Reader at least; Contributor on the resource group to deploy) and check 'subscription-id'.",
    );
  }
  if (!response.ok) {
    throw new AzureLoginError(`ARM answered ${response.status} ${body?.error?.code ?? ''}: ${body?.error?.message ?? ''}`.trim(), 'Retry the job; if it persists, check Azure status.');
  }
  return { subscriptionId, displayName: body?.displayName, state: body?.state };
}

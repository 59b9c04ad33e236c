/** dist/oidc-login as a GitHub step: the missing `id-token: write` permission is named as such. */
import { runActionBundle } from './support/github-runner.ts';

it("names the missing 'id-token: write' permission when GitHub offers no OIDC endpoint", async () => {
  const step = await runActionBundle('oidc-login', { 'client-id': '11111111-1111-1111-1111-111111111111', 'tenant-id': 'contoso', 'subscription-id': '22222222-2222-2222-2222-222222222222' });
  expect(step.code).toBe(2);
  expect(step.stdout).toContain('ACTIONS_ID_TOKEN_REQUEST_URL is not set');
  expect(step.stdout).toContain("permissions: id-token: write");
  expect(step.outputs).toEqual({});
});

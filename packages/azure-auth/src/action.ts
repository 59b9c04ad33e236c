import type { ActionDefinition } from '@deploy-kit/core';
import { oidcLoginSpec } from '@deploy-kit/action-specs';
import { explainLogin } from './diagnose.ts';
import { azureLogin } from './login.ts';

export const oidcLoginAction: ActionDefinition<typeof oidcLoginSpec> = {
  spec: oidcLoginSpec,
  async run(inputs, { runtime }) {
    const subject = { clientId: inputs['client-id'], tenantId: inputs['tenant-id'], audience: inputs.audience };
    if (inputs.explain) {
      const diagnosis = await explainLogin(runtime, subject);
      runtime.log.info(diagnosis);
      return { ok: true, outputs: { 'client-id': subject.clientId, 'tenant-id': subject.tenantId, 'subscription-id': inputs['subscription-id'] } };
    }
    const result = await runtime.log.group('Azure login (OIDC federation)', () =>
      azureLogin(
        { ...subject, subscriptionId: inputs['subscription-id'], authorityHost: inputs['authority-host'], armEndpoint: inputs['arm-endpoint'] },
        runtime,
      ),
    );
    const name = result.subscription.displayName ? ` (${result.subscription.displayName})` : '';
    return {
      ok: true,
      outputs: {
        'subscription-id': result.subscription.subscriptionId,
        'tenant-id': subject.tenantId,
        'client-id': subject.clientId,
        'expires-on': result.expiresOn.toISOString(),
        subject: result.subject ?? '',
      },
      summary: `### Azure login\n\n| | |\n| --- | --- |\n| subject | \`${result.subject ?? '?'}\` |\n| subscription | \`${result.subscription.subscriptionId}\`${name} |\n| token expires | ${result.expiresOn.toISOString()} |\n`,
      message: `Logged in to Azure as ${subject.clientId} for subscription ${result.subscription.subscriptionId}${name}; token valid until ${result.expiresOn.toISOString()}.`,
    };
  },
};

import { createRuntime, runAction } from '@deploy-kit/core';
import { oidcLoginAction } from '@deploy-kit/azure-auth';

process.exitCode = await runAction(oidcLoginAction, createRuntime({ command: oidcLoginAction.spec.name }));

/**
 * An error the sandbox answers in ARM's shape, `{"error":{"code","message"}}`, with the status and
 * headers ARM uses. Handlers throw it; the request pipeline renders it.
 */
export class ArmError extends Error {
  readonly status: number;
  readonly code: string;
  readonly headers: Record<string, string>;
  readonly target: string | undefined;

  constructor(status: number, code: string, message: string, options: { headers?: Record<string, string>; target?: string } = {}) {
    super(message);
    this.name = 'ArmError';
    this.status = status;
    this.code = code;
    this.headers = options.headers ?? {};
    this.target = options.target;
  }

  toBody(): { error: { code: string; message: string; target?: string } } {
    return { error: { code: this.code, message: this.message, ...(this.target === undefined ? {} : { target: this.target }) } };
  }
}

/** ARM's 404 for a missing resource, with the gateway failure-cause header ARM sends. */
export function resourceNotFound(resourceType: string, name: string, resourceGroup: string): ArmError {
  return new ArmError(
    404,
    'ResourceNotFound',
    `The Resource '${resourceType}/${name}' under resource group '${resourceGroup}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
    { headers: { 'x-ms-failure-cause': 'gateway' } },
  );
}

/**
 * Container Apps reports template problems as "The following field(s) are either invalid or
 * missing. Field '<path>' is invalid with details: 'Invalid value: …'" under this code (seen in
 * Azure/terraform-azurerm-avm-res-app-containerapp#115 and az CLI output).
 */
export function invalidTemplateField(field: string, value: string, detail: string): ArmError {
  return new ArmError(
    400,
    'InvalidParameterValueInContainerTemplate',
    `The following field(s) are either invalid or missing. Field '${field}' is invalid with details: 'Invalid value: "${value}": ${detail}';.`,
    { target: field },
  );
}

export function badRequest(code: string, message: string, target?: string): ArmError {
  return new ArmError(400, code, message, target === undefined ? {} : { target });
}

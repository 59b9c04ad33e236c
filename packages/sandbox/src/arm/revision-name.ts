import { ArmError, invalidTemplateField } from './arm-error.ts';

/**
 * Container Apps' rule for revision names (`<app>--<suffix>`), as the service words it
 * (microsoft/azure-container-apps#1443, Azure/azure-quickstart-templates#14660):
 *   "A revision name must consist of lower case alphanumeric characters or '-', start with an
 *    alphabetic character, and end with an alphanumeric character. The length of the revision
 *    name must not be more than a combined 54 characters with the container app name."
 * and, per the az CLI validator (Azure/azure-cli-extensions#6449), the suffix "cannot have '--'"
 * (the double dash is reserved as the app/suffix separator). A suffix starting with a digit is
 * rejected too (same thread: "the revision suffix can not start with number").
 */
export const MAX_REVISION_NAME_LENGTH = 54;

const SUFFIX_PATTERN = /^[a-z](?:[a-z0-9-]*[a-z0-9])?$/;

export function revisionNameFor(app: string, suffix: string): string {
  return `${app}--${suffix}`;
}

/** Why `suffix` is not acceptable for `app`, or undefined when it is. */
export function revisionSuffixProblem(app: string, suffix: string): string | undefined {
  if (!SUFFIX_PATTERN.test(suffix)) {
    return "A revision name must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character.";
  }
  if (suffix.includes('--')) return "A revision suffix cannot have '--'.";
  const name = revisionNameFor(app, suffix);
  if (name.length > MAX_REVISION_NAME_LENGTH) {
    return `The length of the revision name must not be more than a combined ${MAX_REVISION_NAME_LENGTH} characters with the container app name ('${name}' has ${name.length}).`;
  }
  return undefined;
}

export function assertValidRevisionSuffix(app: string, suffix: string): void {
  const problem = revisionSuffixProblem(app, suffix);
  if (problem !== undefined) {
    throw new ArmError(400, 'ContainerAppInvalidRevisionName', `Revision name has an invalid value '${revisionNameFor(app, suffix)}'. ${problem}`, {
      target: 'properties.template.revisionSuffix',
    });
  }
}

/**
 * The service's answer when a template change reuses the suffix of an existing revision
 * (Azure/terraform-azurerm-avm-res-app-containerapp#115: "Field 'template.revisionsuffix' is
 * invalid with details: 'Invalid value: … revision with suffix … already exists").
 */
export function duplicateRevisionSuffix(suffix: string): ArmError {
  return invalidTemplateField('template.revisionsuffix', suffix, `revision with suffix ${suffix} already exists`);
}

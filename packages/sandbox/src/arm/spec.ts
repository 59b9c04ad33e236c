import { ArmError, badRequest, invalidTemplateField } from './arm-error.ts';
import { isJsonObject, withoutNulls, type Json, type JsonObject } from './json.ts';

/** Accessors for loosely typed ARM JSON: each returns undefined when the shape is not as expected. */
export function objectAt(value: Json | undefined): JsonObject | undefined {
  return isJsonObject(value) ? value : undefined;
}
export function arrayAt(value: Json | undefined): Json[] | undefined {
  return Array.isArray(value) ? value : undefined;
}
export function stringAt(value: Json | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function configurationOf(spec: JsonObject): JsonObject | undefined {
  return objectAt(spec['configuration']);
}
export function templateOf(spec: JsonObject): JsonObject | undefined {
  return objectAt(spec['template']);
}
export function ingressOf(spec: JsonObject): JsonObject | undefined {
  return objectAt(configurationOf(spec)?.['ingress']);
}
export function trafficOf(spec: JsonObject): JsonObject[] {
  return (arrayAt(ingressOf(spec)?.['traffic']) ?? []).filter(isJsonObject);
}
export function containersOf(template: JsonObject | undefined): JsonObject[] {
  return (arrayAt(template?.['containers']) ?? []).filter(isJsonObject);
}

export type RevisionsMode = 'Single' | 'Multiple';

export function revisionsModeOf(spec: JsonObject): RevisionsMode {
  return stringAt(configurationOf(spec)?.['activeRevisionsMode']) === 'Multiple' ? 'Multiple' : 'Single';
}

/** The fields a client may write; read-only ones (provisioningState, fqdn, …) are ignored as ARM does. */
const APP_WRITABLE = ['managedEnvironmentId', 'environmentId', 'networking', 'workloadProfileName', 'configuration', 'template'] as const;
const JOB_WRITABLE = ['environmentId', 'workloadProfileName', 'configuration', 'template'] as const;

function pickWritable(properties: Json | undefined, writable: readonly string[], what: string): JsonObject {
  if (properties === undefined || properties === null) return {};
  if (!isJsonObject(properties)) throw badRequest('InvalidRequestContent', `The request content was invalid and could not be deserialized: '${what}.properties' must be an object.`);
  const picked: JsonObject = {};
  for (const key of writable) if (properties[key] !== undefined) picked[key] = properties[key];
  return picked;
}

/** The writable part of a container app's `properties`, with read-only members removed. */
export function writableAppProperties(properties: Json | undefined): JsonObject {
  const picked = pickWritable(properties, APP_WRITABLE, 'containerApp');
  const ingress = ingressOf(picked);
  if (ingress !== undefined) delete ingress['fqdn'];
  return picked;
}

export function writableJobProperties(properties: Json | undefined): JsonObject {
  return pickWritable(properties, JOB_WRITABLE, 'job');
}

/** Fills secret values the client left out from the stored ones (names only come back from GET). */
export function resolveSecrets(spec: JsonObject, previous: JsonObject | undefined): void {
  const configuration = configurationOf(spec);
  const secrets = arrayAt(configuration?.['secrets']);
  if (secrets === undefined) return;
  const stored = new Map<string, JsonObject>();
  for (const secret of arrayAt(previous === undefined ? undefined : configurationOf(previous)?.['secrets']) ?? []) {
    if (isJsonObject(secret) && typeof secret['name'] === 'string') stored.set(secret['name'], secret);
  }
  const seen = new Set<string>();
  secrets.forEach((secret, index) => {
    const name = isJsonObject(secret) ? stringAt(secret['name']) : undefined;
    if (!isJsonObject(secret) || name === undefined || !/^[a-z0-9]([a-z0-9-.]*[a-z0-9])?$/.test(name)) {
      throw badRequest('ContainerAppSecretInvalid', `Secret name at configuration.secrets[${index}] is invalid: it must consist of lower case alphanumeric characters, '-' or '.', and start and end with an alphanumeric character.`);
    }
    if (seen.has(name)) throw badRequest('ContainerAppDuplicateSecretName', `Secret name '${name}' is used more than once in configuration.secrets.`);
    seen.add(name);
    if (secret['value'] === undefined && secret['keyVaultUrl'] === undefined) {
      const existing = stored.get(name);
      if (existing === undefined) {
        throw badRequest('ContainerAppSecretInvalid', `Secret '${name}' has neither a value nor a keyVaultUrl. Send its value (listSecrets returns the current ones) or remove it.`);
      }
      if (existing['value'] !== undefined) secret['value'] = existing['value'];
      if (existing['keyVaultUrl'] !== undefined) secret['keyVaultUrl'] = existing['keyVaultUrl'];
      if (existing['identity'] !== undefined && secret['identity'] === undefined) secret['identity'] = existing['identity'];
    }
  });
}

const CONTAINER_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

function isWholeNumber(value: Json | undefined, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/**
 * Validates a container template the way the service does before it accepts a write: named
 * containers with images, env entries that are values or references to declared secrets, and a
 * sane scale range. (The messages follow the service's "field(s) are either invalid" shape; the
 * exact wording of each detail is the sandbox's.)
 */
export function validateTemplate(template: JsonObject | undefined, secretNames: ReadonlySet<string>, options: { scale: boolean }): void {
  if (template === undefined) throw invalidTemplateField('template', '', 'a template with at least one container is required');
  const containers = arrayAt(template['containers']);
  if (containers === undefined || containers.length === 0) throw invalidTemplateField('template.containers', '', 'at least one container is required');
  const names = new Set<string>();
  for (const container of containers) {
    if (!isJsonObject(container)) throw invalidTemplateField('template.containers', String(container), 'a container must be an object');
    const name = stringAt(container['name']) ?? '';
    if (!CONTAINER_NAME.test(name) || name.length > 63) {
      throw invalidTemplateField('template.containers.name', name, "Invalid Name: Per RFC 1123 name must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character");
    }
    if (names.has(name)) throw invalidTemplateField('template.containers.name', name, 'container names must be unique');
    names.add(name);
    const image = stringAt(container['image']) ?? '';
    if (image.trim() === '' || /\s/.test(image)) throw invalidTemplateField(`template.containers.${name}.image`, image, 'an image reference is required');
    for (const variable of arrayAt(container['env']) ?? []) {
      const envName = isJsonObject(variable) ? stringAt(variable['name']) : undefined;
      if (!isJsonObject(variable) || envName === undefined || envName === '') throw invalidTemplateField(`template.containers.${name}.env`, '', 'every environment variable needs a name');
      const secretRef = stringAt(variable['secretRef']);
      if (secretRef !== undefined && !secretNames.has(secretRef)) {
        throw invalidTemplateField(`template.containers.${name}.env.${envName}.secretRef`, secretRef, `secret '${secretRef}' is not defined in configuration.secrets`);
      }
    }
  }
  if (!options.scale) return;
  const scale = objectAt(template['scale']);
  if (scale === undefined) return;
  const min = scale['minReplicas'];
  const max = scale['maxReplicas'];
  if (min !== undefined && !isWholeNumber(min, 0, 1000)) throw invalidTemplateField('template.scale.minReplicas', String(min), 'minReplicas must be a whole number from 0 to 1000');
  if (max !== undefined && !isWholeNumber(max, 1, 1000)) throw invalidTemplateField('template.scale.maxReplicas', String(max), 'maxReplicas must be a whole number from 1 to 1000');
  const effectiveMax = typeof max === 'number' ? max : 10;
  if (typeof min === 'number' && min > effectiveMax) throw invalidTemplateField('template.scale.minReplicas', String(min), `minReplicas must not be greater than maxReplicas (${effectiveMax})`);
}

export function secretNamesOf(spec: JsonObject): Set<string> {
  const names = new Set<string>();
  for (const secret of arrayAt(configurationOf(spec)?.['secrets']) ?? []) {
    const name = isJsonObject(secret) ? stringAt(secret['name']) : undefined;
    if (name !== undefined) names.add(name);
  }
  return names;
}

/** `Single`/`Multiple`, accepted in any case as the service does, answered in its canonical case. */
export function normalizeRevisionsMode(spec: JsonObject): void {
  const configuration = configurationOf(spec) ?? {};
  const mode = configuration['activeRevisionsMode'];
  if (mode === undefined || mode === null) configuration['activeRevisionsMode'] = 'Single';
  else if (typeof mode === 'string' && ['single', 'multiple'].includes(mode.toLowerCase())) {
    configuration['activeRevisionsMode'] = mode.toLowerCase() === 'single' ? 'Single' : 'Multiple';
  } else {
    // This SDK release knows only Single and Multiple (KnownActiveRevisionsMode), so Labels is refused.
    throw badRequest('ContainerAppInvalidActiveRevisionsMode', `The value '${String(mode)}' of configuration.activeRevisionsMode is not valid. Allowed values are 'Single' and 'Multiple'.`, 'configuration.activeRevisionsMode');
  }
  spec['configuration'] = configuration;
}

/** Canonical stored form: no nulls, the mode spelled canonically. */
export function canonicalSpec(spec: JsonObject): JsonObject {
  return withoutNulls(spec) as JsonObject;
}

export function requireObjectBody(body: Json | undefined): JsonObject {
  if (!isJsonObject(body)) throw badRequest('InvalidRequestContent', 'The request content was invalid and could not be deserialized: the body must be a JSON object.');
  return body;
}

/** ARM compares locations ignoring case and spaces ("West Europe" = "westeurope"). */
export function sameLocation(a: string, b: string): boolean {
  return a.replace(/\s+/g, '').toLowerCase() === b.replace(/\s+/g, '').toLowerCase();
}

export function locationSlug(location: string): string {
  return location.replace(/\s+/g, '').toLowerCase();
}

export function validateJobSpec(spec: JsonObject): void {
  const configuration = configurationOf(spec);
  const trigger = stringAt(configuration?.['triggerType']);
  if (trigger === undefined || !['Manual', 'Schedule', 'Event'].includes(trigger)) {
    throw new ArmError(400, 'JobInvalidTriggerType', `configuration.triggerType must be one of 'Manual', 'Schedule', 'Event' (got '${String(trigger)}').`, { target: 'configuration.triggerType' });
  }
  if (!isWholeNumber(configuration?.['replicaTimeout'], 1, 86400 * 7)) {
    throw new ArmError(400, 'JobInvalidReplicaTimeout', 'configuration.replicaTimeout must be a positive whole number of seconds.', { target: 'configuration.replicaTimeout' });
  }
  validateTemplate(templateOf(spec), secretNamesOf(spec), { scale: false });
}

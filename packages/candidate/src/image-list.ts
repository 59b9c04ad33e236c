import { InputError } from '@deploy-kit/core';

export interface ImageRequest {
  name: string;
  reference: string;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;

/** Parses `name=registry/repo:tag` items; every malformed item is named in the error. */
export function parseImageList(items: readonly string[], input = 'images'): ImageRequest[] {
  const requests: ImageRequest[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const eq = item.indexOf('=');
    if (eq <= 0) {
      throw new InputError(input, `'${item}' is not of the form name=registry/repository:tag.`, `Write one image per line, e.g. 'api=myregistry.azurecr.io/shop/api:1.4.2'.`);
    }
    const name = item.slice(0, eq).trim();
    const reference = item.slice(eq + 1).trim();
    if (!NAME.test(name)) throw new InputError(input, `image name '${name}' may use only letters, digits, '.', '_' and '-'.`, 'Rename it, e.g. api, web, migrate.');
    if (seen.has(name)) throw new InputError(input, `image name '${name}' appears twice.`, 'Give each image a distinct name.');
    if (!reference.includes('/')) {
      throw new InputError(input, `'${reference}' has no registry; deploy-kit resolves only fully qualified references.`, `Write the registry host too, e.g. 'docker.io/library/${reference}' or 'myregistry.azurecr.io/${reference}'.`);
    }
    seen.add(name);
    requests.push({ name, reference });
  }
  if (requests.length === 0) throw new InputError(input, 'no images were given.', "List at least one image as 'name=registry/repository:tag'.");
  return requests;
}

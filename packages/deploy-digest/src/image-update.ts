import type { Container, ContainerApp, TrafficWeight as SdkTrafficWeight } from '@azure/arm-appcontainers';
import { InputError } from '@deploy-kit/core';
import type { ContainerImage } from './app-targets.ts';
import type { Weight } from './traffic.ts';

/**
 * What deploy-digest writes to an app, and nothing else. Updates are JSON merge patches
 * (PATCH, `containerApps.update`), so every field left out of the body keeps its value: the
 * body carries only the template's containers (an array replaces the stored one whole, so it is
 * sent complete, as read, with only the images changed), the revision suffix, and — when the
 * deploy routes traffic — the ingress traffic list. Secrets, registries, scale, probes, env,
 * ingress settings, Dapr, identity and tags are never sent, so they cannot be clobbered (a
 * GET-modify-PUT would also have to send secret values, which a GET does not return).
 */

/** Which container gets which image; a target without a container name means the only one. */
export function containersWithImages(app: string, current: readonly Container[], images: readonly ContainerImage[], input = 'apps'): Container[] {
  if (current.length === 0) throw new InputError(input, `${app} has no containers in its template.`, 'Create the app with at least one container before deploying to it.');
  const next = current.map((container) => structuredClone(container));
  for (const image of images) {
    let index: number;
    if (image.container === undefined) {
      if (current.length > 1) {
        const byImageName = current.findIndex((container) => container.name === image.imageName);
        if (byImageName < 0) {
          const names = current.map((container) => container.name).join(', ');
          throw new InputError(input, `${app} has ${current.length} containers (${names}); which one runs '${image.imageName}'?`, `Name the container: '${app}/<container>=${image.imageName}' (one of ${names}).`);
        }
        index = byImageName;
      } else index = 0;
    } else {
      index = current.findIndex((container) => container.name === image.container);
      if (index < 0) {
        const names = current.map((container) => container.name).join(', ');
        throw new InputError(input, `${app} has no container named '${image.container}' (it has ${names}).`, `Use one of ${names}.`);
      }
    }
    next[index]!.image = image.ref;
  }
  return next;
}

export function imagesByContainer(containers: readonly Container[] | undefined): Record<string, string> {
  const images: Record<string, string> = {};
  (containers ?? []).forEach((container, index) => {
    images[container.name ?? `container-${index}`] = container.image ?? '';
  });
  return images;
}

export function sameImages(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

export function toSdkTraffic(traffic: readonly Weight[]): SdkTrafficWeight[] {
  return traffic.map((entry) => ({
    ...(entry.latestRevision ? { latestRevision: true } : { revisionName: entry.revisionName }),
    weight: entry.weight,
    ...(entry.label ? { label: entry.label } : {}),
  }));
}

export function fromSdkTraffic(traffic: readonly SdkTrafficWeight[] | undefined): Weight[] {
  return (traffic ?? []).map((entry) => ({
    ...(entry.latestRevision ? { latestRevision: true } : entry.revisionName ? { revisionName: entry.revisionName } : {}),
    weight: entry.weight ?? 0,
    ...(entry.label ? { label: entry.label } : {}),
  }));
}

/** New containers and suffix (a new revision), optionally with the traffic that goes with it. */
export function templatePatch(app: ContainerApp, containers: readonly Container[], revisionSuffix: string, traffic?: readonly Weight[]): ContainerApp {
  return {
    location: app.location,
    template: { revisionSuffix, containers: containers.map((container) => structuredClone(container)) },
    ...(traffic === undefined ? {} : { configuration: { ingress: { traffic: toSdkTraffic(traffic) } } }),
  };
}

/** Only the traffic list. */
export function trafficPatch(app: ContainerApp, traffic: readonly Weight[]): ContainerApp {
  return { location: app.location, configuration: { ingress: { traffic: toSdkTraffic(traffic) } } };
}

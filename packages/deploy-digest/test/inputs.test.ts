import type { CandidateManifest } from '@deploy-kit/contracts';
import { InputError } from '@deploy-kit/core';
import {
  containersWithImages,
  defaultRevisionSuffix,
  mapBounded,
  nextFreeSuffix,
  parseAppTargets,
  parseJobTarget,
  parseHealthPaths,
  parseRollbackArgs,
  revisionSuffixProblem,
  validateRevisionSuffix,
} from '@deploy-kit/deploy-digest';

const API = `contoso.azurecr.io/compass-api@sha256:${'a'.repeat(64)}`;
const WEB = `contoso.azurecr.io/compass-web@sha256:${'b'.repeat(64)}`;
const manifest = {
  sha: 'd1b4cf35eaa4845c00000000000000000000abcd',
  images: { api: { ref: API, digest: `sha256:${'a'.repeat(64)}`, source: 'contoso.azurecr.io/compass-api:1.4.0' }, web: { ref: WEB, digest: `sha256:${'b'.repeat(64)}`, source: WEB } },
} as unknown as CandidateManifest;

describe('apps and migration-job', () => {
  it('map container apps (and containers) to the candidate digests', () => {
    expect(parseAppTargets(['compass-api=api', 'compass-web/frontend=web', 'web'], manifest)).toEqual([
      { app: 'compass-api', images: [{ container: undefined, imageName: 'api', ref: API }] },
      { app: 'compass-web', images: [{ container: 'frontend', imageName: 'web', ref: WEB }] },
      { app: 'web', images: [{ container: undefined, imageName: 'web', ref: WEB }] },
    ]);
    expect(parseJobTarget('compass-migrate=api', manifest)).toEqual({ job: 'compass-migrate', image: { container: undefined, imageName: 'api', ref: API } });
  });

  it.each([
    [['Compass-API=api'], /not a valid Container Apps name/],
    [['compass--api=api'], /cannot contain '--'/],
    [['compass-api='], /not of the form name=image-name/],
    [['compass-api=worker'], /image 'worker' \(for compass-api\) is not in the candidate .* \(it has: api, web\)/],
    [['compass-api=api', 'compass-api=web'], /listed twice/],
    [[], /names no container app/],
  ])('refuse %j', (lines, message) => {
    expect(() => parseAppTargets(lines, manifest)).toThrow(InputError);
    expect(() => parseAppTargets(lines, manifest)).toThrow(message);
  });

  it('refuse a reference that is not a digest even if a hand-made manifest carries one', () => {
    const tagged = { ...manifest, images: { api: { ...manifest.images.api!, ref: 'contoso.azurecr.io/compass-api:latest' } } } as CandidateManifest;
    expect(() => parseAppTargets(['compass-api=api'], tagged)).toThrow(/not an immutable digest reference/);
  });

  it('pick the container to update: the only one, the named one, or the one named like the image', () => {
    const containers = [{ name: 'api', image: 'old-api', env: [{ name: 'A', value: '1' }] }, { name: 'agent', image: 'agent:7' }];
    expect(containersWithImages('compass-api', containers, [{ container: undefined, imageName: 'api', ref: API }])).toEqual([{ name: 'api', image: API, env: [{ name: 'A', value: '1' }] }, containers[1]]);
    expect(containersWithImages('compass-api', containers, [{ container: 'agent', imageName: 'web', ref: WEB }])[1]).toEqual({ name: 'agent', image: WEB });
    expect(() => containersWithImages('compass-api', containers, [{ container: undefined, imageName: 'web', ref: WEB }])).toThrow(/has 2 containers \(api, agent\); which one runs 'web'/);
    expect(() => containersWithImages('compass-api', containers, [{ container: 'sidecar', imageName: 'web', ref: WEB }])).toThrow(/no container named 'sidecar'/);
    // The input is not modified.
    expect(containers[0]!.image).toBe('old-api');
  });
});

describe('health-path', () => {
  it('is one path for all apps, with app=/path lines for the ones that differ, or none', () => {
    expect(parseHealthPaths('/health', ['api'])).toEqual({ fallback: '/health', byApp: {} });
    expect(parseHealthPaths('/healthz\nauth-service=/actuator/health\nworker=none', ['auth-service', 'worker', 'api'])).toEqual({
      fallback: '/healthz',
      byApp: { 'auth-service': '/actuator/health', worker: '' },
    });
    expect(parseHealthPaths('none', ['api'])).toEqual({ fallback: '', byApp: {} });
    expect(() => parseHealthPaths('health', ['api'])).toThrow(/'health' is not a path/);
    expect(() => parseHealthPaths('billing=/health', ['api'])).toThrow(/'billing' is not one of the apps being deployed \(api\)/);
  });
});

describe('revision suffix', () => {
  it("defaults to seed 000's rev-<short sha>", () => {
    expect(defaultRevisionSuffix('D1B4CF35eaa4845c')).toBe('rev-d1b4cf3');
  });

  it("follows Container Apps' rules", () => {
    expect(revisionSuffixProblem('compass-api', 'rev-d1b4cf3')).toBeUndefined();
    expect(revisionSuffixProblem('compass-api', 'Rev-1')).toMatch(/upper-case/);
    expect(revisionSuffixProblem('compass-api', '1-rev')).toMatch(/start with a letter/);
    expect(revisionSuffixProblem('compass-api', 'rev-')).toMatch(/end with a letter or digit/);
    expect(revisionSuffixProblem('compass-api', 'rev_1')).toMatch(/lower-case letters, digits or '-'/);
    expect(revisionSuffixProblem('compass-api', 'rev--1')).toMatch(/contains '--'/);
    expect(revisionSuffixProblem('a'.repeat(32), 'r'.repeat(20))).toBeUndefined();
    expect(revisionSuffixProblem('a'.repeat(32), 'r'.repeat(21))).toMatch(/would have 55 characters/);
  });

  it('is checked for every app at once, naming the ones it does not fit', () => {
    expect(() => validateRevisionSuffix('release-2024-11-23-hotfix', ['api', 'notification-service-eu-west'], true)).toThrow(/cannot be used for notification-service-eu-west: .*55 characters/);
    expect(() => validateRevisionSuffix('rev-d1b4cf3', ['api', 'notification-service-eu-west'], false)).not.toThrow();
  });

  it('is numbered when a replay finds it taken, and shortened to fit', () => {
    expect(nextFreeSuffix('api', 'rev-d1b4cf3', new Set(['api--rev-d1b4cf3']), 2)).toBe('rev-d1b4cf3-2');
    expect(nextFreeSuffix('api', 'rev-d1b4cf3', new Set(['api--rev-d1b4cf3', 'api--rev-d1b4cf3-2']), 2)).toBe('rev-d1b4cf3-3');
    const app = 'a'.repeat(40);
    const suffix = nextFreeSuffix(app, 'rev-d1b4cf3-rb', new Set([`${app}--rev-d1b4`]));
    expect(`${app}--${suffix}`.length).toBeLessThanOrEqual(54);
    expect(revisionSuffixProblem(app, suffix)).toBeUndefined();
  });
});

describe('bounded concurrency', () => {
  it('never runs more than the limit, keeps the order, and starts nothing after stop', async () => {
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const results = await mapBounded(
      Array.from({ length: 12 }, (_, i) => i),
      3,
      async (item) => {
        started.push(item);
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setImmediate(resolve));
        running -= 1;
        return item * 2;
      },
    );
    expect(peak).toBe(3);
    expect(results).toEqual(Array.from({ length: 12 }, (_, i) => i * 2));
    expect(started).toEqual(Array.from({ length: 12 }, (_, i) => i));

    let stop = false;
    const partial = await mapBounded([1, 2, 3, 4, 5], 1, async (item) => {
      if (item === 2) stop = true;
      return `ran ${item}`;
    }, { stop: () => stop, skipped: (item) => `skipped ${item}` });
    expect(partial).toEqual(['ran 1', 'ran 2', 'skipped 3', 'skipped 4', 'skipped 5']);
  });

  it('throws the first error once the running items are done', async () => {
    const finished: number[] = [];
    const outcome = mapBounded([1, 2, 3, 4], 2, async (item) => {
      if (item === 1) throw new Error('first fails');
      await new Promise((resolve) => setTimeout(resolve, 5));
      finished.push(item);
      return item;
    });
    await expect(outcome).rejects.toThrow('first fails');
    expect(finished).toEqual([2]);
  });
});

describe('deploy-kit rollback arguments', () => {
  it('reads --flag value, --flag=value and a bare --force', () => {
    expect(parseRollbackArgs(['--sha', 'abc1234', '--resource-group=rg-prod', '--force'])).toEqual({
      help: false,
      values: new Map([['sha', 'abc1234'], ['resource-group', 'rg-prod'], ['force', 'true']]),
    });
    expect(() => parseRollbackArgs(['--traffic', 'all'])).toThrow(/unknown argument '--traffic'/);
    expect(() => parseRollbackArgs(['--sha'])).toThrow(/--sha needs a value/);
  });
});

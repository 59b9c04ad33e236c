import { formatDuration, parseDuration } from '@deploy-kit/core';
import type { ImageBehaviour } from '../service-interfaces.ts';

/**
 * The text form of an ImageBehaviour, as stored in the image config's BEHAVIOUR_LABEL:
 * `healthy`, `unhealthy`, `error-500`, `slow-start:3s`, `slow:2s`, `crash:1s`,
 * `job-success:500ms`, `job-fail:500ms`. The duration may be left out; the defaults below apply.
 */
const DEFAULT_MS = { 'slow-start': 3000, slow: 2000, crash: 0, 'job-success': 500, 'job-fail': 500 } as const;

export function formatBehaviour(behaviour: ImageBehaviour): string {
  switch (behaviour.kind) {
    case 'healthy':
    case 'unhealthy':
    case 'error-500':
      return behaviour.kind;
    case 'slow-start':
    case 'slow':
      return `${behaviour.kind}:${formatDuration(behaviour.delayMs)}`;
    case 'crash':
      return `crash:${formatDuration(behaviour.afterMs)}`;
    case 'job-success':
    case 'job-fail':
      return `${behaviour.kind}:${formatDuration(behaviour.durationMs)}`;
  }
}

/** Parses a behaviour label; undefined when the text is not one. */
export function parseBehaviour(text: string): ImageBehaviour | undefined {
  const [kind, durationText, ...rest] = text.trim().split(':');
  if (rest.length > 0 || kind === undefined) return undefined;
  const duration = (fallback: number): number | undefined => (durationText === undefined ? fallback : durationText === '0' ? 0 : parseDuration(durationText));
  switch (kind) {
    case 'healthy':
    case 'unhealthy':
    case 'error-500':
      return durationText === undefined ? { kind } : undefined;
    case 'slow-start':
    case 'slow': {
      const delayMs = duration(DEFAULT_MS[kind]);
      return delayMs === undefined ? undefined : { kind, delayMs };
    }
    case 'crash': {
      const afterMs = duration(DEFAULT_MS.crash);
      return afterMs === undefined ? undefined : { kind, afterMs };
    }
    case 'job-success':
    case 'job-fail': {
      const durationMs = duration(DEFAULT_MS[kind]);
      return durationMs === undefined ? undefined : { kind, durationMs };
    }
    default:
      return undefined;
  }
}

export function toBehaviour(value: ImageBehaviour | string): ImageBehaviour {
  if (typeof value !== 'string') return value;
  const parsed = parseBehaviour(value);
  if (!parsed) {
    throw new Error(`'${value}' is not a sandbox image behaviour; use healthy, unhealthy, error-500, slow-start:3s, slow:2s, crash:1s, job-success:500ms or job-fail:500ms`);
  }
  return parsed;
}

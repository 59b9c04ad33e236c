import { InputError } from '@deploy-kit/core';

export type TagStrategy = 'auto' | 'semver' | 'commit' | 'short-sha' | 'custom';

export interface TagContext {
  /** refs/heads/<branch> or refs/tags/<tag>, or a bare branch name. */
  ref?: string;
  sha?: string;
  customTag?: string;
}

const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

function sanitise(text: string): string {
  return text.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[-.]+/, '').slice(0, 128);
}

function branchOf(ref: string): string | undefined {
  if (ref.startsWith('refs/heads/')) return ref.slice('refs/heads/'.length);
  if (ref.startsWith('refs/')) return undefined;
  return ref;
}

/**
 * Seed 001's tag strategies (auto by branch, semver from a tag, commit, custom) plus seed 000's
 * short SHA. The tag is only what to resolve: freeze-candidate still deploys by digest.
 */
export function computeTag(strategy: TagStrategy, context: TagContext): string {
  switch (strategy) {
    case 'auto': {
      const branch = context.ref ? branchOf(context.ref) : undefined;
      if (!branch) throw new InputError('tag-strategy', `'auto' needs a branch ref, got '${context.ref ?? 'none'}'.`, "Use 'semver' for tag builds or 'commit' for any ref.");
      if (branch === 'main' || branch === 'master') return 'latest';
      if (branch === 'develop') return 'dev';
      if (branch.startsWith('release/')) return sanitise(branch.slice('release/'.length));
      return sanitise(branch);
    }
    case 'semver': {
      const tag = context.ref?.startsWith('refs/tags/') ? context.ref.slice('refs/tags/'.length) : context.ref;
      const match = tag ? /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/.exec(tag) : null;
      if (!match) throw new InputError('tag-strategy', `'semver' needs a tag like v1.2.3, got '${tag ?? 'none'}'.`, 'Run it on a semver tag push, or choose another strategy.');
      return match[1]!.replace(/\+/g, '_');
    }
    case 'commit':
    case 'short-sha': {
      if (!context.sha || !/^[0-9a-f]{7,64}$/i.test(context.sha)) throw new InputError('sha', `'${strategy}' needs the commit SHA.`, 'Pass --sha.');
      return strategy === 'commit' ? context.sha.toLowerCase() : context.sha.slice(0, 7).toLowerCase();
    }
    case 'custom': {
      const tag = context.customTag?.trim();
      if (!tag || !TAG.test(tag)) throw new InputError('custom-tag', `'${tag ?? ''}' is not a valid image tag.`, 'Use letters, digits, _ . - (max 128, not starting with . or -).');
      return tag;
    }
  }
}

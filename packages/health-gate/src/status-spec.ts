import { InputError } from '@deploy-kit/core';

/** Accepted HTTP statuses, from `200`, `200,204`, `2xx` or `200-299`. */
export interface StatusSpec {
  readonly text: string;
  readonly ranges: ReadonlyArray<readonly [number, number]>;
}

const EXACT = /^[1-9]\d\d$/;
const CLASS = /^([1-9])xx$/i;
const RANGE = /^([1-9]\d\d)\s*-\s*([1-9]\d\d)$/;

export function parseStatusSpec(text: string, input = 'expect-status'): StatusSpec {
  const ranges: Array<readonly [number, number]> = [];
  const parts = text.split(',').map((part) => part.trim()).filter((part) => part.length > 0);
  for (const part of parts) {
    const range = RANGE.exec(part);
    const statusClass = CLASS.exec(part);
    if (EXACT.test(part)) ranges.push([Number(part), Number(part)]);
    else if (statusClass) ranges.push([Number(statusClass[1]) * 100, Number(statusClass[1]) * 100 + 99]);
    else if (range && Number(range[1]) <= Number(range[2])) ranges.push([Number(range[1]), Number(range[2])]);
    else throw new InputError(input, `'${part}' is not a status code, class or range.`, `Write codes such as '200', '200,204', '2xx' or '200-299'.`);
  }
  if (ranges.length === 0) throw new InputError(input, 'names no status code.', `Write codes such as '200', '200,204', '2xx' or '200-299'.`);
  return { text: parts.join(','), ranges };
}

export function statusMatches(spec: StatusSpec, status: number): boolean {
  return spec.ranges.some(([low, high]) => status >= low && status <= high);
}

import type { ProcessResult } from '../repo.ts';

/** A built-in action that succeeded, with what it printed. */
export const ok = (stdout: string): ProcessResult => ({ code: 0, stdout, stderr: '' });
/** A built-in action that failed the way the real one does: an ::error:: annotation and exit 1. */
export const refused = (stderr: string): ProcessResult => ({ code: 1, stdout: `::error::${stderr}\n`, stderr });

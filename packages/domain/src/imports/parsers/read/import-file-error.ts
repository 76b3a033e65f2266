import type { ImportProblem, ImportProblemCode } from '../../problems.js';

/**
 * A problem that stops the whole file from being read (empty, corrupt, unsafe, too many rows…).
 * Row problems are returned, not thrown; this is thrown so nothing downstream runs on a bad file.
 */
export class ImportFileError extends Error {
  readonly problem: ImportProblem;

  constructor(code: ImportProblemCode, params?: ImportProblem['params'], cause?: unknown) {
    super(`import file refused: ${code}`, cause === undefined ? undefined : { cause });
    this.name = 'ImportFileError';
    this.problem = { code, severity: 'error', ...(params ? { params } : {}) };
  }
}

/** Shortens a value quoted in a problem so a hostile 10 MB cell never travels in reports. */
export function shorten(value: string, max = 120): string {
  return value.length <= max ? value : `${value.slice(0, max)}…`;
}

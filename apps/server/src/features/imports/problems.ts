import {
  describeProblem,
  type ImportProblem,
  type ImportProblemView,
  MAX_UPLOAD_BYTES,
  type UiLocale,
} from '@tatabbu/domain';

/** A problem that refuses the whole upload before any job is stored (HTTP 4xx, CLI exit 1). */
export class ImportRejectedError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ImportProblem,
  ) {
    super(`import refused: ${problem.code}`);
  }
}

export const fileTooLarge = () =>
  new ImportRejectedError(413, {
    code: 'file_too_large',
    severity: 'error',
    params: { limit: `${Math.round(MAX_UPLOAD_BYTES / (1024 * 1024))} MB` },
  });

export const unknownFormat = () =>
  new ImportRejectedError(422, { code: 'unknown_format', severity: 'error' });

export function problemView(problem: ImportProblem, locale: UiLocale): ImportProblemView {
  const { params: _params, ...located } = problem;
  return { ...located, message: describeProblem(problem, locale) };
}

/** The API's one error shape, with the import problem's code and its message in the user's language. */
export function rejectionBody(problem: ImportProblem, locale: UiLocale) {
  return {
    error: {
      code: problem.code,
      message: describeProblem(problem, locale),
      details: { problems: [problemView(problem, locale)] },
    },
  };
}

/** Parsers throw an error carrying a file-level problem (ImportFileError); recognise it by shape. */
export function fileProblemOf(err: unknown): ImportProblem | null {
  if (err && typeof err === 'object' && 'problem' in err) {
    const p = (err as { problem: unknown }).problem;
    if (p && typeof p === 'object' && 'code' in p) return p as ImportProblem;
  }
  return null;
}

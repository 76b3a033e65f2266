/**
 * Why a file or a row cannot be imported. Parsers report codes with parameters; people read them
 * in their language through `describeProblem`.
 */
export const IMPORT_PROBLEM_CODES = [
  // the whole file
  'unknown_format',
  'file_too_large',
  'file_empty',
  'encoding_unreadable',
  'xlsx_corrupt',
  'xlsx_too_large_uncompressed',
  'json_invalid',
  'exchange_version_unsupported',
  'header_missing',
  'csv_malformed',
  'too_many_rows',
  'no_recommendations_found',
  // one row
  'row_ragged',
  'cell_too_long',
  'formula_cell',
  'markup_in_text',
  'required_missing',
  'text_missing',
  'invalid_value',
  'invalid_date',
  'unknown_mechanism',
  'unknown_country',
  'unknown_term',
  'duplicate_key_in_file',
  // the commit
  'commit_failed',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

/** A problem found in a file: `row` and `column` locate it (absent for file-level problems). */
export interface ImportProblem {
  code: ImportProblemCode;
  /** `error` rows are not imported; `warning` rows are, with the noted value left out. */
  severity: 'error' | 'warning';
  row?: number;
  column?: string;
  /** the offending value, shortened */
  value?: string;
  params?: Record<string, string | number>;
}

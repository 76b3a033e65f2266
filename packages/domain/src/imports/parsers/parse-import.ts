import type { ContentLang } from '../../i18n/languages.js';
import { type ColumnMapping, type ImportFormat, MAX_IMPORT_ROWS, MAX_UPLOAD_BYTES } from '../formats.js';
import type { ImportProblem } from '../problems.js';
import type { RecommendationRecord } from '../record.js';
import { detectFormat } from './detect-format.js';
import { mapTable } from './mapping/map-table.js';
import { decodeText, type TextEncodingName } from './read/decode-text.js';
import { ImportFileError } from './read/import-file-error.js';
import { readTable } from './read/read-table.js';
import { formatBytes } from './read/zip-guard.js';
import { parseExchange } from './sources/exchange.js';
import { DOCUMENT_SYMBOL } from './sources/mechanisms.js';
import type { ParseResult } from './sources/parse-result.js';
import { parseUhriJson } from './sources/uhri-json.js';
import { parseUhriTable } from './sources/uhri-table.js';
import { parseUnText } from './sources/un-text.js';
import { parseUprInfoTable } from './sources/upr-info.js';
import { validateDrafts } from './validate.js';

export interface ParseImportOptions {
  fileName: string;
  /** detected from the content and the file name when absent */
  format?: ImportFormat;
  /** required for `csv` and `xlsx` ("any spreadsheet") */
  mapping?: ColumnMapping;
  /** text encoding the user chose for CSV and text; detected when absent */
  encoding?: TextEncodingName;
  /** `un-text`: document symbol and mechanism when the text does not show them */
  symbol?: string;
  mechanism?: string;
  language?: ContentLang;
}

export interface ParsedImport {
  /** null when the format was neither given nor recognised */
  format: ImportFormat | null;
  /** the text encoding the file was read in (CSV, text, JSON) */
  encoding?: string;
  /** valid records, in file order */
  records: { row: number; record: RecommendationRecord }[];
  problems: ImportProblem[];
  /** rows (table rows, JSON items, recommendations found in a text) the file holds */
  totalRows: number;
}

interface Parsed extends ParseResult {
  encoding?: string;
  totalRows: number;
}

/**
 * A file, whatever its format, to validated recommendation records and the problems found, each
 * with its row. Never throws for bad input: a file that cannot be read comes back as one
 * file-level problem and no records. Rows with any error are left out of `records`.
 */
export async function parseImport(bytes: Uint8Array, options: ParseImportOptions): Promise<ParsedImport> {
  const format = options.format ?? detectImportFormat(bytes, options.fileName);
  const refused = (problem: ImportProblem): ParsedImport => ({
    format,
    records: [],
    problems: [problem],
    totalRows: 0,
  });
  if (bytes.length > MAX_UPLOAD_BYTES)
    return refused({
      code: 'file_too_large',
      severity: 'error',
      params: { limit: formatBytes(MAX_UPLOAD_BYTES) },
    });
  if (bytes.length === 0) return refused({ code: 'file_empty', severity: 'error' });
  if (!format)
    return refused(
      looksLikeJson(bytes, options.fileName)
        ? jsonProblem(bytes)
        : { code: 'unknown_format', severity: 'error' },
    );

  let parsed: Parsed;
  try {
    parsed = await parseAs(format, bytes, options);
  } catch (error) {
    if (error instanceof ImportFileError) return refused(error.problem);
    throw error;
  }
  if (parsed.totalRows > MAX_IMPORT_ROWS)
    return refused({ code: 'too_many_rows', severity: 'error', params: { limit: MAX_IMPORT_ROWS } });

  // A row a reader or parser found an error in is not imported, whatever the validation says.
  const broken = rowsWithErrors(parsed.problems);
  const validated = validateDrafts(parsed.drafts.filter(({ row }) => !broken.has(row)));
  const problems = [...parsed.problems, ...validated.problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  if (parsed.drafts.length === 0 && !problems.some((problem) => problem.severity === 'error'))
    problems.push({ code: 'no_recommendations_found', severity: 'error' });
  return {
    format,
    ...(parsed.encoding ? { encoding: parsed.encoding } : {}),
    records: validated.records,
    problems,
    totalRows: parsed.totalRows,
  };
}

async function parseAs(
  format: ImportFormat,
  bytes: Uint8Array,
  options: ParseImportOptions,
): Promise<Parsed> {
  switch (format) {
    case 'uhri':
      return looksLikeJson(bytes, options.fileName)
        ? fromJson(bytes, options, parseUhriJson)
        : fromTable(bytes, options, parseUhriTable);
    case 'upr-info':
      return fromTable(bytes, options, parseUprInfoTable);
    case 'csv':
    case 'xlsx': {
      const { mapping } = options;
      // Read first, so a broken file is reported as such rather than as a missing mapping.
      return fromTable(bytes, options, (table) =>
        mapping
          ? mapTable(table, mapping)
          : { drafts: [], problems: [{ code: 'required_missing', severity: 'error', column: 'mapping' }] },
      );
    }
    case 'tatabbu-json':
      return fromJson(bytes, options, parseExchange);
    case 'un-text': {
      const { text, encoding } = decodeText(bytes, options.encoding);
      const result = parseUnText(text, options);
      return { ...result, encoding, totalRows: result.drafts.length };
    }
  }
}

/**
 * The format of a file as parseImport settles it: detectFormat, and a UN document recognised by its
 * symbol when detectFormat finds no numbering it knows. Null when neither decides.
 */
export function detectImportFormat(bytes: Uint8Array, fileName: string): ImportFormat | null {
  return detectFormat(bytes, fileName) ?? fallbackFormat(bytes, fileName);
}

/**
 * Formats detectFormat leaves undecided: a text showing a UN document symbol is a UN document
 * (concluding observations numbered "21." with "a)" items have no two-level numbers to recognise).
 */
function fallbackFormat(bytes: Uint8Array, fileName: string): ImportFormat | null {
  if (looksLikeJson(bytes, fileName)) return null;
  try {
    return DOCUMENT_SYMBOL.test(decodeText(bytes).text.slice(0, 20_000)) ? 'un-text' : null;
  } catch {
    return null;
  }
}

/** Why a file that looks like JSON is of no known format: broken JSON, or JSON of another shape. */
function jsonProblem(bytes: Uint8Array): ImportProblem {
  try {
    JSON.parse(decodeText(bytes).text);
    return { code: 'unknown_format', severity: 'error' };
  } catch (error) {
    return error instanceof ImportFileError ? error.problem : invalidJson(error);
  }
}

const invalidJson = (error: unknown): ImportProblem => ({
  code: 'json_invalid',
  severity: 'error',
  params: { reason: (error as Error).message.slice(0, 200) },
});

async function fromTable(
  bytes: Uint8Array,
  options: ParseImportOptions,
  parse: (table: Awaited<ReturnType<typeof readTable>>['table']) => ParseResult,
): Promise<Parsed> {
  const read = await readTable(bytes, {
    fileName: options.fileName,
    ...(options.encoding ? { encoding: options.encoding } : {}),
  });
  // A row the reader found broken (ragged, formula…) is reported once, by the reader, and not parsed.
  const broken = rowsWithErrors(read.problems);
  const result = parse({ ...read.table, rows: read.table.rows.filter(({ row }) => !broken.has(row)) });
  return {
    drafts: result.drafts,
    problems: [...read.problems, ...result.problems],
    ...(read.encoding ? { encoding: read.encoding } : {}),
    totalRows: read.table.rows.length,
  };
}

function fromJson(
  bytes: Uint8Array,
  options: ParseImportOptions,
  parse: (value: unknown) => ParseResult,
): Parsed {
  const { text, encoding } = decodeText(bytes, options.encoding);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { drafts: [], problems: [invalidJson(error)], encoding, totalRows: 0 };
  }
  const result = parse(value);
  return { ...result, encoding, totalRows: result.drafts.length };
}

const rowsWithErrors = (problems: ImportProblem[]) =>
  new Set(problems.flatMap((problem) => (problem.severity === 'error' && problem.row ? [problem.row] : [])));

/** UHRI comes as a table or as JSON: JSON by its name or its first character. */
function looksLikeJson(bytes: Uint8Array, fileName: string): boolean {
  if (/\.json$/i.test(fileName)) return true;
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let i = start; i < Math.min(bytes.length, start + 64); i++) {
    const byte = bytes[i];
    if (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09) continue;
    return byte === 0x5b || byte === 0x7b; // "[" or "{"
  }
  return false;
}

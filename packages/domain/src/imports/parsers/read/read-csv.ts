import { parse } from 'csv-parse/sync';
import { MAX_IMPORT_ROWS, type SourceTable } from '../../formats.js';
import type { ImportProblem } from '../../problems.js';
import { headerNames, limitCell } from './cell-limits.js';
import { decodeText, type TextEncodingName } from './decode-text.js';
import { ImportFileError } from './import-file-error.js';

export interface ReadCsvOptions {
  /** the encoding the user chose; detected when absent */
  encoding?: TextEncodingName;
  /** `,`, `;` or tab; detected from the header row when absent */
  delimiter?: string;
}

export interface ReadCsvResult {
  table: SourceTable;
  problems: ImportProblem[];
  encoding: string;
}

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * A CSV file as a table. Row numbers are those a spreadsheet program shows (header = row 1, a quoted
 * multi-line cell stays one row); blank rows are skipped. Short rows are errors, never guessed at.
 */
export function readCsv(bytes: Uint8Array, options: ReadCsvOptions = {}): ReadCsvResult {
  const { text, encoding } = decodeText(bytes, options.encoding);
  if (!text.trim()) throw new ImportFileError('file_empty');
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const records = parseRecords(text, delimiter);
  const headerIndex = records.findIndex((record) => !isBlank(record));
  if (headerIndex < 0) throw new ImportFileError('file_empty');
  if (records.length > MAX_IMPORT_ROWS + 1)
    throw new ImportFileError('too_many_rows', { limit: MAX_IMPORT_ROWS });
  const problems: ImportProblem[] = [];
  const headerRow = headerIndex + 1;
  const headers = headerNames(
    (records[headerIndex] ?? []).map((cell, i) => limitCell(cell, headerRow, `#${i + 1}`, problems)),
  );
  const rows: SourceTable['rows'] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const record = records[i] ?? [];
    if (isBlank(record)) continue;
    const row = i + 1;
    const found = lastFilled(record);
    if (record.length < headers.length || found > headers.length) {
      problems.push({
        code: 'row_ragged',
        severity: 'error',
        row,
        params: { found: Math.max(record.length, found), expected: headers.length },
      });
    }
    const cells = headers.map((header, c) => limitCell(record[c] ?? '', row, header, problems));
    rows.push({ row, cells });
  }
  return { table: { headers, rows }, problems, encoding };
}

function parseRecords(text: string, delimiter: string): string[][] {
  try {
    // `to` stops reading a huge file just past the limit instead of parsing all of it.
    return parse(text, { delimiter, relax_column_count: true, to: MAX_IMPORT_ROWS + 2 }) as string[][];
  } catch (error) {
    const records = (error as { records?: number }).records;
    throw new ImportFileError('csv_malformed', { row: (records ?? 0) + 1 }, error);
  }
}

/** The delimiter seen most often in the first record, outside quotes; a comma when none is. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length && i < 64_000; i++) {
    const ch = text[i] as string;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > (counts.get(best) ?? 0)) best = d;
  return best;
}

function isBlank(record: string[]): boolean {
  return record.every((cell) => !cell.trim());
}

/** Number of cells up to the last non-empty one: trailing empty cells are harmless. */
function lastFilled(record: string[]): number {
  for (let i = record.length - 1; i >= 0; i--) if (record[i]?.trim()) return i + 1;
  return 0;
}

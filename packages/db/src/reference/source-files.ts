import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';

/** A problem in a data file, located precisely enough to fix it by hand. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
    readonly row?: number,
    readonly column?: string,
  ) {
    const where = [row === undefined ? '' : `row ${row}`, column ? `column "${column}"` : '']
      .filter(Boolean)
      .join(', ');
    super(`${file}${where ? ` (${where})` : ''}: ${detail}`);
    this.name = 'DataFileError';
  }
}

/** One data row; `row` counts data rows from 1 (the header is row 0). */
export class CsvRow {
  constructor(
    readonly file: string,
    readonly row: number,
    private readonly record: Record<string, string>,
  ) {}

  fail(column: string | undefined, detail: string): never {
    throw new DataFileError(this.file, detail, this.row, column);
  }

  /** Trimmed cell; '' when empty. */
  get(column: string): string {
    const value = this.record[column];
    if (value === undefined) this.fail(column, 'no such column');
    return value.trim();
  }

  required(column: string): string {
    const value = this.get(column);
    if (!value) this.fail(column, 'is empty');
    return value;
  }

  /** A cell that must match `pattern` (empty allowed when `optional`). */
  matching(column: string, pattern: RegExp, what: string, optional = false): string {
    const value = optional ? this.get(column) : this.required(column);
    if (value && !pattern.test(value)) this.fail(column, `"${value}" is not ${what}`);
    return value;
  }

  oneOf<T extends string>(column: string, allowed: readonly T[]): T {
    const value = this.get(column);
    if (!(allowed as readonly string[]).includes(value)) {
      this.fail(column, `"${value}" is not one of ${allowed.map((a) => `"${a}"`).join(', ')}`);
    }
    return value as T;
  }
}

/** Parses a UTF-8 CSV with a header row (a BOM is tolerated) and checks the expected columns exist. */
export function readCsv(dataRoot: string, relativePath: string, columns: readonly string[]): CsvRow[] {
  const file = relativePath;
  let text: Buffer;
  try {
    text = readFileSync(path.join(dataRoot, relativePath));
  } catch (error) {
    throw new DataFileError(file, `cannot be read (${(error as Error).message})`);
  }
  let records: { record: Record<string, string>; info: { index: number } }[];
  try {
    records = parse(text, { bom: true, columns: true, skip_empty_lines: true, info: true });
  } catch (error) {
    if (error instanceof CsvError) {
      // csv-parse counts records including the header, so its count is our data-row number.
      const record = (error as CsvError & { records?: number }).records;
      throw new DataFileError(file, error.message, record === undefined ? undefined : record + 1);
    }
    throw error;
  }
  const header = records[0] ? Object.keys(records[0].record) : [];
  for (const column of columns) {
    if (records.length > 0 && !header.includes(column))
      throw new DataFileError(file, 'missing column', 0, column);
  }
  if (records.length === 0) throw new DataFileError(file, 'has no data rows');
  return records.map(({ record }, index) => new CsvRow(file, index + 1, record));
}

/** Parses a JSON file, naming the file in any error. */
export function readJson(dataRoot: string, relativePath: string): unknown {
  try {
    return JSON.parse(readFileSync(path.join(dataRoot, relativePath), 'utf8'));
  } catch (error) {
    throw new DataFileError(relativePath, `is not readable JSON (${(error as Error).message})`);
  }
}

/** Whitespace tidied: runs of spaces collapsed and lines trimmed, line breaks kept. */
export function tidyText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\s\u00A0\u200B]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** First letter upper-cased (the DIDH labels are written as sentence fragments). */
export const capitalize = (value: string): string => value.charAt(0).toLocaleUpperCase('fr') + value.slice(1);

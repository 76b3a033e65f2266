import type { SourceTable } from '../../formats.js';
import type { ImportProblem } from '../../problems.js';
import type { TextEncodingName } from './decode-text.js';
import { readCsv } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';
import { isZip } from './zip-guard.js';

export interface ReadTableOptions {
  fileName?: string;
  encoding?: TextEncodingName;
}

export interface ReadTableResult {
  table: SourceTable;
  problems: ImportProblem[];
  /** the text encoding a CSV file was read in; absent for XLSX */
  encoding?: string;
}

/** A spreadsheet file (XLSX by its ZIP signature, or a `.xlsx` name; CSV otherwise) as a table. */
export async function readTable(bytes: Uint8Array, options: ReadTableOptions = {}): Promise<ReadTableResult> {
  if (isZip(bytes) || /\.xlsx$/i.test(options.fileName ?? '')) return readXlsx(bytes);
  return readCsv(bytes, options.encoding ? { encoding: options.encoding } : {});
}

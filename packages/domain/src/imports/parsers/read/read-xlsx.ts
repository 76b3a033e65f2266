import ExcelJS from 'exceljs';
import { MAX_IMPORT_ROWS, type SourceTable } from '../../formats.js';
import type { ImportProblem } from '../../problems.js';
import { headerNames, limitCell } from './cell-limits.js';
import { ImportFileError, shorten } from './import-file-error.js';
import { guardZip, type ZipGuardOptions } from './zip-guard.js';

export interface ReadXlsxResult {
  table: SourceTable;
  problems: ImportProblem[];
}

/**
 * The first non-empty worksheet of an XLSX file as a table, with Excel's own row numbers; the header
 * row is the first non-empty row. Checked for ZIP bombs before exceljs sees it. Formula cells are
 * refused (their cached result is never imported: it can be anything the author's program computed).
 */
export async function readXlsx(
  bytes: Uint8Array,
  options: Pick<ZipGuardOptions, 'maxUncompressedBytes'> = {},
): Promise<ReadXlsxResult> {
  guardZip(bytes, options);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types want a Node Buffer; a view over the same memory avoids a copy.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (error) {
    throw new ImportFileError('xlsx_corrupt', undefined, error);
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) throw new ImportFileError('file_empty');
  if (sheet.actualRowCount > MAX_IMPORT_ROWS + 1) {
    throw new ImportFileError('too_many_rows', { limit: MAX_IMPORT_ROWS });
  }
  const problems: ImportProblem[] = [];
  let headers: string[] | undefined;
  const rows: SourceTable['rows'] = [];
  sheet.eachRow((excelRow, row) => {
    const cells: string[] = [];
    let hasFormula = false;
    excelRow.eachCell((cell, col) => {
      if (isFormula(cell)) hasFormula = true;
      else cells[col - 1] = cellText(cell);
    });
    const width = lastFilled(cells);
    if (width === 0 && (!headers || !hasFormula)) return;
    if (!headers) {
      headers = headerNames(
        Array.from({ length: width }, (_, i) => limitCell(cells[i] ?? '', row, `#${i + 1}`, problems)),
      );
      return;
    }
    const names = headers;
    excelRow.eachCell((cell, col) => {
      if (isFormula(cell)) {
        problems.push({
          code: 'formula_cell',
          severity: 'error',
          row,
          column: names[col - 1] ?? `#${col}`,
          value: shorten(`=${cell.formula ?? ''}`),
        });
      }
    });
    if (width > names.length) {
      problems.push({
        code: 'row_ragged',
        severity: 'error',
        row,
        params: { found: width, expected: names.length },
      });
    }
    rows.push({ row, cells: names.map((name, i) => limitCell(cells[i] ?? '', row, name, problems)) });
  });
  if (!headers) throw new ImportFileError('file_empty');
  return { table: { headers, rows }, problems };
}

/** A formula, shared formula or array formula; `=HYPERLINK(…)` included. */
function isFormula(cell: ExcelJS.Cell): boolean {
  return cell.type === ExcelJS.ValueType.Formula || Boolean(cell.formula);
}

/** What the cell shows, as text: rich text joined, dates as ISO days, hyperlinks by their text. */
function cellText(cell: ExcelJS.Cell): string {
  if (cell.type === ExcelJS.ValueType.Merge) return '';
  return valueText(cell.value);
}

function valueText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return valueText(value.text as ExcelJS.CellValue);
  if ('error' in value) return '';
  return '';
}

function lastFilled(cells: string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i]?.trim()) return i + 1;
  return 0;
}

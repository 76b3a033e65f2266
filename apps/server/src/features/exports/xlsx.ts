import { PassThrough, type Readable } from 'node:stream';
import type { ExportRecommendation } from '@tatabbu/db';
import { type ContentLang, dirOf } from '@tatabbu/domain';
import ExcelJS from 'exceljs';
import { type ExportColumn, exportColumns } from './columns.js';

/**
 * An Excel workbook written row by row (ExcelJS's streaming writer): frozen header row, filters on
 * every column, wrapped text, right-to-left sheet for Arabic. Cells are written as strings, never
 * as formulas, so "=…" needs no neutralising here. The generated implementation matrix passes its
 * own columns (documents feature).
 */
export function xlsxStream<T extends ExportRecommendation = ExportRecommendation>(
  batches: AsyncIterable<T[]>,
  lang: ContentLang,
  sheetName: string,
  onError: (error: unknown) => void,
  columns: ExportColumn<T>[] = exportColumns(lang),
): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet(sheetName, {
    views: [{ state: 'frozen', ySplit: 1, rightToLeft: dirOf(lang) === 'rtl' }],
  });
  sheet.columns = columns.map((c, i) => ({
    key: String(i),
    width: c.width,
    style: { alignment: { wrapText: true, vertical: 'top' } },
  }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  (async () => {
    for await (const batch of batches) {
      for (const r of batch) sheet.addRow(columns.map((c) => c.value(r))).commit();
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error) => {
    onError(error);
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return out;
}

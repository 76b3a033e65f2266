import { Readable } from 'node:stream';
import type { ExportRecommendation } from '@tatabbu/db';
import type { ContentLang } from '@tatabbu/domain';
import { stringify } from 'csv-stringify/sync';
import { exportColumns, neutraliseFormula } from './columns.js';

/** Byte order mark: spreadsheet programs then read the file as UTF-8 (Arabic stays Arabic). */
const BOM = '\uFEFF';

/** CSV, one row per recommendation, written batch by batch. */
export function csvStream(batches: AsyncIterable<ExportRecommendation[]>, lang: ContentLang): Readable {
  const columns = exportColumns(lang);
  const line = (cells: string[]) => stringify([cells.map(neutraliseFormula)], { record_delimiter: '\r\n' });
  async function* chunks() {
    yield BOM + line(columns.map((c) => c.header));
    for await (const batch of batches) {
      yield batch.map((r) => line(columns.map((c) => c.value(r)))).join('');
    }
  }
  return Readable.from(chunks());
}

import type { ImportInspection } from '@tatabbu/domain';
import { detectImportFormat, readTable, suggestMapping } from '@tatabbu/domain/parsers';
import { fileProblemOf, ImportRejectedError } from './problems.js';

const SAMPLE_ROWS = 10;
const TABLE_FORMATS = new Set(['uhri', 'upr-info', 'csv', 'xlsx']);

/**
 * What the mapping step shows: the detected format and, for a table, its headers, ten rows and a
 * mapping guessed from the header names. Nothing is stored.
 */
export async function inspectUpload(
  bytes: Uint8Array,
  fileName: string,
  encoding?: 'utf-8' | 'windows-1256' | 'windows-1252',
): Promise<ImportInspection> {
  const detectedFormat = detectImportFormat(bytes, fileName) ?? null;
  const empty: ImportInspection = {
    detectedFormat,
    encoding: null,
    headers: [],
    sample: [],
    rowCount: 0,
    suggestedMapping: { columns: {} },
  };
  if (detectedFormat && !TABLE_FORMATS.has(detectedFormat)) return empty;
  try {
    const { table, encoding: read } = await readTable(bytes, { fileName, ...(encoding ? { encoding } : {}) });
    return {
      detectedFormat,
      encoding: read ?? null,
      headers: table.headers,
      sample: table.rows.slice(0, SAMPLE_ROWS).map((r) => r.cells),
      rowCount: table.rows.length,
      suggestedMapping: suggestMapping(table.headers),
    };
  } catch (err) {
    const problem = fileProblemOf(err);
    if (!problem) throw err;
    // A file that is not a table is fine when its format was recognised (text, JSON).
    if (detectedFormat) return empty;
    throw new ImportRejectedError(422, problem);
  }
}

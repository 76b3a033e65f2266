import { deflateRawSync, constants as zlib } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MAX_CELL_LENGTH } from '../../formats.js';
import { fixture } from './fixtures.test-helper.js';
import { ImportFileError } from './import-file-error.js';
import { readCsv } from './read-csv.js';
import { readTable } from './read-table.js';
import { readXlsx } from './read-xlsx.js';

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportFileError) return error.problem;
    throw error;
  }
  return undefined;
}

async function workbook(fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * A ZIP whose one entry inflates to `megabytes` MB of zeros while declaring 1 KB: deflate blocks
 * ending on a full flush can be repeated, so the archive is built without ever holding its output.
 */
function zipBomb(megabytes: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: zlib.Z_FULL_FLUSH });
  const data = Buffer.concat([
    ...Array.from({ length: megabytes }, () => block),
    Buffer.from([1, 0, 0, 0xff, 0xff]),
  ]);
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(1024, 22); // the lie
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(1024, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + data.length, 16);
  return new Uint8Array(Buffer.concat([local, name, data, central, name, end]));
}

describe('readXlsx', () => {
  it('reads back what exceljs wrote: rich text, dates, numbers, hyperlinks, Excel row numbers', async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet('Vide');
      const ws = wb.addWorksheet('Recommandations');
      ws.getRow(2).values = ['Texte', 'Date', 'Paragraphe', 'Lien'];
      ws.getRow(3).values = [
        { richText: [{ text: 'Ratifier ', font: { bold: true } }, { text: 'la convention' }] },
        new Date(Date.UTC(2017, 8, 21)),
        144.117,
        { text: 'A/HRC/36/6', hyperlink: 'https://undocs.org/A/HRC/36/6' },
      ];
      ws.getRow(5).values = ['مواصلة الإصلاحات', '', 12, ''];
    });
    const { table, problems } = await readXlsx(bytes);
    expect(problems).toEqual([]);
    expect(table).toEqual({
      headers: ['Texte', 'Date', 'Paragraphe', 'Lien'],
      rows: [
        { row: 3, cells: ['Ratifier la convention', '2017-09-21', '144.117', 'A/HRC/36/6'] },
        { row: 5, cells: ['مواصلة الإصلاحات', '', '12', ''] },
      ],
    });
  });

  it('reads the same cells from XLSX as from CSV', async () => {
    const csv = readCsv(fixture('morocco-ar.utf8.csv')).table;
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('ar');
      ws.addRow(csv.headers);
      for (const { cells } of csv.rows) ws.addRow(cells);
    });
    expect((await readTable(bytes, { fileName: 'morocco.xlsx' })).table).toEqual(csv);
  });

  it('refuses formula cells and never imports their cached result', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('s');
      ws.addRow(['Texte', 'Lien']);
      ws.addRow(['Ratifier', { formula: 'HYPERLINK("http://x","y")', result: 'y' }]);
    });
    const { table, problems } = await readXlsx(bytes);
    expect(problems).toEqual([
      {
        code: 'formula_cell',
        severity: 'error',
        row: 2,
        column: 'Lien',
        value: '=HYPERLINK("http://x","y")',
      },
    ]);
    expect(table.rows[0]?.cells).toEqual(['Ratifier', '']);
  });

  it('reports cells longer than Excel allows', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('s');
      ws.addRow(['Texte']);
      ws.addRow(['x'.repeat(MAX_CELL_LENGTH + 10)]);
    });
    const { problems } = await readXlsx(bytes);
    expect(problems).toMatchObject([{ code: 'cell_too_long', row: 2, column: 'Texte' }]);
  });

  it('refuses a truncated file and a file that is not a workbook', async () => {
    const bytes = await workbook((wb) => wb.addWorksheet('s').addRow(['Texte']));
    expect(await refusal(readXlsx(bytes.subarray(0, Math.floor(bytes.length / 2))))).toMatchObject({
      code: 'xlsx_corrupt',
    });
    expect(await refusal(readXlsx(new TextEncoder().encode('PK\u0003\u0004 not really')))).toMatchObject({
      code: 'xlsx_corrupt',
    });
    expect(await refusal(readTable(new TextEncoder().encode('hello'), { fileName: 'x.xlsx' }))).toMatchObject(
      {
        code: 'xlsx_corrupt',
      },
    );
  });

  it('refuses a ZIP bomb disguised as XLSX quickly, without inflating it into memory', async () => {
    const bomb = zipBomb(300);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const problem = await refusal(readTable(bomb, { fileName: 'recommandations.xlsx' }));
    expect(problem).toEqual({
      code: 'xlsx_too_large_uncompressed',
      severity: 'error',
      params: { limit: '200 MB' },
    });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 1024 * 1024);
  });
});

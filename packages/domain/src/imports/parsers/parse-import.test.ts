import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { detectImportFormat, parseImport } from './parse-import.js';
import { fixtureBytes, fixtureTable, fixtureText } from './sources/fixtures.test-helper.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseImport', () => {
  it('recognises and reads each real sample', async () => {
    const cases = [
      ['uhri-morocco.csv', 'uhri', 9],
      ['uhri-morocco.json', 'uhri', 9],
      ['upr-info-morocco-and-others.csv', 'upr-info', 185],
      ['un-text-upr-ar-A-HRC-36-6.txt', 'un-text', 10],
      ['un-text-co-fr-CEDAW-C-MAR-CO-4.txt', 'un-text', 9],
      ['tatabbu-exchange-example.json', 'tatabbu-json', 2],
    ] as const;
    for (const [fileName, format, count] of cases) {
      const result = await parseImport(fixtureBytes(fileName), { fileName });
      expect({
        fileName,
        format: result.format,
        problems: result.problems,
        count: result.records.length,
      }).toEqual({
        fileName,
        format,
        problems: [],
        count,
      });
      expect(result.totalRows).toBe(count);
      expect(detectImportFormat(fixtureBytes(fileName), fileName)).toBe(format);
    }
  });

  it('reads the UHRI export as XLSX, Excel date serials as numbers', async () => {
    const { headers, rows } = fixtureTable('uhri-morocco.csv');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Recommendations');
    sheet.addRow(headers);
    for (const { cells } of rows)
      sheet.addRow(cells.map((cell) => (/^\d{5}$/.test(cell) ? Number(cell) : cell)));
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await parseImport(xlsx, { fileName: 'export.xlsx' });
    expect(result.format).toBe('uhri');
    expect(result.problems).toEqual([]);
    expect(result.records).toHaveLength(9);
    expect(result.records[3]?.record.date).toBe('2017-07-13');
    expect(result.records[1]?.record.recommendingStates).toEqual(['Belgium', 'Estonia', 'France', 'Spain']);
  });

  it('gives the records with their rows and the encoding read', async () => {
    const result = await parseImport(fixtureBytes('uhri-morocco.csv'), { fileName: 'export.csv' });
    expect(result.encoding).toBe('utf-8');
    expect(result.records[3]).toMatchObject({
      row: 5,
      record: { key: 'A/HRC/36/6 §144.117', date: '2017-07-13', recommendingStates: ['Sweden'] },
    });
  });

  it('passes the symbol and mechanism given for a text that does not show them', async () => {
    const text = fixtureText('un-text-upr-en-A-HRC-21-3.txt').replace(/A\/HRC\/21\/3/g, '');
    const result = await parseImport(bytes(text), {
      fileName: 'paste.txt',
      format: 'un-text',
      symbol: 'A/HRC/21/3',
    });
    expect(result.records.map(({ record }) => record.key).slice(0, 2)).toEqual([
      'A/HRC/21/3 §129.1',
      'A/HRC/21/3 §129.2',
    ]);
  });

  it('needs a column mapping for any spreadsheet, and uses it', async () => {
    const csv = 'Code,Recommandation,Mécanisme\nR144.125,Mener à bien la réforme de la justice,UPR\n';
    const without = await parseImport(bytes(csv), { fileName: 'suivi.csv', format: 'csv' });
    expect(without.problems).toEqual([{ code: 'required_missing', severity: 'error', column: 'mapping' }]);
    const withMapping = await parseImport(bytes(csv), {
      fileName: 'suivi.csv',
      format: 'csv',
      mapping: { columns: { key: 'Code', 'text.fr': 'Recommandation', mechanism: 'Mécanisme' } },
    });
    expect(withMapping.records).toEqual([
      {
        row: 2,
        record: {
          key: 'R144.125',
          mechanism: 'UPR',
          text: { fr: 'Mener à bien la réforme de la justice' },
          recommendingStates: [],
          terms: [],
        },
      },
    ]);
  });

  it('never throws on bad input: one file-level problem, no records', async () => {
    const cases: [Uint8Array, string, string][] = [
      [new Uint8Array(), 'empty.csv', 'file_empty'],
      [bytes('{"format": "tatabbu-exchange", "version": 1, '), 'cut.json', 'json_invalid'],
      [
        bytes(JSON.stringify({ format: 'tatabbu-exchange', version: 2, recommendations: [] })),
        'new.json',
        'exchange_version_unsupported',
      ],
      [new Uint8Array([0, 1, 2, 3, 255, 254, 0, 7]), 'blob.bin', 'unknown_format'],
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'broken.xlsx', 'xlsx_corrupt'],
    ];
    for (const [input, fileName, code] of cases) {
      const result = await parseImport(input, { fileName });
      expect({ fileName, records: result.records, codes: result.problems.map((p) => p.code) }).toEqual({
        fileName,
        records: [],
        codes: [code],
      });
    }
  });

  it('leaves out rows with an error from any stage and keeps the others', async () => {
    const csv = [
      'To,Text,From,Response,Action,Issue,Session',
      'Morocco,Ratify the OP-CAT,Denmark,Accepted,5,Torture,13',
      'Morocco,Ratify <script>alert(1)</script> now,Chile,Accepted,5,Torture,13',
      'Morocco,Ratify the CED,Uruguay,Accepted',
      'Morocco,Abolish the death penalty,France,Noted,5,Death penalty,13',
    ].join('\n');
    const result = await parseImport(bytes(csv), { fileName: 'upr-info.csv' });
    expect(result.format).toBe('upr-info');
    expect(result.records.map(({ row }) => row)).toEqual([2, 5]);
    expect(result.problems.map(({ code, row }) => [code, row])).toEqual([
      ['markup_in_text', 3],
      ['row_ragged', 4],
    ]);
    expect(result.totalRows).toBe(4);
  });
});

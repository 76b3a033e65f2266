import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { detectFormat, headersOf } from './detect-format.js';
import { fixture, utf8 } from './read/fixtures.test-helper.js';

const UPR_INFO = '/work/shared/data/upr-info';
/** The first lines of a real file, as a user would upload a small extract. */
const head = (path: string, lines = 6) =>
  utf8(readFileSync(path, 'utf8').split('\n').slice(0, lines).join('\n'));

async function xlsx(headers: string[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Export');
  ws.addRow(headers);
  ws.addRow(headers.map(() => 'x'));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const UHRI_HEADERS = ['OHCHR Annotation Id', 'Document Symbol', 'Reccomending Body', 'Text', 'Themes'];

describe('detectFormat', () => {
  it('recognises UHRI exports in XLSX, CSV and JSON', async () => {
    expect(detectFormat(await xlsx(UHRI_HEADERS), 'export.xlsx')).toBe('uhri');
    expect(headersOf(await xlsx(UHRI_HEADERS), 'export.xlsx')).toEqual(UHRI_HEADERS);
    expect(
      detectFormat(
        utf8(`\uFEFF${UHRI_HEADERS.join(',')}\r\n1,A/HRC/36/6,UPR,"144.1 Ratify",x\r\n`),
        'uhri.csv',
      ),
    ).toBe('uhri');
    const json = [{ AnnotationId: '1', Symbol: 'A/HRC/36/6', Text: '144.1 Ratify' }];
    expect(detectFormat(utf8(JSON.stringify(json)), 'uhri.json')).toBe('uhri');
    expect(detectFormat(utf8(JSON.stringify({ value: json })), 'export')).toBe('uhri');
  });

  it('recognises any other workbook as xlsx', async () => {
    expect(detectFormat(await xlsx(['Texte', 'Pays']), 'suivi.xlsx')).toBe('xlsx');
  });

  it('recognises the UPR Info files on hand', () => {
    expect(detectFormat(head(`${UPR_INFO}/upr_info_recommendations_morocco_s1_s13.csv`), 'morocco.csv')).toBe(
      'upr-info',
    );
    expect(detectFormat(head(`${UPR_INFO}/upr_info_recommendations_sessions1-12.csv`), 'data')).toBe(
      'upr-info',
    );
    expect(
      detectFormat(utf8('SuR,RS,Recommendation,Response,Action Category,Issue,Session\n'), 'x.csv'),
    ).toBe('upr-info');
  });

  it('falls back to a generic spreadsheet for other CSV files', () => {
    expect(detectFormat(fixture('generic-ar-fr.csv'), 'suivi.csv')).toBe('csv');
    expect(detectFormat(fixture('morocco-ar.windows-1256.csv'), 'suivi')).toBe('csv');
    expect(
      detectFormat(
        head('/work/shared/data/didh-morocco/didh_recommendations_upr_treaty_bodies.csv'),
        'didh.csv',
      ),
    ).toBe('csv');
  });

  it('recognises the exchange format', () => {
    const exchange = { format: 'tatabbu-exchange', version: 1, recommendations: [] };
    expect(detectFormat(utf8(JSON.stringify(exchange)), 'export.json')).toBe('tatabbu-json');
  });

  it('recognises pasted UN report text with numbered paragraphs', () => {
    const rows: { text: string }[] = parse(
      readFileSync(`${UPR_INFO}/upr_v1_morocco_2012_A-HRC-21-3_with_para_numbers.csv`),
      {
        columns: true,
      },
    );
    const report = `129. The following recommendations will be examined by Morocco:\n${rows
      .slice(0, 5)
      .map((r) => r.text)
      .join('\n')}`;
    expect(detectFormat(utf8(report), 'A-HRC-21-3.txt')).toBe('un-text');
    expect(detectFormat(utf8(report), 'pasted')).toBe('un-text');
    expect(
      detectFormat(
        utf8('توصي اللجنة الدولة الطرف بما يلي:\n(أ) أن تصادق على البروتوكول؛\n(ب) أن تعزز…'),
        'co.txt',
      ),
    ).toBe('un-text');
  });

  it('answers null for what it cannot read', () => {
    expect(detectFormat(utf8('just a sentence.'), 'notes.txt')).toBeNull();
    expect(detectFormat(utf8('{"hello": 1}'), 'x.json')).toBeNull();
    expect(
      detectFormat(
        Uint8Array.from({ length: 500 }, (_, i) => i % 256),
        'image.png',
      ),
    ).toBeNull();
  });
});

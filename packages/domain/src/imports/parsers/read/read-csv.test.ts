import { describe, expect, it } from 'vitest';
import { MAX_CELL_LENGTH } from '../../formats.js';
import { decodeText } from './decode-text.js';
import { fixture, utf8 } from './fixtures.test-helper.js';
import { ImportFileError } from './import-file-error.js';
import { readCsv } from './read-csv.js';

const problemOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportFileError) return error.problem.code;
    throw error;
  }
  return 'no error';
};

describe('readCsv encodings', () => {
  it.each([
    ['morocco-ar', 'windows-1256'],
    ['morocco-fr', 'windows-1252'],
  ])('reads %s identically in UTF-8, UTF-8 with BOM and %s', (name, legacy) => {
    const plain = readCsv(fixture(`${name}.utf8.csv`));
    const bom = readCsv(fixture(`${name}.utf8-bom.csv`));
    const windows = readCsv(fixture(`${name}.${legacy}.csv`));
    expect(plain.encoding).toBe('utf-8');
    expect(windows.encoding).toBe(legacy);
    expect(bom.table).toEqual(plain.table);
    expect(windows.table).toEqual(plain.table);
    expect(plain.problems).toEqual([]);
    expect(plain.table.rows).toHaveLength(5);
  });

  it('keeps the header clean of the BOM and multi-line cells whole', () => {
    const { table } = readCsv(fixture('morocco-ar.utf8-bom.csv'));
    expect(table.headers).toEqual(['الرمز', 'النص', 'الدولة الموصية', 'المحور']);
    expect(table.rows[0]?.cells[1]).toMatch(/\S\n\s*\S/);
    expect(table.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6]);
  });

  it('reads French typography from Windows-1252 (curly apostrophe, œ)', () => {
    const { table } = readCsv(fixture('morocco-fr.windows-1252.csv'));
    expect(table.rows.map((r) => r.cells[1]).join(' ')).toMatch(/l’indépendance.*œuvre/s);
  });

  it('reports French text with only lower-case accents as Windows-1252', () => {
    const bytes = Uint8Array.from([...'Texte\nR\u00e9alis\u00e9 ; \u00e0 ren'].map((c) => c.charCodeAt(0)));
    expect(decodeText(bytes)).toEqual({ text: 'Texte\nRéalisé ; à ren', encoding: 'windows-1252' });
  });

  it('honours UTF-16 files with a BOM', () => {
    const text = 'Texte,Pays\r\nRatifier la convention,Maroc\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    expect(decodeText(bytes)).toEqual({ text, encoding: 'utf-16le' });
  });

  it('refuses binary content', () => {
    const binary = Uint8Array.from({ length: 2000 }, (_, i) => (i * 37) % 256);
    expect(problemOf(() => readCsv(binary))).toBe('encoding_unreadable');
    expect(problemOf(() => readCsv(utf8('a,b\n\u0000\u0001,2\n')))).toBe('encoding_unreadable');
  });
});

describe('readCsv structure', () => {
  it('detects ; and tab delimiters', () => {
    expect(readCsv(utf8('a;b\n1;2\n')).table).toEqual({
      headers: ['a', 'b'],
      rows: [{ row: 2, cells: ['1', '2'] }],
    });
    expect(readCsv(utf8('a\tb\n1,5\t2\n')).table.rows[0]?.cells).toEqual(['1,5', '2']);
  });

  it('reports ragged rows with the row number a spreadsheet shows', () => {
    const csv =
      'Texte,État,Statut\n"Ratifier\nla convention",Maroc,En cours\nRenforcer,Tunisie\n\nAbolir,Italie,Réalisé,en plus\n';
    const { table, problems } = readCsv(utf8(csv));
    expect(problems).toEqual([
      { code: 'row_ragged', severity: 'error', row: 3, params: { found: 2, expected: 3 } },
      { code: 'row_ragged', severity: 'error', row: 5, params: { found: 4, expected: 3 } },
    ]);
    expect(table.rows.map((r) => r.row)).toEqual([2, 3, 5]);
  });

  it('accepts trailing empty cells', () => {
    expect(readCsv(utf8('a,b\n1,2,,\n')).problems).toEqual([]);
  });

  it('reports a 10 MB cell without carrying it along', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const { table, problems } = readCsv(utf8(`Texte,Pays\n${huge},Maroc\n`));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'cell_too_long', severity: 'error', row: 2, column: 'Texte' });
    expect(problems[0]?.params).toEqual({ length: huge.length, limit: MAX_CELL_LENGTH });
    expect(problems[0]?.value?.length).toBeLessThan(200);
    expect(table.rows[0]?.cells[0]?.length).toBe(MAX_CELL_LENGTH);
  });

  it('refuses empty files, unclosed quotes and too many rows', () => {
    expect(problemOf(() => readCsv(new Uint8Array()))).toBe('file_empty');
    expect(problemOf(() => readCsv(utf8('\r\n \n')))).toBe('file_empty');
    expect(problemOf(() => readCsv(utf8('a,b\n1,"2\n')))).toBe('csv_malformed');
    expect(problemOf(() => readCsv(utf8(`a\n${'1\n'.repeat(300_001)}`)))).toBe('too_many_rows');
  });
});

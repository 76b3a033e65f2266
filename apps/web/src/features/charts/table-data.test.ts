import { describe, expect, it } from 'vitest';
import { fileNameOf, toCsv } from './table-data';

describe('chart table as CSV', () => {
  it('writes a header, one line per row, quotes what needs it and defuses formulas', () => {
    const csv = toCsv({
      rowHeader: 'Mécanisme',
      columns: [
        { key: 'total', label: 'Total' },
        { key: 'implemented', label: 'Réalisé, "fini"' },
      ],
      rows: [
        {
          key: 'UPR',
          label: 'الاستعراض الدوري الشامل',
          cells: { total: { value: 120 }, implemented: { value: 7 } },
        },
        { key: 'x', label: '=HYPERLINK("x")', cells: { total: { value: 3 } } },
      ],
    });
    expect(csv).toBe(
      '\uFEFFMécanisme,Total,"Réalisé, ""fini"""\r\n' +
        'الاستعراض الدوري الشامل,120,7\r\n' +
        `"'=HYPERLINK(""x"")",3,0\r\n`,
    );
  });

  it('names files after the title in any script', () => {
    expect(fileNameOf('Statut par mécanisme', 'csv')).toBe('Statut-par-mécanisme.csv');
    expect(fileNameOf('الوضعية حسب الآلية', 'png')).toBe('الوضعية-حسب-الآلية.png');
    expect(fileNameOf('***', 'png')).toBe('chart.png');
  });
});

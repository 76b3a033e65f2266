import { describe, expect, it } from 'vitest';
import type { SourceTable } from '../../formats.js';
import { fixture } from '../read/fixtures.test-helper.js';
import { readCsv } from '../read/read-csv.js';
import { mapTable } from './map-table.js';
import { suggestMapping } from './suggest-mapping.js';

const table = (headers: string[], ...rows: string[][]): SourceTable => ({
  headers,
  rows: rows.map((cells, i) => ({ row: i + 2, cells })),
});

describe('mapTable', () => {
  it('turns a generic Arabic/French tracking sheet into drafts with suggestMapping', () => {
    const { table: sheet } = readCsv(fixture('generic-ar-fr.csv'));
    const { drafts, problems } = mapTable(sheet, suggestMapping(sheet.headers));
    expect(problems).toEqual([]);
    expect(drafts).toHaveLength(4);
    expect(drafts[1]).toEqual({
      row: 3,
      draft: {
        key: 'A/HRC/36/6 §144.124',
        mechanism: 'UPR',
        document: { symbol: 'A/HRC/36/6' },
        paragraph: '144.124',
        text: {
          fr: 'Prendre des mesures supplémentaires pour garantir l’indépendance du pouvoir judiciaire, ce qui est important pour garantir un procès équitable conformément aux normes internationales des droits de l’homme',
          ar: 'القيام بخطوات أخرى من أجل ضمان استقلال القضاء، وهو أمر مهم لضمان إجراء محاكمات عادلة بما يتفق مع المعايير الدولية لحقوق الإنسان',
        },
        recommendingStates: ['Australie'],
        position: 'supported',
        status: 'implemented',
        terms: [
          {
            vocabulary: 'axis',
            label: 'la promotion, le développement démocratique et la primauté du droit',
          },
        ],
      },
    });
    expect(drafts.map((d) => d.draft.status)).toEqual([
      'implemented',
      'implemented',
      'in_progress',
      'implemented',
    ]);
  });

  it('splits multi-value cells on new lines and the chosen separator', () => {
    const { drafts } = mapTable(
      table(
        ['Text', 'States', 'Themes', 'SDG'],
        ['Ratify', 'Chile; Peru\nUruguay', '- Torture\n• Women', '16.3 - Promote the rule of law'],
      ),
      {
        columns: {
          'text.en': 'Text',
          recommendingStates: 'States',
          'terms.uhri_theme': 'Themes',
          'terms.sdg_target': 'SDG',
          key: 'Text',
        },
        defaultMechanism: 'UPR',
        multiValueSeparator: ';',
      },
    );
    expect(drafts[0]?.draft.recommendingStates).toEqual(['Chile', 'Peru', 'Uruguay']);
    expect(drafts[0]?.draft.terms).toEqual([
      { vocabulary: 'uhri_theme', label: 'Torture' },
      { vocabulary: 'uhri_theme', label: 'Women' },
      { vocabulary: 'sdg_target', code: '16.3', label: '16.3 - Promote the rule of law' },
    ]);
  });

  it('reads positions written in many ways and warns on the others', () => {
    const positions = [
      'Accepted',
      'acceptée',
      'Soutenue',
      'مقبولة',
      'تأييد',
      'Noted',
      'Pris note',
      'أحيط علما',
      'Supported in part',
      'Pending',
      'support',
      'Non acceptée',
      'غير مقبولة',
      'peut-être',
    ];
    const { drafts, problems } = mapTable(
      table(['Ref', 'Text', 'Position'], ...positions.map((p, i) => [`R${i}`, 'Ratify', p])),
      { columns: { key: 'Ref', 'text.en': 'Text', position: 'Position' }, defaultMechanism: 'UPR' },
    );
    expect(drafts.map((d) => d.draft.position)).toEqual([
      'supported',
      'supported',
      'supported',
      'supported',
      'supported',
      'noted',
      'noted',
      'noted',
      'supported_in_part',
      'pending',
      'supported',
      'noted',
      'noted',
      undefined,
    ]);
    expect(problems).toEqual([
      { code: 'invalid_value', severity: 'warning', row: 15, column: 'Position', value: 'peut-être' },
    ]);
  });

  it('reads ISO, dd/mm/yyyy and Excel serial dates; warns on others', () => {
    const { drafts, problems } = mapTable(
      table(
        ['Ref', 'Text', 'Date'],
        ['a', 'x', '2017-09-21'],
        ['b', 'x', '21/09/2017'],
        ['c', 'x', '43000'],
        ['d', 'x', 'hier'],
      ),
      { columns: { key: 'Ref', 'text.fr': 'Text', date: 'Date' }, defaultMechanism: 'UPR' },
    );
    expect(drafts.map((d) => d.draft.date)).toEqual(['2017-09-21', '2017-09-21', '2017-09-22', undefined]);
    expect(problems).toEqual([
      { code: 'invalid_date', severity: 'warning', row: 5, column: 'Date', value: 'hier' },
    ]);
  });

  it('keeps a State under review code, or its name for the resolver', () => {
    const { drafts } = mapTable(table(['Ref', 'Texte', 'Pays'], ['a', 'x', 'ma'], ['b', 'x', 'Maroc']), {
      columns: { key: 'Ref', 'text.fr': 'Texte', stateUnderReview: 'Pays' },
      defaultMechanism: 'UPR',
    });
    expect(drafts.map((d) => [d.draft.stateUnderReview, d.draft.stateUnderReviewName])).toEqual([
      ['MA', undefined],
      [undefined, 'Maroc'],
    ]);
  });

  it('refuses the whole table when a mapped column is not in the file', () => {
    const { drafts, problems } = mapTable(table(['Texte'], ['Ratifier']), {
      columns: { 'text.fr': 'Texte', key: 'Référence' },
      defaultMechanism: 'UPR',
    });
    expect(drafts).toEqual([]);
    expect(problems).toEqual([
      { code: 'header_missing', severity: 'error', column: 'Référence', params: { column: 'Référence' } },
    ]);
  });

  it('refuses rows without key, mechanism or text', () => {
    const { drafts, problems } = mapTable(table(['Texte', 'Mécanisme'], ['Ratifier', ''], ['', 'CRC']), {
      columns: { 'text.fr': 'Texte', mechanism: 'Mécanisme' },
    });
    expect(drafts).toEqual([]);
    expect(problems).toEqual([
      { code: 'required_missing', severity: 'error', row: 2, column: 'key' },
      { code: 'required_missing', severity: 'error', row: 2, column: 'Mécanisme' },
      { code: 'required_missing', severity: 'error', row: 3, column: 'key' },
      { code: 'text_missing', severity: 'error', row: 3 },
    ]);
  });
});

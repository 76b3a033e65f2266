import { describe, expect, it } from 'vitest';
import type { SourceTable } from '../../formats.js';
import { fixtureTable, fixtureText } from './fixtures.test-helper.js';
import { parseUhriJson } from './uhri-json.js';
import { parseUhriTable } from './uhri-table.js';

const table = fixtureTable('uhri-morocco.csv');
const fromTable = parseUhriTable(table);
const byKey = new Map(fromTable.drafts.map(({ draft }) => [draft.key, draft]));

describe('UHRI export (CSV, older "Reccomending Body" spelling)', () => {
  it('reads every recommendation with its stable key and row', () => {
    expect(fromTable.problems).toEqual([]);
    expect(fromTable.drafts.map(({ row, draft }) => [row, draft.key])).toEqual([
      [2, 'A/HRC/21/3 §129.1'],
      [3, 'A/HRC/21/3 §129.5'],
      [4, 'A/HRC/21/3 §131.3'],
      [5, 'A/HRC/36/6 §144.117'],
      [6, 'A/HRC/36/6 §144.125'],
      [7, 'CEDAW/C/MAR/CO/4 §21(a)'],
      [8, 'CEDAW/C/MAR/CO/4 §21(b)'],
      // no paragraph number in the text: the annotation id is the key
      [9, 'OHCHR 1254019'],
      [10, 'CCPR/C/MAR/CO/6 §18'],
    ]);
  });

  it('takes the paragraph off the text and keeps the annotation id as external reference', () => {
    const draft = byKey.get('A/HRC/21/3 §129.1');
    expect(draft?.paragraph).toBe('129.1');
    expect(draft?.externalRef).toBe('1591741');
    expect(draft?.text).toEqual({
      en: expect.stringMatching(/^Establish expressly in the Criminal Code .* competence of its Committee$/),
    });
  });

  it('maps bodies to mechanism codes, UPR sessions to cycles, positions and recommending States', () => {
    expect(byKey.get('A/HRC/21/3 §129.5')).toMatchObject({
      mechanism: 'UPR',
      review: { session: 13, cycle: 2 },
      recommendingStates: ['Belgium', 'Estonia', 'France', 'Spain'],
      position: 'supported',
      stateUnderReviewName: 'Morocco',
    });
    expect(byKey.get('A/HRC/21/3 §131.3')?.position).toBe('noted');
    expect(byKey.get('A/HRC/36/6 §144.117')).toMatchObject({ review: { session: 27, cycle: 3 } });
    expect(byKey.get('CEDAW/C/MAR/CO/4 §21(a)')?.mechanism).toBe('CEDAW');
    expect(byKey.get('CCPR/C/MAR/CO/6 §18')?.mechanism).toBe('CCPR');
    expect(byKey.get('CEDAW/C/MAR/CO/4 §21(a)')?.review).toBeUndefined();
  });

  it('reads dd/mm/yyyy, ISO and Excel-serial dates', () => {
    expect(byKey.get('A/HRC/21/3 §129.1')?.document).toEqual({ symbol: 'A/HRC/21/3', date: '2012-07-06' });
    // 42929 in the cell
    expect(byKey.get('A/HRC/36/6 §144.117')?.date).toBe('2017-07-13');
    expect(byKey.get('CCPR/C/MAR/CO/6 §18')?.date).toBe('2016-12-01');
  });

  it('detects French and Arabic texts, English otherwise', () => {
    expect(Object.keys(byKey.get('A/HRC/36/6 §144.117')?.text ?? {})).toEqual(['fr']);
    expect(byKey.get('A/HRC/36/6 §144.125')?.text).toEqual({ ar: 'إكمال إصلاحات القضاء' });
    expect(byKey.get('CCPR/C/MAR/CO/6 §18')?.originalLang).toBe('en');
  });

  it('turns themes, affected persons and SDG labels into terms', () => {
    expect(byKey.get('A/HRC/21/3 §129.1')?.terms).toEqual([
      { vocabulary: 'uhri_theme', label: 'D32 Enforced disappearances' },
      { vocabulary: 'uhri_theme', label: 'A12 Acceptance of international norms' },
      { vocabulary: 'affected_person', label: 'Disappeared persons' },
      {
        vocabulary: 'sdg_target',
        code: '16.3',
        label:
          '16.3 - Promote the rule of law at the national and international levels and ensure equal access to justice for all',
      },
    ]);
    expect(byKey.get('A/HRC/21/3 §129.5')?.terms).toContainEqual({
      vocabulary: 'sdg_goal',
      code: '16',
      label: 'Goal 16',
    });
  });

  it('reports an unknown body and an unreadable date with row and column', () => {
    const broken: SourceTable = {
      headers: table.headers,
      rows: [
        { row: 2, cells: table.headers.map((h) => (h === 'Reccomending Body' ? 'Some Committee' : '')) },
        {
          row: 3,
          cells: table.headers.map((h) =>
            h === 'Document Publication Date'
              ? '31/02/2017'
              : h === 'Text'
                ? '1. Ratify'
                : h === 'Reccomending Body'
                  ? 'CAT'
                  : '',
          ),
        },
      ],
    };
    const { drafts, problems } = parseUhriTable(broken);
    expect(problems).toEqual([
      {
        code: 'unknown_mechanism',
        severity: 'error',
        row: 2,
        column: 'Reccomending Body',
        value: 'Some Committee',
      },
      {
        code: 'invalid_date',
        severity: 'warning',
        row: 3,
        column: 'Document Publication Date',
        value: '31/02/2017',
      },
    ]);
    expect(drafts.map(({ row }) => row)).toEqual([3]);
  });

  it('refuses a table without a Text column', () => {
    expect(parseUhriTable({ headers: ['Document Symbol'], rows: [] }).problems).toEqual([
      { code: 'header_missing', severity: 'error', column: 'Text' },
    ]);
  });
});

describe('UHRI export (JSON)', () => {
  it('gives the same recommendations as the table export', () => {
    const fromJson = parseUhriJson(JSON.parse(fixtureText('uhri-morocco.json')));
    expect(fromJson.problems).toEqual([]);
    expect(fromJson.drafts.map(({ draft }) => draft)).toEqual(fromTable.drafts.map(({ draft }) => draft));
    expect(fromJson.drafts[0]?.row).toBe(1);
  });

  it('accepts a bare array and refuses anything else', () => {
    const one = {
      AnnotationId: 'x1',
      Symbol: 'CRC/C/MAR/CO/3-4',
      Text: '51 (a) Modifier la législation',
      Body: 'CRC',
    };
    expect(parseUhriJson([one]).drafts[0]?.draft.key).toBe('CRC/C/MAR/CO/3-4 §51(a)');
    expect(parseUhriJson({ items: [] }).problems[0]?.code).toBe('json_invalid');
  });

  it('keeps annotations apart when UHRI split one paragraph into several', () => {
    const part = (id: string, text: string) => ({
      AnnotationId: id,
      Symbol: 'CAT/C/MAR/CO/4',
      Text: text,
      Body: 'CAT',
    });
    const { drafts } = parseUhriJson([
      part('a1', '12. The Committee urges…'),
      part('a2', '12. It also recommends…'),
    ]);
    expect(drafts.map(({ draft }) => draft.key)).toEqual(['CAT/C/MAR/CO/4 §12', 'OHCHR a2']);
  });
});

import { describe, expect, it } from 'vitest';
import { fixtureTable } from './fixtures.test-helper.js';
import { parseUprInfoTable } from './upr-info.js';

const table = fixtureTable('upr-info-morocco-and-others.csv');
const { drafts, problems } = parseUprInfoTable(table);
const morocco = drafts.filter(({ draft }) => draft.stateUnderReviewName === 'Morocco');

describe('UPR Info CSV', () => {
  it('reads Morocco’s 176 real rows (16 of session 1, 160 of session 13) and the other States', () => {
    expect(problems).toEqual([]);
    expect(drafts).toHaveLength(185);
    expect(morocco).toHaveLength(176);
    expect(morocco.filter(({ draft }) => draft.review?.session === 1)).toHaveLength(16);
    expect(morocco.filter(({ draft }) => draft.review?.session === 13)).toHaveLength(160);
    expect([...new Set(drafts.map(({ draft }) => draft.stateUnderReviewName))]).toEqual([
      'Morocco',
      'Tunisia',
      'Algeria',
      'France',
    ]);
  });

  it('numbers recommendations within each State’s session in file order, the same on every read', () => {
    expect(drafts[0]).toMatchObject({ row: 2, draft: { key: 'UPR Info s1 Morocco #1' } });
    expect(drafts[16]).toMatchObject({
      row: 18,
      draft: { key: 'UPR Info s13 Morocco #1', externalRef: 's13 Morocco #1' },
    });
    expect(drafts.at(-1)?.draft.key).toBe('UPR Info s2 France #3');
    expect(parseUprInfoTable(table).drafts.map(({ draft }) => draft.key)).toEqual(
      drafts.map(({ draft }) => draft.key),
    );
    expect(new Set(drafts.map(({ draft }) => draft.key)).size).toBe(drafts.length);
  });

  it('keeps the response as position, the action level and the cycle of the session', () => {
    const first = drafts[0]?.draft;
    expect(first).toMatchObject({
      mechanism: 'UPR',
      text: { en: 'Ratify the Convention of the Rights of Persons with Disabilities.' },
      recommendingStates: ['Mexico'],
      position: 'supported',
      actionLevel: 5,
      review: { cycle: 1, session: 1 },
    });
    expect(drafts[17]?.draft.review).toEqual({ cycle: 2, session: 13 });
    const positions = morocco.map(({ draft }) => draft.position);
    expect(positions.filter((p) => p === 'supported')).toHaveLength(166);
    expect(positions.filter((p) => p === 'noted')).toHaveLength(10);
    expect(drafts.at(-1)?.draft.position).toBe('noted');
  });

  it('splits the comma-separated issues into theme labels', () => {
    expect(drafts[0]?.draft.terms).toEqual([
      { vocabulary: 'uhri_theme', label: 'Disabilities' },
      { vocabulary: 'uhri_theme', label: 'International instruments' },
    ]);
  });

  it('reads the other responses and reports what it cannot read', () => {
    const headers = ['To', 'Text', 'From', 'Response', 'Action', 'Issue', 'Session'];
    const row = (n: number, response: string, action: string, session = '27') => ({
      row: n,
      cells: ['Morocco', `Recommendation ${n}`, 'Chile', response, action, '', session],
    });
    const result = parseUprInfoTable({
      headers,
      rows: [
        row(2, 'Accepted in part', '3'),
        row(3, 'Partially accepted', '2'),
        row(4, 'General response', ''),
        row(5, 'Rejected', '9'),
        row(6, 'Perhaps', '1'),
        row(7, 'Accepted', '1', 'n/a'),
        row(8, 'Noted', '4', '41'),
      ],
    });
    expect(
      result.drafts.map(({ draft }) => [draft.position, draft.actionLevel, draft.review?.cycle]),
    ).toEqual([
      ['supported_in_part', 3, 3],
      ['supported_in_part', 2, 3],
      ['pending', undefined, 3],
      ['noted', undefined, 3],
      [undefined, 1, 3],
      ['noted', 4, 4],
    ]);
    expect(result.problems).toEqual([
      { code: 'invalid_value', severity: 'warning', row: 5, column: 'Action', value: '9' },
      { code: 'invalid_value', severity: 'warning', row: 6, column: 'Response', value: 'Perhaps' },
      { code: 'invalid_value', severity: 'error', row: 7, column: 'Session', value: 'n/a' },
    ]);
  });

  it('prefers an id column for the key when the file has one', () => {
    const result = parseUprInfoTable({
      headers: ['Id', 'State under Review', 'Recommendation', 'Session'],
      rows: [{ row: 2, cells: ['58211', 'Morocco', 'Ratify the OP-CAT', '27'] }],
    });
    expect(result.drafts[0]?.draft).toMatchObject({ key: 'UPR Info 58211', externalRef: '58211' });
  });

  it('refuses a file without the State under review, text or session columns', () => {
    expect(parseUprInfoTable({ headers: ['To', 'Text'], rows: [] }).problems).toEqual([
      { code: 'header_missing', severity: 'error', column: 'Session' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { RecommendationDraft } from '../record.js';
import { validateDrafts } from './validate.js';

const draft = (over: Partial<RecommendationDraft> = {}): RecommendationDraft => ({
  key: 'A/HRC/36/6 §144.125',
  mechanism: 'UPR',
  text: { fr: 'Mener à bien la réforme de la justice' },
  ...over,
});

describe('validateDrafts', () => {
  it('turns valid drafts into records with defaults', () => {
    const { records, problems } = validateDrafts([{ row: 2, draft: draft() }]);
    expect(problems).toEqual([]);
    expect(records).toEqual([{ row: 2, record: { ...draft(), recommendingStates: [], terms: [] } }]);
  });

  it('names the field of each problem and leaves the row out', () => {
    const { records, problems } = validateDrafts([
      { row: 2, draft: draft({ key: '  ' }) },
      { row: 3, draft: draft({ text: {} }) },
      {
        row: 4,
        draft: draft({ stateUnderReview: 'Morocco', document: { symbol: 'A/HRC/36/6', date: '13/07/2017' } }),
      },
      { row: 5, draft: { text: { en: 'Ratify' } } as unknown as RecommendationDraft },
    ]);
    expect(records).toEqual([]);
    expect(problems).toEqual([
      { code: 'required_missing', severity: 'error', row: 2, column: 'key' },
      { code: 'text_missing', severity: 'error', row: 3, column: 'text' },
      { code: 'invalid_value', severity: 'error', row: 4, column: 'stateUnderReview', value: 'Morocco' },
      { code: 'invalid_value', severity: 'error', row: 4, column: 'document.date', value: '13/07/2017' },
      { code: 'required_missing', severity: 'error', row: 5, column: 'key' },
      { code: 'required_missing', severity: 'error', row: 5, column: 'mechanism' },
    ]);
  });

  it('refuses HTML and script markup, not a "<" in a sentence', () => {
    const texts = [
      'Ratify <script>alert(1)</script> the Convention',
      'See <a href="http://x">here</a>',
      'Ratify <img src=x onerror=alert(1)>',
      'Ratify <iframe src="https://example.org">',
      'Click javascript:alert(1)',
      'Ratify <b>now</b>',
      '<div onclick="steal()">Ratify</div>',
    ];
    const { records, problems } = validateDrafts([
      ...texts.map((en, i) => ({ row: i + 2, draft: draft({ key: `k${i}`, text: { en } }) })),
      {
        row: 20,
        draft: draft({ key: 'ok', text: { en: 'Reduce detention to < 48 hours and ensure 3 > 2' } }),
      },
    ]);
    expect(problems.map(({ code, row, column }) => [code, row, column])).toEqual(
      texts.map((_, i) => ['markup_in_text', i + 2, 'text.en']),
    );
    expect(records.map(({ record }) => record.key)).toEqual(['ok']);
  });

  it('reports a key seen twice on its second row, with the first', () => {
    const { records, problems } = validateDrafts([
      { row: 2, draft: draft() },
      { row: 3, draft: draft({ key: 'A/HRC/36/6 §144.126' }) },
      { row: 7, draft: draft() },
    ]);
    expect(records.map(({ row }) => row)).toEqual([2, 3]);
    expect(problems).toEqual([
      {
        code: 'duplicate_key_in_file',
        severity: 'error',
        row: 7,
        column: 'key',
        value: 'A/HRC/36/6 §144.125',
        params: { firstRow: 2 },
      },
    ]);
  });
});

import type { ProgressUpdate } from '@tatabbu/domain';
import { describe, expect, it } from 'vitest';
import { handedIn, notStarted, percent } from './completion';
import { badLinks, contentOf, draftOf } from './content';

const update = {
  narrative: { ar: 'تم.', fr: null, en: null },
  originalLang: 'ar',
  proposedStatus: 'implemented',
  progress: 100,
  periodStart: '2024-01-01',
  periodEnd: null,
  links: [{ url: 'https://www.sgg.gov.ma', label: 'Bulletin officiel' }],
} as unknown as ProgressUpdate;

describe('the update editor', () => {
  it('sends what was typed, clearing empty fields and blank link rows', () => {
    const draft = draftOf(update);
    draft.links.push({ url: '  ', label: '' }, { url: ' https://example.org/report.pdf ', label: ' ' });
    expect(contentOf(draft)).toEqual({
      narrative: { ar: 'تم.', fr: '', en: '' },
      originalLang: 'ar',
      proposedStatus: 'implemented',
      progress: 100,
      periodStart: '2024-01-01',
      periodEnd: null,
      links: [
        { url: 'https://www.sgg.gov.ma', label: 'Bulletin officiel' },
        { url: 'https://example.org/report.pdf' },
      ],
    });
  });

  it('flags links the server would refuse (not http or https)', () => {
    const draft = draftOf(update);
    draft.links.push(
      { url: 'javascript:alert(1)', label: '' },
      { url: 'ftp://files.example.org', label: '' },
    );
    expect(badLinks(draft)).toBe(2);
  });
});

describe('round completion', () => {
  it('counts what was handed in and what nobody started', () => {
    const c = { asked: 10, drafted: 2, submitted: 1, returned: 1, validated: 2, published: 1, overdue: 3 };
    expect(handedIn(c)).toBe(4);
    expect(notStarted(c)).toBe(3);
    expect(percent(4, 10)).toBe(40);
    expect(percent(0, 0)).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { roundCreateSchema, roundItemsAddSchema } from './followup.js';

const id = '00000000-0000-4000-8000-000000000000';
const round = { title: { en: 'Mid-term report' }, deadline: '2099-01-31' };
const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('what a round asks about', () => {
  it('takes recommendations by ids or by filters, not both, when created or added to', () => {
    const both = { recommendationIds: [id], filters: { q: 'torture' } };
    expect(issues(roundCreateSchema.safeParse({ ...round, ...both }))).toEqual([
      ['filters', 'give recommendation ids or filters, not both'],
    ]);
    expect(issues(roundItemsAddSchema.safeParse({ version: 1, ...both }))).toEqual([
      ['filters', 'give recommendation ids or filters, not both'],
    ]);
  });

  it('asks about at least one recommendation or measure', () => {
    expect(issues(roundCreateSchema.safeParse(round))).toEqual([
      ['recommendationIds', 'a round asks about at least one recommendation or measure'],
    ]);
    expect(issues(roundItemsAddSchema.safeParse({ version: 1 }))).toEqual([
      ['recommendationIds', 'name at least one recommendation or measure'],
    ]);
    expect(roundCreateSchema.safeParse({ ...round, measureIds: [id] }).success).toBe(true);
    expect(roundItemsAddSchema.safeParse({ version: 1, recommendationIds: [id] }).success).toBe(true);
  });
});

import { type RecommendationScope, recommendationListQuerySchema } from '@tatabbu/domain';
import { describe, expect, it } from 'vitest';
import { listRecommendations } from './list.js';
import { ALL, PUBLIC, withRecommendationFixtures } from './test-fixtures.js';

const t = withRecommendationFixtures();

const list = (scope: RecommendationScope, params: Record<string, unknown> = {}) =>
  listRecommendations(
    t.database.db,
    scope,
    recommendationListQuerySchema.parse({ pageSize: 100, sort: 'key', ...params }),
    'fr',
  );
const keys = async (scope: RecommendationScope, params: Record<string, unknown> = {}) =>
  (await list(scope, params)).items.map((r) => r.key);
const counts = (buckets: { value: string; count: number }[]) => buckets.map((b) => [b.value, b.count]);

describe('cycle, dates, language, recurrence and publication filters', () => {
  it('filters by review cycle and date range', async () => {
    expect(await keys(PUBLIC, { cycle: '3' })).toEqual([
      'A/HRC/36/6 §144.2',
      'A/HRC/36/6 §144.10',
      'A/HRC/36/6 §144.117',
    ]);
    expect((await list(PUBLIC, { cycle: 'x' })).total).toBe(0);
    expect(await keys(PUBLIC, { from: '2018-01-01' })).toEqual([
      'A/HRC/36/6 §144.117',
      'CEDAW/C/MAR/CO/5-6 §12',
    ]);
    expect(await keys(PUBLIC, { from: '2017-01-01', to: '2017-12-31' })).toEqual([
      'A/HRC/36/6 §144.2',
      'A/HRC/36/6 §144.10',
    ]);
  });

  it('filters by language available and by recurrence', async () => {
    expect((await list(PUBLIC, { language: 'ar' })).total).toBe(4);
    expect(await keys(PUBLIC, { language: 'en' })).toEqual([]);
    expect(await keys(ALL, { language: 'fr', mechanism: 'CAT' })).toEqual([
      'CAT/C/MAR/CO/5 §20',
      'CAT/C/MAR/CO/5 §99',
    ]);
    expect(await keys(PUBLIC, { recurring: 'true' })).toEqual([
      'A/HRC/36/6 §144.2',
      'CEDAW/C/MAR/CO/5-6 §12',
    ]);
    expect(await keys(PUBLIC, { recurring: 'false' })).toEqual(['A/HRC/36/6 §144.10', 'A/HRC/36/6 §144.117']);
  });
});

describe('new facets', () => {
  it('counts cycle, themes, SDG goals, languages, recurrence and publication', async () => {
    const { facets } = await list(PUBLIC);
    expect(counts(facets.cycle)).toEqual([['3', 3]]);
    expect(facets.theme).toEqual([{ value: t.fx.terms.theme.id, label: t.fx.terms.theme.name, count: 1 }]);
    expect(counts(facets.sdg)).toEqual([[t.fx.terms.sdg5.id, 1]]);
    // Goals are shown with their number, in every language of the name.
    const goal = facets.sdg[0]?.label ?? {};
    expect(Object.values(goal).length).toBeGreaterThan(0);
    for (const name of Object.values(goal)) expect(name).toMatch(/^5 — \S/);
    expect(facets.affectedPerson).toEqual([]);
    expect(counts(facets.language)).toEqual([
      ['ar', 4],
      ['fr', 3],
    ]);
    expect(counts(facets.recurring)).toEqual([
      ['true', 2],
      ['false', 2],
    ]);
    expect(counts(facets.published)).toEqual([['true', 4]]);
    expect(counts((await list(ALL)).facets.published)).toEqual([
      ['true', 5],
      ['false', 2],
    ]);
  });

  it("leaves a facet's own filter out of its counts, and applies the others", async () => {
    const { facets, total } = await list(PUBLIC, { language: 'fr', recurring: 'false' });
    expect(total).toBe(1);
    expect(counts(facets.language)).toEqual([
      ['ar', 2],
      ['fr', 1],
    ]);
    expect(counts(facets.recurring)).toEqual([
      ['true', 2],
      ['false', 1],
    ]);
    const byTheme = await list(PUBLIC, { term: t.fx.terms.theme.id });
    expect(byTheme.total).toBe(1);
    expect(counts(byTheme.facets.sdg)).toEqual([]);
    expect(counts(byTheme.facets.theme)).toEqual([[t.fx.terms.theme.id, 1]]);
    expect(counts(byTheme.facets.axis)).toEqual([[t.fx.terms.axis2.id, 1]]);
  });
});

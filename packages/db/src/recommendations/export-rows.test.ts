import { type RecommendationScope, recommendationFiltersSchema } from '@tatabbu/domain';
import { describe, expect, it } from 'vitest';
import { exportRecommendationBatches } from './export-rows.js';
import { ALL, PUBLIC, withRecommendationFixtures } from './test-fixtures.js';

const t = withRecommendationFixtures();

async function batches(scope: RecommendationScope, params: Record<string, unknown>, size: number) {
  const out: string[][] = [];
  const filters = recommendationFiltersSchema.parse(params);
  for await (const batch of exportRecommendationBatches(t.database.db, scope, filters, size)) {
    out.push(batch.map((r) => r.key));
  }
  return out;
}

describe('exportRecommendationBatches', () => {
  it('walks every visible row once, in key order, batch after batch', async () => {
    expect(await batches(ALL, {}, 3)).toEqual([
      ['A/HRC/36/6 §144.2', 'A/HRC/36/6 §144.10', 'A/HRC/36/6 §144.117'],
      ['CEDAW/C/MAR/CO/5-6 §12', 'CEDAW/C/MAR/CO/5-6 §14', 'CAT/C/MAR/CO/5 §20'],
      ['CAT/C/MAR/CO/5 §99'],
    ]);
  });

  it('applies the scope and the filters of the list', async () => {
    expect((await batches(PUBLIC, {}, 100)).flat()).toHaveLength(4);
    expect(await batches(PUBLIC, { q: 'femmes', mechanism: 'UPR' }, 100)).toEqual([['A/HRC/36/6 §144.2']]);
  });

  it('carries the relations and the exchange fields', async () => {
    const women = (await collect(ALL, { state: 'FR' }))[0]?.[0];
    expect(women?.recommendingStates.map((s) => s.iso2)).toEqual(['BR', 'FR']);
    expect(women?.institutions.map((i) => i.code)).toEqual(['MJ', 'MS']);
    expect(women?.session).toBe(27);
    expect(women?.confidential).toBe(false);
  });
});

async function collect(scope: RecommendationScope, params: Record<string, unknown>) {
  const out = [];
  for await (const batch of exportRecommendationBatches(
    t.database.db,
    scope,
    recommendationFiltersSchema.parse(params),
  )) {
    out.push(batch);
  }
  return out;
}

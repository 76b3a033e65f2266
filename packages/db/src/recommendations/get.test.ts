import type { RecommendationScope } from '@tatabbu/domain';
import { describe, expect, it } from 'vitest';
import { getRecommendation } from './get.js';
import { ALL, PUBLIC, withRecommendationFixtures } from './test-fixtures.js';

const t = withRecommendationFixtures();

describe('getRecommendation', () => {
  it('returns the record with its details, history fields and links in both directions', async () => {
    const rec = await getRecommendation(t.database.db, ALL, t.fx.recs.women.id);
    expect(rec).toMatchObject({
      id: t.fx.recs.women.id,
      key: 'A/HRC/36/6 §144.2',
      mechanism: { code: 'UPR' },
      source: { symbol: 'A/HRC/36/6', cycle: 3 },
      statusDate: null,
      version: 0,
      actionLevel: null,
    });
    expect(rec?.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(rec?.updatedAt).toBe(rec?.createdAt);
    expect(rec?.institutions.map((i) => i.code)).toEqual(['MJ', 'MS']);
    expect(rec?.recommendingStates.map((s) => s.iso2)).toEqual(['BR', 'FR']);
    expect(rec?.recurrences).toEqual([
      {
        id: t.fx.recs.ruralWomen.id,
        key: 'CEDAW/C/MAR/CO/5-6 §12',
        kind: 'recurring',
        mechanismCode: 'CEDAW',
        similarity: expect.closeTo(0.8, 5),
      },
      {
        id: t.fx.recs.violenceLaw.id,
        key: 'CEDAW/C/MAR/CO/5-6 §14',
        kind: 'related',
        mechanismCode: 'CEDAW',
        similarity: null,
      },
    ]);
  });

  it('does not reveal linked records outside the scope', async () => {
    const rec = await getRecommendation(t.database.db, PUBLIC, t.fx.recs.women.id);
    expect(rec?.recurrences.map((l) => l.key)).toEqual(['CEDAW/C/MAR/CO/5-6 §12']);
  });

  it('answers null outside the scope, for unknown and for malformed ids', async () => {
    expect(await getRecommendation(t.database.db, PUBLIC, t.fx.recs.violenceLaw.id)).toBeNull();
    expect(await getRecommendation(t.database.db, PUBLIC, t.fx.recs.confidential.id)).toBeNull();
    const health: RecommendationScope = {
      kind: 'published_or_institution',
      institutionId: t.fx.institutions.health.id,
    };
    const justice: RecommendationScope = {
      kind: 'published_or_institution',
      institutionId: t.fx.institutions.justice.id,
    };
    expect((await getRecommendation(t.database.db, health, t.fx.recs.violenceLaw.id))?.key).toBe(
      'CEDAW/C/MAR/CO/5-6 §14',
    );
    expect(await getRecommendation(t.database.db, justice, t.fx.recs.violenceLaw.id)).toBeNull();
    expect(await getRecommendation(t.database.db, justice, t.fx.recs.torture.id)).toBeNull();
    expect(await getRecommendation(t.database.db, ALL, '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await getRecommendation(t.database.db, ALL, 'abc')).toBeNull();
  });
});

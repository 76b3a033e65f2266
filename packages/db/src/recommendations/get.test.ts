import type { RecommendationScope } from '@tatabbu/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../connection.js';
import { openTestDatabase } from '../testing.js';
import { getRecommendation } from './get.js';
import { insertRecommendationFixtures, type RecommendationFixtures } from './test-fixtures.js';

let database: Database;
let fx: RecommendationFixtures;
const ALL: RecommendationScope = { kind: 'all' };
const PUBLIC: RecommendationScope = { kind: 'published' };

beforeAll(async () => {
  database = await openTestDatabase();
  fx = await insertRecommendationFixtures(database.db);
});
afterAll(async () => {
  await database?.close();
});

describe('getRecommendation', () => {
  it('returns the record with its details, history fields and links in both directions', async () => {
    const rec = await getRecommendation(database.db, ALL, fx.recs.women.id);
    expect(rec).toMatchObject({
      id: fx.recs.women.id,
      key: 'A/HRC/36/6 §144.2',
      mechanism: { code: 'UPR' },
      source: { symbol: 'A/HRC/36/6', cycle: 3 },
      statusDate: null,
      version: 0,
    });
    expect(rec?.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(rec?.updatedAt).toBe(rec?.createdAt);
    expect(rec?.institutions.map((i) => i.code)).toEqual(['MJ', 'MS']);
    expect(rec?.recommendingStates.map((s) => s.iso2)).toEqual(['BR', 'FR']);
    expect(rec?.recurrences).toEqual([
      { id: fx.recs.ruralWomen.id, key: 'CEDAW/C/MAR/CO/5-6 §12', kind: 'recurring', mechanismCode: 'CEDAW' },
      { id: fx.recs.violenceLaw.id, key: 'CEDAW/C/MAR/CO/5-6 §14', kind: 'related', mechanismCode: 'CEDAW' },
    ]);
  });

  it('does not reveal linked records outside the scope', async () => {
    const rec = await getRecommendation(database.db, PUBLIC, fx.recs.women.id);
    expect(rec?.recurrences.map((l) => l.key)).toEqual(['CEDAW/C/MAR/CO/5-6 §12']);
  });

  it('answers null outside the scope, for unknown and for malformed ids', async () => {
    expect(await getRecommendation(database.db, PUBLIC, fx.recs.violenceLaw.id)).toBeNull();
    expect(await getRecommendation(database.db, PUBLIC, fx.recs.confidential.id)).toBeNull();
    const health: RecommendationScope = {
      kind: 'published_or_institution',
      institutionId: fx.institutions.health.id,
    };
    const justice: RecommendationScope = {
      kind: 'published_or_institution',
      institutionId: fx.institutions.justice.id,
    };
    expect((await getRecommendation(database.db, health, fx.recs.violenceLaw.id))?.key).toBe(
      'CEDAW/C/MAR/CO/5-6 §14',
    );
    expect(await getRecommendation(database.db, justice, fx.recs.violenceLaw.id)).toBeNull();
    expect(await getRecommendation(database.db, justice, fx.recs.torture.id)).toBeNull();
    expect(await getRecommendation(database.db, ALL, '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await getRecommendation(database.db, ALL, 'abc')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { recordAudit } from '../audit/record.js';
import { recommendationLinks, recommendationStates, recommendations } from '../schema/index.js';
import { classifyRecommendation } from './classify.js';
import { bulkClassify } from './classify-bulk.js';
import { getRecommendation } from './get.js';
import { getRecommendationHistory } from './history.js';
import { ALL, PUBLIC, withRecommendationFixtures } from './test-fixtures.js';

const t = withRecommendationFixtures();

/** First made in 2008 (UPR, by France), repeated in 2012 (by Brazil) and 2017 (by Tunisia). */
async function insertChain() {
  const { upr } = t.fx.mechanisms;
  const rows = await t.database.db
    .insert(recommendations)
    .values(
      [
        ['A/HRC/8/22 §75.1', '2008-05-22', 'Abolish the death penalty', 'Abolir la peine de mort'],
        [
          'A/HRC/21/3 §129.5',
          '2012-07-06',
          'Abolish the death penalty in law',
          'Abolir la peine de mort en droit',
        ],
        ['A/HRC/36/6 §144.99', '2017-07-13', 'Abolish the death penalty for all crimes', null],
      ].map(([key, date, textEn, textFr]) => ({
        key: key as string,
        mechanismId: upr.id,
        date,
        textEn,
        textFr,
        originalLang: 'en' as const,
        published: true,
      })),
    )
    .returning();
  const [first, second, third] = rows;
  if (!first || !second || !third) throw new Error('chain not inserted');
  await t.database.db.insert(recommendationStates).values([
    { recommendationId: first.id, countryIso2: 'FR' },
    { recommendationId: second.id, countryIso2: 'BR' },
    { recommendationId: third.id, countryIso2: 'TN' },
  ]);
  // Linked as the matcher links them: each newer one to the one before (no direct 2008–2017 link).
  await t.database.db.insert(recommendationLinks).values([
    { fromId: second.id, toId: first.id, kind: 'recurring', similarity: 0.91 },
    { fromId: third.id, toId: second.id, kind: 'recurring', similarity: 0.84 },
  ]);
  return { first, second, third };
}

describe('getRecommendationHistory', () => {
  it('follows recurring links both ways and transitively, oldest first, in the asked language', async () => {
    const { first, second, third } = await insertChain();
    for (const from of [first, second, third]) {
      const history = await getRecommendationHistory(t.database.db, ALL, from.id, {
        lang: 'fr',
        withEvents: false,
      });
      expect(history?.chain.map((e) => e.key)).toEqual([first.key, second.key, third.key]);
      expect(history?.chain.find((e) => e.current)?.id).toBe(from.id);
    }
    const history = await getRecommendationHistory(t.database.db, ALL, third.id, {
      lang: 'fr',
      withEvents: false,
    });
    expect(
      history?.chain.map((e) => [e.date, e.recommendingStates.map((s) => s.iso2), e.similarity]),
    ).toEqual([
      ['2008-05-22', ['FR'], 0.91],
      ['2012-07-06', ['BR'], 0.84],
      ['2017-07-13', ['TN'], null],
    ]);
    expect(history?.chain[0]).toMatchObject({ excerpt: 'Abolir la peine de mort', excerptLang: 'fr' });
    // No French text: the best other language.
    expect(history?.chain[2]).toMatchObject({ excerptLang: 'en', mechanism: { code: 'UPR' } });
    expect(history?.events).toEqual([]);

    // The detail keeps its direct links.
    const detail = await getRecommendation(t.database.db, ALL, second.id);
    expect(detail?.recurrences.map((r) => r.key).sort()).toEqual([first.key, third.key].sort());
  });

  it('leaves out related (not recurring) links and records outside the scope', async () => {
    const { women, ruralWomen, violenceLaw } = t.fx.recs;
    const all = await getRecommendationHistory(t.database.db, ALL, women.id, {
      lang: 'en',
      withEvents: false,
    });
    expect(all?.chain.map((e) => e.id).sort()).toEqual([women.id, ruralWomen.id].sort());
    expect(all?.chain.map((e) => e.id)).not.toContain(violenceLaw.id);
    expect(
      await getRecommendationHistory(t.database.db, PUBLIC, violenceLaw.id, {
        lang: 'en',
        withEvents: false,
      }),
    ).toBeNull();
  });

  it('lists position and tag changes, including bulk ones, newest first', async () => {
    const { inheritance } = t.fx.recs;
    // The import that created it names it among its new keys.
    await recordAudit(t.database.db, {
      actorId: null,
      action: 'import.commit',
      entity: 'import',
      entityId: '00000000-0000-4000-8000-000000000001',
      after: { counts: { new: 2 }, newKeys: [inheritance.key, 'another key'] },
    });
    await classifyRecommendation(
      t.database.db,
      ALL,
      inheritance.id,
      { version: 0, position: 'noted', terms: { add: [t.fx.terms.sdg5.id] } },
      null,
    );
    await bulkClassify(
      t.database.db,
      ALL,
      { ids: [inheritance.id] },
      { add: [t.fx.terms.theme.id], remove: [] },
      null,
    );
    const history = await getRecommendationHistory(t.database.db, ALL, inheritance.id, {
      lang: 'en',
      withEvents: true,
    });
    expect(history?.events.map((e) => e.action)).toEqual([
      'recommendation.bulk_classify',
      'recommendation.classify',
      'import.commit',
    ]);
    expect(history?.events[2]).toMatchObject({ changes: [], termsAdded: [], termsRemoved: [] });
    expect(history?.events[0]?.termsAdded.map((term) => term.code)).toEqual([t.fx.terms.theme.code]);
    expect(history?.events[1]).toMatchObject({
      changes: [{ field: 'position', from: 'supported', to: 'noted' }],
      termsAdded: [{ code: '5', vocabulary: 'sdg_goal' }],
      termsRemoved: [],
    });
  });
});

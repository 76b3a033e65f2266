import { recommendationFiltersSchema } from '@tatabbu/domain';
import { describe, expect, it } from 'vitest';
import { ALL, PUBLIC, withRecommendationFixtures } from '../recommendations/test-fixtures.js';
import { recommendationTerms, terms } from '../schema/index.js';
import { one } from '../testing.js';
import { listMechanismReviews } from './mechanism-reviews.js';
import { countTermChildren } from './term-children.js';

const t = withRecommendationFixtures();
const noFilters = recommendationFiltersSchema.parse({});

describe('countTermChildren', () => {
  it("counts an SDG goal's targets over what the public may see, zero included", async () => {
    const { sdg5 } = t.fx.terms;
    const { women, violenceLaw } = t.fx.recs;
    const target = (code: string, sort: number) =>
      one(
        t.database.db
          .insert(terms)
          .values({ vocabulary: 'sdg_target', code, parentId: sdg5.id, name: { en: `Target ${code}` }, sort })
          .returning(),
      );
    await target('5.1', 1);
    const t52 = await target('5.2', 2);
    await t.database.db.insert(recommendationTerms).values([
      { recommendationId: women.id, termId: t52.id },
      // Unpublished: counted for staff, never for the public.
      { recommendationId: violenceLaw.id, termId: t52.id },
    ]);

    const publicCounts = await countTermChildren(t.database.db, PUBLIC, sdg5.id, noFilters);
    expect(publicCounts?.parent.code).toBe('5');
    expect(publicCounts?.items.map((i) => [i.term.code, i.count])).toEqual([
      ['5.1', 0],
      ['5.2', 1],
    ]);
    const staffCounts = await countTermChildren(t.database.db, ALL, sdg5.id, noFilters);
    expect(staffCounts?.items.map((i) => i.count)).toEqual([0, 2]);
    // The list's filters apply: a mechanism with none of them counts zero.
    const cedaw = await countTermChildren(
      t.database.db,
      ALL,
      sdg5.id,
      recommendationFiltersSchema.parse({ mechanism: 'CEDAW' }),
    );
    expect(cedaw?.items.map((i) => i.count)).toEqual([0, 1]);
  });

  it('counts an axis by its sub-axes, and answers null for an unknown term', async () => {
    const { axis1 } = t.fx.terms;
    const counts = await countTermChildren(t.database.db, PUBLIC, axis1.id, noFilters);
    // §144.2 and the CEDAW §12 are tagged 1.1 and published; CEDAW §14 is not published.
    expect(counts?.items.map((i) => [i.term.code, i.count])).toEqual([['1.1', 2]]);
    expect(
      await countTermChildren(t.database.db, PUBLIC, '00000000-0000-4000-8000-000000000000', noFilters),
    ).toBeNull();
  });
});

describe('listMechanismReviews', () => {
  it('lists the reviews of a mechanism with the public count and its documents', async () => {
    const upr = await listMechanismReviews(t.database.db, PUBLIC, 'UPR');
    expect(upr?.mechanism.name.en).toBe('Universal Periodic Review');
    expect(upr?.items).toEqual([
      expect.objectContaining({
        cycle: 3,
        session: 27,
        count: 3,
        documents: [{ symbol: 'A/HRC/36/6', date: '2017-07-13' }],
      }),
    ]);
    const cedawPublic = await listMechanismReviews(t.database.db, PUBLIC, 'CEDAW');
    const cedawStaff = await listMechanismReviews(t.database.db, ALL, 'CEDAW');
    expect(cedawPublic?.items.map((r) => r.count)).toEqual([1]);
    expect(cedawStaff?.items.map((r) => r.count)).toEqual([2]);
    // CAT has only an unpublished and a confidential recommendation, neither under a review.
    expect((await listMechanismReviews(t.database.db, PUBLIC, 'CAT'))?.items).toEqual([]);
    expect(await listMechanismReviews(t.database.db, PUBLIC, 'NOPE')).toBeNull();
  });
});

import { type RecommendationScope, recommendationListQuerySchema } from '@tatabbu/domain';
import { describe, expect, it } from 'vitest';
import { listRecommendations } from './list.js';
import { ALL, PUBLIC, withRecommendationFixtures } from './test-fixtures.js';

const t = withRecommendationFixtures();

const list = (scope: RecommendationScope, params: Record<string, unknown> = {}) =>
  listRecommendations(
    t.database.db,
    scope,
    recommendationListQuerySchema.parse({ pageSize: 100, ...params }),
    'fr',
  );
const keys = async (scope: RecommendationScope, params: Record<string, unknown> = {}) =>
  (await list(scope, params)).items.map((r) => r.key);
const bucket = (buckets: { value: string; count: number }[], value: string) =>
  buckets.find((b) => b.value === value)?.count;

describe('listRecommendations — search', () => {
  it('finds Arabic whatever the hamza, diacritics, article or attached preposition', async () => {
    const expected = ['A/HRC/36/6 §144.2', 'A/HRC/36/6 §144.117', 'CEDAW/C/MAR/CO/5-6 §12'];
    for (const q of ['المرأة', 'المراة', 'مرأة', 'المَرْأَة', 'للمرأة']) {
      expect((await keys(PUBLIC, { q, sort: 'key' })).sort(), q).toEqual([...expected].sort());
    }
  });

  it('finds French by stem', async () => {
    expect((await keys(PUBLIC, { q: 'femme' })).sort()).toEqual([
      'A/HRC/36/6 §144.2',
      'CEDAW/C/MAR/CO/5-6 §12',
    ]);
    expect(await keys(PUBLIC, { q: 'abolition peine' })).toEqual([]);
    expect(await keys(PUBLIC, { q: 'abolir peines' })).toEqual(['A/HRC/36/6 §144.10']);
  });

  it('finds keys and symbols', async () => {
    expect(await keys(PUBLIC, { q: '144.117' })).toEqual(['A/HRC/36/6 §144.117']);
    expect(await keys(PUBLIC, { q: '144.1', sort: 'key' })).toEqual([
      'A/HRC/36/6 §144.10',
      'A/HRC/36/6 §144.117',
    ]);
    expect(await keys(PUBLIC, { q: 'CEDAW' })).toEqual(['CEDAW/C/MAR/CO/5-6 §12']);
    expect(await keys(PUBLIC, { q: '100%' })).toEqual([]);
  });

  it('ranks the exact key first', async () => {
    const found = await keys(ALL, { q: 'A/HRC/36/6 §144.10' });
    expect(found[0]).toBe('A/HRC/36/6 §144.10');
  });
});

describe('listRecommendations — filters', () => {
  it('filters by mechanism, type, position, status, review and publication', async () => {
    expect(await keys(PUBLIC, { mechanism: 'CEDAW' })).toEqual(['CEDAW/C/MAR/CO/5-6 §12']);
    expect((await list(PUBLIC, { mechanism: ['UPR', 'CEDAW'] })).total).toBe(4);
    expect((await list(ALL, { mechanismType: 'treaty_body' })).total).toBe(4);
    expect(await keys(PUBLIC, { position: 'noted' })).toEqual(['A/HRC/36/6 §144.10']);
    expect(await keys(PUBLIC, { status: 'in_progress,implemented', sort: 'key' })).toEqual([
      'A/HRC/36/6 §144.2',
      'A/HRC/36/6 §144.117',
      'CEDAW/C/MAR/CO/5-6 §12',
    ]);
    expect((await list(ALL, { reviewId: t.fx.reviews.cedaw.id })).total).toBe(2);
    expect(await keys(ALL, { published: 'false', sort: 'key' })).toEqual([
      'CEDAW/C/MAR/CO/5-6 §14',
      'CAT/C/MAR/CO/5 §20',
    ]);
  });

  it('filters by term, an axis including its sub-axes, across vocabularies with AND', async () => {
    const { axis1, subaxis11, sdg5, axis2 } = t.fx.terms;
    expect(await keys(PUBLIC, { term: axis1.id, sort: 'key' })).toEqual([
      'A/HRC/36/6 §144.2',
      'A/HRC/36/6 §144.117',
      'CEDAW/C/MAR/CO/5-6 §12',
    ]);
    expect(await keys(PUBLIC, { term: subaxis11.id, sort: 'key' })).toEqual([
      'A/HRC/36/6 §144.2',
      'CEDAW/C/MAR/CO/5-6 §12',
    ]);
    // Two axes: either; an axis and an SDG: both.
    expect((await list(PUBLIC, { term: [subaxis11.id, axis2.id] })).total).toBe(3);
    expect(await keys(PUBLIC, { term: [subaxis11.id, sdg5.id] })).toEqual(['A/HRC/36/6 §144.2']);
    // Unknown or malformed ids never widen the result.
    expect((await list(PUBLIC, { term: 'not-a-uuid' })).total).toBe(0);
    expect((await list(PUBLIC, { term: '00000000-0000-4000-8000-000000000000' })).total).toBe(0);
  });

  it('filters by current institution and recommending State', async () => {
    expect(await keys(PUBLIC, { institution: t.fx.institutions.justice.id, sort: 'key' })).toEqual([
      'A/HRC/36/6 §144.2',
      'A/HRC/36/6 §144.10',
    ]);
    // The ended assignment of the torture recommendation does not count.
    expect((await list(ALL, { institution: t.fx.institutions.justice.id })).total).toBe(2);
    expect((await list(ALL, { institution: 'x' })).total).toBe(0);
    expect(await keys(PUBLIC, { state: 'br', sort: 'key' })).toEqual([
      'A/HRC/36/6 §144.2',
      'A/HRC/36/6 §144.10',
    ]);
    expect(await keys(PUBLIC, { state: 'TN', mechanism: 'UPR' })).toEqual(['A/HRC/36/6 §144.117']);
  });
});

describe('listRecommendations — facets', () => {
  it('counts every facet over the filtered set, with labels', async () => {
    const { facets, total } = await list(PUBLIC);
    expect(total).toBe(4);
    expect(facets.mechanism).toEqual([
      { value: 'UPR', label: t.fx.mechanisms.upr.name, count: 3 },
      { value: 'CEDAW', label: t.fx.mechanisms.cedaw.name, count: 1 },
    ]);
    expect(facets.position).toEqual([
      { value: 'supported', label: {}, count: 2 },
      { value: 'noted', label: {}, count: 1 },
    ]);
    expect(facets.status.map((b) => [b.value, b.count])).toEqual([
      ['not_started', 1],
      ['in_progress', 2],
      ['implemented', 1],
    ]);
    // Axes are numbered vocabularies: the label carries the number in each language.
    expect(facets.axis).toEqual([
      {
        value: t.fx.terms.axis1.id,
        label: { fr: '1 — Égalité et parité', ar: '1 — المساواة والمناصفة' },
        count: 3,
      },
      { value: t.fx.terms.axis2.id, label: { fr: '2 — Droits civils', ar: '2 — الحقوق المدنية' }, count: 1 },
    ]);
    expect(facets.institution).toEqual([
      { value: t.fx.institutions.justice.id, label: t.fx.institutions.justice.name, count: 2 },
      { value: t.fx.institutions.health.id, label: t.fx.institutions.health.name, count: 2 },
    ]);
    expect(facets.state.map((b) => [b.value, b.count, b.label.en])).toEqual([
      ['BR', 2, 'Brazil'],
      ['FR', 1, 'France'],
      ['TN', 1, 'Tunisia'],
    ]);
  });

  it("leaves each facet's own filter out of its counts", async () => {
    const { facets, total } = await list(PUBLIC, { mechanism: 'UPR', position: 'supported' });
    expect(total).toBe(2);
    // Mechanism counts apply the position filter only; position counts the mechanism filter only.
    expect(facets.mechanism.map((b) => [b.value, b.count])).toEqual([['UPR', 2]]);
    expect(facets.position.map((b) => [b.value, b.count])).toEqual([
      ['supported', 2],
      ['noted', 1],
    ]);
    expect(bucket(facets.status, 'implemented')).toBe(1);
    expect(bucket(facets.status, 'not_started')).toBeUndefined();

    const byAxis = await list(PUBLIC, { term: t.fx.terms.axis2.id });
    expect(byAxis.total).toBe(1);
    expect(bucket(byAxis.facets.axis, t.fx.terms.axis1.id)).toBe(3);
    expect(bucket(byAxis.facets.mechanism, 'CEDAW')).toBeUndefined();

    const byInstitution = await list(PUBLIC, { institution: t.fx.institutions.health.id });
    expect(bucket(byInstitution.facets.institution, t.fx.institutions.justice.id)).toBe(2);
    const byState = await list(PUBLIC, { state: 'TN' });
    expect(bucket(byState.facets.state, 'BR')).toBe(2);
    expect(byState.facets.institution).toEqual([]);
  });
});

describe('listRecommendations — scope, sorting and paging', () => {
  it('hides unpublished and confidential rows from the public', async () => {
    const published = await keys(PUBLIC);
    expect(published).not.toContain('CEDAW/C/MAR/CO/5-6 §14');
    expect(published).not.toContain('CAT/C/MAR/CO/5 §99');
    expect((await list(ALL)).total).toBe(7);
    expect((await list(PUBLIC, { published: 'false' })).total).toBe(0);
  });

  it('shows a focal point the unpublished rows currently assigned to their institution only', async () => {
    const health: RecommendationScope = {
      kind: 'published_or_institution',
      institutionId: t.fx.institutions.health.id,
    };
    const justice: RecommendationScope = {
      kind: 'published_or_institution',
      institutionId: t.fx.institutions.justice.id,
    };
    expect(await keys(health)).toContain('CEDAW/C/MAR/CO/5-6 §14');
    expect((await list(health)).total).toBe(5);
    expect(await keys(justice)).not.toContain('CAT/C/MAR/CO/5 §20');
    expect((await list(justice)).total).toBe(4);
    expect((await list(justice, { q: 'femmes' })).total).toBe(2);
  });

  it('sorts keys in natural order, within the mechanisms’ order', async () => {
    const all = await keys(ALL, { sort: 'key' });
    expect(all).toEqual([
      'A/HRC/36/6 §144.2',
      'A/HRC/36/6 §144.10',
      'A/HRC/36/6 §144.117',
      'CEDAW/C/MAR/CO/5-6 §12',
      'CEDAW/C/MAR/CO/5-6 §14',
      'CAT/C/MAR/CO/5 §20',
      'CAT/C/MAR/CO/5 §99',
    ]);
    expect(await keys(ALL, { sort: '-key' })).toEqual([...all].reverse());
    // Relevance without a search falls back to the key order.
    expect(await keys(ALL)).toEqual(all);
  });

  it('sorts by date and by last update', async () => {
    const byDate = await keys(PUBLIC, { sort: 'date' });
    expect(byDate).toEqual([
      'A/HRC/36/6 §144.2',
      'A/HRC/36/6 §144.10',
      'A/HRC/36/6 §144.117',
      'CEDAW/C/MAR/CO/5-6 §12',
    ]);
    expect((await keys(PUBLIC, { sort: '-date' }))[0]).toBe('CEDAW/C/MAR/CO/5-6 §12');
    const updated = await keys(ALL, { sort: '-updated' });
    expect(updated).toHaveLength(7);
  });

  it('pages with a stable total', async () => {
    const page1 = await list(ALL, { sort: 'key', page: 1, pageSize: 3 });
    const page3 = await list(ALL, { sort: 'key', page: 3, pageSize: 3 });
    expect(page1).toMatchObject({ total: 7, page: 1, pageSize: 3 });
    expect(page1.items.map((r) => r.key)).toEqual([
      'A/HRC/36/6 §144.2',
      'A/HRC/36/6 §144.10',
      'A/HRC/36/6 §144.117',
    ]);
    expect(page3.items.map((r) => r.key)).toEqual(['CAT/C/MAR/CO/5 §99']);
    const beyond = await list(ALL, { page: 9, pageSize: 3 });
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(7);
  });

  it('returns items with their mechanism, source, texts, States, institutions and terms', async () => {
    const [item] = (await list(PUBLIC, { q: '144.2' })).items;
    expect(item).toMatchObject({
      id: t.fx.recs.women.id,
      key: 'A/HRC/36/6 §144.2',
      paragraph: '144.2',
      text: {
        fr: 'Renforcer la protection des femmes victimes de violence',
        ar: 'تعزيز حماية المرأة ضحايا العنف',
      },
      originalLang: 'fr',
      mechanism: { id: t.fx.mechanisms.upr.id, code: 'UPR', type: 'upr', name: t.fx.mechanisms.upr.name },
      source: {
        reviewId: t.fx.reviews.upr.id,
        title: { fr: 'EPU, 3e cycle' },
        symbol: 'A/HRC/36/6',
        date: '2017-07-13',
        cycle: 3,
      },
      position: 'supported',
      status: 'in_progress',
      statusOrigin: 'demo',
      published: true,
      date: '2017-09-20',
    });
    expect(item?.text).not.toHaveProperty('en');
    expect(item?.recommendingStates.map((s) => s.iso2)).toEqual(['BR', 'FR']);
    expect(item?.institutions.map((i) => [i.code, i.role])).toEqual([
      ['MJ', 'lead'],
      ['MS', 'contributing'],
    ]);
    expect(item?.institutions[0]).toMatchObject({
      name: t.fx.institutions.justice.name,
      acronym: { fr: 'MJ' },
    });
    expect(item?.terms.map((t) => [t.vocabulary, t.code])).toEqual([
      ['sdg_goal', '5'],
      ['subaxis', '1.1'],
    ]);
  });
});

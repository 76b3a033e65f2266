import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../connection.js';
import { dataRootDefault, loadReferenceData } from '../reference/load.js';
import { openTestDatabase } from '../testing.js';
import { readDidhRows } from './didh-source.js';
import { isDemoSeeded, planMoroccoDemo, seedMoroccoDemo } from './morocco.js';

/*
 * 756 DIDH rows → 595 recommendations (222 UPR + 373 treaty-body). The DIDH file repeats a
 * recommendation once per extra axis it files it under (and §144.9 once per recommending
 * State); those 161 repeats share key and text and are merged. Keys are unique after four
 * corrections (see didh-corrections.ts), so no suffix is needed.
 */
const EXPECTED_RECOMMENDATIONS = 595;

let database: Database;
let firstRun: { recommendations: number; assignments: number };
const root = dataRootDefault();

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return (await database.db.execute(query)).rows as T[];
}
async function count(query: ReturnType<typeof sql>): Promise<number> {
  return Number((await rows<{ n: number }>(query))[0]?.n);
}

beforeAll(async () => {
  database = await openTestDatabase();
  await loadReferenceData(database.db, root);
  firstRun = await seedMoroccoDemo(database.db, root);
});
afterAll(async () => {
  await database?.close();
});

describe('seedMoroccoDemo', () => {
  it('turns the 756 DIDH rows into 595 recommendations', async () => {
    const source = readDidhRows(root);
    expect(source).toHaveLength(756);
    expect(firstRun.recommendations).toBe(EXPECTED_RECOMMENDATIONS);
    expect(await count(sql`select count(*)::int as n from recommendations`)).toBe(EXPECTED_RECOMMENDATIONS);
    // Every source row ends up in exactly one recommendation.
    const plan = planMoroccoDemo(root);
    expect(plan.recommendations.flatMap((r) => r.sourceIds).sort((a, b) => a - b)).toEqual(
      source.map((r) => r.id).sort((a, b) => a - b),
    );
  });

  it('puts the 260 UPR rows under the UPR review of A/HRC/36/6', async () => {
    const plan = planMoroccoDemo(root);
    const upr = plan.recommendations.filter((r) => r.mechanism === 'UPR');
    expect(upr.flatMap((r) => r.sourceIds)).toHaveLength(260);
    expect(upr).toHaveLength(222);
    const [stats] = await rows<{ n: number; keyed: number; cycle: number; symbol: string }>(sql`
      select count(*)::int as n, count(*) filter (where r.key like 'A/HRC/36/6 §144.%')::int as keyed,
             min(v.cycle) as cycle, min(d.symbol) as symbol
      from recommendations r join mechanisms m on m.id = r.mechanism_id
      join reviews v on v.id = r.review_id join source_documents d on d.id = r.source_document_id
      where m.code = 'UPR'`);
    expect(stats).toEqual({ n: 222, keyed: 222, cycle: 3, symbol: 'A/HRC/36/6' });
    const byMechanism = await rows<{ code: string; n: number }>(sql`
      select m.code, count(*)::int as n from recommendations r join mechanisms m on m.id = r.mechanism_id group by 1 order by 1`);
    expect(Object.fromEntries(byMechanism.map((r) => [r.code, r.n]))).toEqual({
      CAT: 53,
      CCPR: 37,
      CEDAW: 45,
      CERD: 32,
      CESCR: 41,
      CMW: 35,
      CRC: 70,
      CRPD: 60,
      UPR: 222,
    });
  });

  it('keys recommendations by document and paragraph, merging repeats and applying the corrections', async () => {
    const byKey = async (key: string) =>
      rows<{ external_ref: string; states: string }>(sql`
        select r.external_ref, coalesce(string_agg(s.country_iso2, ',' order by s.country_iso2), '') as states
        from recommendations r left join recommendation_states s on s.recommendation_id = r.id
        where r.key = ${key} group by r.id`);
    expect(await byKey('A/HRC/36/6 §144.9')).toEqual([{ external_ref: 'didh:1016', states: 'HR,ME' }]);
    expect(await byKey('A/HRC/36/6 §144.4')).toEqual([{ external_ref: 'didh:1013', states: 'NO' }]);
    expect(await byKey('A/HRC/36/6 §144.43')).toEqual([{ external_ref: 'didh:1224', states: 'SN' }]);
    expect(await byKey('A/HRC/36/6 §144.114 (P2)')).toEqual([{ external_ref: 'didh:1007', states: 'FR' }]);
    expect(await byKey('CAT/C/MAR/CO/4 §7 (P2)')).toEqual([{ external_ref: 'didh:61', states: '' }]);
    expect(await byKey('CRPD/C/MAR/CO/1 §59')).toHaveLength(1);
    expect(await byKey('CRPD/C/MAR/CO/1 §65')).toHaveLength(1);
    // §144.117 was filed under three sub-axes: one recommendation, three sub-axis links.
    expect(
      await count(sql`select count(*)::int as n from recommendations r join recommendation_terms rt on rt.recommendation_id = r.id
        join terms t on t.id = rt.term_id where r.key = 'A/HRC/36/6 §144.117' and t.vocabulary = 'subaxis'`),
    ).toBe(3);
    const [text] = await rows<{ text_fr: string }>(
      sql`select text_fr from recommendations where key = 'A/HRC/36/6 §144.114 (P2)'`,
    );
    expect(text?.text_fr).toMatch(/libertés d’association/);
  });

  it('gives every recommendation French and Arabic text, an illustrative status and publication', async () => {
    expect(
      await count(sql`select count(*)::int as n from recommendations where coalesce(text_fr, '') = '' or coalesce(text_ar, '') = ''
        or text_fr like ${'%\uFFFD%'} or text_ar like ${'%\uFFFD%'} or text_fr ~ '  '`),
    ).toBe(0);
    expect(
      await count(sql`select count(*)::int as n from recommendations where status_origin = 'demo' and status_date = '2020-12-31'
        and published and published_at is not null and position is null and date is not null and status in ('implemented', 'in_progress', 'not_started')`),
    ).toBe(EXPECTED_RECOMMENDATIONS);
  });

  it('matches every recommending State to a country', async () => {
    const names = new Set(
      readDidhRows(root)
        .map((r) => r.recommendingStateFr)
        .filter(Boolean),
    );
    expect(names.size).toBe(99);
    expect(await count(sql`select count(distinct country_iso2)::int as n from recommendation_states`)).toBe(
      names.size,
    );
    for (const iso2 of ['US', 'GB', 'KR', 'LA', 'IR', 'VN', 'PS', 'CI', 'IQ', 'CG']) {
      expect(
        await count(sql`select count(*)::int as n from recommendation_states where country_iso2 = ${iso2}`),
        iso2,
      ).toBeGreaterThan(0);
    }
    // Only §144.1 has no recommending State in the file.
    expect(
      await count(sql`select count(*)::int as n from recommendations r join mechanisms m on m.id = r.mechanism_id
        where m.code = 'UPR' and not exists (select 1 from recommendation_states s where s.recommendation_id = r.id)`),
    ).toBe(1);
  });

  it('assigns existing institutions, exactly one lead per recommendation', async () => {
    expect(firstRun.assignments).toBeGreaterThan(EXPECTED_RECOMMENDATIONS);
    expect(
      await count(
        sql`select count(*)::int as n from assignments a join institutions i on i.id = a.institution_id where i.code like 'didh-%'`,
      ),
    ).toBe(firstRun.assignments);
    expect(
      await count(sql`select count(*)::int as n from recommendations r
        where (select count(*) from assignments a where a.recommendation_id = r.id and a.role = 'lead' and a.ended_at is null) <> 1`),
    ).toBe(0);
  });

  it('is idempotent: seeding again changes nothing', async () => {
    const snapshot = () =>
      rows<{
        t: string;
      }>(sql`select (select count(*) from recommendations) || '/' || (select max(updated_at) from recommendations) || '/' ||
        (select count(*) from assignments) || '/' || (select count(*) from recommendation_states) || '/' ||
        (select count(*) from recommendation_terms) || '/' || (select count(*) from reviews) || '/' ||
        (select count(*) from source_documents) || '/' || (select value from settings where key = 'demo.morocco.seededAt') as t`);
    const before = await snapshot();
    expect(await isDemoSeeded(database.db)).toBe(true);
    expect(await seedMoroccoDemo(database.db, root)).toEqual(firstRun);
    expect(await snapshot()).toEqual(before);
    expect(await count(sql`select count(*)::int as n from reviews`)).toBe(9);
  });

  it('is searchable in Arabic and French', async () => {
    expect(
      await count(sql`select count(*)::int as n from recommendations
        where search_ar @@ to_tsquery('arabic', tatabbu_strip_clitics(tatabbu_normalize('مرأة')))`),
    ).toBeGreaterThan(0);
    expect(
      await count(
        sql`select count(*)::int as n from recommendations where search_fr @@ to_tsquery('french', 'femmes')`,
      ),
    ).toBeGreaterThan(0);
  });
});

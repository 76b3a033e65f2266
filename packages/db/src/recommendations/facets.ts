import {
  type ContentLang,
  type FacetBucket,
  IMPLEMENTATION_STATUSES,
  type LocalizedText,
  NUMBERED_VOCABULARIES,
  POSITIONS,
  pickText,
  RECOMMENDATION_FACETS,
  type RecommendationFacet,
} from '@tatabbu/domain';
import { and, type SQL, sql } from 'drizzle-orm';
import { queryRows } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';
import { sqlList } from './conditions.js';
import type { CompiledFilters } from './filters.js';

/** Institutions and States can number in the hundreds; the UI shows the most frequent. */
const LONG_FACET_LIMIT = 50;

interface FacetRow {
  facet: RecommendationFacet | 'total';
  value: string | null;
  label: LocalizedText | null;
  count: number;
  ord: number;
}

/** Vocabulary facets: each root term counts the recommendations tagged with it or a descendant. */
const TERM_FACETS = [
  ['axis', 'axis'],
  ['sdg', 'sdg_goal'],
  ['theme', 'uhri_theme'],
  ['affectedPerson', 'affected_person'],
] as const;

/**
 * Terms of a numbered vocabulary carry their number in every language ("5 — Achieve gender
 * equality…"), as the web app's `termLabel` shows tags, unless the name already starts with it.
 */
export const NUMBERED_NAME = sql`case when t.vocabulary in ${sqlList([...NUMBERED_VOCABULARIES])} and t.code is not null
    then (select jsonb_object_agg(k, case when starts_with(v, t.code) then v else t.code || ' — ' || v end)
          from jsonb_each_text(t.name) as e(k, v))
    else t.name end`;

/**
 * Total and every facet in one statement. `base` holds the rows passing the scope, the text search
 * and the facet-less filters, with one flag per facet filter; each facet counts the rows whose
 * flags other than its own are all true. Flags of unused filters are left out, so an unfiltered
 * list counts plain GROUP BYs.
 */
export async function countFacets(
  db: Db | Tx,
  filters: CompiledFilters,
  lang: ContentLang,
): Promise<{ total: number; facets: Record<RecommendationFacet, FacetBucket[]> }> {
  const active = RECOMMENDATION_FACETS.filter((f) => filters.facets[f] !== null);
  const flag = (facet: RecommendationFacet) => sql.raw(`ok_${facet}`);
  const flags = active.map((facet) => sql`, ${filters.facets[facet]} as ${flag(facet)}`);
  const passes = (except?: RecommendationFacet): SQL =>
    and(...active.filter((f) => f !== except).map((f) => sql`b.${flag(f)}`)) ?? sql`true`;
  // All vocabulary facets in one pass over the tags (the costliest join): each tag row counts for
  // its facet when the other facets' filters pass.
  const termPasses = sql`case x.vocabulary ${sql.join(
    TERM_FACETS.map(([facet, vocabulary]) => sql`when ${vocabulary} then ${passes(facet)}`),
    sql` `,
  )} end`;
  const facetOfVocabulary = sql`case c.vocabulary ${sql.join(
    TERM_FACETS.map(([facet, vocabulary]) => sql`when ${vocabulary} then ${facet}`),
    sql` `,
  )} end`;
  const rows = await queryRows<FacetRow>(
    db,
    sql`with recursive
      base as materialized (
        select r.id, r.mechanism_id, r.position, ${filters.status} as status, r.review_id, r.published,
          r.text_ar is not null as has_ar, r.text_fr is not null as has_fr,
          r.text_en is not null as has_en, r.text_es is not null as has_es,
          linked.id is not null as recurring
          ${sql.join(flags, sql``)}
        from recommendations r
        -- One hash join with the linked ids: an IN (subquery) falls back to a scan per row when
        -- the links outgrow work_mem, quadratic at a few hundred thousand links.
        left join (select from_id as id from recommendation_links where kind = 'recurring'
                   union select to_id from recommendation_links where kind = 'recurring') linked
          on linked.id = r.id
        where ${and(...filters.base) ?? sql`true`}),
      term_tree(vocabulary, root_id, term_id) as (
        select vocabulary, id, id from terms
          where vocabulary in ${sqlList(TERM_FACETS.map(([, vocabulary]) => vocabulary))}
        union
        select x.vocabulary, x.root_id, t.id from term_tree x join terms t on t.parent_id = x.term_id)
    select 'total' as facet, null as value, null::jsonb as label, count(*)::int as count, 0 as ord
      from base b where ${passes()}
    union all
    select 'mechanism', m.code, m.name, c.n, m.sort
      from (select b.mechanism_id, count(*)::int as n from base b where ${passes('mechanism')} group by 1) c
      join mechanisms m on m.id = c.mechanism_id
    union all
    select 'position', b.position, '{}'::jsonb, count(*)::int, 0
      from base b where b.position is not null and ${passes('position')} group by b.position
    union all
    select 'status', b.status, '{}'::jsonb, count(*)::int, 0
      from base b where b.status is not null and ${passes('status')} group by b.status
    union all
    select 'cycle', v.cycle::text, '{}'::jsonb, count(*)::int, v.cycle
      from base b join reviews v on v.id = b.review_id
      where v.cycle is not null and ${passes('cycle')} group by v.cycle
    union all
    select 'language', l.lang, '{}'::jsonb, l.n, l.ord
      from (select count(*) filter (where b.has_ar)::int as ar, count(*) filter (where b.has_fr)::int as fr,
              count(*) filter (where b.has_en)::int as en, count(*) filter (where b.has_es)::int as es
            from base b where ${passes('language')}) c
      cross join lateral (values ('ar', c.ar, 1), ('fr', c.fr, 2), ('en', c.en, 3), ('es', c.es, 4)) as l(lang, n, ord)
      where l.n > 0
    union all
    select 'recurring', b.recurring::text, '{}'::jsonb, count(*)::int, case when b.recurring then 0 else 1 end
      from base b where ${passes('recurring')} group by b.recurring
    union all
    select 'published', b.published::text, '{}'::jsonb, count(*)::int, case when b.published then 0 else 1 end
      from base b where ${passes('published')} group by b.published
    union all
    select ${facetOfVocabulary}, t.id::text, ${NUMBERED_NAME}, c.n, t.sort
      from (select vocabulary, root_id, n, row_number() over (partition by vocabulary order by n desc, root_id) as rank
            from (select vocabulary, root_id, count(*)::int as n
                  from (select distinct x.vocabulary, x.root_id, b.id
                        from base b
                        join recommendation_terms rt on rt.recommendation_id = b.id
                        join term_tree x on x.term_id = rt.term_id
                        where ${termPasses}) tagged
                  group by 1, 2) counted) c
      join terms t on t.id = c.root_id
      where c.rank <= ${LONG_FACET_LIMIT}
    union all
    select 'institution', i.id::text, i.name, c.n, 0
      from (select a.institution_id, count(*)::int as n
            from base b join assignments a on a.recommendation_id = b.id and a.ended_at is null
            where ${passes('institution')}
            group by 1 order by 2 desc, 1 limit ${LONG_FACET_LIMIT}) c
      join institutions i on i.id = c.institution_id
    union all
    select 'state', k.iso2, k.name, c.n, 0
      from (select s.country_iso2, count(*)::int as n
            from base b join recommendation_states s on s.recommendation_id = b.id
            where ${passes('state')}
            group by 1 order by 2 desc, 1 limit ${LONG_FACET_LIMIT}) c
      join countries k on k.iso2 = c.country_iso2`,
  );

  const facets = Object.fromEntries(RECOMMENDATION_FACETS.map((f) => [f, [] as FacetBucket[]])) as Record<
    RecommendationFacet,
    FacetBucket[]
  >;
  let total = 0;
  for (const row of rows) {
    if (row.facet === 'total') total = row.count;
    else facets[row.facet].push({ value: row.value ?? '', label: row.label ?? {}, count: row.count });
  }
  sortBuckets(facets, rows, lang);
  return { total, facets };
}

const labelIn = (lang: ContentLang) => (b: FacetBucket) => pickText(b.label, lang)?.text ?? b.value;

/** Vocabularies in their defined order, reference data in its admin-set order, long lists by count. */
function sortBuckets(
  facets: Record<RecommendationFacet, FacetBucket[]>,
  rows: FacetRow[],
  lang: ContentLang,
): void {
  const label = labelIn(lang);
  const ord = new Map(rows.map((r) => [`${r.facet}:${r.value}`, Number(r.ord)]));
  const byOrd = (facet: RecommendationFacet) => (a: FacetBucket, b: FacetBucket) =>
    (ord.get(`${facet}:${a.value}`) ?? 0) - (ord.get(`${facet}:${b.value}`) ?? 0) ||
    label(a).localeCompare(label(b), lang);
  const byList = (list: readonly string[]) => (a: FacetBucket, b: FacetBucket) =>
    list.indexOf(a.value) - list.indexOf(b.value);
  const byCount = (a: FacetBucket, b: FacetBucket) =>
    b.count - a.count || label(a).localeCompare(label(b), lang);
  facets.mechanism.sort(byOrd('mechanism'));
  for (const [facet] of TERM_FACETS) facets[facet].sort(byOrd(facet));
  facets.cycle.sort(byOrd('cycle'));
  facets.language.sort(byOrd('language'));
  facets.recurring.sort(byOrd('recurring'));
  facets.published.sort(byOrd('published'));
  facets.position.sort(byList(POSITIONS));
  facets.status.sort(byList(IMPLEMENTATION_STATUSES));
  facets.institution.sort(byCount);
  facets.state.sort(byCount);
}

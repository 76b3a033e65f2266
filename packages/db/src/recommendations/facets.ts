import {
  type ContentLang,
  type FacetBucket,
  IMPLEMENTATION_STATUSES,
  type LocalizedText,
  POSITIONS,
  pickText,
  RECOMMENDATION_FACETS,
  type RecommendationFacet,
} from '@tatabbu/domain';
import { and, type SQL, sql } from 'drizzle-orm';
import { queryRows } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';
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

/**
 * Total and every facet in one statement. `base` holds the rows passing the scope, the text search
 * and the facet-less filters, with one flag per facet filter; each facet counts the rows whose
 * flags other than its own are all true.
 */
export async function countFacets(
  db: Db | Tx,
  filters: CompiledFilters,
  lang: ContentLang,
): Promise<{ total: number; facets: Record<RecommendationFacet, FacetBucket[]> }> {
  const flag = (facet: RecommendationFacet) => sql.raw(`ok_${facet}`);
  const flags = RECOMMENDATION_FACETS.map(
    (facet) => sql`${filters.facets[facet] ?? sql`true`} as ${flag(facet)}`,
  );
  const passes = (except?: RecommendationFacet): SQL =>
    and(...RECOMMENDATION_FACETS.filter((f) => f !== except).map((f) => sql`b.${flag(f)}`)) ?? sql`true`;

  const rows = await queryRows<FacetRow>(
    db,
    sql`with recursive
      base as materialized (
        select r.id, r.mechanism_id, r.position, r.status, ${sql.join(flags, sql`, `)}
        from recommendations r
        where ${and(...filters.base) ?? sql`true`}),
      axis_tree(axis_id, term_id) as (
        select id, id from terms where vocabulary = 'axis'
        union
        select a.axis_id, t.id from axis_tree a join terms t on t.parent_id = a.term_id)
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
    select 'axis', t.id::text, t.name, c.n, t.sort
      from (select x.axis_id, count(distinct b.id)::int as n
            from base b
            join recommendation_terms rt on rt.recommendation_id = b.id
            join axis_tree x on x.term_id = rt.term_id
            where ${passes('axis')} group by 1) c
      join terms t on t.id = c.axis_id
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
  facets.axis.sort(byOrd('axis'));
  facets.position.sort(byList(POSITIONS));
  facets.status.sort(byList(IMPLEMENTATION_STATUSES));
  facets.institution.sort(byCount);
  facets.state.sort(byCount);
}

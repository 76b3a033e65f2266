import {
  chartFilters,
  type DashboardChart,
  type DashboardDimension,
  type DashboardRow,
  type ImplementationStatus,
  type LocalizedText,
  POSITIONS,
  type RecommendationFilters,
  type RecommendationScope,
  type Vocabulary,
} from '@tatabbu/domain';
import { type SQL, sql } from 'drizzle-orm';
import { isUuid, queryRows } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';
import { sqlList } from '../recommendations/conditions.js';
import { NUMBERED_NAME } from '../recommendations/facets.js';
import { allConditions, compileFilters } from '../recommendations/filters.js';

/** Institutions can number in the hundreds; a chart shows the busiest. */
const INSTITUTION_LIMIT = 30;

/** The vocabulary whose terms are a term dimension's rows, and the vocabularies of its filter family. */
const TERM_VOCABULARIES: Partial<Record<DashboardDimension, { root: Vocabulary; family: Vocabulary[] }>> = {
  axis: { root: 'axis', family: ['axis', 'subaxis'] },
  sdg: { root: 'sdg_goal', family: ['sdg_goal', 'sdg_target', 'sdg_indicator'] },
  theme: { root: 'uhri_theme', family: ['uhri_theme'] },
};

interface CellRow {
  value: string;
  label: LocalizedText | null;
  ord: number;
  status: ImplementationStatus | null;
  n: number;
}

/**
 * One statement per dimension: count the selected recommendations by the dimension's value and
 * status, exactly as the list's filter for that value selects them (see `compileFilters`).
 */
function cellsQuery(dimension: DashboardDimension, where: SQL, status: SQL): SQL {
  const terms = TERM_VOCABULARIES[dimension];
  if (terms) {
    // A root term counts the recommendations tagged with it or a descendant, once each.
    return sql`with recursive tree(root_id, term_id) as (
        select id, id from terms where vocabulary = ${terms.root}
        union select x.root_id, t.id from tree x join terms t on t.parent_id = x.term_id)
      select t.id::text as value, ${NUMBERED_NAME} as label, t.sort as ord, c.status, c.n
      from (select d.root_id, ${status} as status, count(*)::int as n
            -- The tags under the vocabulary's roots first (one per recommendation and root), then
            -- the recommendations they belong to: the wide rows are never scanned whole.
            from (select distinct x.root_id, rt.recommendation_id
                  from tree x join recommendation_terms rt on rt.term_id = x.term_id) d
            join recommendations r on r.id = d.recommendation_id
            where ${where}
            group by 1, 2) c
      join terms t on t.id = c.root_id`;
  }
  switch (dimension) {
    case 'mechanism':
      return sql`select m.code as value, m.name as label, m.sort as ord, c.status, c.n
        from (select r.mechanism_id, ${status} as status, count(*)::int as n from recommendations r
              where ${where} group by 1, 2) c
        join mechanisms m on m.id = c.mechanism_id`;
    case 'cycle':
      return sql`select v.cycle::text as value, null::jsonb as label, v.cycle as ord, ${status} as status, count(*)::int as n
        from recommendations r join reviews v on v.id = r.review_id
        where v.cycle is not null and ${where} group by v.cycle, ${status}`;
    case 'position':
      return sql`select r.position as value, null::jsonb as label, 0 as ord, ${status} as status, count(*)::int as n
        from recommendations r where r.position is not null and ${where} group by r.position, ${status}`;
    default:
      // institution: every current assignment, lead or contributing, as the list's filter.
      return sql`select i.id::text as value, i.name as label, 0 as ord, c.status, c.n
        from (select a.institution_id, ${status} as status, count(*)::int as n
              from recommendations r join assignments a on a.recommendation_id = r.id and a.ended_at is null
              where ${where} group by 1, 2) c
        join institutions i on i.id = c.institution_id`;
  }
}

/** Rows in the vocabulary's or the reference data's order; institutions by how much they hold. */
function orderRows(dimension: DashboardDimension, rows: (DashboardRow & { ord: number })[]): DashboardRow[] {
  if (dimension === 'institution') {
    rows.sort((a, b) => b.total - a.total || a.value.localeCompare(b.value));
    rows.splice(INSTITUTION_LIMIT);
  } else if (dimension === 'position') {
    rows.sort(
      (a, b) =>
        POSITIONS.indexOf(a.value as (typeof POSITIONS)[number]) - POSITIONS.indexOf(b.value as never),
    );
  } else rows.sort((a, b) => a.ord - b.ord || a.value.localeCompare(b.value));
  return rows.map(({ ord: _ord, ...row }) => row);
}

/** Term ids of the query that belong to the dimension's family: the chart leaves them out. */
async function familyTerms(db: Db | Tx, dimension: DashboardDimension, picked: readonly string[]) {
  const terms = TERM_VOCABULARIES[dimension];
  const ids = picked.filter(isUuid);
  if (!terms || ids.length === 0) return [];
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select id::text as id from terms where id in ${sqlList(ids)} and vocabulary in ${sqlList(terms.family)}`,
  );
  const found = new Set(rows.map((r) => r.id));
  return picked.filter((id) => found.has(id));
}

/** The status of the selection crossed with one dimension (see `chartFilters` for what it ignores). */
export async function dimensionChart(
  db: Db | Tx,
  scope: RecommendationScope,
  filters: RecommendationFilters,
  dimension: DashboardDimension,
): Promise<DashboardChart> {
  const ignoredTerms = await familyTerms(db, dimension, filters.term);
  const compiled = await compileFilters(db, scope, chartFilters(filters, dimension, ignoredTerms));
  const cells = await queryRows<CellRow>(db, cellsQuery(dimension, allConditions(compiled), compiled.status));
  const rows = new Map<string, DashboardRow & { ord: number }>();
  for (const cell of cells) {
    let row = rows.get(cell.value);
    if (!row) {
      row = { value: cell.value, label: cell.label ?? {}, total: 0, byStatus: {}, ord: Number(cell.ord) };
      rows.set(cell.value, row);
    }
    row.total += cell.n;
    if (cell.status) row.byStatus[cell.status] = cell.n;
  }
  return { dimension, ignoredTerms, rows: orderRows(dimension, [...rows.values()]) };
}

import type {
  ContentLang,
  RecommendationList,
  RecommendationListQuery,
  RecommendationScope,
} from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import { queryRows } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';
import { loadRelated, SUMMARY_JOINS, type SummaryRow, summaryColumns, toSummary } from './details.js';
import { countFacets } from './facets.js';
import { allConditions, compileFilters } from './filters.js';
import { orderBy } from './sort.js';

/**
 * One page of the recommendations `scope` may see, with the total and the facet counts. Filtering,
 * counting, sorting and paging all happen in the database; only the page's rows are read.
 */
export async function listRecommendations(
  db: Db | Tx,
  scope: RecommendationScope,
  query: RecommendationListQuery,
  lang: ContentLang,
): Promise<RecommendationList> {
  const filters = await compileFilters(db, scope, query);
  const q = query.q?.trim() || undefined;
  const [counted, rows] = await Promise.all([
    countFacets(db, filters, query.lang ?? lang),
    queryRows<SummaryRow>(
      db,
      sql`select ${summaryColumns(scope)}
          from recommendations r ${SUMMARY_JOINS}
          where ${allConditions(filters)}
          order by ${orderBy(query.sort, q)}
          limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
    ),
  ]);
  const related = await loadRelated(
    db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((row) => toSummary(row, related.get(row.id))),
    total: counted.total,
    page: query.page,
    pageSize: query.pageSize,
    facets: counted.facets,
  };
}

import type { ImplementationStatus, RecommendationFilters, RecommendationScope } from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import { queryRows } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';
import { allConditions, compileFilters } from '../recommendations/filters.js';

/** How many recommendations the list would show for these filters (its `total`). */
export async function countSelected(
  db: Db | Tx,
  scope: RecommendationScope,
  filters: RecommendationFilters,
): Promise<number> {
  const compiled = await compileFilters(db, scope, filters);
  const rows = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from recommendations r where ${allConditions(compiled)}`,
  );
  return rows[0]?.n ?? 0;
}

/** The selection by status, its status filter ignored: each count opens with `status=<value>`. */
export async function countByStatus(
  db: Db | Tx,
  scope: RecommendationScope,
  filters: RecommendationFilters,
): Promise<Partial<Record<ImplementationStatus, number>>> {
  const compiled = await compileFilters(db, scope, { ...filters, status: [] });
  const rows = await queryRows<{ status: ImplementationStatus; n: number }>(
    db,
    sql`select ${compiled.status} as status, count(*)::int as n from recommendations r
        where ${compiled.status} is not null and ${allConditions(compiled)} group by 1`,
  );
  return Object.fromEntries(rows.map((row) => [row.status, row.n]));
}

/** The public sees a change made by an update once the update is published (as its status). */
const publicChange = (scope: RecommendationScope) =>
  scope.kind === 'published'
    ? sql`(sc.update_id is null or exists (select 1 from progress_updates u
          where u.id = sc.update_id and u.status = 'published'))`
    : sql`true`;

/**
 * Changes of official status per calendar quarter (UTC) of the selected recommendations, by the
 * status reached. A flow over time, not a set of recommendations: it has no list behind it.
 */
export async function statusTrend(
  db: Db | Tx,
  scope: RecommendationScope,
  filters: RecommendationFilters,
): Promise<{ quarter: string; byStatus: Partial<Record<ImplementationStatus, number>> }[]> {
  const compiled = await compileFilters(db, scope, filters);
  const rows = await queryRows<{ quarter: string; status: ImplementationStatus; n: number }>(
    db,
    sql`select to_char(date_trunc('quarter', sc.at at time zone 'UTC'), 'YYYY-"Q"Q') as quarter,
          sc.to_status as status, count(*)::int as n
        from status_changes sc join recommendations r on r.id = sc.recommendation_id
        where ${allConditions(compiled)} and ${publicChange(scope)}
        group by 1, 2 order by 1, 2`,
  );
  const quarters = new Map<string, Partial<Record<ImplementationStatus, number>>>();
  for (const row of rows) {
    const byStatus = quarters.get(row.quarter) ?? {};
    byStatus[row.status] = row.n;
    quarters.set(row.quarter, byStatus);
  }
  return [...quarters].map(([quarter, byStatus]) => ({ quarter, byStatus }));
}

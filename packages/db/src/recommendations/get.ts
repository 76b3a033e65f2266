import type { Recommendation, RecommendationScope } from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import { isoTimestamp, isUuid, queryRows } from '../audit/sql.js';
import { reads } from '../concurrent-reads.js';
import type { Db, Tx } from '../connection.js';
import { scopeCondition } from './conditions.js';
import { loadRelated, SUMMARY_JOINS, type SummaryRow, summaryColumns, toSummary } from './details.js';

interface RecordRow extends SummaryRow {
  status_date: string | null;
  created_at: string;
  updated_at: string;
  version: number;
  action_level: number | null;
}

/**
 * One recommendation with its history fields, or null when it does not exist or lies outside
 * `scope` (the API answers 404 to both, so that hidden records do not reveal themselves).
 */
export async function getRecommendation(
  db: Db | Tx,
  scope: RecommendationScope,
  id: string,
): Promise<Recommendation | null> {
  if (!isUuid(id)) return null;
  const [row] = await queryRows<RecordRow>(
    db,
    sql`select ${summaryColumns(scope)},
          ${isoTimestamp(sql`r.created_at`)} as created_at, ${isoTimestamp(sql`r.updated_at`)} as updated_at, r.version,
          r.action_level
        from recommendations r ${SUMMARY_JOINS}
        where r.id = ${id} and ${scopeCondition(scope)}`,
  );
  if (!row) return null;
  const [related, recurrences] = await reads(
    db,
    () => loadRelated(db, [id]),
    () => loadRecurrences(db, scope, id),
  );
  return {
    ...toSummary(row, related.get(id)),
    statusDate: row.status_date,
    recurrences,
    actionLevel: row.action_level,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

/** Links in both directions, to recommendations the same scope may see. */
async function loadRecurrences(
  db: Db | Tx,
  scope: RecommendationScope,
  id: string,
): Promise<Recommendation['recurrences']> {
  return queryRows<Recommendation['recurrences'][number]>(
    db,
    sql`select o.id, o.key, l.kind, m.code as "mechanismCode", max(l.similarity) as similarity
        from recommendation_links l
        join recommendations o on o.id = case when l.from_id = ${id} then l.to_id else l.from_id end
        join mechanisms m on m.id = o.mechanism_id
        where (l.from_id = ${id} or l.to_id = ${id}) and o.id <> ${id} and ${scopeCondition(scope, 'o')}
        group by o.id, o.key, l.kind, m.code
        order by o.key, l.kind`,
  );
}

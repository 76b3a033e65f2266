import type { RecommendationFilters, RecommendationScope, RecommendationSummary } from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import { queryRows } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';
import { loadRelated, SUMMARY_JOINS, type SummaryRow, summaryColumns, toSummary } from './details.js';
import { allConditions, compileFilters } from './filters.js';

/** One recommendation as exported: the list's summary plus what the exchange format carries. */
export interface ExportRecommendation extends RecommendationSummary {
  externalRef: string | null;
  stateUnderReview: string | null;
  actionLevel: number | null;
  statusDate: string | null;
  confidential: boolean;
  session: number | null;
}

interface ExportRow extends SummaryRow {
  key_sort: string;
  mechanism_sort: number;
  external_ref: string | null;
  state_iso2: string | null;
  action_level: number | null;
  status_date: string | null;
  confidential: boolean;
  review_session: number | null;
}

/** Rows per batch: a few MB of text at most, whatever the size of the export. */
export const EXPORT_BATCH_SIZE = 2000;

/**
 * Every recommendation `scope` may see that passes `filters`, in batches, in the natural order of
 * keys (mechanism, then document and paragraph). Keyset paging: each batch starts after the last
 * row of the previous one, so the cost per batch stays flat and no more than one batch is in memory.
 */
export async function* exportRecommendationBatches(
  db: Db | Tx,
  scope: RecommendationScope,
  filters: RecommendationFilters,
  batchSize = EXPORT_BATCH_SIZE,
): AsyncGenerator<ExportRecommendation[]> {
  const where = allConditions(await compileFilters(db, scope, filters));
  let after: ExportRow | undefined;
  for (;;) {
    const rows: ExportRow[] = await queryRows<ExportRow>(
      db,
      sql`select ${summaryColumns(scope)}, r.key_sort, m.sort as mechanism_sort, r.external_ref, r.state_iso2,
            r.action_level, r.confidential, rv.session as review_session
          from recommendations r ${SUMMARY_JOINS}
          where ${where}
          ${
            after
              ? sql`and (m.sort, m.code, r.key_sort collate "C", r.id)
                  > (${after.mechanism_sort}::int, ${after.mechanism_code}::text, ${after.key_sort}::text collate "C", ${after.id}::uuid)`
              : sql``
          }
          order by m.sort, m.code, r.key_sort collate "C", r.id
          limit ${batchSize}`,
    );
    if (rows.length === 0) return;
    const related = await loadRelated(
      db,
      rows.map((r) => r.id),
    );
    yield rows.map((row) => ({
      ...toSummary(row, related.get(row.id)),
      externalRef: row.external_ref,
      stateUnderReview: row.state_iso2,
      actionLevel: row.action_level,
      statusDate: row.status_date,
      confidential: row.confidential,
      session: row.review_session,
    }));
    if (rows.length < batchSize) return;
    after = rows.at(-1);
  }
}

import type {
  ImplementationStatus,
  LocalizedText,
  RecommendationFilters,
  RecommendationScope,
} from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import { isoTimestamp, queryRows } from '../audit/sql.js';
import { reads } from '../concurrent-reads.js';
import type { Db, Tx } from '../connection.js';
import { followUpScope, updateVisible } from '../followup/scope.js';
import { sqlList } from '../recommendations/conditions.js';
import { type ExportRecommendation, exportRecommendationBatches } from '../recommendations/export-rows.js';
import { allConditions, compileFilters } from '../recommendations/filters.js';

/** The narrative columns as localised text (languages not written are left out). */
const narrativeOf = (row: {
  narrative_ar: string | null;
  narrative_fr: string | null;
  narrative_en: string | null;
}): LocalizedText => ({
  ...(row.narrative_ar ? { ar: row.narrative_ar } : {}),
  ...(row.narrative_fr ? { fr: row.narrative_fr } : {}),
  ...(row.narrative_en ? { en: row.narrative_en } : {}),
});

/** The columns of a progress update (aliased `u`) that documents quote, for `toDocumentUpdate`. */
export const UPDATE_COLUMNS = sql`u.recommendation_id, u.narrative_ar, u.narrative_fr, u.narrative_en,
  u.proposed_status, u.progress, u.period_start::text as period_start, u.period_end::text as period_end,
  ${isoTimestamp(sql`u.validated_at`)} as validated_at`;

export interface UpdateRow {
  recommendation_id: string;
  narrative_ar: string | null;
  narrative_fr: string | null;
  narrative_en: string | null;
  proposed_status: ImplementationStatus | null;
  progress: number | null;
  period_start: string | null;
  period_end: string | null;
  validated_at: string | null;
}

/** A validated (or published) update as documents quote it. */
export interface DocumentUpdate {
  recommendationId: string;
  institution: LocalizedText;
  roundTitle: LocalizedText;
  /** The narrative in the languages it was written in. */
  narrative: LocalizedText;
  proposedStatus: ImplementationStatus | null;
  progress: number | null;
  periodStart: string | null;
  periodEnd: string | null;
  validatedAt: string | null;
}

export const toDocumentUpdate = (
  row: UpdateRow,
  institution: LocalizedText,
  roundTitle: LocalizedText,
): DocumentUpdate => ({
  recommendationId: row.recommendation_id,
  institution,
  roundTitle,
  narrative: narrativeOf(row),
  proposedStatus: row.proposed_status,
  progress: row.progress,
  periodStart: row.period_start,
  periodEnd: row.period_end,
  validatedAt: row.validated_at,
});

export interface DocumentMeasureRef {
  number: string;
  name: LocalizedText;
  planCode: string;
}

/** A recommendation with what the documents add: its validated updates (newest first) and measures. */
export interface DocumentRecommendation extends ExportRecommendation {
  updates: DocumentUpdate[];
  measures: DocumentMeasureRef[];
}

/**
 * The validated and published updates of these recommendations that `scope` may read, newest
 * validation first: the first one carries the "latest validated narrative".
 */
export async function validatedUpdatesOf(
  db: Db | Tx,
  scope: RecommendationScope,
  recommendationIds: readonly string[],
): Promise<Map<string, DocumentUpdate[]>> {
  const result = new Map<string, DocumentUpdate[]>(recommendationIds.map((id) => [id, []]));
  if (recommendationIds.length === 0) return result;
  const rows = await queryRows<UpdateRow & { institution: LocalizedText; round_title: LocalizedText }>(
    db,
    sql`select ${UPDATE_COLUMNS}, i.name as institution, ro.title as round_title
        from progress_updates u join institutions i on i.id = u.institution_id join rounds ro on ro.id = u.round_id
        where u.recommendation_id in ${sqlList(recommendationIds)} and u.status in ('validated', 'published')
          and ${updateVisible(followUpScope(scope))}
        order by u.validated_at desc nulls last, u.id`,
  );
  for (const row of rows) {
    result.get(row.recommendation_id)?.push(toDocumentUpdate(row, row.institution, row.round_title));
  }
  return result;
}

/** The action-plan measures linked to these recommendations (published plans only for non-staff). */
export async function measuresOf(
  db: Db | Tx,
  scope: RecommendationScope,
  recommendationIds: readonly string[],
): Promise<Map<string, DocumentMeasureRef[]>> {
  const result = new Map<string, DocumentMeasureRef[]>(recommendationIds.map((id) => [id, []]));
  if (recommendationIds.length === 0) return result;
  const rows = await queryRows<{
    recommendation_id: string;
    number: string;
    name: LocalizedText;
    code: string;
  }>(
    db,
    sql`select mr.recommendation_id, m.number, m.name, p.code
        from measure_recommendations mr join measures m on m.id = mr.measure_id join action_plans p on p.id = m.plan_id
        where mr.recommendation_id in ${sqlList(recommendationIds)}
          ${scope.kind === 'all' ? sql`` : sql`and p.published`}
        order by p.code, m.sort, m.number`,
  );
  for (const row of rows)
    result.get(row.recommendation_id)?.push({ number: row.number, name: row.name, planCode: row.code });
  return result;
}

/** How many recommendations the documents of this query will hold (for the progress bar). */
export async function countDocumentRecommendations(
  db: Db | Tx,
  scope: RecommendationScope,
  filters: RecommendationFilters,
): Promise<number> {
  const where = allConditions(await compileFilters(db, scope, filters));
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from recommendations r where ${where}`,
  );
  return row?.n ?? 0;
}

/**
 * The recommendations of the list's query, in the exports' batches (same scope, same filters, same
 * order), each with its validated updates and measures.
 */
export async function* documentRecommendationBatches(
  db: Db | Tx,
  scope: RecommendationScope,
  filters: RecommendationFilters,
  batchSize?: number,
): AsyncGenerator<DocumentRecommendation[]> {
  for await (const batch of exportRecommendationBatches(db, scope, filters, batchSize)) {
    const ids = batch.map((r) => r.id);
    const [updates, measures] = await reads(
      db,
      () => validatedUpdatesOf(db, scope, ids),
      () => measuresOf(db, scope, ids),
    );
    yield batch.map((r) => ({ ...r, updates: updates.get(r.id) ?? [], measures: measures.get(r.id) ?? [] }));
  }
}

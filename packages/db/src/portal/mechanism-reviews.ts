import type { MechanismReviews, RecommendationScope } from '@tatabbu/domain';
import { recommendationFiltersSchema } from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import { queryRows } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';
import { allConditions, compileFilters } from '../recommendations/filters.js';

interface ReviewRow {
  id: string;
  title: MechanismReviews['items'][number]['title'];
  cycle: number | null;
  session: number | null;
  start_date: string | null;
  end_date: string | null;
  documents: { symbol: string; date: string | null }[] | null;
  count: number;
}

/**
 * A mechanism and its reviews (UPR cycles, treaty-body examinations, visits), newest first, each
 * with the number of recommendations the scope may see — the list's own scope and filter
 * (`mechanism`), so a review with nothing visible is left out. Null for an unknown mechanism.
 */
export async function listMechanismReviews(
  db: Db | Tx,
  scope: RecommendationScope,
  code: string,
): Promise<MechanismReviews | null> {
  const [mechanism] = await queryRows<MechanismReviews['mechanism']>(
    db,
    sql`select code, type, name from mechanisms where code = ${code}`,
  );
  if (!mechanism) return null;
  const compiled = await compileFilters(db, scope, recommendationFiltersSchema.parse({ mechanism: code }));
  const rows = await queryRows<ReviewRow>(
    db,
    sql`select v.id, v.title, v.cycle, v.session, v.start_date::text as start_date,
          v.end_date::text as end_date, c.n as count,
          (select jsonb_agg(jsonb_build_object('symbol', d.symbol, 'date', d.date::text) order by d.date, d.symbol)
             from source_documents d where d.review_id = v.id) as documents
        from (select r.review_id, count(*)::int as n from recommendations r
              where ${allConditions(compiled)} and r.review_id is not null group by 1) c
        join reviews v on v.id = c.review_id
        order by v.cycle desc nulls last, v.start_date desc nulls last,
          (select max(d.date) from source_documents d where d.review_id = v.id) desc nulls last`,
  );
  return {
    mechanism,
    items: rows.map((row) => ({
      id: row.id,
      title: row.title ?? {},
      cycle: row.cycle,
      session: row.session,
      startDate: row.start_date,
      endDate: row.end_date,
      documents: row.documents ?? [],
      count: Number(row.count),
    })),
  };
}

import { type SQL, sql } from 'drizzle-orm';
import { queryRows } from '../audit/sql.js';
import type { Tx } from '../connection.js';
import { reviews } from '../schema/index.js';
import { SCALAR_FIELDS } from './fields.js';
import type { ImportPlan, PlannedRow } from './plan.js';
import { type ReviewRef, reviewKey } from './resolve.js';

const BATCH = 1000;

/** Runs `statement` once per batch of rows, passing the batch as one JSON parameter. */
async function inBatches<T>(tx: Tx, rows: T[], statement: (json: string) => SQL): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH)
    await tx.execute(statement(JSON.stringify(rows.slice(i, i + BATCH))));
}

/** Reviews the written rows point to, created when missing; review key → id. */
async function ensureReviews(tx: Tx, rows: PlannedRow[]): Promise<Map<string, string>> {
  const wanted = new Map<string, ReviewRef>();
  for (const p of rows) if (p.next.review) wanted.set(reviewKey(p.next.review), p.next.review);
  const ids = new Map<string, string>();
  if (!wanted.size) return ids;
  const existing = await queryRows<{
    id: string;
    mechanism_id: string;
    state_iso2: string | null;
    cycle: number | null;
    session: number | null;
  }>(
    tx,
    sql`select id, mechanism_id, state_iso2, cycle, session from reviews
        where mechanism_id in (select (jsonb_array_elements_text(${JSON.stringify([...new Set([...wanted.values()].map((r) => r.mechanismId))])}::jsonb))::uuid)
        order by created_at, id`,
  );
  for (const r of existing) {
    const key = reviewKey({
      mechanismId: r.mechanism_id,
      stateIso2: r.state_iso2,
      cycle: r.cycle,
      session: r.session,
    });
    if (!ids.has(key)) ids.set(key, r.id);
  }
  const missing = [...wanted].filter(([key]) => !ids.has(key));
  for (let i = 0; i < missing.length; i += BATCH) {
    const created = await tx
      .insert(reviews)
      .values(missing.slice(i, i + BATCH).map(([, r]) => r))
      .returning();
    for (const r of created) ids.set(reviewKey(r), r.id);
  }
  return ids;
}

/**
 * Source documents by symbol, created when missing (with their date and review); symbol → id. A
 * known document without a date takes the one a file gives (never replacing a date it has), so
 * an exchange file's document dates are not lost on documents another source created first.
 */
async function ensureDocuments(
  tx: Tx,
  rows: PlannedRow[],
  reviewIds: Map<string, string>,
): Promise<Map<string, string>> {
  const wanted = new Map<string, { symbol: string; date: string | null; review_id: string | null }>();
  for (const p of rows) {
    if (!p.next.document || wanted.has(p.next.document.symbol)) continue;
    const reviewId = p.next.review ? (reviewIds.get(reviewKey(p.next.review)) ?? null) : null;
    wanted.set(p.next.document.symbol, { ...p.next.document, review_id: reviewId });
  }
  const ids = new Map<string, string>();
  if (!wanted.size) return ids;
  const list = [...wanted.values()];
  await inBatches(
    tx,
    list,
    (json) => sql`insert into source_documents (symbol, date, review_id)
      select x.symbol, x.date, x.review_id from jsonb_to_recordset(${json}::jsonb) as x(symbol text, date date, review_id uuid)
      on conflict (symbol) do update set date = excluded.date
        where source_documents.date is null and excluded.date is not null`,
  );
  const found = await queryRows<{ id: string; symbol: string }>(
    tx,
    sql`select id, symbol from source_documents
        where symbol in (select jsonb_array_elements_text(${JSON.stringify(list.map((d) => d.symbol))}::jsonb))`,
  );
  for (const d of found) ids.set(d.symbol, d.id);
  return ids;
}

const COLUMNS = [
  ...SCALAR_FIELDS.map((f) => ({ column: f.column, type: f.type })),
  { column: 'status_origin', type: 'text' },
  { column: 'review_id', type: 'uuid' },
  { column: 'source_document_id', type: 'uuid' },
  { column: 'import_id', type: 'uuid' },
];
const recordsetType = sql.raw(
  `x(id uuid, key text, created_by uuid, ${COLUMNS.map((c) => `${c.column} ${c.type}`).join(', ')})`,
);

/**
 * Writes a plan inside the caller's transaction: reviews and documents found or created, new
 * records inserted and changed ones updated (version bumped), recommending States, terms and
 * recurrence links replaced where they changed. Every statement takes a batch of rows.
 */
export async function writePlan(
  tx: Tx,
  plan: ImportPlan,
  importId: string,
  actorId: string | null,
): Promise<void> {
  const rows = plan.planned.filter((p) => p.outcome !== 'unchanged');
  if (!rows.length) return;
  const reviewIds = await ensureReviews(tx, rows);
  const documentIds = await ensureDocuments(tx, rows, reviewIds);

  const recordOf = (p: PlannedRow) => {
    const record: Record<string, unknown> = {
      id: p.id,
      key: p.key,
      created_by: actorId,
      import_id: importId,
    };
    for (const f of SCALAR_FIELDS) record[f.column] = p.next.values[f.name] ?? null;
    record.status_origin = p.resolved.record.status !== undefined ? 'import' : null;
    record.review_id = p.next.review
      ? (reviewIds.get(reviewKey(p.next.review)) ?? null)
      : (p.stored?.reviewId ?? null);
    record.source_document_id = p.next.document ? (documentIds.get(p.next.document.symbol) ?? null) : null;
    return record;
  };
  const columns = COLUMNS.map((c) => c.column);
  const inserted = rows.filter((p) => p.outcome === 'new');
  await inBatches(
    tx,
    inserted.map(recordOf),
    (json) => sql`insert into recommendations (id, key, created_by, ${sql.raw(columns.join(', '))})
      select x.id, x.key, x.created_by, ${sql.raw(columns.map((c) => `x.${c}`).join(', '))}
      from jsonb_to_recordset(${json}::jsonb) as ${recordsetType}`,
  );
  const updated = rows.filter((p) => p.outcome === 'updated');
  await inBatches(
    tx,
    updated.map(recordOf),
    (json) => sql`update recommendations r set
        ${sql.raw(
          columns
            .filter((c) => c !== 'status_origin')
            .map((c) => `${c} = x.${c}`)
            .join(', '),
        )},
        status_origin = coalesce(x.status_origin, r.status_origin),
        version = r.version + 1, updated_at = now()
      from jsonb_to_recordset(${json}::jsonb) as ${recordsetType}
      where r.id = x.id`,
  );

  const touches = (p: PlannedRow, change: string) => p.outcome === 'new' || p.changes.includes(change);
  const withStates = rows.filter((p) => touches(p, 'recommendingStates'));
  await inBatches(
    tx,
    withStates.filter((p) => p.outcome === 'updated').map((p) => ({ id: p.id })),
    (json) => sql`delete from recommendation_states s using jsonb_to_recordset(${json}::jsonb) as x(id uuid)
      where s.recommendation_id = x.id`,
  );
  await inBatches(
    tx,
    withStates.flatMap((p) => p.next.states.map((iso2) => ({ id: p.id, iso2 }))),
    (json) => sql`insert into recommendation_states (recommendation_id, country_iso2)
      select x.id, x.iso2 from jsonb_to_recordset(${json}::jsonb) as x(id uuid, iso2 text) on conflict do nothing`,
  );

  const withTerms = rows.filter((p) => touches(p, 'terms'));
  await inBatches(
    tx,
    withTerms.filter((p) => p.outcome === 'updated').map((p) => ({ id: p.id, terms: p.next.termIds })),
    (
      json,
    ) => sql`delete from recommendation_terms t using jsonb_to_recordset(${json}::jsonb) as x(id uuid, terms jsonb)
      where t.recommendation_id = x.id and not (x.terms ? t.term_id::text)`,
  );
  await inBatches(
    tx,
    withTerms.flatMap((p) => p.next.termIds.map((termId) => ({ id: p.id, term: termId }))),
    (json) => sql`insert into recommendation_terms (recommendation_id, term_id)
      select x.id, x.term from jsonb_to_recordset(${json}::jsonb) as x(id uuid, term uuid) on conflict do nothing`,
  );

  // The recurrence links of every written record are those the plan found (as the preview showed).
  const relinked = rows;
  await inBatches(
    tx,
    relinked.filter((p) => p.outcome === 'updated').map((p) => ({ id: p.id })),
    (json) => sql`delete from recommendation_links l using jsonb_to_recordset(${json}::jsonb) as x(id uuid)
      where l.from_id = x.id and l.kind = 'recurring'`,
  );
  await inBatches(
    tx,
    relinked.flatMap((p) =>
      p.recurrence ? [{ from: p.id, to: p.recurrence.id, similarity: p.recurrence.similarity }] : [],
    ),
    (json) => sql`insert into recommendation_links (from_id, to_id, kind, similarity)
      select x."from", x."to", 'recurring', x.similarity
      from jsonb_to_recordset(${json}::jsonb) as x("from" uuid, "to" uuid, similarity real)
      on conflict do nothing`,
  );
}

import type { Vocabulary } from '@tatabbu/domain';
import { type SQL, sql } from 'drizzle-orm';
import { queryRows } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';
import { SCALAR_FIELDS, type Scalar } from './fields.js';
import type { ReviewRef } from './resolve.js';

/** What is stored for a key, in the shape the matcher compares. */
export interface StoredRecord {
  id: string;
  key: string;
  version: number;
  values: Record<string, Scalar>;
  reviewId: string | null;
  review: ReviewRef | null;
  documentId: string | null;
  documentSymbol: string | null;
  states: string[];
  terms: { id: string; vocabulary: Vocabulary }[];
}

interface Row {
  id: string;
  key: string;
  version: number;
  review_id: string | null;
  rv_mechanism: string | null;
  rv_state: string | null;
  rv_cycle: number | null;
  rv_session: number | null;
  source_document_id: string | null;
  symbol: string | null;
  states: string[] | string;
  terms: { id: string; vocabulary: Vocabulary }[] | string;
  [column: string]: unknown;
}

const json = <T>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);
/** Dates and numbers as the file gives them: 'YYYY-MM-DD' text, plain numbers. */
const columnSql = (column: string): SQL =>
  column.endsWith('date') ? sql.raw(`r.${column}::text as ${column}`) : sql.raw(`r.${column}`);

/**
 * The stored records with these keys, in one query (keys passed as one JSON array, not one query
 * per row). `lock` takes row locks so that a commit sees no concurrent change until it ends.
 */
export async function loadStored(
  db: Db | Tx,
  keys: string[],
  lock = false,
): Promise<Map<string, StoredRecord>> {
  const out = new Map<string, StoredRecord>();
  if (!keys.length) return out;
  const rows = await queryRows<Row>(
    db,
    sql`select r.id, r.key, r.version, r.review_id, r.source_document_id,
          ${sql.join(
            SCALAR_FIELDS.map((f) => columnSql(f.column)),
            sql`, `,
          )},
          rv.mechanism_id as rv_mechanism, rv.state_iso2 as rv_state, rv.cycle as rv_cycle, rv.session as rv_session,
          d.symbol,
          coalesce((select json_agg(s.country_iso2 order by s.country_iso2) from recommendation_states s
                    where s.recommendation_id = r.id), '[]'::json) as states,
          coalesce((select json_agg(json_build_object('id', t.id, 'vocabulary', t.vocabulary))
                    from recommendation_terms rt join terms t on t.id = rt.term_id
                    where rt.recommendation_id = r.id), '[]'::json) as terms
        from recommendations r
        left join reviews rv on rv.id = r.review_id
        left join source_documents d on d.id = r.source_document_id
        where r.key in (select jsonb_array_elements_text(${JSON.stringify(keys)}::jsonb))
        ${lock ? sql`for update of r` : sql``}`,
  );
  for (const row of rows) {
    const values: Record<string, Scalar> = {};
    for (const f of SCALAR_FIELDS) values[f.name] = (row[f.column] as Scalar | undefined) ?? null;
    out.set(row.key, {
      id: row.id,
      key: row.key,
      version: row.version,
      values,
      reviewId: row.review_id,
      review: row.rv_mechanism
        ? {
            mechanismId: row.rv_mechanism,
            stateIso2: row.rv_state,
            cycle: row.rv_cycle,
            session: row.rv_session,
          }
        : null,
      documentId: row.source_document_id,
      documentSymbol: row.symbol,
      states: json<string[]>(row.states),
      terms: json<{ id: string; vocabulary: Vocabulary }[]>(row.terms),
    });
  }
  return out;
}

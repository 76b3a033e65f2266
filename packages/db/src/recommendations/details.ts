import type {
  ContentLang,
  ImplementationStatus,
  LocalizedText,
  MechanismType,
  Position,
  RecommendationScope,
  RecommendationSummary,
  StatusOrigin,
  TermRef,
} from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import { queryRows } from '../audit/sql.js';
import { reads } from '../concurrent-reads.js';
import type { Db, Tx } from '../connection.js';
import { sqlList, statusDateOf, statusOf } from './conditions.js';

/**
 * Columns of one recommendation with its mechanism and source, shared by the list and the lookup;
 * the status (and its date, `status_date`) is the one the scope sees.
 */
export const summaryColumns = (scope: RecommendationScope) => sql`r.id, r.key, r.paragraph, r.text_ar,
  r.text_fr, r.text_en, r.text_es, r.original_lang, r.position, ${statusOf(scope)} as status, r.status_origin,
  r.published, r.date::text as date, ${statusDateOf(scope)}::text as status_date,
  m.id as mechanism_id, m.code as mechanism_code, m.type as mechanism_type, m.name as mechanism_name,
  r.review_id, rv.title as review_title, rv.cycle as review_cycle,
  sd.symbol as source_symbol, sd.date::text as source_date`;

export const SUMMARY_JOINS = sql`join mechanisms m on m.id = r.mechanism_id
  left join reviews rv on rv.id = r.review_id
  left join source_documents sd on sd.id = r.source_document_id`;

export interface SummaryRow {
  id: string;
  key: string;
  paragraph: string | null;
  text_ar: string | null;
  text_fr: string | null;
  text_en: string | null;
  text_es: string | null;
  original_lang: ContentLang | null;
  position: Position | null;
  status: ImplementationStatus | null;
  status_origin: StatusOrigin | null;
  published: boolean;
  date: string | null;
  mechanism_id: string;
  mechanism_code: string;
  mechanism_type: MechanismType;
  mechanism_name: LocalizedText;
  review_id: string | null;
  review_title: LocalizedText | null;
  review_cycle: number | null;
  source_symbol: string | null;
  source_date: string | null;
}

type Related = Pick<RecommendationSummary, 'recommendingStates' | 'institutions' | 'terms'>;

/**
 * States, current institutions (lead first) and terms of a set of recommendations: three queries
 * whatever the number of rows.
 */
export async function loadRelated(db: Db | Tx, ids: readonly string[]): Promise<Map<string, Related>> {
  const related = new Map<string, Related>(
    ids.map((id) => [id, { recommendingStates: [], institutions: [], terms: [] }]),
  );
  if (ids.length === 0) return related;
  const list = sqlList(ids);
  const [states, institutions, terms] = await reads(
    db,
    () =>
      queryRows<{ rid: string; iso2: string; name: LocalizedText }>(
        db,
        sql`select s.recommendation_id as rid, c.iso2, c.name
          from recommendation_states s join countries c on c.iso2 = s.country_iso2
          where s.recommendation_id in ${list} order by c.iso2`,
      ),
    () =>
      queryRows<{
        rid: string;
        id: string;
        code: string;
        name: LocalizedText;
        acronym: LocalizedText;
        role: 'lead' | 'contributing';
      }>(
        db,
        sql`select a.recommendation_id as rid, i.id, i.code, i.name, i.acronym, a.role
          from assignments a join institutions i on i.id = a.institution_id
          where a.ended_at is null and a.recommendation_id in ${list}
          order by (a.role = 'lead') desc, i.code`,
      ),
    () =>
      queryRows<{ rid: string } & TermRef>(
        db,
        sql`select rt.recommendation_id as rid, t.id, t.code, t.vocabulary, t.name
          from recommendation_terms rt join terms t on t.id = rt.term_id
          where rt.recommendation_id in ${list} order by t.vocabulary, t.sort, t.code`,
      ),
  );
  for (const { rid, ...state } of states) related.get(rid)?.recommendingStates.push(state);
  for (const { rid, ...institution } of institutions) related.get(rid)?.institutions.push(institution);
  for (const { rid, ...term } of terms) related.get(rid)?.terms.push(term);
  return related;
}

function texts(row: SummaryRow): LocalizedText {
  const text: LocalizedText = {};
  if (row.text_ar) text.ar = row.text_ar;
  if (row.text_fr) text.fr = row.text_fr;
  if (row.text_en) text.en = row.text_en;
  if (row.text_es) text.es = row.text_es;
  return text;
}

export function toSummary(row: SummaryRow, related: Related | undefined): RecommendationSummary {
  return {
    id: row.id,
    key: row.key,
    paragraph: row.paragraph,
    text: texts(row),
    originalLang: row.original_lang,
    mechanism: {
      id: row.mechanism_id,
      code: row.mechanism_code,
      type: row.mechanism_type,
      name: row.mechanism_name,
    },
    source: {
      reviewId: row.review_id,
      title: row.review_title ?? {},
      symbol: row.source_symbol,
      date: row.source_date,
      cycle: row.review_cycle,
    },
    position: row.position,
    status: row.status,
    statusOrigin: row.status_origin,
    recommendingStates: related?.recommendingStates ?? [],
    institutions: related?.institutions ?? [],
    terms: related?.terms ?? [],
    published: row.published,
    date: row.date,
  };
}

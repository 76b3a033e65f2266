import {
  type ContentLang,
  pickText,
  type RecommendationHistory,
  type RecommendationScope,
  type RecurrenceEntry,
  type TermRef,
  type TimelineEvent,
} from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import { isoTimestamp, isUuid, queryRows } from '../audit/sql.js';
import { reads } from '../concurrent-reads.js';
import type { Db, Tx } from '../connection.js';
import { followUpScope } from '../followup/scope.js';
import { loadFollowUpTimeline } from '../followup/timeline.js';
import { scopeCondition } from './conditions.js';
import { loadRelated, SUMMARY_JOINS, type SummaryRow, summaryColumns, toSummary } from './details.js';

/** Links followed from one record; a guard against a pathological graph, far above real chains. */
const MAX_DEPTH = 25;
const EXCERPT_LENGTH = 240;

interface ChainRow extends SummaryRow {
  similarity: number | null;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT_LENGTH ? flat : `${flat.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;
}

/**
 * The recurrence chain of a recommendation: every record linked to it as `recurring`, in either
 * direction and transitively (made in 2008, repeated in 2012, again in 2017), that `scope` may see,
 * oldest first. Each gets the similarity of the link that reached it first.
 */
export async function loadRecurrenceChain(
  db: Db | Tx,
  scope: RecommendationScope,
  id: string,
  lang: ContentLang,
): Promise<RecurrenceEntry[]> {
  const rows = await queryRows<ChainRow>(
    db,
    sql`with recursive chain(id, similarity, depth) as (
          select ${id}::uuid, null::real, 0
          union
          select case when l.from_id = c.id then l.to_id else l.from_id end, l.similarity, c.depth + 1
          from chain c join recommendation_links l
            on l.kind = 'recurring' and (l.from_id = c.id or l.to_id = c.id)
          where c.depth < ${MAX_DEPTH}),
        nearest as (
          select distinct on (id) id, similarity from chain order by id, depth, similarity desc nulls last)
        select ${summaryColumns(scope)}, n.similarity
        from nearest n join recommendations r on r.id = n.id ${SUMMARY_JOINS}
        where ${scopeCondition(scope)}
        order by coalesce(r.date, sd.date) nulls last, r.key_sort collate "C"`,
  );
  const related = await loadRelated(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => {
    const summary = toSummary(row, related.get(row.id));
    const text = pickText(summary.text, lang);
    return {
      id: summary.id,
      key: summary.key,
      mechanism: summary.mechanism,
      source: summary.source,
      date: summary.date ?? summary.source.date,
      recommendingStates: summary.recommendingStates,
      similarity: row.id === id ? null : row.similarity,
      excerpt: text ? excerpt(text.text) : '',
      excerptLang: text?.lang ?? null,
      current: row.id === id,
    };
  });
}

interface AuditRow {
  seq: number;
  at: string;
  action: string;
  actor_name: string | null;
  before: unknown;
  after: unknown;
}

type Json = Record<string, unknown>;
const asObject = (v: unknown): Json =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {};

/** Fields not worth a line in a timeline: bookkeeping and the (long) texts. */
const QUIET_FIELDS = new Set([
  'version',
  'updatedAt',
  'createdAt',
  'terms',
  'ids',
  'selection',
  'added',
  'removed',
]);

const asText = (v: unknown): string | null =>
  v === null || v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v);

/** Scalar fields whose value differs between before and after (status, position, …). */
function fieldChanges(before: Json, after: Json): TimelineEvent['changes'] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (f) => !QUIET_FIELDS.has(f) && !/^text/i.test(f),
  );
  return fields
    .map((field) => ({ field, from: asText(before[field]), to: asText(after[field]) }))
    .filter(
      (c) =>
        c.from !== c.to && (c.from === null || c.from.length < 200) && (c.to === null || c.to.length < 200),
    );
}

const SUMMARY_ACTIONS = new Set(['recommendation.bulk_classify', 'import.commit']);

const termList = (v: unknown): TermRef[] => (Array.isArray(v) ? (v as TermRef[]) : []);

function toTimelineEvent(row: AuditRow): TimelineEvent {
  const before = asObject(row.before);
  const after = asObject(row.after);
  let termsAdded: TermRef[];
  let termsRemoved: TermRef[];
  if (row.action === 'recommendation.bulk_classify') {
    termsAdded = termList(after.added);
    termsRemoved = termList(after.removed);
  } else if (row.action === 'import.commit') {
    termsAdded = [];
    termsRemoved = [];
  } else {
    const was = new Set(termList(before.terms).map((t) => t.id));
    const is = new Set(termList(after.terms).map((t) => t.id));
    termsAdded = termList(after.terms).filter((t) => !was.has(t.id));
    termsRemoved = termList(before.terms).filter((t) => !is.has(t.id));
  }
  return {
    seq: Number(row.seq),
    at: row.at,
    action: row.action,
    actorName: row.actor_name,
    // Summary events (bulk, import commit) describe many records: no field of this one to show.
    changes: SUMMARY_ACTIONS.has(row.action) ? [] : fieldChanges(before, after),
    termsAdded,
    termsRemoved,
  };
}

/**
 * Events of the audit trail about one recommendation, newest first: its own events (status and
 * position changes, tags, updates by an import), the bulk classifications that changed it and the
 * import that created it. Each branch is on the (entity, entity_id) index: bulk events have no
 * entity id, import commits are few.
 */
export async function loadTimeline(db: Db | Tx, id: string, limit = 200): Promise<TimelineEvent[]> {
  const rows = await queryRows<AuditRow>(
    db,
    sql`select e.seq, ${isoTimestamp(sql`e.at`)} as at, e.action, u.name as actor_name, e.before, e.after
        from audit_events e left join users u on u.id = e.actor_id
        where (e.entity = 'recommendation' and e.entity_id = ${id})
           or (e.entity = 'recommendation' and e.entity_id is null and e.action = 'recommendation.bulk_classify'
               and e.after->'ids' @> jsonb_build_array(${id}::text))
           or (e.entity = 'import' and e.action = 'import.commit'
               and e.after->'newKeys' @> (select jsonb_build_array(key) from recommendations where id = ${id}))
        order by e.seq desc limit ${limit}`,
  );
  return rows.map(toTimelineEvent);
}

/**
 * `GET /recommendations/{id}/history`: the recurrence chain, the follow-up (updates, their steps and
 * status changes, as far as the reader may see them) and, when `withEvents` (staff), the audit timeline. Null when the recommendation does not exist in `scope`.
 */
export async function getRecommendationHistory(
  db: Db | Tx,
  scope: RecommendationScope,
  id: string,
  options: { lang: ContentLang; withEvents: boolean },
): Promise<RecommendationHistory | null> {
  if (!isUuid(id)) return null;
  const [visible] = await queryRows<{ id: string }>(
    db,
    sql`select r.id from recommendations r where r.id = ${id} and ${scopeCondition(scope)}`,
  );
  if (!visible) return null;
  const [chain, events, followUp] = await reads(
    db,
    () => loadRecurrenceChain(db, scope, id, options.lang),
    () => (options.withEvents ? loadTimeline(db, id) : Promise.resolve([])),
    () => loadFollowUpTimeline(db, followUpScope(scope), id),
  );
  return { chain, events, followUp };
}

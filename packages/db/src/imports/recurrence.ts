import { CONTENT_LANGS, type ContentLang } from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import { queryRows } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';
import { similarPairs, trigramsOf } from './trigrams.js';

/**
 * pg_trgm `similarity()` of the normalised texts (same language) from which two recommendations
 * count as the same one made again. Calibrated on Morocco's UPR Info rows (sessions 1 and 13,
 * English): the repeat "Consider extending a standing invitation to special procedures" (2008) /
 * "… to all special procedures of the Human Rights Council" (2012) scores 0.674; distinct
 * recommendations on one topic score just under 0.6 ("Revise the Family Code … in guardianship" /
 * "… in inheritance matters" 0.573, "Sign and ratify the OP to the ICCPR" / "Sign the OP on the
 * ICESCR" 0.586), and the best cross-cycle score of any other 2012 row is 0.48. Texts in different
 * languages are never compared (trigrams say nothing across languages).
 */
export const RECURRENCE_THRESHOLD = 0.6;
/** JavaScript trigrams only pick candidates; a lower bar absorbs small tokenisation differences. */
const CANDIDATE_THRESHOLD = RECURRENCE_THRESHOLD - 0.1;

export interface RecurrenceItem {
  id: string;
  key: string;
  stateIso2: string | null;
  mechanism: string;
  cycle: number | null;
  session: number | null;
  /** date the recommendation was made (or of its document), YYYY-MM-DD */
  date: string | null;
  texts: Partial<Record<ContentLang, string | null>>;
}

export interface Recurrence {
  id: string;
  key: string;
  similarity: number;
}

/** Whether `b` was made before `a`: by session, else cycle, of the same mechanism; else by date. */
function earlier(b: RecurrenceItem, a: RecurrenceItem): boolean {
  const sameMechanism = a.mechanism === b.mechanism;
  if (sameMechanism && a.session !== null && b.session !== null) return b.session < a.session;
  if (sameMechanism && a.cycle !== null && b.cycle !== null && a.cycle !== b.cycle) return b.cycle < a.cycle;
  return a.date !== null && b.date !== null && b.date < a.date;
}

interface CandidateRow {
  id: string;
  key: string;
  state_iso2: string | null;
  mechanism: string;
  cycle: number | null;
  session: number | null;
  date: string | null;
  text_ar: string | null;
  text_fr: string | null;
  text_en: string | null;
  text_es: string | null;
}

/** Stored recommendations that may be repeated (see sameStateBlocks), under other keys. */
async function storedCandidates(db: Db | Tx, items: RecurrenceItem[], queries: RecurrenceItem[]) {
  const fileKeys = new Set(items.map((i) => i.key));
  const states = [...new Set(queries.map((q) => q.stateIso2).filter(Boolean))];
  const stateless = queries.some((q) => q.stateIso2 === null);
  const inStates = sql`r.state_iso2 in (select jsonb_array_elements_text(${JSON.stringify(states)}::jsonb))`;
  const rows = await queryRows<CandidateRow>(
    db,
    sql`select r.id, r.key, r.state_iso2, m.code as mechanism, rv.cycle, rv.session,
          coalesce(r.date, d.date)::text as date, r.text_ar, r.text_fr, r.text_en, r.text_es
        from recommendations r
        join mechanisms m on m.id = r.mechanism_id
        left join reviews rv on rv.id = r.review_id
        left join source_documents d on d.id = r.source_document_id
        where ${states.length === 0 ? sql`true` : stateless ? sql`(r.state_iso2 is null or ${inStates})` : inStates}`,
  );
  return rows
    .filter((r) => !fileKeys.has(r.key))
    .map(
      (r): RecurrenceItem => ({
        id: r.id,
        key: r.key,
        stateIso2: r.state_iso2,
        mechanism: r.mechanism,
        cycle: r.cycle,
        session: r.session,
        date: r.date,
        texts: { ar: r.text_ar, fr: r.text_fr, en: r.text_en, es: r.text_es },
      }),
    );
}

/**
 * Which queries to compare with which targets: those of one State under review together, and
 * those without a State together — except in a file without any State (one State's own
 * spreadsheet), whose rows may repeat anything stored. A file of all States' recommendations thus
 * costs a set of small joins rather than one over every pair of texts, and a row whose State is
 * unknown is never taken for another State's.
 */
function sameStateBlocks(
  queries: RecurrenceItem[],
  targets: RecurrenceItem[],
): { queries: number[]; targets: number[] }[] {
  if (!queries.some((q) => q.stateIso2))
    return [{ queries: queries.map((_, i) => i), targets: targets.map((_, i) => i) }];
  const byState = new Map<string, { queries: number[]; targets: number[] }>();
  const group = (state: string | null) => {
    const key = state ?? '';
    const g = byState.get(key) ?? { queries: [], targets: [] };
    byState.set(key, g);
    return g;
  };
  for (const [i, t] of targets.entries()) group(t.stateIso2).targets.push(i);
  for (const [i, q] of queries.entries()) group(q.stateIso2).queries.push(i);
  return [...byState.values()].filter((g) => g.queries.length > 0 && g.targets.length > 0);
}

/** Indexes grouped by their text (those without one left out). */
function byText(indexes: number[], textOf: (index: number) => string | null): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const i of indexes) {
    const text = textOf(i);
    if (!text) continue;
    const list = out.get(text);
    if (list) list.push(i);
    else out.set(text, [i]);
  }
  return out;
}

interface Candidate {
  query: number;
  target: number;
  /** Jaccard similarity of the JavaScript trigram sets */
  estimate: number;
  a: string;
  b: string;
}

/** Candidates the database scores for each query: the closest by estimate, the latest first on a tie. */
const SCORED_PER_QUERY = 2;

/**
 * Keeps the few best candidates of each query. A recommendation made again in every cycle has as
 * many near-identical earlier versions; the database need only confirm the closest (the latest of
 * equals, so the links form a chain: 2017 → 2012 → 2008), not score them all.
 */
function bestCandidates(candidates: Candidate[], targets: RecurrenceItem[]): Candidate[] {
  const byQuery = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const list = byQuery.get(c.query) ?? [];
    list.push(c);
    byQuery.set(c.query, list);
  }
  const kept: Candidate[] = [];
  for (const list of byQuery.values()) {
    list.sort((x, y) => {
      if (y.estimate !== x.estimate) return y.estimate - x.estimate;
      const tx = targets[x.target] as RecurrenceItem;
      const ty = targets[y.target] as RecurrenceItem;
      return earlier(ty, tx) ? -1 : earlier(tx, ty) ? 1 : 0;
    });
    kept.push(...list.slice(0, SCORED_PER_QUERY));
  }
  return kept;
}

/**
 * For each query (a new or changed row of the file), the earlier recommendation it repeats, if
 * any: among the other rows of the file and what is stored, same State under review (see
 * sameStateBlocks), made earlier, best `similarity()` ≥ RECURRENCE_THRESHOLD in a language both have.
 * Candidates come from a trigram prefix-filter join in memory, so the database only scores the
 * few plausible pairs rather than every pair of a State's recommendations.
 */
export async function findRecurrences(
  db: Db | Tx,
  items: RecurrenceItem[],
  isQuery: (index: number) => boolean,
): Promise<Map<number, Recurrence>> {
  const queryIndexes = items.flatMap((_, i) => (isQuery(i) ? [i] : []));
  const result = new Map<number, Recurrence>();
  if (!queryIndexes.length) return result;
  const queries = queryIndexes.map((i) => items[i] as RecurrenceItem);
  const targets = [...items, ...(await storedCandidates(db, items, queries))];

  const candidates: Candidate[] = [];
  const groups = sameStateBlocks(queries, targets);
  for (const lang of CONTENT_LANGS) {
    const textOf = (item: RecurrenceItem | undefined) => item?.texts[lang] || null;
    const grams = new Map<string, Set<string>>();
    const gramsOf = (text: string) => {
      const set = grams.get(text) ?? trigramsOf(text);
      grams.set(text, set);
      return set;
    };
    for (const group of groups) {
      // A text repeated word for word (made again, or once per recommending State) is compared once.
      const queryTexts = byText(group.queries, (q) => textOf(queries[q]));
      const targetTexts = byText(group.targets, (t) => textOf(targets[t]));
      const queryList = [...queryTexts.keys()];
      const targetList = [...targetTexts.keys()];
      const found = similarPairs(
        queryList.map(gramsOf),
        targetList.map(gramsOf),
        CANDIDATE_THRESHOLD,
        () => true,
      );
      for (const pair of found) {
        const a = queryList[pair.query] as string;
        const b = targetList[pair.target] as string;
        for (const query of queryTexts.get(a) ?? [])
          for (const target of targetTexts.get(b) ?? []) {
            const q = queries[query] as RecurrenceItem;
            const t = targets[target] as RecurrenceItem;
            if (q.key === t.key || !earlier(t, q)) continue;
            candidates.push({ query, target, estimate: pair.similarity, a, b });
          }
      }
    }
  }
  const closest = bestCandidates(candidates, targets);
  // Identical trigram sets score 1 in the database as well: only the others need its word.
  for (const c of closest) {
    if (c.estimate < 1) continue;
    const index = queryIndexes[c.query] as number;
    const target = targets[c.target] as RecurrenceItem;
    if (!result.has(index)) result.set(index, { id: target.id, key: target.key, similarity: 1 });
  }
  const pairs = closest.filter((c) => !result.has(queryIndexes[c.query] as number));

  for (let start = 0; start < pairs.length; start += 5000) {
    const batch = pairs.slice(start, start + 5000);
    const scores = await queryRows<{ i: number; s: number }>(
      db,
      sql`select x.i, similarity(tatabbu_normalize(x.a), tatabbu_normalize(x.b)) as s
          from jsonb_to_recordset(${JSON.stringify(batch.map((p, i) => ({ i, a: p.a, b: p.b })))}::jsonb)
            as x(i int, a text, b text)`,
    );
    for (const { i, s } of scores) {
      const pair = batch[i];
      const score = Math.round(Number(s) * 1000) / 1000;
      if (!pair || score < RECURRENCE_THRESHOLD) continue;
      const index = queryIndexes[pair.query] as number;
      const best = result.get(index);
      // Candidates come best estimate first: on an equal score the first (the latest) stays.
      if (!best || score > best.similarity) {
        const target = targets[pair.target] as RecurrenceItem;
        result.set(index, { id: target.id, key: target.key, similarity: score });
      }
    }
  }
  return result;
}

import { randomUUID } from 'node:crypto';
import type {
  ImportCounts,
  ImportOutcome,
  ImportProblem,
  ImportRow,
  RecommendationRecord,
  Vocabulary,
} from '@tatabbu/domain';
import type { Db, Tx } from '../connection.js';
import { NEW_RECORD_DEFAULTS, SCALAR_FIELDS, type Scalar, TEXT_FIELDS } from './fields.js';
import { loadLookups } from './lookups.js';
import { findRecurrences, type Recurrence, type RecurrenceItem } from './recurrence.js';
import { type ResolvedRecord, type ReviewRef, resolveRecords, reviewKey } from './resolve.js';
import { loadStored, type StoredRecord } from './stored.js';

/** The record as it will be once the row is committed: stored values, overwritten by what the file carries. */
export interface NextState {
  values: Record<string, Scalar>;
  review: ReviewRef | null;
  document: { symbol: string; date: string | null } | null;
  states: string[];
  termIds: string[];
}

export interface PlannedRow {
  row: number;
  key: string;
  outcome: Exclude<ImportOutcome, 'error'>;
  /** stored id, or a fresh one for a new record */
  id: string;
  resolved: ResolvedRecord;
  stored: StoredRecord | undefined;
  next: NextState;
  changes: string[];
  /** the changed fields before and after, for the audit trail */
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  recurrence: Recurrence | null;
}

export interface ImportPlan {
  planned: PlannedRow[];
  rows: ImportRow[];
  problems: ImportProblem[];
  counts: ImportCounts;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Compares a resolved row with what is stored for its key; only fields the file carries count. */
function diff(r: ResolvedRecord, stored: StoredRecord | undefined) {
  const values: Record<string, Scalar> = {};
  const changes: string[] = [];
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const compare = (name: string, was: unknown, now: unknown) => {
    if (stored && !same(was, now)) {
      changes.push(name);
      before[name] = was ?? null;
      after[name] = now ?? null;
    }
  };
  for (const field of SCALAR_FIELDS) {
    const incoming = field.read(r);
    const current = stored ? stored.values[field.name] : (NEW_RECORD_DEFAULTS[field.name] ?? null);
    values[field.name] = incoming === undefined ? (current ?? null) : incoming;
    if (incoming !== undefined) compare(field.name, current, incoming);
  }

  let review = stored?.review ?? null;
  if (r.review) {
    compare('review', review && reviewKey(review), reviewKey(r.review));
    review = r.review;
  }
  let document = stored?.documentSymbol
    ? { symbol: stored.documentSymbol, date: null as string | null }
    : null;
  if (r.record.document) {
    compare('document', stored?.documentSymbol, r.record.document.symbol);
    document = { symbol: r.record.document.symbol, date: r.record.document.date ?? null };
  }
  let states = stored?.states ?? [];
  if (r.recommendingStates) {
    compare('recommendingStates', states, r.recommendingStates);
    states = r.recommendingStates;
  }
  let termIds = (stored?.terms ?? []).map((t) => t.id).sort();
  if (r.vocabularies.length) {
    const carried = new Set<Vocabulary>(r.vocabularies);
    const kept = (stored?.terms ?? []).filter((t) => !carried.has(t.vocabulary)).map((t) => t.id);
    const replaced = (stored?.terms ?? [])
      .filter((t) => carried.has(t.vocabulary))
      .map((t) => t.id)
      .sort();
    compare('terms', replaced, r.termIds);
    termIds = [...new Set([...kept, ...r.termIds])].sort();
  }
  return { next: { values, review, document, states, termIds }, changes, before, after };
}

const excerptOf = (record: RecommendationRecord) => {
  const text =
    (record.originalLang && record.text[record.originalLang]) ||
    TEXT_FIELDS.map((l) => record.text[l]).find(Boolean) ||
    '';
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
};

/**
 * Resolves, matches and looks for recurrences: what committing these records would do, row by
 * row. Reads only (reference data once, stored records in one query); run again inside the
 * commit transaction, since the database may have changed since the preview.
 */
export async function planImport(
  db: Db | Tx,
  input: {
    records: { row: number; record: RecommendationRecord }[];
    problems: ImportProblem[];
    totalRows: number;
  },
  options: {
    lock?: boolean;
    onProgress?: (done: number, total: number) => void;
    /** Recurrences the preview found, by row: the commit links what the user saw, without searching again. */
    recurrences?: ReadonlyMap<number, Recurrence>;
  } = {},
): Promise<ImportPlan> {
  const total = Math.max(input.totalRows, input.records.length);
  const lookups = await loadLookups(db);
  const resolution = resolveRecords(input.records, lookups);
  const stored = await loadStored(
    db,
    resolution.resolved.map((r) => r.record.key),
    options.lock,
  );
  options.onProgress?.(Math.round(total / 2), total);

  const planned: PlannedRow[] = resolution.resolved.map((r) => {
    const current = stored.get(r.record.key);
    const { next, changes, before, after } = diff(r, current);
    // The audit trail names terms as objects, as the recommendation timeline reads them.
    const asTerms = (ids: unknown) =>
      (ids as string[]).map((id) => ({ id, vocabulary: lookups.termById(id)?.vocabulary }));
    if ('terms' in before) {
      before.terms = asTerms(before.terms);
      after.terms = asTerms(after.terms);
    }
    const outcome = !current ? 'new' : changes.length ? 'updated' : 'unchanged';
    return {
      row: r.row,
      key: r.record.key,
      outcome,
      id: current?.id ?? randomUUID(),
      resolved: r,
      stored: current,
      next,
      changes,
      before,
      after,
      recurrence: null,
    };
  });

  if (options.recurrences) {
    // A new row of the same file gets a fresh id in each plan: find targets by key.
    const idOfKey = new Map(planned.map((p) => [p.key, p.id]));
    for (const p of planned) {
      const seen = p.outcome === 'unchanged' ? undefined : options.recurrences.get(p.row);
      p.recurrence = seen ? { ...seen, id: idOfKey.get(seen.key) ?? seen.id } : null;
    }
  } else {
    const items: RecurrenceItem[] = planned.map((p) => ({
      id: p.id,
      key: p.key,
      stateIso2: (p.next.values.stateUnderReview as string | null) ?? null,
      mechanism: p.resolved.mechanismCode,
      cycle: p.next.review?.cycle ?? null,
      session: p.next.review?.session ?? null,
      date: (p.next.values.date as string | null) ?? p.next.document?.date ?? null,
      texts: Object.fromEntries(TEXT_FIELDS.map((l) => [l, p.next.values[`text.${l}`] as string | null])),
    }));
    const found = await findRecurrences(db, items, (i) => planned[i]?.outcome !== 'unchanged');
    for (const [index, recurrence] of found) (planned[index] as PlannedRow).recurrence = recurrence;
  }
  options.onProgress?.(total, total);

  const problems = [...input.problems, ...resolution.problems];
  const errorRows = new Map<number, string | null>(resolution.errorRows);
  for (const p of input.problems)
    if (p.severity === 'error' && p.row !== undefined && !errorRows.has(p.row)) errorRows.set(p.row, null);
  const byRow = new Map(input.records.map((r) => [r.row, r.record]));
  const rows: ImportRow[] = [
    ...planned.map(
      (p): ImportRow => ({
        row: p.row,
        key: p.key,
        outcome: p.outcome,
        excerpt: excerptOf(p.resolved.record),
        changes: p.changes,
        recurrenceOf: p.recurrence,
      }),
    ),
    ...[...errorRows].map(([row, key]): ImportRow => {
      const record = byRow.get(row);
      return {
        row,
        key: key ?? record?.key ?? null,
        outcome: 'error',
        excerpt: record ? excerptOf(record) : '',
        changes: [],
        recurrenceOf: null,
      };
    }),
  ].sort((a, b) => a.row - b.row);

  const count = (outcome: ImportOutcome) => rows.filter((r) => r.outcome === outcome).length;
  const counts: ImportCounts = {
    total,
    new: count('new'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    recurring: planned.filter((p) => p.recurrence).length,
    errors: count('error') + problems.filter((p) => p.severity === 'error' && p.row === undefined).length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
  };
  return { planned, rows, problems, counts };
}

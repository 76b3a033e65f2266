import type { ImportProblem, RecommendationRecord, Vocabulary } from '@tatabbu/domain';
import type { Lookups } from './lookups.js';

/** A review as imports identify it: mechanism, State under review, cycle and session. */
export interface ReviewRef {
  mechanismId: string;
  stateIso2: string | null;
  cycle: number | null;
  session: number | null;
}
export const reviewKey = (r: ReviewRef): string =>
  `${r.mechanismId}|${r.stateIso2 ?? ''}|${r.cycle ?? ''}|${r.session ?? ''}`;

/**
 * A record with its references turned into database identities. Fields the file does not carry
 * stay `undefined`, so that an import never erases what it does not know about.
 */
export interface ResolvedRecord {
  row: number;
  record: RecommendationRecord;
  mechanismId: string;
  mechanismCode: string;
  stateIso2: string | undefined;
  review: ReviewRef | undefined;
  /** ISO alpha-2, sorted; undefined when the file names none (or none could be resolved). */
  recommendingStates: string[] | undefined;
  /** Term ids of the vocabularies the file carries, and those vocabularies. */
  termIds: string[];
  vocabularies: Vocabulary[];
}

export interface Resolution {
  resolved: ResolvedRecord[];
  problems: ImportProblem[];
  /** rows left out: unknown mechanism, or a key already seen earlier in the file */
  errorRows: Map<number, string>;
}

const shorten = (value: string) => (value.length > 200 ? `${value.slice(0, 199)}…` : value);

/**
 * Resolves every record against the reference data. Unknown mechanisms and keys repeated in the
 * file are row errors; unknown countries and terms are warnings, the value being left out.
 */
export function resolveRecords(
  rows: { row: number; record: RecommendationRecord }[],
  lookups: Lookups,
): Resolution {
  const problems: ImportProblem[] = [];
  const errorRows = new Map<number, string>();
  const resolved: ResolvedRecord[] = [];
  const firstRowOfKey = new Map<string, number>();
  for (const { row, record } of rows) {
    const earlier = firstRowOfKey.get(record.key);
    if (earlier !== undefined) {
      problems.push({
        code: 'duplicate_key_in_file',
        severity: 'error',
        row,
        column: 'key',
        value: shorten(record.key),
        params: { firstRow: earlier },
      });
      errorRows.set(row, record.key);
      continue;
    }
    firstRowOfKey.set(record.key, row);
    const mechanism = lookups.mechanism(record.mechanism);
    if (!mechanism) {
      problems.push({
        code: 'unknown_mechanism',
        severity: 'error',
        row,
        column: 'mechanism',
        value: shorten(record.mechanism),
      });
      errorRows.set(row, record.key);
      continue;
    }
    const warn = (code: 'unknown_country' | 'unknown_term', column: string, value: string) =>
      problems.push({ code, severity: 'warning', row, column, value: shorten(value) });

    let stateIso2: string | undefined;
    const stateName = record.stateUnderReview ?? record.stateUnderReviewName;
    if (stateName) {
      stateIso2 = lookups.country(stateName);
      if (!stateIso2) warn('unknown_country', 'stateUnderReview', stateName);
    }

    const states = new Set<string>();
    for (const name of record.recommendingStates) {
      const iso2 = lookups.country(name);
      if (iso2) states.add(iso2);
      else warn('unknown_country', 'recommendingStates', name);
    }

    const termIds = new Set<string>();
    const vocabularies = new Set<Vocabulary>();
    for (const term of record.terms) {
      const found = lookups.terms(term.vocabulary, term);
      if (!found.length) {
        warn('unknown_term', `terms.${term.vocabulary}`, term.label ?? term.code ?? '');
        continue;
      }
      for (const ref of found) {
        termIds.add(ref.id);
        vocabularies.add(ref.vocabulary);
        // A target implies its goal.
        const parent =
          ref.vocabulary === 'sdg_target' && ref.parentId ? lookups.termById(ref.parentId) : undefined;
        if (parent?.vocabulary === 'sdg_goal') {
          termIds.add(parent.id);
          vocabularies.add('sdg_goal');
        }
      }
    }

    const review =
      record.review && (record.review.cycle !== undefined || record.review.session !== undefined)
        ? {
            mechanismId: mechanism.id,
            stateIso2: stateIso2 ?? null,
            cycle: record.review.cycle ?? null,
            session: record.review.session ?? null,
          }
        : undefined;
    resolved.push({
      row,
      record,
      mechanismId: mechanism.id,
      mechanismCode: mechanism.code,
      stateIso2,
      review,
      recommendingStates: states.size ? [...states].sort() : undefined,
      termIds: [...termIds].sort(),
      vocabularies: [...vocabularies].sort(),
    });
  }
  return { resolved, problems, errorRows };
}

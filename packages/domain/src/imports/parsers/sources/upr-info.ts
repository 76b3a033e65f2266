import type { SourceTable } from '../../formats.js';
import type { ImportProblem } from '../../problems.js';
import type { RecommendationDraft } from '../../record.js';
import { shorten } from '../read/import-file-error.js';
import { splitMultiValue, uprCycleOfSession, wholeNumber } from './cells.js';
import { ColumnReader } from './columns.js';
import type { ParseResult } from './parse-result.js';
import { positionOf } from './positions.js';
import { labelTerms } from './terms.js';

/** UPR Info database export headers (the scrape in ../shared/data/upr-info uses To/From). */
const UPR_INFO_HEADERS = {
  id: ['Id', 'Recommendation Id', 'ID'],
  stateUnderReview: ['To', 'State under Review', 'State Under Review', 'SuR'],
  recommendingState: ['From', 'Recommending State', 'Recommending States'],
  text: ['Text', 'Recommendation'],
  response: ['Response', 'Position'],
  action: ['Action', 'Action level', 'Action Category'],
  issues: ['Issue', 'Issues'],
  session: ['Session'],
};
type Field = keyof typeof UPR_INFO_HEADERS;
const headerOf = (field: Field) => UPR_INFO_HEADERS[field][0] ?? field;

/** The columns without which a row is no recommendation. */
const REQUIRED: Field[] = ['stateUnderReview', 'text', 'session'];

/**
 * The UPR Info CSV: one row per recommendation and recommending State. UPR Info has no paragraph
 * numbers, so without an id column the key is `UPR Info s{session} {State} #{n}`, n counting that
 * State's recommendations of that session in file order (stable for the same file).
 */
export function parseUprInfoTable(table: SourceTable): ParseResult {
  const columns = new ColumnReader(table, UPR_INFO_HEADERS);
  const missing = REQUIRED.filter((field) => !columns.has(field));
  if (missing.length)
    return {
      drafts: [],
      problems: missing.map((field) => ({
        code: 'header_missing' as const,
        severity: 'error' as const,
        column: headerOf(field),
      })),
    };

  const result: ParseResult = { drafts: [], problems: [] };
  const counters = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const cell = (field: Field) => columns.get(cells, field);
    const required = (field: Field) => {
      const value = cell(field);
      if (!value)
        result.problems.push({
          code: 'required_missing',
          severity: 'error',
          row,
          column: columns.header(field, headerOf(field)),
        });
      return value;
    };
    const state = required('stateUnderReview');
    const text = required('text');
    const sessionCell = required('session');
    if (!state || !text || !sessionCell) continue;
    const session = wholeNumber(sessionCell);
    if (!session) {
      result.problems.push({
        code: 'invalid_value',
        severity: 'error',
        row,
        column: columns.header('session', 'Session'),
        value: shorten(sessionCell),
      });
      continue;
    }

    const scope = `${session} ${state}`;
    const n = (counters.get(scope) ?? 0) + 1;
    counters.set(scope, n);
    const id = cell('id');
    const draft: RecommendationDraft = {
      key: id ? `UPR Info ${id}` : `UPR Info s${session} ${state} #${n}`,
      externalRef: id ?? `s${session} ${state} #${n}`,
      mechanism: 'UPR',
      review: { cycle: uprCycleOfSession(session), session },
      text: { en: text },
      originalLang: 'en',
      recommendingStates: splitMultiValue(cell('recommendingState')),
      // Issues are comma-separated UPR Info labels: "Rights of the Child,Women's rights".
      terms: labelTerms('uhri_theme', splitMultiValue(cell('issues'), ',')),
    };
    if (/^[A-Z]{2}$/.test(state)) draft.stateUnderReview = state;
    else draft.stateUnderReviewName = state;
    readResponse(draft, cell('response'), row, columns.header('response', 'Response'), result.problems);
    readActionLevel(draft, cell('action'), row, columns.header('action', 'Action'), result.problems);
    result.drafts.push({ row, draft });
  }
  return result;
}

function readResponse(
  draft: RecommendationDraft,
  response: string | undefined,
  row: number,
  column: string,
  problems: ImportProblem[],
) {
  if (!response) return;
  const position = positionOf(response);
  if (position) draft.position = position;
  else problems.push({ code: 'invalid_value', severity: 'warning', row, column, value: shorten(response) });
}

function readActionLevel(
  draft: RecommendationDraft,
  action: string | undefined,
  row: number,
  column: string,
  problems: ImportProblem[],
) {
  if (!action) return;
  const level = /^[1-5]$/.test(action) ? Number(action) : undefined;
  if (level) draft.actionLevel = level;
  else problems.push({ code: 'invalid_value', severity: 'warning', row, column, value: shorten(action) });
}

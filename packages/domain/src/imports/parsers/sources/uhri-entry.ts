import type { ContentLang } from '../../../i18n/languages.js';
import type { ImportProblem } from '../../problems.js';
import type { RecommendationDraft } from '../../record.js';
import { shorten } from '../read/import-file-error.js';
import { uprCycleOfSession, wholeNumber } from './cells.js';
import { readDate } from './dates.js';
import { detectLanguage } from './language.js';
import { mechanismOfBody, mechanismOfSymbol } from './mechanisms.js';
import { splitLeadingParagraph } from './paragraphs.js';
import type { ParseResult } from './parse-result.js';
import { positionOf } from './positions.js';
import { labelTerms, sdgTerm } from './terms.js';

/** One UHRI recommendation, whichever export it came from (XLSX/CSV table or JSON). */
export interface UhriEntry {
  row: number;
  annotationId?: string;
  symbol?: string;
  date?: unknown;
  body?: string;
  countries: string[];
  themes: string[];
  affectedPersons: string[];
  sdgs: string[];
  text?: string;
  session?: unknown;
  recommendingStates: string[];
  position?: string;
  /** When the export says which language the text is in. */
  language?: ContentLang;
}

/** The name of each field's column in the export, to locate problems for the user. */
export type UhriColumns = Record<'date' | 'body' | 'position' | 'symbol', string>;

/**
 * UHRI entries → drafts: one normaliser for both exports. Key `${symbol} §${paragraph}`, or
 * `OHCHR ${annotationId}` when the text has no paragraph number or when UHRI split one paragraph
 * into several annotations (the paragraph key would then not be unique).
 */
export function normaliseUhriEntries(entries: UhriEntry[], columns: UhriColumns): ParseResult {
  const result: ParseResult = { drafts: [], problems: [] };
  const annotationOfKey = new Map<string, string | undefined>();
  for (const entry of entries) {
    const draft = normaliseEntry(entry, columns, result.problems);
    if (!draft) continue;
    const previous = annotationOfKey.get(draft.key);
    if (annotationOfKey.has(draft.key) && previous !== entry.annotationId && entry.annotationId)
      draft.key = `OHCHR ${entry.annotationId}`;
    annotationOfKey.set(draft.key, entry.annotationId);
    result.drafts.push({ row: entry.row, draft });
  }
  return result;
}

function normaliseEntry(
  entry: UhriEntry,
  columns: UhriColumns,
  problems: ImportProblem[],
): RecommendationDraft | undefined {
  const { row } = entry;
  const mechanism = entry.body
    ? mechanismOfBody(entry.body)
    : entry.symbol
      ? mechanismOfSymbol(entry.symbol)
      : undefined;
  if (!mechanism) {
    problems.push(
      entry.body
        ? {
            code: 'unknown_mechanism',
            severity: 'error',
            row,
            column: columns.body,
            value: shorten(entry.body),
          }
        : { code: 'required_missing', severity: 'error', row, column: columns.body },
    );
    return undefined;
  }

  const { paragraph, text } = splitLeadingParagraph(entry.text ?? '');
  const lang = entry.language ?? detectLanguage(text, 'en');
  const draft: RecommendationDraft = {
    key:
      entry.symbol && paragraph
        ? `${entry.symbol} §${paragraph}`
        : entry.annotationId
          ? `OHCHR ${entry.annotationId}`
          : '',
    mechanism,
    text: text ? { [lang]: text } : {},
    originalLang: lang,
    recommendingStates: entry.recommendingStates,
    terms: [
      ...labelTerms('uhri_theme', entry.themes),
      ...labelTerms('affected_person', entry.affectedPersons),
      ...entry.sdgs.map(sdgTerm),
    ],
  };
  if (entry.annotationId) draft.externalRef = entry.annotationId;
  if (paragraph) draft.paragraph = paragraph;

  // A recommendation to one State: that State is under review; several are a regional one.
  const [country, ...others] = entry.countries;
  if (country && others.length === 0) {
    if (/^[A-Z]{2}$/.test(country)) draft.stateUnderReview = country;
    else draft.stateUnderReviewName = country;
  }

  const date = dateOf(entry.date, row, columns.date, problems);
  if (entry.symbol) draft.document = { symbol: entry.symbol, ...(date ? { date } : {}) };
  if (date) draft.date = date;

  const session = wholeNumber(entry.session);
  if (session && mechanism === 'UPR') draft.review = { session, cycle: uprCycleOfSession(session) };

  if (entry.position) {
    const position = positionOf(entry.position);
    if (position) draft.position = position;
    else
      problems.push({
        code: 'invalid_value',
        severity: 'warning',
        row,
        column: columns.position,
        value: shorten(entry.position),
      });
  }
  return draft;
}

function dateOf(value: unknown, row: number, column: string, problems: ImportProblem[]) {
  if (value === undefined || value === null || value === '') return undefined;
  const date = readDate(value);
  if (!date)
    problems.push({ code: 'invalid_date', severity: 'warning', row, column, value: shorten(String(value)) });
  return date;
}

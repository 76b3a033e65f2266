import { type ColumnMapping, type MappableField, type SourceTable, TERM_FIELDS } from '../../formats.js';
import type { ImportProblem } from '../../problems.js';
import type { RecommendationDraft, RecordTerm } from '../../record.js';
import { shorten } from '../read/import-file-error.js';
import { splitMultiValue, wholeNumber } from '../sources/cells.js';
import { readDate } from '../sources/dates.js';
import { sdgTerm } from '../sources/terms.js';
import { readLanguage, readPosition, readStatus } from './field-values.js';

export interface MappedTable {
  drafts: { row: number; draft: RecommendationDraft }[];
  problems: ImportProblem[];
}

const TEXT_LANGS = ['ar', 'fr', 'en', 'es'] as const;

/**
 * Drafts from any spreadsheet, through the columns the user mapped. Unreadable optional values are
 * warnings (the value is left out, the row still imports); a row without key, mechanism or text is
 * an error. Names (recommending States, classification labels) are kept as written: the resolver
 * maps them to codes.
 */
export function mapTable(table: SourceTable, mapping: ColumnMapping): MappedTable {
  const index = new Map(table.headers.map((header, i) => [header.trim(), i]));
  const problems: ImportProblem[] = [];
  const drafts: MappedTable['drafts'] = [];
  // A saved mapping used on another file can name columns this file lacks: say so, import nothing.
  for (const column of new Set(Object.values(mapping.columns))) {
    if (column !== undefined && !index.has(column.trim())) {
      problems.push({ code: 'header_missing', severity: 'error', column, params: { column } });
    }
  }
  if (problems.length > 0) return { drafts, problems };
  for (const { row, cells } of table.rows) {
    const value = (field: MappableField): string | undefined => {
      const column = mapping.columns[field];
      const i = column === undefined ? undefined : index.get(column.trim());
      const cell = i === undefined ? undefined : cells[i]?.trim();
      return cell || undefined;
    };
    const warn = (field: MappableField, code: 'invalid_value' | 'invalid_date', raw: string) =>
      problems.push({
        code,
        severity: 'warning',
        row,
        column: mapping.columns[field] ?? field,
        value: shorten(raw),
      });
    const read = <T>(
      field: MappableField,
      parse: (raw: string) => T | undefined,
      code: 'invalid_value' | 'invalid_date' = 'invalid_value',
    ) => {
      const raw = value(field);
      if (raw === undefined) return undefined;
      const parsed = parse(raw);
      if (parsed === undefined) warn(field, code, raw);
      return parsed;
    };
    const list = (field: MappableField) =>
      splitMultiValue(value(field), mapping.multiValueSeparator || undefined);

    const symbol = value('document.symbol');
    const paragraph = value('paragraph')?.replace(/^(§|para(graph|graphe)?\.?|الفقرة)\s*/i, '');
    const externalRef = value('externalRef');
    const state = value('stateUnderReview');
    const key = value('key') ?? (symbol && paragraph ? `${symbol} §${paragraph}` : externalRef);
    const mechanism = value('mechanism') ?? (mapping.defaultMechanism?.trim() || undefined);
    const text = Object.fromEntries(
      TEXT_LANGS.flatMap((lang) => {
        const t = value(`text.${lang}`);
        return t ? [[lang, t]] : [];
      }),
    );
    const rowErrors: ImportProblem[] = [];
    if (!key) rowErrors.push(required(row, mapping.columns.key ?? 'key'));
    if (!mechanism) rowErrors.push(required(row, mapping.columns.mechanism ?? 'mechanism'));
    if (Object.keys(text).length === 0) rowErrors.push({ code: 'text_missing', severity: 'error', row });
    problems.push(...rowErrors);

    const cycle = read('review.cycle', (raw) => inRange(wholeNumber(raw), 1, 99));
    const session = read('review.session', (raw) => inRange(wholeNumber(raw), 1, 999));
    const documentDate = read('document.date', readDate, 'invalid_date');
    const terms: RecordTerm[] = TERM_FIELDS.flatMap((field) => {
      const vocabulary = field.slice('terms.'.length) as RecordTerm['vocabulary'];
      return list(field).map((label) =>
        vocabulary === 'sdg_target' || vocabulary === 'sdg_goal'
          ? sdgTerm(label)
          : { vocabulary, label: label.slice(0, 500) },
      );
    });
    const draft: RecommendationDraft = {
      key: key ?? '',
      mechanism: mechanism ?? '',
      text,
      recommendingStates: list('recommendingStates'),
      terms,
      ...defined({
        externalRef,
        // A code when the cell holds one ("MA"); else the name, which the resolver maps.
        stateUnderReview: state && /^[A-Za-z]{2}$/.test(state) ? state.toUpperCase() : undefined,
        stateUnderReviewName: state && !/^[A-Za-z]{2}$/.test(state) ? state : undefined,
        review: cycle || session ? defined({ cycle, session }) : undefined,
        document: symbol ? defined({ symbol, date: documentDate }) : undefined,
        paragraph,
        originalLang: read('originalLang', readLanguage),
        position: read('position', readPosition),
        actionLevel: read('actionLevel', (raw) => inRange(wholeNumber(raw), 1, 5)),
        status: read('status', readStatus),
        date: read('date', readDate, 'invalid_date'),
      }),
    };
    if (rowErrors.length === 0) drafts.push({ row, draft });
  }
  return { drafts, problems };
}

function required(row: number, column: string): ImportProblem {
  return { code: 'required_missing', severity: 'error', row, column };
}

function inRange(n: number | undefined, min: number, max: number): number | undefined {
  return n !== undefined && n >= min && n <= max ? n : undefined;
}

/** The object without its undefined entries, so drafts compare and serialise cleanly. */
function defined<T extends Record<string, unknown>>(object: T): Defined<T> {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as Defined<T>;
}

type Defined<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

import type { ExportRecommendation } from '@tatabbu/db';
import {
  CONTENT_LANGS,
  type ContentLang,
  type LocalizedText,
  pickText,
  type Vocabulary,
} from '@tatabbu/domain';
import {
  EXPORT_HEADERS,
  exportLocale,
  LANGUAGE_NAMES,
  POSITION_LABELS,
  STATUS_LABELS,
  YES_NO,
} from './labels.js';

/** One column of the CSV and XLSX exports: its header in the export language, its cell, its width. */
export interface ExportColumn<T extends ExportRecommendation = ExportRecommendation> {
  /** What the column holds, whatever the language: `key`, `text.fr`, `status`… (the data dictionary's key). */
  field: string;
  header: string;
  width: number;
  value(r: T): string;
}

/** Several values in one cell, one per line: readable in a spreadsheet and split again by importers. */
const LIST_SEPARATOR = '\n';

/**
 * Columns in reading order: identification, the text in the chosen language then in the others,
 * then classification and follow-up. Names of States, terms and institutions are in the chosen
 * language (falling back like the UI does).
 */
export function exportColumns(lang: ContentLang): ExportColumn[] {
  const locale = exportLocale(lang);
  const name = (text: LocalizedText | null | undefined) => pickText(text, lang)?.text ?? '';
  const terms = (vocabularies: Vocabulary[]) => (r: ExportRecommendation) =>
    r.terms
      .filter((t) => vocabularies.includes(t.vocabulary))
      .map((t) => (t.code ? `${t.code} ${name(t.name)}`.trim() : name(t.name)))
      .join(LIST_SEPARATOR);
  const otherLangs = CONTENT_LANGS.filter((l) => l !== lang);
  const textColumn = (l: ContentLang): ExportColumn => ({
    field: `text.${l}`,
    header: `${EXPORT_HEADERS.text[locale]} (${LANGUAGE_NAMES[l][locale]})`,
    width: l === lang ? 80 : 60,
    value: (r) => r.text[l] ?? '',
  });
  return [
    { field: 'key', header: EXPORT_HEADERS.key[locale], width: 28, value: (r) => r.key },
    {
      field: 'mechanism',
      header: EXPORT_HEADERS.mechanism[locale],
      width: 12,
      value: (r) => r.mechanism.code,
    },
    {
      field: 'symbol',
      header: EXPORT_HEADERS.symbol[locale],
      width: 22,
      value: (r) => r.source.symbol ?? '',
    },
    {
      field: 'paragraph',
      header: EXPORT_HEADERS.paragraph[locale],
      width: 11,
      value: (r) => r.paragraph ?? '',
    },
    { field: 'date', header: EXPORT_HEADERS.date[locale], width: 12, value: (r) => r.date ?? '' },
    textColumn(lang),
    ...otherLangs.map(textColumn),
    {
      field: 'states',
      header: EXPORT_HEADERS.states[locale],
      width: 24,
      value: (r) => r.recommendingStates.map((s) => name(s.name) || s.iso2).join(LIST_SEPARATOR),
    },
    {
      field: 'position',
      header: EXPORT_HEADERS.position[locale],
      width: 16,
      value: (r) => (r.position ? POSITION_LABELS[r.position][locale] : ''),
    },
    {
      field: 'status',
      header: EXPORT_HEADERS.status[locale],
      width: 18,
      value: (r) => (r.status ? STATUS_LABELS[r.status][locale] : ''),
    },
    { field: 'themes', header: EXPORT_HEADERS.themes[locale], width: 30, value: terms(['uhri_theme']) },
    {
      field: 'affectedPersons',
      header: EXPORT_HEADERS.affectedPersons[locale],
      width: 30,
      value: terms(['affected_person']),
    },
    {
      field: 'sdgs',
      header: EXPORT_HEADERS.sdgs[locale],
      width: 30,
      value: terms(['sdg_goal', 'sdg_target']),
    },
    { field: 'axes', header: EXPORT_HEADERS.axes[locale], width: 30, value: terms(['axis', 'subaxis']) },
    {
      field: 'institutions',
      header: EXPORT_HEADERS.institutions[locale],
      width: 30,
      value: (r) => r.institutions.map((i) => name(i.name)).join(LIST_SEPARATOR),
    },
    {
      field: 'published',
      header: EXPORT_HEADERS.published[locale],
      width: 10,
      value: (r) => YES_NO[r.published ? 'yes' : 'no'][locale],
    },
  ];
}

/**
 * A spreadsheet program runs a cell that begins with = + - @ (or a tab or carriage return that it
 * strips first) as a formula: a leading apostrophe keeps it text (OWASP "CSV injection").
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

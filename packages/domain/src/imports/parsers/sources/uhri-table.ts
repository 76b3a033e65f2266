import type { ContentLang } from '../../../i18n/languages.js';
import type { SourceTable } from '../../formats.js';
import { splitMultiValue } from './cells.js';
import { ColumnReader } from './columns.js';
import type { ParseResult } from './parse-result.js';
import { normaliseUhriEntries, type UhriEntry } from './uhri-entry.js';

/** UHRI export headers; older exports spell "Reccomending Body". */
const UHRI_HEADERS = {
  annotationId: ['OHCHR Annotation Id', 'Annotation Id', 'AnnotationId'],
  symbol: ['Document Symbol', 'Symbol'],
  date: ['Document Publication Date', 'Publication Date'],
  body: ['Recommending Body', 'Reccomending Body', 'Body'],
  countries: ['Countries Concerned', 'Country Concerned', 'Countries'],
  themes: ['Themes', 'Theme'],
  affectedPersons: ['Affected Persons', 'Persons Affected'],
  sdgs: ['SDGs', 'SDG', 'Sustainable Development Goals'],
  text: ['Text', 'Recommendation'],
  session: ['UPR Session', 'Session'],
  recommendingStates: ['UPR Recommending States', 'Recommending States', 'Recommending State'],
  position: ['UPR Position', 'Position'],
  language: ['Language', 'Text Language'],
};

const LANGUAGES: Record<string, ContentLang> = {
  en: 'en',
  english: 'en',
  fr: 'fr',
  french: 'fr',
  français: 'fr',
  ar: 'ar',
  arabic: 'ar',
  عربي: 'ar',
  es: 'es',
  spanish: 'es',
};

/** The OHCHR Universal Human Rights Index export (XLSX or CSV), read into recommendation drafts. */
export function parseUhriTable(table: SourceTable): ParseResult {
  const columns = new ColumnReader(table, UHRI_HEADERS);
  if (!columns.has('text'))
    return { drafts: [], problems: [{ code: 'header_missing', severity: 'error', column: 'Text' }] };
  const entries = table.rows.map(({ row, cells }): UhriEntry => {
    const cell = (field: keyof typeof UHRI_HEADERS) => columns.get(cells, field);
    const language = cell('language')?.toLowerCase();
    return {
      row,
      annotationId: cell('annotationId'),
      symbol: cell('symbol'),
      date: cell('date'),
      body: cell('body'),
      countries: splitMultiValue(cell('countries')),
      themes: splitMultiValue(cell('themes')),
      affectedPersons: splitMultiValue(cell('affectedPersons')),
      sdgs: splitMultiValue(cell('sdgs')),
      text: cell('text'),
      session: cell('session'),
      recommendingStates: splitMultiValue(cell('recommendingStates')),
      position: cell('position'),
      language: language ? LANGUAGES[language] : undefined,
    };
  });
  return normaliseUhriEntries(entries, {
    date: columns.header('date', 'Document Publication Date'),
    body: columns.header('body', 'Recommending Body'),
    position: columns.header('position', 'UPR Position'),
    symbol: columns.header('symbol', 'Document Symbol'),
  });
}

/**
 * Arabic normalisation applied identically at index time (SQL function `tatabbu_normalize`,
 * see packages/db migrations) and at query time. Keep both in step: a test in packages/db
 * compares them on the same inputs.
 *
 * - removes tashkeel (harakat, tanwin, shadda, sukun, superscript alef) and tatweel;
 * - unifies alef forms (أ إ آ ٱ → ا), alef maqsura → ya (ى → ي), ta marbuta → ha (ة → ه),
 *   hamza on waw/ya (ؤ → و, ئ → ي);
 * - maps Arabic-Indic digits to ASCII digits;
 * - lower-cases Latin letters.
 */
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/g;

const MAP: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ؤ: 'و',
  ئ: 'ي',
  '٠': '0',
  '١': '1',
  '٢': '2',
  '٣': '3',
  '٤': '4',
  '٥': '5',
  '٦': '6',
  '٧': '7',
  '٨': '8',
  '٩': '9',
};
const MAPPED = new RegExp(`[${Object.keys(MAP).join('')}]`, 'g');

export function normalizeArabic(input: string): string {
  return input
    .normalize('NFC')
    .replace(DIACRITICS, '')
    .replace(MAPPED, (ch) => MAP[ch] ?? ch)
    .toLowerCase();
}

/** The same characters as two parallel strings, for SQL `translate()`. */
export const ARABIC_TRANSLATE_FROM = Object.keys(MAP).join('');
export const ARABIC_TRANSLATE_TO = Object.values(MAP).join('');

/**
 * Strips the article ال, with the conjunction و or the prepositions ب ف ك before it, and لل,
 * from the start of each Arabic word, so that "والمدارس", "بالمدارس" and "مدارس" meet. A lone
 * leading و is kept: in "وزارة" it is part of the word. Applied to the Arabic search column
 * and to Arabic queries alike.
 */
export function stripArabicClitics(normalized: string): string {
  return normalized.replace(ARABIC_CLITICS, '$1$3');
}

/** Shared with the SQL function; written with \u escapes that both engines read alike. */
export const ARABIC_CLITICS_PATTERN =
  '(^|[^\\u0621-\\u064A])([\\u0648\\u0628\\u0641\\u0643]?\\u0627\\u0644|\\u0644\\u0644)([\\u0621-\\u064A]{3,})';
const ARABIC_CLITICS = new RegExp(ARABIC_CLITICS_PATTERN, 'g');

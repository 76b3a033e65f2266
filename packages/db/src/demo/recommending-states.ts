import { normalizeArabic } from '@tatabbu/domain';
import { COUNTRIES_FILE } from '../reference/countries.js';
import { readCsv } from '../reference/source-files.js';

/** French name without accents, apostrophe variants, case or punctuation. */
const frenchKey = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^a-z0-9']+/g, ' ')
    .trim();

const arabicKey = (name: string) => normalizeArabic(name).replace(/\s+/g, ' ').trim();

/** UN French names the ISO/CLDR lists spell differently. */
const UN_FRENCH_NAMES: Record<string, string> = { Iraq: 'IQ' };

export type StateMatcher = (nameFr: string, nameAr: string) => string | undefined;

/**
 * Matches a recommending State named in French (as in UN documents: "États-Unis d’Amérique",
 * "République de Corée") to its ISO code, using every French name of the countries file, then
 * the Arabic names. Names shared by two countries are left out rather than guessed.
 */
export function buildStateMatcher(dataRoot: string): StateMatcher {
  const french = new Map<string, string | null>();
  const arabic = new Map<string, string | null>();
  const add = (map: Map<string, string | null>, key: string, iso2: string) => {
    if (!key) return;
    const known = map.get(key);
    map.set(key, known === undefined || known === iso2 ? iso2 : null);
  };
  const columns = (lang: string) => [`name_${lang}`, `official_${lang}`, `i18n_${lang}`, `i18n_${lang}_alt`];
  for (const row of readCsv(dataRoot, COUNTRIES_FILE, ['iso2', ...columns('fr'), ...columns('ar')])) {
    const iso2 = row.required('iso2');
    for (const column of columns('fr'))
      for (const name of row.get(column).split('|')) add(french, frenchKey(name), iso2);
    for (const column of columns('ar'))
      for (const name of row.get(column).split('|')) add(arabic, arabicKey(name), iso2);
  }
  for (const [name, iso2] of Object.entries(UN_FRENCH_NAMES)) french.set(frenchKey(name), iso2);
  return (nameFr, nameAr) => french.get(frenchKey(nameFr)) ?? arabic.get(arabicKey(nameAr)) ?? undefined;
}

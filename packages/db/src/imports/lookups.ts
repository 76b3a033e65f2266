import type { Vocabulary } from '@tatabbu/domain';
import { reads } from '../concurrent-reads.js';
import type { Db, Tx } from '../connection.js';
import { countries, mechanisms, terms } from '../schema/index.js';
import { COUNTRY_ALIASES } from './country-aliases.js';
import { nameKey, nameVariants } from './name-key.js';
import { UPR_INFO_ISSUES } from './upr-info-issues.js';

export interface TermRef {
  id: string;
  vocabulary: Vocabulary;
  parentId: string | null;
  active: boolean;
}

/**
 * The reference data an import resolves against, read once per import: mechanisms by code,
 * countries by code or by any of their names, vocabulary terms by code or by name.
 */
export interface Lookups {
  mechanism(code: string): { id: string; code: string } | undefined;
  /** ISO 3166 alpha-2 of a code (alpha-2 or alpha-3) or a name in any language; undefined when unknown or ambiguous. */
  country(nameOrCode: string): string | undefined;
  /** Every term a code or a source label stands for (a UPR Info issue may name a theme and a group); empty when unknown. */
  terms(vocabulary: Vocabulary, ref: { code?: string | undefined; label?: string | undefined }): TermRef[];
  termById(id: string): TermRef | undefined;
}

/** UPR Info and UHRI labels that name the same group in the other vocabulary. */
const SIBLING: Partial<Record<Vocabulary, Vocabulary>> = {
  uhri_theme: 'affected_person',
  affected_person: 'uhri_theme',
};

export async function loadLookups(db: Db | Tx): Promise<Lookups> {
  const [mechanismRows, countryRows, termRows] = await reads(
    db,
    () => db.select({ id: mechanisms.id, code: mechanisms.code }).from(mechanisms),
    () => db.select().from(countries),
    () =>
      db
        .select({
          id: terms.id,
          vocabulary: terms.vocabulary,
          code: terms.code,
          parentId: terms.parentId,
          name: terms.name,
          active: terms.active,
        })
        .from(terms),
  );

  const mechanismByCode = new Map(mechanismRows.map((m) => [m.code.toUpperCase(), m]));

  // A name shared by two countries maps to null: left out rather than guessed.
  const countryByKey = new Map<string, string | null>();
  const addCountry = (key: string, iso2: string) => {
    if (!key) return;
    const known = countryByKey.get(key);
    countryByKey.set(key, known === undefined || known === iso2 ? iso2 : null);
  };
  const countryCodes = new Map<string, string>();
  for (const c of countryRows) {
    countryCodes.set(c.iso2, c.iso2);
    if (c.iso3) countryCodes.set(c.iso3, c.iso2);
    for (const name of [...Object.values(c.name), c.unName, ...(COUNTRY_ALIASES[c.iso2] ?? [])])
      if (name) for (const key of nameVariants(name)) addCountry(key, c.iso2);
  }

  const termByCode = new Map<string, TermRef>();
  const termByName = new Map<string, TermRef | null>();
  const termById = new Map<string, TermRef>();
  // Active terms first, so that a current label wins over a legacy one with the same name.
  const sorted = [...termRows].sort((a, b) => Number(b.active) - Number(a.active));
  for (const t of sorted) {
    const ref: TermRef = { id: t.id, vocabulary: t.vocabulary, parentId: t.parentId, active: t.active };
    termById.set(t.id, ref);
    if (t.code) termByCode.set(`${t.vocabulary}:${t.code.toLowerCase()}`, ref);
    for (const name of Object.values(t.name)) {
      if (!name) continue;
      const key = `${t.vocabulary}:${nameKey(name)}`;
      const known = termByName.get(key);
      if (known === undefined) termByName.set(key, ref);
    }
  }
  const byLabel = (vocabulary: Vocabulary, label: string) => {
    const key = nameKey(label);
    // "16.3 - Promote the rule of law" or "A12 Acceptance of international norms": code, then name.
    const coded = /^(\d{1,2}\.(?:\d{1,2}|[a-z])|\d{1,2}|[A-H]\d{1,2})\b[\s.:–-]*(.*)$/i.exec(label.trim());
    return (
      (coded?.[1] ? termByCode.get(`${vocabulary}:${coded[1].toLowerCase()}`) : undefined) ??
      termByName.get(`${vocabulary}:${key}`) ??
      (coded?.[2] ? termByName.get(`${vocabulary}:${nameKey(coded[2])}`) : undefined) ??
      undefined
    );
  };

  const issueAliases = new Map(
    Object.entries(UPR_INFO_ISSUES).map(([issue, names]) => [nameKey(issue), names]),
  );

  return {
    mechanism: (code) => mechanismByCode.get(code.trim().toUpperCase()),
    country: (value) => {
      const trimmed = value.trim();
      const code = countryCodes.get(trimmed.toUpperCase());
      if (code && /^[A-Za-z]{2,3}$/.test(trimmed)) return code;
      for (const key of nameVariants(trimmed)) {
        const found = countryByKey.get(key);
        if (found) return found;
      }
      return undefined;
    },
    terms: (vocabulary, ref) => {
      if (ref.code) {
        const found = termByCode.get(`${vocabulary}:${ref.code.toLowerCase()}`);
        if (found) return [found];
      }
      if (!ref.label) return [];
      // The vocabulary named, then its sibling; a current (active) term before a legacy one.
      const sibling = SIBLING[vocabulary];
      const best = (name: string) => {
        const found = [byLabel(vocabulary, name), sibling ? byLabel(sibling, name) : undefined].filter(
          (t): t is TermRef => t !== undefined,
        );
        return found.find((t) => t.active) ?? found[0];
      };
      const direct = best(ref.label);
      if (direct) return [direct];
      const alias = issueAliases.get(nameKey(ref.label)) ?? [];
      return alias.flatMap((name) => {
        const found = best(name);
        return found ? [found] : [];
      });
    },
    termById: (id) => termById.get(id),
  };
}

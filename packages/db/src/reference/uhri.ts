import { slugify } from '@tatabbu/domain';
import { type CsvRow, capitalize, readCsv } from './source-files.js';
import type { TermSeed } from './term-seeds.js';

const LEGACY_FILE = 'reference/uhri/uhri_legacy_issues_and_affected_persons_impactoss.csv';
const OBSERVED_FILE = 'reference/uhri/uhri_themes_and_persons_observed_in_ohchr_matrices_slovenia.csv';

/** "Persons with disabilities (PWD)" and "Persons with disabilities" are one group. */
const codeOf = (label: string) => slugify(label.replace(/\s*\([A-Z]{2,}\)\s*$/, ''));

/**
 * OHCHR Universal Human Rights Index vocabularies, names in English only (the sources have no
 * translations).
 *
 * Themes: the current labels (UPR cycles 3 and 4) are active, coded by a slug of the English
 * label since OHCHR publishes no codes for them; cycle 4 wording wins when both cycles have the
 * same label. The legacy coded scheme (A1, A12 …) is kept inactive, with its hierarchy, so that
 * older data can still be matched.
 *
 * Affected persons: the union of every list, coded by slug, newest wording first.
 */
export function parseUhriTerms(dataRoot: string): TermSeed[] {
  const legacy = readCsv(dataRoot, LEGACY_FILE, ['type', 'code', 'title_en']);
  const observed = readCsv(dataRoot, OBSERVED_FILE, ['type', 'upr_cycle', 'label_en']);
  const cycle = (row: CsvRow) => row.oneOf('upr_cycle', ['2', '3', '4']);
  const ofType = (rows: CsvRow[], type: string) =>
    rows.filter((row) => row.oneOf('type', ['issue_level2', 'affected_persons', 'theme']) === type);
  const terms = new Map<string, TermSeed>();
  const add = (term: Omit<TermSeed, 'sort'>) => {
    const key = `${term.vocabulary}:${term.code}`;
    if (!terms.has(key)) terms.set(key, { ...term, sort: terms.size + 1 });
  };

  // Current themes, cycle 4 first so its wording wins.
  const themes = ofType(observed, 'theme');
  for (const wanted of ['4', '3']) {
    for (const row of themes.filter((r) => cycle(r) === wanted)) {
      const label = row.required('label_en');
      add({ vocabulary: 'uhri_theme', code: codeOf(label), name: { en: label } });
    }
  }

  // Legacy scheme: level-2 headings from impactoss (the first of a repeated code wins: the file
  // gives G5 to both refugees and internally displaced persons), then cycle-2 coded labels.
  const LEGACY_CODE = /^[A-H]\d{1,2}$/;
  for (const row of ofType(legacy, 'issue_level2')) {
    add({
      vocabulary: 'uhri_theme',
      code: row.matching('code', LEGACY_CODE, 'a UHRI code like A1'),
      name: { en: row.required('title_en') },
      active: false,
    });
  }
  for (const row of themes.filter((r) => cycle(r) === '2')) {
    const match = /^([A-H]\d{1,2})\s+(.+)$/.exec(row.required('label_en'));
    const [, code, label] = match ?? [];
    if (!code || !label)
      return row.fail('label_en', 'a cycle-2 theme must start with its UHRI code (e.g. "A12 …")');
    const parent = code.length === 3 ? code.slice(0, 2) : undefined;
    if (parent && !terms.has(`uhri_theme:${parent}`))
      row.fail('label_en', `no legacy heading ${parent} for ${code}`);
    add({
      vocabulary: 'uhri_theme',
      code,
      name: { en: label },
      active: false,
      ...(parent ? { parent: { vocabulary: 'uhri_theme', code: parent } } : {}),
    });
  }

  const persons = ofType(observed, 'affected_persons');
  const personRows = [
    ...persons.filter((r) => cycle(r) === '4'),
    ...persons.filter((r) => cycle(r) === '3'),
    ...ofType(legacy, 'affected_persons'),
    ...persons.filter((r) => cycle(r) === '2'),
  ];
  for (const row of personRows) {
    const label = capitalize(row.file === LEGACY_FILE ? row.required('title_en') : row.required('label_en'));
    add({ vocabulary: 'affected_person', code: codeOf(label), name: { en: label } });
  }
  return [...terms.values()];
}

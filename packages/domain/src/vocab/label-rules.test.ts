import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  labelKey,
  matchTermLabel,
  sdgCodesFromLabel,
  uhriCodeOf,
  uhriCodesFromLabel,
} from './label-rules.js';

/** The reference files the product ships (copied from the shared data set into `data/`). */
const csv = (path: string): Record<string, string>[] =>
  parse(readFileSync(new URL(`../../../../data/reference/${path}`, import.meta.url)), {
    columns: true,
    skip_empty_lines: true,
  });

describe('sdgCodesFromLabel', () => {
  it.each([
    ['16.3 - Promote the rule of law at the national and international levels', '16.3', '16'],
    ['Target 16.3', '16.3', '16'],
    ['Cible 5.a', '5.a', '5'],
    ['الغاية ١٦.٣', '16.3', '16'],
    ['- 4.7 - By 2030, ensure that all learners acquire the knowledge and skills', '4.7', '4'],
  ])('%s is target %s of goal %s', (label, target, goal) => {
    expect(sdgCodesFromLabel(label)).toEqual([
      { vocabulary: 'sdg_target', code: target },
      { vocabulary: 'sdg_goal', code: goal },
    ]);
  });

  it.each([
    ['Goal 16', '16'],
    ['ODD 16', '16'],
    ['SDG 5', '5'],
    ['Objectif 10 : Réduire les inégalités', '10'],
    ['الهدف 16', '16'],
    ['الهدف ١٦: السلام والعدل والمؤسسات القوية', '16'],
    ['5 - Achieve gender equality and empower all women and girls', '5'],
  ])('%s is goal %s', (label, goal) => {
    expect(sdgCodesFromLabel(label)).toEqual([{ vocabulary: 'sdg_goal', code: goal }]);
  });

  it.each(['Goal 18', '2030 Agenda & other voluntary commitments', 'Gender equality', '', '18.1 - x'])(
    '%s is no SDG',
    (label) => expect(sdgCodesFromLabel(label)).toEqual([]),
  );

  it('reads every official target written as UHRI writes it, "16.3 - title"', () => {
    const targets = csv('sdg/sdg_targets_en_fr_ar_es.csv');
    expect(targets.length).toBe(169);
    for (const row of targets) {
      for (const title of [row.title_en, row.title_fr, row.title_ar]) {
        expect(sdgCodesFromLabel(`${row.target} - ${title}`)).toEqual([
          { vocabulary: 'sdg_target', code: row.target },
          { vocabulary: 'sdg_goal', code: row.goal },
        ]);
      }
    }
  });

  it('reads every official goal written as "Goal n" and "n - title"', () => {
    for (const row of csv('sdg/sdg_goals_en_fr_ar_es.csv')) {
      expect(sdgCodesFromLabel(`Goal ${row.goal}`)).toEqual([{ vocabulary: 'sdg_goal', code: row.goal }]);
      expect(sdgCodesFromLabel(`${row.goal} - ${row.title_en}`)).toEqual([
        { vocabulary: 'sdg_goal', code: row.goal },
      ]);
    }
  });
});

describe('UHRI labels', () => {
  const observed = csv('uhri/uhri_themes_and_persons_observed_in_ohchr_matrices_slovenia.csv');

  it('spellings of one theme across UPR cycles give one code', () => {
    // Cycle 3 wrote "Budget &resources", cycle 4 "Budget & resources".
    const budget = observed.filter((r) => r.label_en?.startsWith('Budget')).map((r) => r.label_en ?? '');
    expect(budget.length).toBeGreaterThan(1);
    expect(new Set(budget.map(uhriCodeOf))).toEqual(
      new Set(['budget-and-resources-for-human-rights-implementation']),
    );
    expect(uhriCodeOf('National Human Rights Institution (NHRI)')).toBe(
      uhriCodeOf('national human rights institution'),
    );
    expect(uhriCodeOf('persons with disabilities')).toBe(uhriCodeOf('Persons with disabilities'));
  });

  it('a legacy coded label gives its code first, then its name', () => {
    expect(uhriCodesFromLabel('A12 Acceptance of international norms')).toEqual([
      'A12',
      'acceptance-of-international-norms',
    ]);
    expect(uhriCodesFromLabel('- Women')).toEqual(['women']);
  });

  it('every observed label has a code', () => {
    for (const row of observed) expect(uhriCodesFromLabel(row.label_en ?? '')[0]).toMatch(/^[A-Za-z0-9-]+$/);
  });
});

describe('labelKey and matchTermLabel', () => {
  it('ignores case, accents, apostrophes, "&" and Arabic spelling variants', () => {
    expect(labelKey("Women's rights")).toBe(labelKey('womens RIGHTS'));
    expect(labelKey('Droits économiques & sociaux')).toBe(labelKey('droits economiques and sociaux'));
    expect(labelKey('حقوق المرأة')).toBe(labelKey('حقوق المراة'));
  });

  const terms = [
    { id: 't1', vocabulary: 'sdg_goal', code: '16', name: { en: 'Peace, justice and strong institutions' } },
    { id: 't2', vocabulary: 'sdg_target', code: '16.3', name: { en: 'Promote the rule of law' } },
    {
      id: 't3',
      vocabulary: 'uhri_theme',
      code: 'access-to-justice-and-remedy',
      name: { en: 'Access to justice & remedy' },
    },
    { id: 't4', vocabulary: 'uhri_theme', code: 'A12', name: { en: 'Acceptance of international norms' } },
    {
      id: 't5',
      vocabulary: 'cluster',
      code: 'women',
      name: { en: "Women's rights", fr: 'Droits des femmes', ar: 'حقوق المرأة' },
    },
  ] as const;

  it.each([
    ['16.3 - Promote the rule of law at the national and international levels', 't2'],
    ['Goal 16', 't1'],
    ['Access to justice & remedy', 't3'],
    ['A12 Acceptance of international norms', 't4'],
    ['Womens rights', 't5'],
    ['droits des femmes', 't5'],
    ['حقوق المراة', 't5'],
  ])('%s → %s', (label, id) => {
    expect(matchTermLabel(label, terms)?.id).toBe(id);
  });

  it('leaves an unknown label unmatched', () => {
    expect(matchTermLabel('Migrants', terms)).toBeUndefined();
  });
});

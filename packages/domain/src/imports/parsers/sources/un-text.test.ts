import { describe, expect, it } from 'vitest';
import { fixtureText } from './fixtures.test-helper.js';
import { parseUnText } from './un-text.js';

const parse = (name: string) => parseUnText(fixtureText(name));
const summary = (name: string) =>
  parse(name).drafts.map(({ row, draft }) => ({ row, key: draft.key, states: draft.recommendingStates }));

describe('UPR working-group report, recommendations section', () => {
  it('English (A/HRC/21/3): entries across lines and page breaks, States in parentheses', () => {
    const { drafts, problems } = parse('un-text-upr-en-A-HRC-21-3.txt');
    expect(problems).toEqual([]);
    expect(drafts.map(({ draft }) => draft.paragraph)).toEqual([
      '129.1',
      '129.2',
      '129.3',
      '129.4',
      '129.5',
      '129.6',
      '129.7',
      '129.8',
      '129.9',
      '129.10',
    ]);
    expect(drafts[0]).toMatchObject({
      row: 14,
      draft: {
        key: 'A/HRC/21/3 §129.1',
        mechanism: 'UPR',
        document: { symbol: 'A/HRC/21/3' },
        originalLang: 'en',
        recommendingStates: ['Uruguay'],
      },
    });
    expect(drafts[0]?.draft.text.en).toBe(
      'Establish expressly in the Criminal Code the criminalization of enforced disappearances and a ban of its statute of limitations, as well as ratify the International Convention against Enforced Disappearances and recognize the competence of its Committee',
    );
    expect(drafts[5]?.draft.recommendingStates).toEqual([
      'Austria',
      'Costa Rica',
      'Estonia',
      'Latvia',
      'Slovakia',
      'Switzerland',
    ]);
    // the page break (job number, page number, running symbol) inside entry 129.6 is not text
    expect(drafts[5]?.draft.text.en).toMatch(
      /^Consider ratifying the Rome Statute .* cooperation with the Court$/,
    );
    // the last entry stops before paragraph 130
    expect(drafts[9]?.draft.text.en).toBe(
      'Sign the Optional Protocol on the International Covenant on Economic, Social and Cultural Rights',
    );
  });

  it('French (A/HRC/36/6): "(Monténégro) (Croatie)" and a State name broken over two lines', () => {
    const drafts = summary('un-text-upr-fr-A-HRC-36-6.txt');
    expect(drafts.map(({ key }) => key)).toEqual([
      'A/HRC/36/6 §144.6',
      'A/HRC/36/6 §144.7',
      'A/HRC/36/6 §144.9',
      'A/HRC/36/6 §144.10',
      'A/HRC/36/6 §144.117',
      'A/HRC/36/6 §144.123',
      'A/HRC/36/6 §144.124',
      'A/HRC/36/6 §144.125',
      'A/HRC/36/6 §144.126',
      'A/HRC/36/6 §144.127',
    ]);
    expect(drafts[2]?.states).toEqual(['Monténégro', 'Croatie']);
    expect(drafts[5]?.states).toEqual(['États-Unis d’Amérique']);
    expect(drafts[8]?.states).toEqual(['Sri Lanka']);
    const last = parse('un-text-upr-fr-A-HRC-36-6.txt').drafts.at(-1)?.draft;
    expect(last?.originalLang).toBe('fr');
    expect(last?.text.fr).toBe(
      'Parachever le processus de réforme du système judiciaire et garantir l’indépendance du pouvoir judiciaire en conformité avec les exigences constitutionnelles',
    );
  });

  it('Arabic (A/HRC/36/6): "144-1" and Eastern Arabic digits both become "144.1"', () => {
    const { drafts, problems } = parse('un-text-upr-ar-A-HRC-36-6.txt');
    expect(problems).toEqual([]);
    expect(drafts.map(({ draft }) => draft.paragraph)).toEqual([
      '144.6',
      '144.7',
      '144.9',
      '144.10',
      '144.117',
      '144.123',
      '144.124',
      '144.125',
      '144.126',
      '144.127',
    ]);
    expect(drafts[2]?.draft).toMatchObject({
      key: 'A/HRC/36/6 §144.9',
      originalLang: 'ar',
      recommendingStates: ['الجبل الأسود', 'كرواتيا'],
    });
    expect(drafts[7]?.draft.text).toEqual({ ar: 'إكمال إصلاحات القضاء' });
    expect(drafts[7]?.draft.recommendingStates).toEqual(['الكويت']);
  });

  it('several entries on one line, "(Chile, Peru)" and nested parentheses', () => {
    const { drafts } = parseUnText(
      '144.1 Ratify the Convention (Uruguay); 144.2 Abolish the death penalty (Chile) (Peru); 144.3 Strengthen the national human rights institution (Chile, Venezuela (Bolivarian Republic of)).',
      { symbol: 'A/HRC/36/6' },
    );
    expect(drafts.map(({ draft }) => [draft.paragraph, draft.text.en, draft.recommendingStates])).toEqual([
      ['144.1', 'Ratify the Convention', ['Uruguay']],
      ['144.2', 'Abolish the death penalty', ['Chile', 'Peru']],
      [
        '144.3',
        'Strengthen the national human rights institution',
        ['Chile', 'Venezuela (Bolivarian Republic of)'],
      ],
    ]);
  });
});

describe('Treaty-body concluding observations', () => {
  it('English (CCPR/C/MAR/CO/6): one recommendation per sub-paragraph, observations and headings left out', () => {
    const { drafts, problems } = parse('un-text-co-en-CCPR-C-MAR-CO-6.txt');
    expect(problems).toEqual([]);
    expect(drafts.map(({ row, draft }) => [row, draft.key])).toEqual([
      [11, 'CCPR/C/MAR/CO/6 §18'],
      [19, 'CCPR/C/MAR/CO/6 §24(a)'],
      [21, 'CCPR/C/MAR/CO/6 §24(b)'],
      [23, 'CCPR/C/MAR/CO/6 §24(c)'],
      [25, 'CCPR/C/MAR/CO/6 §24(d)'],
      [26, 'CCPR/C/MAR/CO/6 §24(e)'],
      [28, 'CCPR/C/MAR/CO/6 §42'],
    ]);
    const byKey = new Map(drafts.map(({ draft }) => [draft.key, draft]));
    expect(byKey.get('CCPR/C/MAR/CO/6 §24(d)')).toMatchObject({
      mechanism: 'CCPR',
      paragraph: '24(d)',
      text: { en: 'offer effective remedies to victims and guarantee them reparation' },
    });
    // the heading after paragraph 18 is not part of it
    expect(byKey.get('CCPR/C/MAR/CO/6 §18')?.text.en).toMatch(/taken into custody\.$/);
  });

  it('French (CEDAW/C/MAR/CO/4): "a) … ;" items after "Le Comité recommande à l’État partie :"', () => {
    const drafts = parse('un-text-co-fr-CEDAW-C-MAR-CO-4.txt').drafts;
    expect(drafts.map(({ draft }) => draft.paragraph)).toEqual([
      '21(a)',
      '21(b)',
      '21(c)',
      '21(d)',
      '23(a)',
      '23(b)',
      '23(c)',
      '23(d)',
      '35',
    ]);
    expect(drafts[1]?.draft).toMatchObject({
      key: 'CEDAW/C/MAR/CO/4 §21(b)',
      mechanism: 'CEDAW',
      originalLang: 'fr',
      text: {
        fr: 'modifier le Code pénal pour criminaliser le viol conjugal et s’assurer que les auteurs de viols n’échappent pas aux poursuites pénales quand ils épousent leur victime',
      },
    });
    expect(drafts.at(-1)?.draft.text.fr).toMatch(/^Le Comité recommande à l’État partie de veiller/);
  });

  it('Arabic (CEDAW/C/MAR/CO/4): (أ) (ب) (ج) (د) become (a) (b) (c) (d); Eastern Arabic paragraph numbers', () => {
    const drafts = parse('un-text-co-ar-CEDAW-C-MAR-CO-4.txt').drafts;
    expect(drafts.map(({ draft }) => draft.key)).toEqual([
      'CEDAW/C/MAR/CO/4 §21(a)',
      'CEDAW/C/MAR/CO/4 §21(b)',
      'CEDAW/C/MAR/CO/4 §21(c)',
      'CEDAW/C/MAR/CO/4 §21(d)',
      'CEDAW/C/MAR/CO/4 §23(a)',
      'CEDAW/C/MAR/CO/4 §23(b)',
      'CEDAW/C/MAR/CO/4 §23(c)',
      'CEDAW/C/MAR/CO/4 §23(d)',
      'CEDAW/C/MAR/CO/4 §35',
    ]);
    expect(drafts[3]?.draft.text).toEqual({ ar: 'توفير الحماية للمشتغلات بالخدمة في المنازل.' });
    expect(drafts[0]?.draft.originalLang).toBe('ar');
  });

  it('derives the mechanism from the symbol, or takes the given symbol, mechanism and language', () => {
    const text = '12. The Committee recommends that the State party:\n(a) Adopt a law;\n(b) Train judges.';
    expect(parseUnText(`CRC/C/MAR/CO/3-4\n${text}`).drafts[0]?.draft.mechanism).toBe('CRC');
    expect(parseUnText(`E/C.12/MAR/CO/4\n${text}`).drafts[0]?.draft.mechanism).toBe('CESCR');
    const given = parseUnText(text, { symbol: 'CAT/C/MAR/CO/4', mechanism: 'CAT', language: 'fr' });
    expect(given.drafts.map(({ draft }) => [draft.key, draft.mechanism, Object.keys(draft.text)[0]])).toEqual(
      [
        ['CAT/C/MAR/CO/4 §12(a)', 'CAT', 'fr'],
        ['CAT/C/MAR/CO/4 §12(b)', 'CAT', 'fr'],
      ],
    );
  });

  it('asks for the symbol when the text has none, and says when it finds no recommendation', () => {
    expect(parseUnText('12. The Committee recommends…').problems).toEqual([
      { code: 'required_missing', severity: 'error', column: 'symbol' },
    ]);
    expect(parseUnText('CAT/C/MAR/CO/4\n3. The Committee welcomes the report.').problems).toEqual([
      { code: 'no_recommendations_found', severity: 'error' },
    ]);
  });
});

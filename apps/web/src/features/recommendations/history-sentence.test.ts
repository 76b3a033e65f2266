import type { RecurrenceEntry } from '@tatabbu/domain';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatters } from '../../i18n/format';
import { arStrings as ar, enStrings as en, frStrings as fr } from '../../i18n/locales/index';
import { historySentence } from './history-sentence';

const entry = (
  date: string,
  states: [string, Record<string, string>][],
  current = false,
): RecurrenceEntry => ({
  id: crypto.randomUUID(),
  key: `K ${date}`,
  mechanism: { id: 'm', code: 'UPR', type: 'upr', name: { en: 'Universal Periodic Review' } },
  source: { reviewId: null, title: {}, symbol: null, date: null, cycle: null },
  date,
  recommendingStates: states.map(([iso2, name]) => ({ iso2, name })),
  similarity: current ? null : 0.9,
  excerpt: '',
  excerptLang: null,
  current,
});

const france: [string, Record<string, string>] = ['FR', { en: 'France', fr: 'France', ar: 'فرنسا' }];
const brazil: [string, Record<string, string>] = ['BR', { en: 'Brazil', fr: 'Brésil', ar: 'البرازيل' }];
const chain = [entry('2008-05-22', [france, brazil]), entry('2012-07-06', []), entry('2017-09-20', [], true)];

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { en: { translation: en }, fr: { translation: fr }, ar: { translation: ar } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});

const sentence = (lang: string, c = chain) => historySentence(c, i18n.getFixedT(lang), formatters(lang));

describe('historySentence', () => {
  it('says when it was first made, by whom, and when it was repeated, in each language', () => {
    expect(sentence('en')).toBe(
      'First made in 2008 by France and Brazil, repeated 2 times, in 2012 and 2017.',
    );
    expect(sentence('fr')).toBe(
      'Formulée pour la première fois en 2008 (France et Brésil), reprise 2 fois, en 2012 et 2017.',
    );
    expect(sentence('ar')).toBe('صدرت لأول مرة سنة 2008 عن فرنسا والبرازيل، وتكررت مرتين، سنتي 2012 و2017.');
  });

  it('uses the singular for one repetition and the mechanism when no State is named', () => {
    const two = [entry('2008-01-01', []), entry('2012-01-01', [], true)];
    expect(sentence('en', two)).toBe('First made in 2008 by Universal Periodic Review, repeated in 2012.');
  });

  it('has nothing to say about a recommendation made once', () => {
    expect(sentence('en', [entry('2017-01-01', [], true)])).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { suggestMapping } from './suggest-mapping.js';

describe('suggestMapping', () => {
  it('maps French and Arabic headers of a national tracking sheet', () => {
    const headers = [
      'Mécanisme',
      'Cote',
      'Paragraphe',
      'Texte',
      'النص',
      'État recommandant',
      'Position',
      'Axe',
      'Statut',
    ];
    expect(suggestMapping(headers).columns).toEqual({
      mechanism: 'Mécanisme',
      'document.symbol': 'Cote',
      paragraph: 'Paragraphe',
      'text.fr': 'Texte',
      'text.ar': 'النص',
      recommendingStates: 'État recommandant',
      position: 'Position',
      'terms.axis': 'Axe',
      status: 'Statut',
    });
  });

  it('reads the language from the header when it is marked', () => {
    const { columns } = suggestMapping([
      'text_fr',
      'text_ar',
      'Texte (EN)',
      'النص بالفرنسية',
      'Recommendation',
    ]);
    expect(columns['text.fr']).toBe('text_fr');
    expect(columns['text.ar']).toBe('text_ar');
    expect(columns['text.en']).toBe('Texte (EN)');
  });

  it('maps Arabic and English headers', () => {
    expect(
      suggestMapping(['التوصية', 'الآلية', 'الدولة الموصية', 'الموقف', 'الفقرة', 'رمز الوثيقة', 'المحور'])
        .columns,
    ).toEqual({
      'text.ar': 'التوصية',
      mechanism: 'الآلية',
      recommendingStates: 'الدولة الموصية',
      position: 'الموقف',
      paragraph: 'الفقرة',
      'document.symbol': 'رمز الوثيقة',
      'terms.axis': 'المحور',
    });
    expect(
      suggestMapping(['Recommendation', 'Recommending State', 'Theme', 'Date', 'Session']).columns,
    ).toEqual({
      'text.en': 'Recommendation',
      recommendingStates: 'Recommending State',
      'terms.uhri_theme': 'Theme',
      date: 'Date',
      'review.session': 'Session',
    });
  });

  it('maps nothing it does not recognise', () => {
    expect(suggestMapping(['foo', 'bar', '']).columns).toEqual({});
  });
});

import { describe, expect, it } from 'vitest';
import { dirOf, negotiateLocale, pickText } from './languages.js';

describe('negotiateLocale', () => {
  it('takes the best-weighted supported language', () => {
    expect(negotiateLocale('ar-MA,fr;q=0.8,en;q=0.5')).toBe('ar');
    expect(negotiateLocale('de-DE,fr;q=0.7,en;q=0.9')).toBe('en');
    expect(negotiateLocale('es, fr-CA;q=0.4')).toBe('fr');
  });
  it('returns undefined when nothing is supported or the header is junk', () => {
    expect(negotiateLocale('de,it')).toBeUndefined();
    expect(negotiateLocale('')).toBeUndefined();
    expect(negotiateLocale(';;;,q=abc')).toBeUndefined();
    expect(negotiateLocale(undefined)).toBeUndefined();
  });
  it('ignores languages refused with q=0', () => {
    expect(negotiateLocale('ar;q=0, fr')).toBe('fr');
  });
});

describe('pickText', () => {
  it('prefers the wanted language and says which one it gave', () => {
    expect(pickText({ ar: 'نص', fr: 'texte' }, 'ar')).toEqual({ text: 'نص', lang: 'ar' });
    expect(pickText({ fr: 'texte' }, 'en')).toEqual({ text: 'texte', lang: 'fr' });
    expect(pickText({ fr: '  ', ar: 'نص' }, 'fr')).toEqual({ text: 'نص', lang: 'ar' });
    expect(pickText({}, 'fr')).toBeNull();
  });
  it('gives Arabic right-to-left', () => {
    expect(dirOf('ar')).toBe('rtl');
    expect(dirOf('fr')).toBe('ltr');
  });
});

import { describe, expect, it } from 'vitest';
import { baseLocale, chooseLocale, cookieFor, intlLocale } from './locale';

describe('chooseLocale', () => {
  it('prefers the stored choice over everything else', () => {
    expect(chooseLocale({ stored: 'fr', browser: ['ar-MA', 'en'], fallback: 'en' })).toBe('fr');
  });

  it('ignores a stored value that is not a UI locale', () => {
    expect(chooseLocale({ stored: 'es', browser: ['en-US'], fallback: 'ar' })).toBe('en');
    expect(chooseLocale({ stored: '', browser: ['fr-CA'], fallback: 'ar' })).toBe('fr');
  });

  it('takes the first supported browser language, by base language', () => {
    expect(chooseLocale({ stored: null, browser: ['de-DE', 'ar-MA', 'fr'], fallback: 'en' })).toBe('ar');
    expect(chooseLocale({ browser: ['FR_be'], fallback: 'ar' })).toBe('fr');
  });

  it('falls back to the instance default when nothing else matches', () => {
    expect(chooseLocale({ stored: null, browser: ['de', 'es-ES'], fallback: 'ar' })).toBe('ar');
    expect(chooseLocale({ browser: [], fallback: 'fr' })).toBe('fr');
  });

  it('is undefined when there is neither a choice, a browser match nor a default', () => {
    expect(chooseLocale({ browser: ['de'] })).toBeUndefined();
  });
});

describe('locale helpers', () => {
  it('reduces tags to their base UI locale', () => {
    expect(baseLocale('ar-MA')).toBe('ar');
    expect(baseLocale('en')).toBe('en');
    expect(baseLocale('es')).toBeUndefined();
    expect(baseLocale(undefined)).toBeUndefined();
  });

  it('formats Arabic with Western digits and the Gregorian calendar', () => {
    const n = new Intl.NumberFormat(intlLocale('ar')).format(756);
    expect(n).toBe('756');
    const d = new Intl.DateTimeFormat(intlLocale('ar'), { year: 'numeric' }).format(new Date('2017-09-15'));
    expect(d).toContain('2017');
  });

  it('writes the cookie the server reads', () => {
    expect(cookieFor('ar')).toBe('tatabbu_locale=ar; path=/; max-age=31536000; samesite=lax');
  });
});

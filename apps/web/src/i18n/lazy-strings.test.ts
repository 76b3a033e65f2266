import { describe, expect, it } from 'vitest';
import { arStrings, frStrings } from './locales/index';

// The app sets <html lang dir>; these tests run without a browser.
const root = { lang: '', dir: '' };
(globalThis as { document?: unknown }).document ??= { documentElement: root };

describe('UI strings, one language at a time', () => {
  it("loads the reader's language only, and another one when the reader switches to it", async () => {
    const { i18n, initI18n, switchLanguage } = await import('./index');
    // The workspace's guard may ask for the account's language while the strings are still loading.
    const early = switchLanguage('fr');
    await initI18n('fr');
    await early;
    expect(i18n.t('language.label')).toBe(frStrings.language.label);
    expect(i18n.hasResourceBundle('ar', 'translation')).toBe(false);

    await switchLanguage('ar');
    expect(i18n.hasResourceBundle('ar', 'translation')).toBe(true);
    expect(i18n.t('language.label')).toBe(arStrings.language.label);
    expect(root).toEqual({ lang: 'ar', dir: 'rtl' });
  });
});

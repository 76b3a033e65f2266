import { CONTENT_LANGS, type ContentLang, UI_LOCALES, type UiLocale } from './language-codes.js';
import type { LocalizedText } from './language-schemas.js';

export * from './language-codes.js';
export * from './language-schemas.js';

export const RTL_LANGS: ReadonlySet<string> = new Set(['ar']);
export const dirOf = (lang: string): 'rtl' | 'ltr' => (RTL_LANGS.has(lang) ? 'rtl' : 'ltr');

/** Fallback chain used when a text is missing in the wanted language. */
const FALLBACK: Record<ContentLang, ContentLang[]> = {
  ar: ['ar', 'fr', 'en', 'es'],
  fr: ['fr', 'en', 'ar', 'es'],
  en: ['en', 'fr', 'es', 'ar'],
  es: ['es', 'en', 'fr', 'ar'],
};

/** The best available text for `lang`, with the language it is actually in. */
export function pickText(
  text: LocalizedText | null | undefined,
  lang: string,
): { text: string; lang: ContentLang } | null {
  if (!text) return null;
  const chain = FALLBACK[(CONTENT_LANGS as readonly string[]).includes(lang) ? (lang as ContentLang) : 'en'];
  for (const l of chain) {
    const t = text[l];
    if (t?.trim()) return { text: t, lang: l };
  }
  return null;
}

/**
 * Choose a UI locale from an Accept-Language header value ("ar-MA,fr;q=0.8,en;q=0.5").
 * Returns undefined when nothing in the header is supported.
 */
export function negotiateLocale(header: string | undefined | null): UiLocale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return {
        base: tag.toLowerCase().split('-')[0] ?? '',
        weight: Number.isFinite(weight) ? weight : 0,
        index,
      };
    })
    .filter((x) => x.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { base } of ranked) {
    if ((UI_LOCALES as readonly string[]).includes(base)) return base as UiLocale;
  }
  return undefined;
}

export const isUiLocale = (v: unknown): v is UiLocale =>
  typeof v === 'string' && (UI_LOCALES as readonly string[]).includes(v);

/** Cookie in which the web app remembers the reader's language, so the server serves it first. */
export const LOCALE_COOKIE = 'tatabbu_locale';

/** Languages content can be written in (UN working languages relevant to the users). */
export const CONTENT_LANGS = ['ar', 'fr', 'en', 'es'] as const;
export type ContentLang = (typeof CONTENT_LANGS)[number];

/** Languages the interface is fully translated into. */
export const UI_LOCALES = ['ar', 'fr', 'en'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

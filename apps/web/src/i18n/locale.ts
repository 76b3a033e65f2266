import { dirOf, isUiLocale, LOCALE_COOKIE, type UiLocale } from '@tatabbu/domain';

export const LOCALE_STORAGE_KEY = 'tatabbu.locale';

/** Each language named in itself, for the language switcher. */
export const LOCALE_NAMES: Record<UiLocale, string> = { ar: 'العربية', fr: 'Français', en: 'English' };

/** The supported UI locale of a BCP 47 tag ("ar-MA" → "ar"), or undefined. */
export function baseLocale(tag: string | null | undefined): UiLocale | undefined {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return isUiLocale(base) ? base : undefined;
}

export interface LocaleInputs {
  /** What the user chose before (localStorage), if anything. */
  stored?: string | null;
  /** The browser's languages in preference order (navigator.languages). */
  browser?: readonly string[] | null;
  /** The instance default (`GET /api/v1/config` → defaultLocale). */
  fallback?: UiLocale;
}

/**
 * The UI language: the user's own choice, else the first of the browser's languages we support,
 * else the instance default. Returns undefined only when none of the three gives an answer.
 */
export function chooseLocale({ stored, browser, fallback }: LocaleInputs): UiLocale | undefined {
  if (isUiLocale(stored)) return stored;
  for (const tag of browser ?? []) {
    const base = baseLocale(tag);
    if (base) return base;
  }
  return fallback;
}

/**
 * The tag given to Intl for dates and numbers. Arabic uses Moroccan conventions (Gregorian
 * calendar, Western digits), as the DIDH does in its publications.
 */
export function intlLocale(locale: string): string {
  switch (baseLocale(locale)) {
    case 'ar':
      return 'ar-MA-u-nu-latn';
    case 'fr':
      return 'fr-FR';
    default:
      return 'en-GB';
  }
}

export const cookieFor = (locale: UiLocale): string =>
  `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax`;

export { dirOf, isUiLocale, LOCALE_COOKIE };

import type { UiLocale } from '@tatabbu/domain';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { cookieFor, dirOf, intlLocale, isUiLocale, LOCALE_STORAGE_KEY } from './locale';
import { arStrings, enStrings, frStrings } from './locales/index';

/** Every language at once, for tests; the app itself loads only the reader's (below). */
export const resources = {
  ar: { translation: arStrings },
  fr: { translation: frStrings },
  en: { translation: enStrings },
} as const;

/** One chunk per language: a first visit downloads its own strings only, not all three. */
const loaders: Record<UiLocale, () => Promise<typeof enStrings>> = {
  ar: async () => (await import('./locales/strings-ar')).arStrings,
  fr: async () => (await import('./locales/strings-fr')).frStrings,
  en: async () => (await import('./locales/strings-en')).enStrings,
};

/**
 * The router starts with its module, so a loader (the workspace's account language) may ask for a
 * language before `initI18n` has finished: wait for it rather than use a half-built instance.
 */
function initialised(): Promise<void> {
  if (i18n.isInitialized) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      i18n.off('initialized', done);
      resolve();
    };
    i18n.on('initialized', done);
  });
}

async function ensureStrings(locale: UiLocale): Promise<void> {
  await initialised();
  if (!i18n.hasResourceBundle(locale, 'translation')) {
    i18n.addResourceBundle(locale, 'translation', await loaders[locale]());
  }
}

/** Reads the remembered choice; storage can be unavailable (private mode, blocked cookies). */
export function storedLocale(): string | null {
  try {
    return window.localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** `<html lang dir>` follows the UI language. */
function applyToDocument(locale: UiLocale): void {
  const root = document.documentElement;
  root.lang = locale;
  root.dir = dirOf(locale);
}

export async function initI18n(locale: UiLocale): Promise<typeof i18n> {
  await i18n.use(initReactI18next).init({
    resources: { [locale]: { translation: await loaders[locale]() } },
    partialBundledLanguages: true,
    lng: locale,
    fallbackLng: false,
    supportedLngs: ['ar', 'fr', 'en'],
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: false },
  });
  // Numbers inside translations ("{{count, number}}") follow the same conventions as the rest of the UI.
  i18n.services.formatter?.add('number', (value, lng) =>
    new Intl.NumberFormat(intlLocale(lng ?? locale)).format(Number(value)),
  );
  applyToDocument(locale);
  return i18n;
}

/**
 * The user's explicit choice: remembered in localStorage and in a cookie (so the server can serve
 * `<html lang dir>` right on the next visit), applied to the document and to i18next.
 */
export async function chooseLanguage(locale: UiLocale): Promise<void> {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // storage blocked: the cookie still carries the choice
  }
  // biome-ignore lint/suspicious/noDocumentCookie: one plain cookie the server reads; no library needed
  document.cookie = cookieFor(locale);
  await switchLanguage(locale);
}

/** Changes the language without remembering it as the user's choice (e.g. the account's saved preference). */
export async function switchLanguage(locale: UiLocale): Promise<void> {
  await ensureStrings(locale);
  applyToDocument(locale);
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

export function currentLocale(): UiLocale {
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return isUiLocale(lng) ? lng : 'en';
}

export { i18n };

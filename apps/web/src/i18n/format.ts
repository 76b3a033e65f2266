import { type LocalizedText, pickText } from '@tatabbu/domain';
import { useTranslation } from 'react-i18next';
import { intlLocale } from './locale';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A value set apart from the sentence around it for the bidirectional algorithm (FSI … PDI), so a
 * Latin name or a date inside Arabic text keeps its own order.
 */
export const isolate = (value: string): string => `\u2068${value}\u2069`;

/** Dates (Gregorian), numbers and multilingual content in the UI language. */
function build(locale: string) {
  const tag = intlLocale(locale);
  const numberFormat = new Intl.NumberFormat(tag);
  const dateFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
  const dateTimeFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    locale,
    number: (n: number) => numberFormat.format(n),
    /** A calendar date ("2017-09-15" or a timestamp), shown without shifting by the time zone. */
    date: (iso: string | null | undefined) => {
      if (!iso) return '';
      const d = new Date(DATE_ONLY.test(iso) ? `${iso}T00:00:00Z` : iso);
      return Number.isNaN(d.getTime()) ? iso : dateFormat.format(d);
    },
    dateTime: (iso: string | null | undefined) => {
      if (!iso) return '';
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : dateTimeFormat.format(d);
    },
    /** The best text for the UI language (with fallback), or ''. */
    text: (value: LocalizedText | null | undefined) => pickText(value, locale)?.text ?? '',
  };
}

export type Formatters = ReturnType<typeof build>;
const cache = new Map<string, Formatters>();

export function formatters(locale: string): Formatters {
  let f = cache.get(locale);
  if (!f) {
    f = build(locale);
    cache.set(locale, f);
  }
  return f;
}

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return formatters(i18n.resolvedLanguage ?? i18n.language);
}

import type { LocalizedText, RecurrenceEntry } from '@tatabbu/domain';
import type { TFunction } from 'i18next';
import type { Formatters } from '../../i18n/format';
import { intlLocale } from '../../i18n/locale';

const yearOf = (entry: RecurrenceEntry): number | null => {
  const date = entry.date ?? entry.source.date;
  const year = date ? Number(date.slice(0, 4)) : Number.NaN;
  return Number.isFinite(year) ? year : null;
};

/** "France, Brazil and Chile" / "la France, le Brésil et le Chili": the language's own list rules. */
export function formatList(locale: string, items: readonly string[]): string {
  return new Intl.ListFormat(intlLocale(locale), { style: 'long', type: 'conjunction' }).format(items);
}

/**
 * "First made in 2008 by France, repeated in 2012 and 2017." from a recurrence chain (oldest
 * first); null when the chain has no dated earlier or later record. Who made it: the recommending
 * States (UPR), else the mechanism.
 */
export function historySentence(
  chain: readonly RecurrenceEntry[],
  t: TFunction,
  f: Pick<Formatters, 'locale' | 'text'>,
): string | null {
  const dated = chain.filter((e) => yearOf(e) !== null);
  const [first, ...rest] = dated;
  if (!first || rest.length === 0) return null;
  const year = (e: RecurrenceEntry) => String(yearOf(e));
  const names = (texts: LocalizedText[]) => texts.map((n) => f.text(n)).filter(Boolean);
  const states = names(first.recommendingStates.map((s) => s.name));
  const by = states.length
    ? formatList(f.locale, states)
    : f.text(first.mechanism.name) || first.mechanism.code;
  const years = [...new Set(rest.map(year))];
  const firstPart = t('tagging.history.firstMade', { year: year(first), by });
  const repeated = t('tagging.history.repeated', { count: years.length, years: formatList(f.locale, years) });
  return t('tagging.history.sentence', { first: firstPart, repeated });
}

import type { LocalizedText } from '@tatabbu/domain';
import type { Formatters } from '../../i18n/format';

/** "Ministry of Justice (MJ)" in the UI language, falling back to the code. */
export function institutionLabel(
  f: Formatters,
  i: { code: string; name: LocalizedText; acronym: LocalizedText },
): string {
  const name = f.text(i.name) || i.code;
  const acronym = f.text(i.acronym);
  return acronym && acronym !== name ? `${name} (${acronym})` : name;
}

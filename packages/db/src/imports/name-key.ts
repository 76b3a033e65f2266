import { normalizeArabic } from '@tatabbu/domain';

/**
 * A name reduced to what identifies it: lower case, Arabic normalised, accents and punctuation
 * dropped, "&" read as "and", a leading article ("the", "le", "la", "les", "l'", "ال" on the first word) removed.
 * "Côte d’Ivoire", "cote d'ivoire" and "COTE D IVOIRE" give the same key.
 */
export function nameKey(name: string): string {
  return normalizeArabic(name)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(the|le|la|les|l) /, '')
    .replace(/^ال(?=\p{L}{3})/u, '');
}

/**
 * Keys under which a country name is also known: without a parenthesised part
 * ("Bolivia (Plurinational State of)" → "Bolivia"), and "Korea, Republic of" turned around.
 */
export function nameVariants(name: string): string[] {
  const keys = new Set([nameKey(name)]);
  const withoutParens = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  if (withoutParens && withoutParens !== name) keys.add(nameKey(withoutParens));
  const inverted = /^([^,]+),\s*(.+)$/.exec(name);
  if (inverted?.[1] && inverted[2]) keys.add(nameKey(`${inverted[2]} ${inverted[1]}`));
  keys.delete('');
  return [...keys];
}

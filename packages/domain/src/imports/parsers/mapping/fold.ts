import { normalizeArabic } from '../../../text/normalize-arabic.js';

/**
 * A label reduced for comparison: Latin accents dropped, Arabic normalised (hamza, alef, ta marbuta,
 * diacritics), lower case, punctuation and spacing collapsed — "Acceptée", "ACCEPTEE" and "acceptee"
 * meet, as do "أُحيط علماً" and "احيط علما".
 */
export function fold(label: string): string {
  return normalizeArabic(label.normalize('NFD').replace(/\p{M}/gu, ''))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

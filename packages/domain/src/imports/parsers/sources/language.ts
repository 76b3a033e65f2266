import type { ContentLang } from '../../../i18n/languages.js';

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F]/g;
const LATIN_LETTER = /[A-Za-zÀ-ÿ]/g;
const FRENCH_MARKERS =
  /\b(?:le|la|les|des|du|et|à|aux|pour|dans|une|sur|qui|au|l'|d'|ses|leur|État|Comité|recommande)\b|[éèêàçùœ]/gi;
const ENGLISH_MARKERS = /\b(?:the|and|of|to|for|in|with|that|its|on|by|State|Committee|recommends)\b/gi;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/**
 * The language a recommendation is written in: Arabic when the letters are mostly Arabic script,
 * else French or English by their most frequent small words and accents. `fallback` when undecided.
 */
export function detectLanguage(text: string, fallback: ContentLang = 'en'): ContentLang {
  const sample = text.slice(0, 4000);
  const arabic = count(sample, ARABIC_LETTER);
  const latin = count(sample, LATIN_LETTER);
  if (arabic > latin) return 'ar';
  const french = count(sample, FRENCH_MARKERS);
  const english = count(sample, ENGLISH_MARKERS);
  if (french > english) return 'fr';
  if (english > french) return 'en';
  return fallback;
}

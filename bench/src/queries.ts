import type { ContentLang } from '@tatabbu/domain';

/**
 * The fixed query set of the search benchmark: real words of the recommendations in Arabic, French
 * and English, with phrases, exclusions, unaccented French and filters, as people type them.
 */
export const SEARCHES: {
  label: string;
  lang: ContentLang;
  query: Record<string, unknown>;
  staff?: boolean;
}[] = [
  { label: 'list, first page (public)', lang: 'ar', query: {} },
  { label: 'list, page 50 (staff)', lang: 'fr', query: { page: 50 }, staff: true },
  { label: 'ar «المرأة»', lang: 'ar', query: { q: 'المرأة' } },
  { label: 'ar «التعذيب»', lang: 'ar', query: { q: 'التعذيب' } },
  { label: 'ar phrase «"حقوق الإنسان"»', lang: 'ar', query: { q: '"حقوق الإنسان"' } },
  { label: 'ar «الاطفال -العمل»', lang: 'ar', query: { q: 'الاطفال -العمل' } },
  { label: 'fr «torture»', lang: 'fr', query: { q: 'torture' } },
  { label: 'fr «egalite» (no accents)', lang: 'fr', query: { q: 'egalite' } },
  { label: 'fr phrase «"droits de l\'homme"»', lang: 'fr', query: { q: '"droits de l\'homme"' } },
  { label: 'en «death penalty»', lang: 'en', query: { q: 'death penalty' } },
  { label: 'en «women -violence»', lang: 'en', query: { q: 'women -violence' } },
  {
    label: 'en «torture» + mechanism UPR + position supported',
    lang: 'en',
    query: { q: 'torture', mechanism: 'UPR', position: 'supported' },
  },
];

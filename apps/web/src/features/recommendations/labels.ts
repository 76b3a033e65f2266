import {
  IMPLEMENTATION_STATUSES,
  type ImplementationStatus,
  type LocalizedText,
  POSITIONS,
  type Position,
  pickText,
  type RecommendationFacet,
  type RecommendationList,
} from '@tatabbu/domain';
import type { TFunction } from 'i18next';
import { FACET_PARAM, type FilterParam, type Sort } from './filters';

export const isStatus = (v: string): v is ImplementationStatus =>
  (IMPLEMENTATION_STATUSES as readonly string[]).includes(v);
export const isPosition = (v: string): v is Position => (POSITIONS as readonly string[]).includes(v);

/** Locale keys of the sort options (the API's names contain a leading minus). */
export const SORT_KEYS = {
  relevance: 'relevance',
  key: 'keyAsc',
  '-key': 'keyDesc',
  date: 'dateAsc',
  '-date': 'dateDesc',
  '-updated': 'updatedDesc',
} as const satisfies Record<Sort, string>;

const text = (label: LocalizedText | undefined, lang: string) => pickText(label, lang)?.text ?? '';

const CONTENT_LANGUAGES = ['ar', 'fr', 'en', 'es'] as const;
const isContentLanguage = (v: string): v is (typeof CONTENT_LANGUAGES)[number] =>
  (CONTENT_LANGUAGES as readonly string[]).includes(v);

/**
 * The label of a facet bucket: values with a fixed meaning (status, position, cycle, language,
 * yes/no) are translated here, names of terms, institutions and States come from the server.
 */
export function facetValueLabel(
  t: TFunction,
  lang: string,
  facet: RecommendationFacet | FilterParam,
  value: string,
  label?: LocalizedText,
): string {
  if (facet === 'status' && isStatus(value)) return t(`status.${value}`);
  if (facet === 'position' && isPosition(value)) return t(`position.${value}`);
  if (facet === 'cycle' && /^\d+$/.test(value)) return t('facetValues.cycle', { n: Number(value) });
  if (facet === 'language' && isContentLanguage(value)) return t(`languages.${value}`);
  if ((facet === 'recurring' || facet === 'published') && (value === 'true' || value === 'false'))
    return t(`facetValues.${facet}.${value}`);
  return text(label, lang) || value;
}

/** The facet whose buckets name a filter parameter's values (the inverse of FACET_PARAM). */
const PARAM_FACET = Object.fromEntries(
  Object.entries(FACET_PARAM).map(([facet, param]) => [param, facet]),
) as Record<FilterParam, RecommendationFacet>;
const TRANSLATED: readonly FilterParam[] = [
  'status',
  'position',
  'cycle',
  'language',
  'recurring',
  'published',
];

/**
 * Label of an active filter value, for the chips: from the facets first, then from the items shown
 * (a filtered list's items carry the filtered term, institution or State), else the raw value.
 */
export function filterValueLabel(
  t: TFunction,
  lang: string,
  param: FilterParam,
  value: string,
  data: RecommendationList | undefined,
): string {
  if (TRANSLATED.includes(param)) return facetValueLabel(t, lang, param, value);
  if ((param === 'lead' || param === 'tagged') && (value === 'true' || value === 'false'))
    return t(`dashboard.filters.${param}.${value}`);
  const bucket = data?.facets[PARAM_FACET[param]]?.find((b) => b.value === value);
  if (bucket && text(bucket.label, lang)) return text(bucket.label, lang);
  for (const item of data?.items ?? []) {
    if (param === 'mechanism' && item.mechanism.code === value) return item.mechanism.code;
    if (param === 'term' || param === 'theme' || param === 'affectedPerson' || param === 'sdg') {
      const term = item.terms.find((x) => x.id === value || x.code === value);
      if (term) return text(term.name, lang) || term.code || value;
    }
    if (param === 'institution') {
      const inst = item.institutions.find((x) => x.id === value || x.code === value);
      if (inst) return text(inst.acronym, lang) || text(inst.name, lang) || inst.code;
    }
    if (param === 'reviewId' && item.source.reviewId === value) {
      return text(item.source.title, lang) || item.source.symbol || value;
    }
    if (param === 'state') {
      const st = item.recommendingStates.find((x) => x.iso2 === value);
      if (st) return text(st.name, lang) || value;
    }
  }
  return value;
}

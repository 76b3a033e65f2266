import { useQuery } from '@tanstack/react-query';
import type { DataDictionary, MechanismReviews, TermChildren, UiLocale } from '@tatabbu/domain';
import { api } from '../../api/client';

/** An SDG goal's targets (or any term's children) with the counts of published recommendations. */
export function useTermChildren(termId: string | undefined) {
  return useQuery({
    queryKey: ['portal', 'term-children', termId],
    queryFn: ({ signal }) =>
      api<TermChildren>(`/terms/${encodeURIComponent(termId ?? '')}/children`, { signal }),
    enabled: Boolean(termId),
    staleTime: 60_000,
  });
}

export function useMechanismReviews(code: string) {
  return useQuery({
    queryKey: ['portal', 'mechanism-reviews', code],
    queryFn: ({ signal }) =>
      api<MechanismReviews>(`/mechanisms/${encodeURIComponent(code)}/reviews`, { signal }),
    staleTime: 60_000,
  });
}

export function useDataDictionary(lang: UiLocale) {
  return useQuery({
    queryKey: ['portal', 'dictionary', lang],
    queryFn: ({ signal }) => api<DataDictionary>('/open-data/dictionary', { query: { lang }, signal }),
    staleTime: 10 * 60_000,
  });
}

/** Where the open-data files are, relative to the page (the API is served from the same origin). */
export const OPEN_DATA = {
  csv: (lang: string) => `/api/v1/exports/recommendations.csv?lang=${lang}`,
  xlsx: (lang: string) => `/api/v1/exports/recommendations.xlsx?lang=${lang}`,
  json: '/api/v1/exports/recommendations.json',
  schema: '/api/v1/open-data/tatabbu-exchange.v1.schema.json',
  openapi: '/api/docs',
} as const;

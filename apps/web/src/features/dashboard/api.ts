import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Dashboard } from '@tatabbu/domain';
import { api } from '../../api/client';
import { type ListState, toApiQuery } from '../recommendations/filters';

/** The dashboard for the list's filters (paging and sort are the list's business). */
export function useDashboard(state: ListState, lang: string) {
  const { page: _page, pageSize: _pageSize, sort: _sort, ...query } = toApiQuery(state, lang);
  return useQuery({
    queryKey: ['dashboard', query],
    queryFn: ({ signal }) => api<Dashboard>('/dashboard', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

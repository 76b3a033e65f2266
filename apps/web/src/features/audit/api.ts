import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { AuditList, AuditVerify, AuditVocabulary } from '@tatabbu/domain';
import { api } from '../../api/client';

/** The filters of the audit page, as in its URL and the API's query. */
export interface AuditFilters {
  entity?: string;
  entityId?: string;
  actor?: string;
  action?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export function useAuditEvents(filters: AuditFilters) {
  return useQuery({
    queryKey: ['audit', 'events', filters],
    queryFn: ({ signal }) => api<AuditList>('/audit', { query: { ...filters }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useAuditVocabulary() {
  return useQuery({
    queryKey: ['audit', 'vocabulary'],
    queryFn: ({ signal }) => api<AuditVocabulary>('/audit/vocabulary', { signal }),
    staleTime: 60_000,
  });
}

/** A check on demand: it reads the whole trail, so it is a button, not a query on page load. */
export function useVerifyAuditChain() {
  return useMutation({ mutationFn: () => api<AuditVerify>('/audit/verify') });
}

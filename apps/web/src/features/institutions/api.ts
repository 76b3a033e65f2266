import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type Assignment,
  type AssignmentCreate,
  type AssignmentList,
  type AssignmentResult,
  type AssignmentRole,
  type BulkAssignInput,
  type BulkAssignResult,
  can,
  type InstitutionCreateInput,
  type InstitutionDetail,
  type InstitutionSummary,
  type InstitutionUpdateInput,
} from '@tatabbu/domain';
import { api } from '../../api/client';
import { keys, useMe } from '../../api/hooks';

export interface InstitutionListParams {
  q?: string | undefined;
  kind?: string | undefined;
  active?: 'true' | 'false' | 'all';
}

const institutionKeys = {
  list: (params: InstitutionListParams) => ['institutions', 'list', params] as const,
  one: (id: string) => ['institutions', 'one', id] as const,
  assignments: (query: Record<string, unknown>) => ['assignments', query] as const,
};

/** Coordinators and administrators manage institutions and assignments; the server decides too. */
export function useCanManageInstitutions(): { institutions: boolean; assignments: boolean } {
  const me = useMe();
  return {
    institutions: me.data ? can(me.data, 'institution.manage') : false,
    assignments: me.data ? can(me.data, 'assignment.manage') : false,
  };
}

export function useInstitutionList(params: InstitutionListParams) {
  return useQuery({
    queryKey: institutionKeys.list(params),
    queryFn: ({ signal }) =>
      api<{ items: InstitutionSummary[] }>('/institutions', { query: { ...params }, signal }),
    select: (d) => d.items,
    placeholderData: keepPreviousData,
  });
}

export function useInstitution(id: string) {
  return useQuery({
    queryKey: institutionKeys.one(id),
    queryFn: ({ signal }) => api<InstitutionDetail>(`/institutions/${encodeURIComponent(id)}`, { signal }),
  });
}

/** Every change of institutions refreshes the lists, pickers and pages that show them. */
function useInstitutionsChanged() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['institutions'] });
    void qc.invalidateQueries({ queryKey: keys.institutions });
  };
}

export function useCreateInstitution() {
  const changed = useInstitutionsChanged();
  return useMutation({
    mutationFn: (body: InstitutionCreateInput) =>
      api<InstitutionDetail>('/institutions', { method: 'POST', body }),
    onSuccess: changed,
  });
}

export function useUpdateInstitution(id: string) {
  const changed = useInstitutionsChanged();
  return useMutation({
    mutationFn: (body: InstitutionUpdateInput) =>
      api<InstitutionDetail>(`/institutions/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSuccess: changed,
  });
}

/** A recommendation's assignments, current and ended (staff; others see their own institution's). */
export function useRecommendationAssignments(recommendationId: string, enabled: boolean) {
  return useQuery({
    queryKey: institutionKeys.assignments({ recommendationId }),
    queryFn: ({ signal }) => api<AssignmentList>('/assignments', { query: { recommendationId }, signal }),
    select: (d) => d.items,
    enabled,
  });
}

export function useInstitutionAssignments(
  institutionId: string,
  page: number,
  pageSize: number,
  enabled = true,
) {
  return useQuery({
    enabled,
    queryKey: institutionKeys.assignments({ institutionId, page, pageSize }),
    queryFn: ({ signal }) =>
      api<AssignmentList>('/assignments', { query: { institutionId, page, pageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** After any assignment change: the assignments, the recommendation(s), the lists and the counts. */
function useAssignmentsChanged() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['assignments'] });
    void qc.invalidateQueries({ queryKey: ['recommendations'] });
    void qc.invalidateQueries({ queryKey: ['institutions'] });
  };
}

export function useAssign() {
  const changed = useAssignmentsChanged();
  return useMutation({
    mutationFn: (body: AssignmentCreate) => api<AssignmentResult>('/assignments', { method: 'POST', body }),
    onSuccess: changed,
  });
}

export function useChangeAssignmentRole() {
  const changed = useAssignmentsChanged();
  return useMutation({
    mutationFn: ({ id, role }: { id: string; role: AssignmentRole }) =>
      api<AssignmentResult>(`/assignments/${encodeURIComponent(id)}`, { method: 'PATCH', body: { role } }),
    onSuccess: changed,
  });
}

export function useEndAssignment() {
  const changed = useAssignmentsChanged();
  return useMutation({
    mutationFn: (id: string) =>
      api<Assignment>(`/assignments/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: changed,
  });
}

/** A dry run counts what would change; the real run invalidates what it changed. */
export function useBulkAssign() {
  const changed = useAssignmentsChanged();
  return useMutation({
    mutationFn: (body: BulkAssignInput) =>
      api<BulkAssignResult>('/assignments/bulk', { method: 'POST', body }),
    onSuccess: (result) => {
      if (!result.dryRun) changed();
    },
  });
}

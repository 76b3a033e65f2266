import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Home,
  MeasureSummary,
  ProgressUpdateDetail,
  RoundCreateInput,
  RoundDetail,
  RoundItemsAddInput,
  RoundItemsRemoveInput,
  RoundList,
  RoundPatch,
  UpdateContent,
  UpdateCreate,
} from '@tatabbu/domain';
import { api } from '../../api/client';

/** Every follow-up query starts with this key, so one step refreshes rounds, updates and the home page. */
const ROOT = ['followup'] as const;
const keys = {
  rounds: (page: number) => [...ROOT, 'rounds', page] as const,
  round: (id: string) => [...ROOT, 'round', id] as const,
  update: (id: string) => [...ROOT, 'update', id] as const,
  home: [...ROOT, 'home'] as const,
};

/** After a write: follow-up data and the recommendation pages (status, history) may have changed. */
function useRefresh() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ROOT });
    void qc.invalidateQueries({ queryKey: ['recommendations'] });
  };
}

export function useRounds(page: number) {
  return useQuery({
    queryKey: keys.rounds(page),
    queryFn: ({ signal }) => api<RoundList>('/rounds', { query: { page, pageSize: 20 }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The rounds items can still be added to (draft and open), newest first; enough for a picker. */
export function useRoundChoices(enabled: boolean) {
  return useQuery({
    queryKey: [...ROOT, 'rounds', 'choices'],
    queryFn: ({ signal }) => api<RoundList>('/rounds', { query: { page: 1, pageSize: 100 }, signal }),
    select: (list) => list.items.filter((r) => r.status !== 'closed'),
    enabled,
  });
}

export function useRound(id: string) {
  return useQuery({
    queryKey: keys.round(id),
    queryFn: ({ signal }) => api<RoundDetail>(`/rounds/${encodeURIComponent(id)}`, { signal }),
  });
}

export function useCreateRound() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: RoundCreateInput) => api<RoundDetail>('/rounds', { method: 'POST', body }),
    onSuccess: refresh,
  });
}

export function usePatchRound(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: RoundPatch) =>
      api<RoundDetail>(`/rounds/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSuccess: refresh,
  });
}

export function useProgressUpdate(id: string) {
  return useQuery({
    queryKey: keys.update(id),
    queryFn: ({ signal }) => api<ProgressUpdateDetail>(`/updates/${encodeURIComponent(id)}`, { signal }),
  });
}

export function useStartUpdate() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: Pick<UpdateCreate, 'roundId' | 'recommendationId' | 'measureId'>) =>
      api<ProgressUpdateDetail>('/updates', { method: 'POST', body }),
    onSuccess: refresh,
  });
}

/** The workflow steps; `save` carries the content, `return` a comment. */
export type StepInput =
  | { step: 'save'; version: number; content: UpdateContent }
  | { step: 'submit' | 'validate' | 'publish'; version: number }
  | { step: 'return'; version: number; comment: string };

export function useUpdateStep(id: string) {
  const qc = useQueryClient();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: StepInput) => {
      const path = `/updates/${encodeURIComponent(id)}`;
      if (input.step === 'save') {
        return api<ProgressUpdateDetail>(path, {
          method: 'PATCH',
          body: { version: input.version, ...input.content },
        });
      }
      const { step, ...body } = input;
      return api<ProgressUpdateDetail>(`${path}/${step}`, { method: 'POST', body });
    },
    onSuccess: (updated) => {
      qc.setQueryData(keys.update(id), updated);
      refresh();
    },
  });
}

export function useHome(enabled = true) {
  return useQuery({
    queryKey: keys.home,
    queryFn: ({ signal }) => api<Home>('/me/home', { signal }),
    enabled,
  });
}

/** Measures of the action plans matching `q`, for choosing what a round asks about. */
export function useMeasureChoices(q: string) {
  return useQuery({
    queryKey: [...ROOT, 'measure-choices', q],
    queryFn: ({ signal }) =>
      api<{ items: MeasureSummary[]; total: number }>('/measures', { query: { q, pageSize: 100 }, signal }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** Adds recommendations (ids or the list's filters) or measures to a draft or open round. */
export function useAddRoundItems() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ roundId, ...body }: RoundItemsAddInput & { roundId: string }) =>
      api<RoundDetail>(`/rounds/${encodeURIComponent(roundId)}/items`, { method: 'POST', body }),
    onSuccess: refresh,
  });
}

/** Takes items nobody has reported on out of a round. */
export function useRemoveRoundItems(roundId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: RoundItemsRemoveInput) =>
      api<RoundDetail>(`/rounds/${encodeURIComponent(roundId)}/items/remove`, { method: 'POST', body }),
    onSuccess: refresh,
  });
}

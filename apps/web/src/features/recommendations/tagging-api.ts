import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type BulkClassifyInput,
  type BulkClassifyResult,
  can,
  type Recommendation,
  type RecommendationHistory,
  type RecommendationPatch,
} from '@tatabbu/domain';
import { api } from '../../api/client';
import { keys, useMe } from '../../api/hooks';

const historyKey = (id: string, lang: string) => ['recommendations', 'history', id, lang] as const;

/** Recurrences and (for staff) the change timeline of one recommendation, texts in `lang`. */
export function useRecommendationHistory(id: string, lang: string) {
  return useQuery({
    queryKey: historyKey(id, lang),
    queryFn: ({ signal }) =>
      api<RecommendationHistory>(`/recommendations/${encodeURIComponent(id)}/history`, {
        query: { lang },
        signal,
      }),
  });
}

/** Whether the signed-in user may classify (coordinators and administrators); the server decides too. */
export function useCanClassify(): boolean {
  const me = useMe();
  return me.data ? can(me.data, 'recommendation.classify') : false;
}

/** Whether the signed-in user may read the audit trail, so sees the change timeline. */
export function useCanReadAudit(): boolean {
  const me = useMe();
  return me.data ? can(me.data, 'audit.read') : false;
}

export function useClassifyRecommendation(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RecommendationPatch) =>
      api<Recommendation>(`/recommendations/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
    onSuccess: (updated) => {
      qc.setQueryData(keys.recommendation(id), updated);
      void qc.invalidateQueries({ queryKey: ['recommendations', 'history', id] });
      void qc.invalidateQueries({ queryKey: ['recommendations', 'list'] });
    },
  });
}

export function useBulkClassify() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: BulkClassifyInput) =>
      api<BulkClassifyResult>('/recommendations/bulk-classify', { method: 'POST', body }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['recommendations'] }),
  });
}

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type AxisCreate,
  type AxisPatch,
  can,
  type Indicator,
  type IndicatorCreate,
  type IndicatorPatch,
  type IndicatorValueInput,
  type Measure,
  type MeasureCreate,
  type MeasureList,
  type MeasurePatch,
  type Plan,
  type PlanAxis,
  type PlanCreate,
  type PlanPatch,
  type PlanSummary,
  type RecommendationMeasure,
} from '@tatabbu/domain';
import { api, type Query } from '../../api/client';
import { useMe } from '../../api/hooks';

const enc = encodeURIComponent;

export const planKeys = {
  all: ['plans'] as const,
  list: ['plans', 'list'] as const,
  plan: (id: string) => ['plans', 'one', id] as const,
  measures: (query: Query) => ['plans', 'measures', query] as const,
  measure: (id: string) => ['plans', 'measure', id] as const,
  forRecommendation: (id: string) => ['plans', 'for-recommendation', id] as const,
};

/** Whether the signed-in user manages plans (coordinators, administrators); the server decides too. */
export function useCanManagePlans(): boolean {
  const me = useMe();
  return me.data ? can(me.data, 'plan.manage') : false;
}

export const usePlans = () =>
  useQuery({
    queryKey: planKeys.list,
    queryFn: ({ signal }) => api<{ items: PlanSummary[] }>('/plans', { signal }),
    select: (d) => d.items,
  });

export const usePlan = (id: string, enabled = true) =>
  useQuery({
    queryKey: planKeys.plan(id),
    queryFn: ({ signal }) => api<Plan>(`/plans/${enc(id)}`, { signal }),
    enabled,
  });

export const useMeasures = (query: Query, enabled = true) =>
  useQuery({
    queryKey: planKeys.measures(query),
    queryFn: ({ signal }) => api<MeasureList>('/measures', { query, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useMeasure = (id: string) =>
  useQuery({
    queryKey: planKeys.measure(id),
    queryFn: ({ signal }) => api<Measure>(`/measures/${enc(id)}`, { signal }),
  });

export const useRecommendationMeasures = (recommendationId: string) =>
  useQuery({
    queryKey: planKeys.forRecommendation(recommendationId),
    queryFn: ({ signal }) =>
      api<{ items: RecommendationMeasure[] }>(`/recommendations/${enc(recommendationId)}/measures`, {
        signal,
      }),
    select: (d) => d.items,
  });

/** Every write can change counts shown elsewhere (plan breakdowns, lists): refresh the whole feature. */
function usePlansMutation<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => void qc.invalidateQueries({ queryKey: planKeys.all }),
  });
}

export const useSavePlan = (id?: string) =>
  usePlansMutation((body: PlanCreate | PlanPatch) =>
    id
      ? api<Plan>(`/plans/${enc(id)}`, { method: 'PATCH', body })
      : api<Plan>('/plans', { method: 'POST', body }),
  );

export const usePublishPlan = (id: string) =>
  usePlansMutation(({ version, published }: { version: number; published: boolean }) =>
    api<Plan>(`/plans/${enc(id)}/${published ? 'publish' : 'unpublish'}`, {
      method: 'POST',
      body: { version },
    }),
  );

export const useSaveAxis = (planId: string, axisId?: string) =>
  usePlansMutation((body: AxisCreate | AxisPatch) =>
    axisId
      ? api<PlanAxis>(`/plans/${enc(planId)}/axes/${enc(axisId)}`, { method: 'PATCH', body })
      : api<PlanAxis>(`/plans/${enc(planId)}/axes`, { method: 'POST', body }),
  );

export const useSaveMeasure = (id?: string) =>
  usePlansMutation((body: MeasureCreate | MeasurePatch) =>
    id
      ? api<Measure>(`/measures/${enc(id)}`, { method: 'PATCH', body })
      : api<Measure>('/measures', { method: 'POST', body }),
  );

export const useLinkRecommendations = (measureId: string) =>
  usePlansMutation((recommendationIds: string[]) =>
    api<Measure>(`/measures/${enc(measureId)}/recommendations`, {
      method: 'POST',
      body: { recommendationIds },
    }),
  );

export const useUnlinkRecommendation = () =>
  usePlansMutation(({ measureId, recommendationId }: { measureId: string; recommendationId: string }) =>
    api<Measure>(`/measures/${enc(measureId)}/recommendations/${enc(recommendationId)}`, {
      method: 'DELETE',
    }),
  );

export const useSaveIndicator = (id?: string) =>
  usePlansMutation((body: IndicatorCreate | IndicatorPatch) =>
    id
      ? api<Indicator>(`/indicators/${enc(id)}`, { method: 'PATCH', body })
      : api<Indicator>('/indicators', { method: 'POST', body }),
  );

export const usePutIndicatorValue = (indicatorId: string) =>
  usePlansMutation((body: IndicatorValueInput) =>
    api<Indicator>(`/indicators/${enc(indicatorId)}/values`, { method: 'POST', body }),
  );

export const useDeleteIndicatorValue = (indicatorId: string) =>
  usePlansMutation((valueId: string) =>
    api<Indicator>(`/indicators/${enc(indicatorId)}/values/${enc(valueId)}`, { method: 'DELETE' }),
  );

import { z } from 'zod';
import { contentLangSchema, localizedTextSchema } from '../i18n/languages.js';
import { type ImplementationStatus, implementationStatusSchema } from '../vocab/vocabularies.js';
import { completionSchema, institutionBriefSchema } from './followup.js';
import { type RecommendationFilters, recommendationFiltersSchema } from './recommendations.js';

/**
 * The strategic dashboard (issue 5): counts over the recommendation list's own filters, each one
 * reproducible as a list. A chart ignores the filters of the dimensions it shows (as a facet does),
 * so every bucket opens the list "the dashboard's query, minus the chart's own dimensions, plus the
 * bucket's values" — `drillDownFilters` below — whose total is the bucket's count.
 */

/** Dimensions the status is crossed with; each maps to one list filter. */
export const DASHBOARD_DIMENSIONS = [
  'mechanism',
  'cycle',
  'position',
  'theme',
  'sdg',
  'axis',
  'institution',
] as const;
export type DashboardDimension = (typeof DASHBOARD_DIMENSIONS)[number];

/** Dimensions whose values are vocabulary term ids (filtered through `term`). */
export const TERM_DIMENSIONS: readonly DashboardDimension[] = ['theme', 'sdg', 'axis'];

/** Statuses of a recommendation still to be implemented. */
export const OPEN_STATUSES: readonly ImplementationStatus[] = [
  'not_started',
  'in_progress',
  'partially_implemented',
];

export const dashboardQuerySchema = recommendationFiltersSchema.extend({
  /** language for labels and sorting; defaults to the request's language */
  lang: contentLangSchema.optional(),
});
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

const count = z.number().int();
/** Counts per implementation status; a status no recommendation has is left out. */
const byStatusSchema = z.partialRecord(implementationStatusSchema, count);

export const dashboardRowSchema = z.object({
  /** The filter value that opens this row (mechanism code, cycle number, position, term or institution id). */
  value: z.string(),
  /** Names of reference data; empty for vocabularies the client translates (position). */
  label: localizedTextSchema,
  /** All statuses, including recommendations without one. */
  total: count,
  byStatus: byStatusSchema,
});
export type DashboardRow = z.infer<typeof dashboardRowSchema>;

export const dashboardChartSchema = z.object({
  dimension: z.enum(DASHBOARD_DIMENSIONS),
  /** Term ids of the query this chart ignores (its own family); drill-downs drop them. */
  ignoredTerms: z.array(z.string()),
  rows: z.array(dashboardRowSchema),
});
export type DashboardChart = z.infer<typeof dashboardChartSchema>;

export const dashboardQuarterSchema = z.object({
  /** e.g. 2025-Q3 (UTC) */
  quarter: z.string(),
  /** Official status changes in the quarter, by the status reached. */
  byStatus: byStatusSchema,
});

export const dashboardRoundSchema = z.object({
  id: z.uuid(),
  title: localizedTextSchema,
  deadline: z.string(),
  /** The deadline has passed. */
  overdue: z.boolean(),
  completion: completionSchema,
  institutions: z.array(z.object({ institution: institutionBriefSchema, completion: completionSchema })),
});
export type DashboardRound = z.infer<typeof dashboardRoundSchema>;

export const dashboardSchema = z
  .object({
    /** The list's total for the query. */
    total: count,
    /** Status of every recommendation the query selects, the status filter ignored. */
    status: byStatusSchema,
    charts: z.array(dashboardChartSchema),
    /** Changes of official status per quarter; null for the anonymous public. */
    trend: z.array(dashboardQuarterSchema).nullable(),
    attention: z.object({
      /** Linked to a recurring recommendation and still open (`recurringOpenFilters`). */
      recurringOpen: count,
      /** No vocabulary tag (`tagged=false`). */
      withoutTag: count,
      /** No current lead institution (`lead=false`); null for the anonymous public. */
      withoutLead: count.nullable(),
    }),
    /** Open rounds the reader may see, soonest deadline first; null for the anonymous public. */
    rounds: z.array(dashboardRoundSchema).nullable(),
  })
  .meta({ id: 'Dashboard' });
export type Dashboard = z.infer<typeof dashboardSchema>;

/** The list filter each dimension's values go to. */
export const DIMENSION_FILTER: Record<
  DashboardDimension,
  'mechanism' | 'cycle' | 'position' | 'term' | 'institution'
> = {
  mechanism: 'mechanism',
  cycle: 'cycle',
  position: 'position',
  theme: 'term',
  sdg: 'term',
  axis: 'term',
  institution: 'institution',
};

/** The query a chart counts over: its own dimension's filter (for terms: its family's) and the status filter left out. */
export function chartFilters(
  filters: RecommendationFilters,
  dimension: DashboardDimension,
  ignoredTerms: readonly string[],
): RecommendationFilters {
  const name = DIMENSION_FILTER[dimension];
  const kept = name === 'term' ? filters.term.filter((id) => !ignoredTerms.includes(id)) : [];
  return { ...filters, status: [], [name]: kept };
}

/** The list a chart's row (status omitted) or cell opens. */
export function drillDownFilters(
  filters: RecommendationFilters,
  chart: Pick<DashboardChart, 'dimension' | 'ignoredTerms'>,
  value: string,
  status?: ImplementationStatus,
): RecommendationFilters {
  const out = chartFilters(filters, chart.dimension, chart.ignoredTerms);
  const name = DIMENSION_FILTER[chart.dimension];
  return { ...out, [name]: [...out[name], value], status: status ? [status] : [] };
}

/** The list behind "recurring and still open": linked to a recurrence, status one of the open ones. */
export const recurringOpenFilters = (filters: RecommendationFilters): RecommendationFilters => ({
  ...filters,
  recurring: 'true',
  status: [...OPEN_STATUSES],
});

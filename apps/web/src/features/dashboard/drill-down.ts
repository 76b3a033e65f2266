import type { DashboardChart, DashboardDimension, ImplementationStatus } from '@tatabbu/domain';
import { type FilterParam, type ListState, toSearchParams } from '../recommendations/filters';

/**
 * Where a dashboard number leads: the recommendation list with the dashboard's own query, minus
 * what the chart ignores (its dimension's filter, the status filter), plus the bucket — the web
 * side of the domain's `drillDownFilters`, over the list's address parameters.
 */
const DIMENSION_PARAM: Record<DashboardDimension, FilterParam> = {
  mechanism: 'mechanism',
  cycle: 'cycle',
  position: 'position',
  institution: 'institution',
  axis: 'term',
  sdg: 'sdg',
  theme: 'theme',
};
/** Parameters the list sends to the API as `term`. */
const TERM_PARAMS: readonly FilterParam[] = ['term', 'theme', 'affectedPerson', 'sdg'];
const TERM_DIMENSIONS: readonly DashboardDimension[] = ['axis', 'sdg', 'theme'];

/** The list's address: `base` is '/app' in the workspace, '' on the portal. */
export const listHref = (base: string, state: ListState): string => {
  const query = toSearchParams({ ...state, page: 1 }).toString();
  return `${base}/recommendations${query ? `?${query}` : ''}`;
};

function withoutChart(
  state: ListState,
  chart: Pick<DashboardChart, 'dimension' | 'ignoredTerms'>,
): ListState {
  const filters: Record<FilterParam, string[]> = { ...state.filters, status: [] };
  if (TERM_DIMENSIONS.includes(chart.dimension)) {
    for (const param of TERM_PARAMS)
      filters[param] = filters[param].filter((id) => !chart.ignoredTerms.includes(id));
  } else filters[DIMENSION_PARAM[chart.dimension]] = [];
  return { ...state, filters };
}

/** A chart's row (status omitted) or cell. */
export function drillDownState(
  state: ListState,
  chart: Pick<DashboardChart, 'dimension' | 'ignoredTerms'>,
  value: string,
  status?: ImplementationStatus,
): ListState {
  const base = withoutChart(state, chart);
  const param = DIMENSION_PARAM[chart.dimension];
  const filters = {
    ...base.filters,
    [param]: [...base.filters[param], value],
    status: status ? [status] : [],
  };
  return { ...base, filters, page: 1 };
}

/** One status of the whole selection (the status filter replaced). */
export const statusState = (state: ListState, status: ImplementationStatus): ListState => ({
  ...state,
  filters: { ...state.filters, status: [status] },
  page: 1,
});

/** Yes/no filters set to one value, others kept (the attention numbers). */
export const withFlags = (state: ListState, flags: Partial<Record<FilterParam, string[]>>): ListState => ({
  ...state,
  filters: { ...state.filters, ...flags },
  page: 1,
});

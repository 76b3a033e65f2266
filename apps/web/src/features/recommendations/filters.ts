import { RECOMMENDATION_SORTS, type RecommendationFacet } from '@tatabbu/domain';

/**
 * The list's whole state lives in the address (so a link reproduces the view), with the API's own
 * parameter names: q, mechanism, position, status, term, institution, state, page, pageSize, sort.
 */
export const FILTER_PARAMS = ['mechanism', 'position', 'status', 'term', 'institution', 'state'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];
export type Sort = (typeof RECOMMENDATION_SORTS)[number];

/** Which filter parameter a facet's values go to (axis values are term ids). */
export const FACET_PARAM: Record<RecommendationFacet, FilterParam> = {
  mechanism: 'mechanism',
  position: 'position',
  status: 'status',
  axis: 'term',
  institution: 'institution',
  state: 'state',
};

export const DEFAULT_SORT: Sort = 'relevance';
export const DEFAULT_PAGE_SIZE = 20;
export const PAGE_SIZES = [10, 20, 50, 100] as const;

export interface ListState {
  q: string;
  filters: Record<FilterParam, string[]>;
  sort: Sort;
  page: number;
  pageSize: number;
}

export const emptyFilters = (): Record<FilterParam, string[]> => ({
  mechanism: [],
  position: [],
  status: [],
  term: [],
  institution: [],
  state: [],
});

export const defaultListState = (): ListState => ({
  q: '',
  filters: emptyFilters(),
  sort: DEFAULT_SORT,
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
});

const positiveInt = (raw: string | null, fallback: number, max = Number.MAX_SAFE_INTEGER): number => {
  if (!raw || !/^\d+$/.test(raw)) return fallback;
  const n = Number(raw);
  return n >= 1 && n <= max ? n : fallback;
};

/** Reads `?x=a&x=b` as well as `?x=a,b` (the API accepts both); trims, drops empties and repeats. */
function multi(params: URLSearchParams, name: string): string[] {
  const out: string[] = [];
  for (const raw of params.getAll(name)) {
    for (const part of raw.split(',')) {
      const v = part.trim();
      if (v && !out.includes(v)) out.push(v);
    }
  }
  return out;
}

export function parseListState(search: URLSearchParams | string): ListState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = emptyFilters();
  for (const name of FILTER_PARAMS) filters[name] = multi(params, name);
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    sort: (RECOMMENDATION_SORTS as readonly string[]).includes(sort ?? '') ? (sort as Sort) : DEFAULT_SORT,
    page: positiveInt(params.get('page'), 1),
    pageSize: positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, 100),
  };
}

/** The canonical address query of a state: defaults are left out, filters repeat their parameter. */
export function toSearchParams(state: ListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const name of FILTER_PARAMS) for (const v of state.filters[name]) params.append(name, v);
  if (state.sort !== DEFAULT_SORT) params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(state.pageSize));
  return params;
}

/** The API query for a state (the same names; the language decides labels and sorting). */
export function toApiQuery(state: ListState, lang: string): Record<string, string | number | string[]> {
  const query: Record<string, string | number | string[]> = {
    page: state.page,
    pageSize: state.pageSize,
    sort: state.sort,
    lang,
  };
  if (state.q.trim()) query.q = state.q.trim();
  for (const name of FILTER_PARAMS) if (state.filters[name].length) query[name] = [...state.filters[name]];
  return query;
}

export const activeFilterCount = (state: ListState): number =>
  FILTER_PARAMS.reduce((n, name) => n + state.filters[name].length, 0);

/** Every change of what is shown goes back to the first page. */
export function toggleFilter(state: ListState, name: FilterParam, value: string): ListState {
  const current = state.filters[name];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, filters: { ...state.filters, [name]: next }, page: 1 };
}

export function setFilterValues(state: ListState, name: FilterParam, values: string[]): ListState {
  return { ...state, filters: { ...state.filters, [name]: [...new Set(values)] }, page: 1 };
}

export const clearFilters = (state: ListState): ListState => ({
  ...state,
  q: '',
  filters: emptyFilters(),
  page: 1,
});
export const withQuery = (state: ListState, q: string): ListState => ({ ...state, q: q.trim(), page: 1 });
export const withSort = (state: ListState, sort: Sort): ListState => ({ ...state, sort, page: 1 });
export const withPage = (state: ListState, page: number): ListState => ({
  ...state,
  page: Math.max(1, page),
});
export const withPageSize = (state: ListState, pageSize: number): ListState => ({
  ...state,
  pageSize,
  page: 1,
});

import { RECOMMENDATION_SORTS, type RecommendationFacet } from '@tatabbu/domain';

/**
 * The list's whole state lives in the address (so a link reproduces the view). Parameters carry the
 * API's names, except the vocabulary facets: axis terms go to `term`, themes, affected persons and
 * SDGs to their own parameter, and all of them are sent to the API as `term` (AND across families).
 */
export const FILTER_PARAMS = [
  'mechanism',
  'position',
  'status',
  'term',
  'theme',
  'affectedPerson',
  'sdg',
  'institution',
  'state',
  'cycle',
  'language',
  'recurring',
  'published',
  /** has a current lead institution (the dashboard's "without an owner" opens lead=false) */
  'lead',
  /** has any vocabulary tag (the dashboard's "without a tag" opens tagged=false) */
  'tagged',
  /** one review (a treaty-body examination, a visit): the mechanism page's counts open it */
  'reviewId',
] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];
export type Sort = (typeof RECOMMENDATION_SORTS)[number];

/** Web parameters the API knows as `term`. */
const TERM_PARAMS: readonly FilterParam[] = ['term', 'theme', 'affectedPerson', 'sdg'];
/** Yes/no filters: the API takes one value; both ticked means no filter. */
const BOOLEAN_PARAMS: readonly FilterParam[] = ['recurring', 'published', 'lead', 'tagged'];
/** Filters the API takes one value of: the first one counts. */
const SINGLE_PARAMS: readonly FilterParam[] = ['reviewId'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Which filter parameter a facet's values go to (axis values are term ids). */
export const FACET_PARAM: Record<RecommendationFacet, FilterParam> = {
  mechanism: 'mechanism',
  position: 'position',
  status: 'status',
  axis: 'term',
  theme: 'theme',
  affectedPerson: 'affectedPerson',
  sdg: 'sdg',
  institution: 'institution',
  state: 'state',
  cycle: 'cycle',
  language: 'language',
  recurring: 'recurring',
  published: 'published',
};

/** List parameters that choose how results are shown, not which (left out of bulk selections and new rounds). */
export const PRESENTATION: ReadonlySet<string> = new Set(['page', 'pageSize', 'sort', 'lang']);

export const DEFAULT_SORT: Sort = 'relevance';
export const DEFAULT_PAGE_SIZE = 20;
export const PAGE_SIZES = [10, 20, 50, 100] as const;

export interface ListState {
  q: string;
  filters: Record<FilterParam, string[]>;
  /** Date range on the recommendation's date (YYYY-MM-DD), inclusive; '' when open. */
  from: string;
  to: string;
  sort: Sort;
  page: number;
  pageSize: number;
}

export const emptyFilters = (): Record<FilterParam, string[]> =>
  Object.fromEntries(FILTER_PARAMS.map((name) => [name, []])) as unknown as Record<FilterParam, string[]>;

export const defaultListState = (): ListState => ({
  q: '',
  filters: emptyFilters(),
  from: '',
  to: '',
  sort: DEFAULT_SORT,
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
});

const isoDate = (raw: string | null): string => (raw && ISO_DATE.test(raw) ? raw : '');

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
    from: isoDate(params.get('from')),
    to: isoDate(params.get('to')),
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
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
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
  const terms = TERM_PARAMS.flatMap((name) => state.filters[name]);
  if (terms.length) query.term = terms;
  for (const name of FILTER_PARAMS) {
    const values = state.filters[name];
    if (TERM_PARAMS.includes(name) || values.length === 0) continue;
    if (BOOLEAN_PARAMS.includes(name)) {
      if (values.length === 1) query[name] = values[0] as string;
    } else if (SINGLE_PARAMS.includes(name)) query[name] = values[0] as string;
    else query[name] = [...values];
  }
  if (state.from) query.from = state.from;
  if (state.to) query.to = state.to;
  return query;
}

export const activeFilterCount = (state: ListState): number =>
  FILTER_PARAMS.reduce((n, name) => n + state.filters[name].length, 0) +
  (state.from ? 1 : 0) +
  (state.to ? 1 : 0);

/** A date bound; an invalid date opens the range again. */
export function withDate(state: ListState, bound: 'from' | 'to', value: string): ListState {
  return { ...state, [bound]: ISO_DATE.test(value) ? value : '', page: 1 };
}

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
  from: '',
  to: '',
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

import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  clearFilters,
  defaultListState,
  FACET_PARAM,
  parseListState,
  toApiQuery,
  toggleFilter,
  toSearchParams,
  withPage,
  withQuery,
  withSort,
} from './filters';

describe('URL query → list state', () => {
  it('sends one review (the mechanism page opens the list of a treaty-body examination)', () => {
    const s = parseListState('?mechanism=CAT&reviewId=9b1e6a52-0d2c-4c55-8a4e-2f0f7f0c1a11');
    expect(toApiQuery(s, 'fr')).toMatchObject({
      mechanism: ['CAT'],
      reviewId: '9b1e6a52-0d2c-4c55-8a4e-2f0f7f0c1a11',
    });
    expect(toSearchParams(s).get('reviewId')).toBe('9b1e6a52-0d2c-4c55-8a4e-2f0f7f0c1a11');
  });

  it('gives the defaults for an empty query', () => {
    expect(parseListState('')).toEqual(defaultListState());
  });

  it('reads every parameter with the API names', () => {
    const s = parseListState(
      '?q=torture&mechanism=UPR&mechanism=CAT&position=supported&status=in_progress&term=t1&institution=i1&state=FR&page=3&pageSize=50&sort=-date',
    );
    expect(s.q).toBe('torture');
    expect(s.filters).toMatchObject({
      mechanism: ['UPR', 'CAT'],
      position: ['supported'],
      status: ['in_progress'],
      term: ['t1'],
      institution: ['i1'],
      state: ['FR'],
      theme: [],
    });
    expect(s).toMatchObject({ page: 3, pageSize: 50, sort: '-date' });
  });

  it('accepts comma-separated values and drops empties and repeats', () => {
    const s = parseListState('?state=FR,ES,&state=FR&mechanism=');
    expect(s.filters.state).toEqual(['FR', 'ES']);
    expect(s.filters.mechanism).toEqual([]);
  });

  it('keeps Arabic search text as typed', () => {
    const s = parseListState(`?q=${encodeURIComponent('حقوق المرأة')}`);
    expect(s.q).toBe('حقوق المرأة');
  });

  it('replaces invalid page, page size and sort by the defaults', () => {
    expect(parseListState('?page=0&pageSize=500&sort=nonsense')).toMatchObject({
      page: 1,
      pageSize: 20,
      sort: 'relevance',
    });
    expect(parseListState('?page=-2&pageSize=abc')).toMatchObject({ page: 1, pageSize: 20 });
  });
});

describe('list state → URL query', () => {
  it('leaves defaults out', () => {
    expect(toSearchParams(defaultListState()).toString()).toBe('');
  });

  it('repeats multi-valued parameters', () => {
    const s = toggleFilter(toggleFilter(defaultListState(), 'mechanism', 'UPR'), 'mechanism', 'CAT');
    expect(toSearchParams(s).toString()).toBe('mechanism=UPR&mechanism=CAT');
  });

  it('round-trips', () => {
    const query =
      'q=femmes&mechanism=UPR&status=implemented&term=axis-1&state=FR&state=ES&sort=key&page=2&pageSize=50';
    expect(toSearchParams(parseListState(query)).toString()).toBe(query);
    const s = parseListState(query);
    expect(parseListState(toSearchParams(s))).toEqual(s);
  });
});

describe('changes', () => {
  it('toggling a filter adds then removes it and goes back to page 1', () => {
    const s = withPage(defaultListState(), 4);
    const on = toggleFilter(s, 'status', 'implemented');
    expect(on.filters.status).toEqual(['implemented']);
    expect(on.page).toBe(1);
    expect(toggleFilter(on, 'status', 'implemented').filters.status).toEqual([]);
    expect(activeFilterCount(on)).toBe(1);
  });

  it('search and sort go back to page 1; clearing keeps sort and page size', () => {
    const s = { ...withSort(parseListState('?pageSize=50&page=3&state=FR'), '-date'), page: 3 };
    expect(withQuery(s, '  torture ').q).toBe('torture');
    expect(withQuery(s, 'x').page).toBe(1);
    const cleared = clearFilters(s);
    expect(activeFilterCount(cleared)).toBe(0);
    expect(cleared).toMatchObject({ sort: '-date', pageSize: 50, page: 1, q: '' });
  });

  it('the axis facet filters by term', () => {
    expect(FACET_PARAM.axis).toBe('term');
    expect(FACET_PARAM.state).toBe('state');
  });
});

describe('API query', () => {
  it('sends every vocabulary facet as term, a single yes/no value, and the date range', () => {
    const s = parseListState(
      '?term=axis1&theme=th1&sdg=g16&recurring=true&published=true&published=false&cycle=3&from=2017-01-01&to=bad',
    );
    expect(s).toMatchObject({ from: '2017-01-01', to: '' });
    expect(toApiQuery(s, 'ar')).toEqual({
      term: ['axis1', 'th1', 'g16'],
      recurring: 'true',
      cycle: ['3'],
      from: '2017-01-01',
      page: 1,
      pageSize: 20,
      sort: 'relevance',
      lang: 'ar',
    });
    expect(activeFilterCount(s)).toBe(8);
    expect(toSearchParams(s).toString()).toBe(
      'term=axis1&theme=th1&sdg=g16&cycle=3&recurring=true&published=true&published=false&from=2017-01-01',
    );
  });

  it('carries the same names, the paging, the sort and the language', () => {
    const s = parseListState('?q=eau&term=a&term=b&page=2');
    expect(toApiQuery(s, 'fr')).toEqual({
      q: 'eau',
      term: ['a', 'b'],
      page: 2,
      pageSize: 20,
      sort: 'relevance',
      lang: 'fr',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { exportHref } from './ExportMenu';
import { parseListState, toApiQuery } from './filters';

describe('export link', () => {
  it('carries the list query and language but not the paging', () => {
    const query = toApiQuery(parseListState('?q=torture&mechanism=UPR&page=3&pageSize=50&sort=-date'), 'ar');
    const href = exportHref('xlsx', query);
    const url = new URL(href, 'http://x');
    expect(url.pathname).toBe('/api/v1/exports/recommendations.xlsx');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      q: 'torture',
      mechanism: 'UPR',
      sort: '-date',
      lang: 'ar',
    });
  });
});

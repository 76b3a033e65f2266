import { describe, expect, it } from 'vitest';
import { parseListState } from '../recommendations/filters';
import { drillDownState, listHref } from './drill-down';

const state = parseListState('mechanism=UPR&status=implemented&sdg=g5&term=axis1&q=femmes&page=3');

describe('dashboard drill-down links', () => {
  it('replace the chart’s own dimension and the status, keep the other filters', () => {
    const next = drillDownState(state, { dimension: 'mechanism', ignoredTerms: [] }, 'CEDAW', 'in_progress');
    expect(listHref('/app', next)).toBe(
      '/app/recommendations?q=femmes&mechanism=CEDAW&status=in_progress&term=axis1&sdg=g5',
    );
  });

  it('for a vocabulary, drop the terms of its family the chart ignored, wherever they sit', () => {
    const next = drillDownState(state, { dimension: 'sdg', ignoredTerms: ['g5'] }, 'g16');
    expect(listHref('', next)).toBe('/recommendations?q=femmes&mechanism=UPR&term=axis1&sdg=g16');
    const axis = drillDownState(state, { dimension: 'axis', ignoredTerms: ['axis1'] }, 'axis2');
    expect(axis.filters.term).toEqual(['axis2']);
    expect(axis.filters.sdg).toEqual(['g5']);
  });
});

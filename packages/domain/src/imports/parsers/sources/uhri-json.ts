import type { ImportProblem } from '../../problems.js';
import { listOf, single } from './cells.js';
import type { ParseResult } from './parse-result.js';
import { normaliseUhriEntries, type UhriEntry } from './uhri-entry.js';

const notJson = (reason: string): ParseResult => ({
  drafts: [],
  problems: [{ code: 'json_invalid', severity: 'error', params: { reason } } satisfies ImportProblem],
});

/** The UHRI JSON export: an array of recommendations, or `{ value: [...] }` (OData style). */
export function parseUhriJson(value: unknown): ParseResult {
  const items = Array.isArray(value)
    ? value
    : value && typeof value === 'object' && Array.isArray((value as { value?: unknown }).value)
      ? (value as { value: unknown[] }).value
      : undefined;
  if (!items) return notJson('expected a list of recommendations');
  const entries = items.map((item, index): UhriEntry => {
    const field = (name: string) =>
      item && typeof item === 'object' ? (item as Record<string, unknown>)[name] : undefined;
    const date = field('PublicationDate');
    return {
      row: index + 1,
      annotationId: single(field('AnnotationId')),
      symbol: single(field('Symbol')),
      date: typeof date === 'number' ? date : single(date),
      body: single(field('Body')),
      countries: listOf(field('Countries')),
      themes: listOf(field('Themes')),
      affectedPersons: listOf(field('AffectedPersons')),
      sdgs: listOf(field('Sdgs')),
      text: typeof field('Text') === 'string' ? (field('Text') as string).trim() : undefined,
      session: single(field('Session')),
      recommendingStates: listOf(field('RecommendingStates')),
      position: single(field('Position')),
    };
  });
  return normaliseUhriEntries(entries, {
    date: 'PublicationDate',
    body: 'Body',
    position: 'Position',
    symbol: 'Symbol',
  });
}

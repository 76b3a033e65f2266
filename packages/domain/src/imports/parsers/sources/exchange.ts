import { EXCHANGE_FORMAT, EXCHANGE_VERSION, type RecommendationDraft } from '../../record.js';
import type { ParseResult } from './parse-result.js';

const refuse = (problem: ParseResult['problems'][number]): ParseResult => ({
  drafts: [],
  problems: [problem],
});

/**
 * A Tatabbu exchange document (docs/exchange/). The envelope is checked here; each record is
 * validated row by row afterwards (row = position in `recommendations`, from 1), so one bad record
 * does not hide the others.
 */
export function parseExchange(value: unknown): ParseResult {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return refuse({ code: 'json_invalid', severity: 'error', params: { reason: 'expected an object' } });
  const document = value as Record<string, unknown>;
  if (document.format !== EXCHANGE_FORMAT) return refuse({ code: 'unknown_format', severity: 'error' });
  if (document.version !== EXCHANGE_VERSION)
    return refuse({
      code: 'exchange_version_unsupported',
      severity: 'error',
      params: { version: String(document.version), supported: EXCHANGE_VERSION },
    });
  if (!Array.isArray(document.recommendations))
    return refuse({
      code: 'json_invalid',
      severity: 'error',
      params: { reason: '"recommendations" must be a list' },
    });
  return {
    drafts: document.recommendations.map((record, index) => ({
      row: index + 1,
      // Validated by validateDrafts, like every parser's drafts.
      draft: record as RecommendationDraft,
    })),
    problems: [],
  };
}

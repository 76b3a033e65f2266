import type { z } from 'zod';
import type { ImportProblem } from '../problems.js';
import { type RecommendationRecord, recommendationRecordSchema } from '../record.js';
import { shorten } from './read/import-file-error.js';
import type { DraftRow } from './sources/parse-result.js';

export interface ValidatedRecords {
  records: { row: number; record: RecommendationRecord }[];
  problems: ImportProblem[];
}

/**
 * Markup that must never reach a recommendation text: script-capable or embedding tags, any tag
 * with an event handler, javascript: URLs, and closed HTML tags in general. A lone "<" in a
 * sentence ("less than 5 <10") is text.
 */
const MARKUP = [
  /<\/?(?:script|iframe|img|a|object|embed|svg|math|style|link|meta|form|input|button|base|frame|frameset|video|audio|source)\b/i,
  /<[a-z][^>]*\son[a-z]+\s*=/i,
  /javascript\s*:/i,
  /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i,
];

const hasMarkup = (text: string) => MARKUP.some((pattern) => pattern.test(text));

/**
 * Drafts → records: each checked against the recommendation schema (problems name the field),
 * texts refused when they hold markup, keys unique in the file (the second occurrence is the error).
 * A row with an error is left out of `records`.
 */
export function validateDrafts(drafts: DraftRow[]): ValidatedRecords {
  const result: ValidatedRecords = { records: [], problems: [] };
  const firstRowOfKey = new Map<string, number>();
  for (const { row, draft } of drafts) {
    const parsed = recommendationRecordSchema.safeParse(draft, { reportInput: true });
    if (!parsed.success) {
      result.problems.push(...parsed.error.issues.map((issue) => problemOfIssue(issue, row)));
      continue;
    }
    const record = parsed.data;
    const marked = Object.entries(record.text).find(([, text]) => text && hasMarkup(text));
    if (marked) {
      result.problems.push({
        code: 'markup_in_text',
        severity: 'error',
        row,
        column: `text.${marked[0]}`,
        value: shorten(marked[1] ?? ''),
      });
      continue;
    }
    const firstRow = firstRowOfKey.get(record.key);
    if (firstRow !== undefined) {
      result.problems.push({
        code: 'duplicate_key_in_file',
        severity: 'error',
        row,
        column: 'key',
        value: shorten(record.key),
        params: { firstRow },
      });
      continue;
    }
    firstRowOfKey.set(record.key, row);
    result.records.push({ row, record });
  }
  return result;
}

function problemOfIssue(issue: z.core.$ZodIssue, row: number): ImportProblem {
  const column = issue.path.join('.');
  const input = (issue as { input?: unknown }).input;
  if (issue.message === 'text_missing' || (column === 'text' && input === undefined))
    return { code: 'text_missing', severity: 'error', row, column: 'text' };
  const empty = input === undefined || input === null || (typeof input === 'string' && input.trim() === '');
  if (empty) return { code: 'required_missing', severity: 'error', row, column };
  return {
    code: 'invalid_value',
    severity: 'error',
    row,
    column,
    value: shorten(typeof input === 'string' ? input : (JSON.stringify(input) ?? String(input))),
  };
}

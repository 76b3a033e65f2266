import { z } from 'zod';
import { contentLangSchema } from '../i18n/languages.js';
import { positionSchema } from '../vocab/vocabularies.js';
import { versionSchema } from './common.js';
import { followUpTimelineSchema } from './followup.js';
import {
  countryRefSchema,
  mechanismRefSchema,
  recommendationFiltersSchema,
  sourceRefSchema,
  termRefSchema,
} from './recommendations.js';

/** Most terms one request may add or remove: a classification, not a bulk load. */
const MAX_TERMS = 200;
/** Most ids one bulk request may name; larger sets are chosen by filter. */
export const MAX_BULK_IDS = 10_000;

const termIds = z.array(z.uuid()).max(MAX_TERMS);

const disjoint = (v: { add?: string[] | undefined; remove?: string[] | undefined }) =>
  !(v.add ?? []).some((id) => (v.remove ?? []).includes(id));
const disjointError = { message: 'a term cannot be both added and removed', path: ['remove'] };

/** Terms to add and to remove; a target SDG brings its goal, removing a goal removes its targets. */
export const termChangeSchema = z
  .object({ add: termIds.default([]), remove: termIds.default([]) })
  .refine(disjoint, disjointError);
export type TermChange = z.infer<typeof termChangeSchema>;

/** `PATCH /recommendations/{id}`: the State's position and tags, based on the version read. */
export const recommendationPatchSchema = z
  .object({
    version: versionSchema,
    position: positionSchema.nullable().optional(),
    terms: termChangeSchema.optional(),
  })
  .meta({ id: 'RecommendationPatch' });
export type RecommendationPatch = z.infer<typeof recommendationPatchSchema>;

/**
 * `POST /recommendations/bulk-classify`: the recommendations named by `ids`, or all those matching
 * `filters` (the list's query, within the caller's scope), get `add` and lose `remove`.
 */
export const bulkClassifySchema = z
  .object({
    ids: z.array(z.uuid()).min(1).max(MAX_BULK_IDS).optional(),
    filters: recommendationFiltersSchema.optional(),
    add: termIds.default([]),
    remove: termIds.default([]),
  })
  .refine((v) => (v.ids === undefined) !== (v.filters === undefined), {
    message: 'give either ids or filters',
    path: ['ids'],
  })
  .refine((v) => v.add.length + v.remove.length > 0, { message: 'nothing to add or remove', path: ['add'] })
  .refine(disjoint, disjointError)
  .meta({ id: 'BulkClassify' });
export type BulkClassify = z.infer<typeof bulkClassifySchema>;
export type BulkClassifyInput = z.input<typeof bulkClassifySchema>;

export const bulkClassifyResultSchema = z
  .object({
    /** Recommendations the request selected (within scope). */
    matched: z.number().int(),
    /** Those whose tags actually changed. */
    changed: z.number().int(),
  })
  .meta({ id: 'BulkClassifyResult' });
export type BulkClassifyResult = z.infer<typeof bulkClassifyResultSchema>;

/** One recommendation of a recurrence chain, oldest first. */
export const recurrenceEntrySchema = z.object({
  id: z.uuid(),
  key: z.string(),
  mechanism: mechanismRefSchema,
  source: sourceRefSchema,
  date: z.string().nullable(),
  recommendingStates: z.array(countryRefSchema),
  /** Text similarity (0–1) of the link that joins it to the chain; null for the page's own record. */
  similarity: z.number().nullable(),
  /** The start of its text in the requested language (or the best available). */
  excerpt: z.string(),
  excerptLang: contentLangSchema.nullable(),
  /** The recommendation the history was asked for. */
  current: z.boolean(),
});
export type RecurrenceEntry = z.infer<typeof recurrenceEntrySchema>;

/** A changed field of a timeline event; values as stored (codes, not labels). */
export const fieldChangeSchema = z.object({
  field: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
});

/** One event of the audit trail about this recommendation (status, position, tags, imports). */
export const timelineEventSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  /**
   * `entity.verb`, e.g. `recommendation.classify`, `recommendation.bulk_classify`,
   * `recommendation.import` (updated by an import), `import.commit` (created by that import).
   */
  action: z.string(),
  actorName: z.string().nullable(),
  changes: z.array(fieldChangeSchema),
  termsAdded: z.array(termRefSchema),
  termsRemoved: z.array(termRefSchema),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const recommendationHistorySchema = z
  .object({
    /** The recurrence chain (links of kind `recurring`, followed transitively), oldest first. */
    chain: z.array(recurrenceEntrySchema),
    /** Newest first; only for staff (the audit trail is theirs), empty for others. */
    events: z.array(timelineEventSchema),
    /** Progress updates, their steps and the official status changes the reader may see. */
    followUp: followUpTimelineSchema,
  })
  .meta({ id: 'RecommendationHistory' });
export type RecommendationHistory = z.infer<typeof recommendationHistorySchema>;

export const historyQuerySchema = z.object({ lang: contentLangSchema.optional() });

import { z } from 'zod';
import { contentLangSchema, localizedTextSchema } from '../i18n/languages.js';
import { roundStatusSchema, updateActionSchema, updateStatusSchema } from '../vocab/follow-up.js';
import { implementationStatusSchema, statusOriginSchema } from '../vocab/vocabularies.js';
import { idSchema, pageQuerySchema, versionSchema } from './common.js';
import { recommendationFiltersSchema } from './recommendations.js';

/** Round titles, instructions and update narratives are written in the three working languages. */
const text3 = (max: number) =>
  z.object({
    ar: z.string().trim().max(max).optional(),
    fr: z.string().trim().max(max).optional(),
    en: z.string().trim().max(max).optional(),
  });
const hasSomeText = (v: { ar?: string | undefined; fr?: string | undefined; en?: string | undefined }) =>
  Boolean(v.ar || v.fr || v.en);

/** Most recommendations or measures one round may name by id (larger sets are chosen by filter). */
export const MAX_ROUND_IDS = 10_000;

/** The institution a round, an update or a home page is about. */
export const institutionBriefSchema = z.object({
  id: idSchema,
  code: z.string(),
  name: localizedTextSchema,
  acronym: localizedTextSchema,
});
export type InstitutionBrief = z.infer<typeof institutionBriefSchema>;

/** What an update or a round item is about: one recommendation or one measure. */
export const subjectSchema = z.object({
  kind: z.enum(['recommendation', 'measure']),
  id: idSchema,
  /** The recommendation's key, or the measure's number. */
  label: z.string(),
  /** The recommendation's text or the measure's name. */
  text: localizedTextSchema,
});
export type Subject = z.infer<typeof subjectSchema>;

// ---------------------------------------------------------------- rounds

/** What a round asks about (when created, or items added later) and whom it asks. */
const roundItemsFields = {
  /** The recommendations asked about, by id … */
  recommendationIds: z.array(z.uuid()).max(MAX_ROUND_IDS).optional(),
  /** … or by the list's filters (within the coordinator's scope). */
  filters: recommendationFiltersSchema.optional(),
  measureIds: z.array(z.uuid()).max(MAX_ROUND_IDS).optional(),
  /** Default: the institutions currently responsible for the chosen recommendations and measures. */
  institutionIds: z.array(z.uuid()).max(1000).optional(),
};

/** Recommendations by ids or by filters (not both), and at least one recommendation or measure. */
const itemsChosen = (nothingMessage: string) =>
  z.superRefine(
    (
      v: { recommendationIds?: string[] | undefined; filters?: unknown; measureIds?: string[] | undefined },
      ctx,
    ) => {
      if (v.recommendationIds && v.filters)
        ctx.addIssue({
          code: 'custom',
          message: 'give recommendation ids or filters, not both',
          path: ['filters'],
        });
      if (!(v.recommendationIds?.length || v.filters || v.measureIds?.length))
        ctx.addIssue({ code: 'custom', message: nothingMessage, path: ['recommendationIds'] });
    },
  );

export const roundCreateSchema = z
  .object({
    title: text3(300).refine(hasSomeText, { message: 'a title in at least one language' }),
    instructions: text3(20_000).default({}),
    deadline: z.iso.date(),
    ...roundItemsFields,
  })
  .check(itemsChosen('a round asks about at least one recommendation or measure'))
  .meta({ id: 'RoundCreate' });
export type RoundCreate = z.infer<typeof roundCreateSchema>;
export type RoundCreateInput = z.input<typeof roundCreateSchema>;

/** `PATCH /rounds/{id}`: texts, deadline, and the step draft → open → closed. */
export const roundPatchSchema = z
  .object({
    version: versionSchema,
    title: text3(300).refine(hasSomeText, { message: 'a title in at least one language' }).optional(),
    instructions: text3(20_000).optional(),
    deadline: z.iso.date().optional(),
    status: roundStatusSchema.optional(),
  })
  .meta({ id: 'RoundPatch' });
export type RoundPatch = z.infer<typeof roundPatchSchema>;

/**
 * `POST /rounds/{id}/items`: more recommendations (by ids or filters) and measures for a draft or
 * open round, and the institutions to ask about them (default: those responsible).
 */
export const roundItemsAddSchema = z
  .object({
    version: versionSchema,
    ...roundItemsFields,
  })
  .check(itemsChosen('name at least one recommendation or measure'))
  .meta({ id: 'RoundItemsAdd' });
export type RoundItemsAdd = z.infer<typeof roundItemsAddSchema>;
export type RoundItemsAddInput = z.input<typeof roundItemsAddSchema>;

/** `POST /rounds/{id}/items/remove`: items nobody has reported on yet. */
export const roundItemsRemoveSchema = z
  .object({
    version: versionSchema,
    recommendationIds: z.array(z.uuid()).max(MAX_ROUND_IDS).default([]),
    measureIds: z.array(z.uuid()).max(MAX_ROUND_IDS).default([]),
  })
  .refine((v) => v.recommendationIds.length + v.measureIds.length > 0, {
    message: 'name at least one recommendation or measure',
    path: ['recommendationIds'],
  })
  .meta({ id: 'RoundItemsRemove' });
export type RoundItemsRemove = z.infer<typeof roundItemsRemoveSchema>;
export type RoundItemsRemoveInput = z.input<typeof roundItemsRemoveSchema>;

/** How far an institution (or the whole round) has got: pairs (item, institution) asked, by state. */
export const completionSchema = z.object({
  asked: z.number().int(),
  /** A draft exists (not yet submitted); asked minus all the others is "not started". */
  drafted: z.number().int(),
  submitted: z.number().int(),
  returned: z.number().int(),
  validated: z.number().int(),
  published: z.number().int(),
  /** Past the deadline and not yet submitted (missing, draft or returned). */
  overdue: z.number().int(),
});
export type Completion = z.infer<typeof completionSchema>;

export const roundSchema = z
  .object({
    id: idSchema,
    title: localizedTextSchema,
    instructions: localizedTextSchema,
    deadline: z.string(),
    status: roundStatusSchema,
    openedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    createdAt: z.string(),
    version: z.number().int(),
    itemCount: z.number().int(),
    institutionCount: z.number().int(),
    completion: completionSchema,
  })
  .meta({ id: 'Round' });
export type Round = z.infer<typeof roundSchema>;

export const roundListQuerySchema = pageQuerySchema.extend({ status: roundStatusSchema.optional() });
export type RoundListQuery = z.infer<typeof roundListQuerySchema>;

export const roundListSchema = z.object({ items: z.array(roundSchema), total: z.number().int() });
export type RoundList = z.infer<typeof roundListSchema>;

/** One item of a round, with the updates the reader may see on it. */
export const roundItemSchema = z.object({
  subject: subjectSchema,
  /** The institutions asked about this item (within the reader's scope). */
  institutions: z.array(
    z.object({
      institutionId: idSchema,
      updateId: idSchema.nullable(),
      updateStatus: updateStatusSchema.nullable(),
    }),
  ),
});
export type RoundItem = z.infer<typeof roundItemSchema>;

export const roundDetailSchema = roundSchema
  .extend({
    institutions: z.array(z.object({ institution: institutionBriefSchema, completion: completionSchema })),
    items: z.array(roundItemSchema),
  })
  .meta({ id: 'RoundDetail' });
export type RoundDetail = z.infer<typeof roundDetailSchema>;

// ---------------------------------------------------------------- progress updates

/** Evidence links: only web addresses (http/https), never `javascript:` or local files. */
export const evidenceLinkSchema = z.object({
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .refine((u) => /^https?:\/\//i.test(u), { message: 'http or https address' }),
  label: z.string().trim().max(300).optional(),
});
export type EvidenceLink = z.infer<typeof evidenceLinkSchema>;

/** The content an institution writes; every field may be saved incomplete in a draft. */
export const updateContentSchema = z.object({
  narrative: text3(50_000).optional(),
  originalLang: contentLangSchema.extract(['ar', 'fr', 'en']).nullable().optional(),
  proposedStatus: implementationStatusSchema.nullable().optional(),
  progress: z.number().int().min(0).max(100).nullable().optional(),
  periodStart: z.iso.date().nullable().optional(),
  periodEnd: z.iso.date().nullable().optional(),
  links: z.array(evidenceLinkSchema).max(50).optional(),
});
export type UpdateContent = z.infer<typeof updateContentSchema>;

const periodInOrder = (v: UpdateContent) => !v.periodStart || !v.periodEnd || v.periodStart <= v.periodEnd;
const periodError = { message: 'the period ends before it starts', path: ['periodEnd'] };

export const updateCreateSchema = updateContentSchema
  .extend({
    roundId: z.uuid(),
    recommendationId: z.uuid().optional(),
    measureId: z.uuid().optional(),
    /** Default: the author's institution (required for an administrator). */
    institutionId: z.uuid().optional(),
  })
  .refine((v) => (v.recommendationId === undefined) !== (v.measureId === undefined), {
    message: 'give either a recommendation or a measure',
    path: ['recommendationId'],
  })
  .refine(periodInOrder, periodError)
  .meta({ id: 'UpdateCreate' });
export type UpdateCreate = z.infer<typeof updateCreateSchema>;

export const updatePatchSchema = updateContentSchema
  .extend({ version: versionSchema })
  .refine(periodInOrder, periodError)
  .meta({ id: 'UpdatePatch' });
export type UpdatePatch = z.infer<typeof updatePatchSchema>;

export const updateStepSchema = z.object({ version: versionSchema }).meta({ id: 'UpdateStep' });
export const updateReturnSchema = z
  .object({ version: versionSchema, comment: z.string().trim().min(1).max(5000) })
  .meta({ id: 'UpdateReturn' });

export const progressUpdateSchema = z
  .object({
    id: idSchema,
    round: z.object({
      id: idSchema,
      title: localizedTextSchema,
      deadline: z.string(),
      status: roundStatusSchema,
    }),
    subject: subjectSchema,
    institution: institutionBriefSchema,
    status: updateStatusSchema,
    narrative: z.object({
      ar: z.string().nullable(),
      fr: z.string().nullable(),
      en: z.string().nullable(),
    }),
    originalLang: contentLangSchema.nullable(),
    proposedStatus: implementationStatusSchema.nullable(),
    progress: z.number().int().nullable(),
    periodStart: z.string().nullable(),
    periodEnd: z.string().nullable(),
    links: z.array(z.object({ url: z.string(), label: z.string().optional() })),
    /** The coordinator's comment on the last return; only for the institution and staff. */
    reviewComment: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    updatedByName: z.string().nullable(),
    submittedAt: z.string().nullable(),
    validatedAt: z.string().nullable(),
    publishedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'ProgressUpdate' });
export type ProgressUpdate = z.infer<typeof progressUpdateSchema>;

/** One kept version of an update: the step that made it. */
export const updateVersionSchema = z.object({
  version: z.number().int(),
  action: updateActionSchema,
  status: updateStatusSchema,
  comment: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});
export type UpdateVersion = z.infer<typeof updateVersionSchema>;

export const progressUpdateDetailSchema = progressUpdateSchema
  .extend({ versions: z.array(updateVersionSchema) })
  .meta({ id: 'ProgressUpdateDetail' });
export type ProgressUpdateDetail = z.infer<typeof progressUpdateDetailSchema>;

export const updateListQuerySchema = pageQuerySchema.extend({
  round: z.uuid().optional(),
  institution: z.uuid().optional(),
  status: updateStatusSchema.optional(),
  recommendation: z.uuid().optional(),
  measure: z.uuid().optional(),
});
export type UpdateListQuery = z.infer<typeof updateListQuerySchema>;

export const updateListSchema = z.object({ items: z.array(progressUpdateSchema), total: z.number().int() });
export type UpdateList = z.infer<typeof updateListSchema>;

// ---------------------------------------------------------------- timeline and home

/** A step of an update on a recommendation, for its timeline. */
export const updateStepEventSchema = updateVersionSchema.extend({
  updateId: idSchema,
  institution: institutionBriefSchema,
  roundTitle: localizedTextSchema,
});
export type UpdateStepEvent = z.infer<typeof updateStepEventSchema>;

export const statusChangeSchema = z.object({
  fromStatus: implementationStatusSchema.nullable(),
  toStatus: implementationStatusSchema,
  origin: statusOriginSchema,
  updateId: idSchema.nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

/** The follow-up part of a recommendation's history, filtered by what the reader may see. */
export const followUpTimelineSchema = z.object({
  /** Updates the reader may see, newest first (the public: published ones only). */
  updates: z.array(progressUpdateSchema),
  /** Every step of those updates, newest first. */
  steps: z.array(updateStepEventSchema),
  /** Official status changes, newest first. */
  statusChanges: z.array(statusChangeSchema),
});
export type FollowUpTimeline = z.infer<typeof followUpTimelineSchema>;

/** Something an institution is asked to report on in an open round. */
export const dueItemSchema = z.object({
  round: z.object({ id: idSchema, title: localizedTextSchema, deadline: z.string() }),
  subject: subjectSchema,
  updateId: idSchema.nullable(),
  updateStatus: updateStatusSchema.nullable(),
  overdue: z.boolean(),
});
export type DueItem = z.infer<typeof dueItemSchema>;

export const homeSchema = z
  .object({
    institution: institutionBriefSchema.nullable(),
    /** Recommendations currently assigned to the institution. */
    assigned: z.object({
      lead: z.number().int(),
      contributing: z.number().int(),
      items: z.array(subjectSchema.extend({ role: z.enum(['lead', 'contributing']) })),
    }),
    /** Open rounds' items still to submit, soonest deadline first. */
    due: z.object({ total: z.number().int(), overdue: z.number().int(), items: z.array(dueItemSchema) }),
    /** Updates returned by the coordinator, with the comment. */
    returned: z.array(progressUpdateSchema),
    /** Coordinators: open rounds with their completion. */
    rounds: z.array(roundSchema),
    /** Coordinators: submitted updates waiting for review, oldest first. */
    toReview: z.object({ total: z.number().int(), items: z.array(progressUpdateSchema) }),
  })
  .meta({ id: 'Home' });
export type Home = z.infer<typeof homeSchema>;

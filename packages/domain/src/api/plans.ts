import { z } from 'zod';
import { can } from '../auth/permissions.js';
import type { Actor } from '../auth/roles.js';
import { localizedTextSchema } from '../i18n/languages.js';
import { implementationStatusSchema, positionSchema } from '../vocab/vocabularies.js';
import { multiValue, pageQuerySchema, versionSchema } from './common.js';
import { institutionRefSchema } from './recommendations.js';

/**
 * National action plans → axes → measures → indicators (DESIGN §2), linked to recommendations.
 * Plans whose code starts with `DEMO-` are the illustrative demo data set: the UI labels their
 * statuses as such (DESIGN §6).
 */
export const DEMO_PLAN_PREFIX = 'DEMO-';
export const isDemoPlanCode = (code: string): boolean => code.startsWith(DEMO_PLAN_PREFIX);

/** Which plans a query may return: the public (and CSOs, observers) only see published plans. */
export type PlanScope = { kind: 'all' } | { kind: 'published' };
export function planScope(actor: Actor | null): PlanScope {
  return can(actor, 'plan.read', { published: false }) ? { kind: 'all' } : { kind: 'published' };
}

const isoDate = z.iso.date();
const year = z.number().int().min(1900).max(2200);
const shortText = z.string().trim().max(2000);
/** Multilingual text as written by an editor; blank languages are dropped. */
const localizedInput = z
  .object({
    ar: shortText.optional(),
    fr: shortText.optional(),
    en: shortText.optional(),
    es: shortText.optional(),
  })
  .transform((t) => Object.fromEntries(Object.entries(t).filter(([, v]) => v && v.length > 0)));
const longText = z.string().trim().max(20000);
const localizedLongInput = z
  .object({
    ar: longText.optional(),
    fr: longText.optional(),
    en: longText.optional(),
    es: longText.optional(),
  })
  .transform((t) => Object.fromEntries(Object.entries(t).filter(([, v]) => v && v.length > 0)));
/** A name must exist in at least one language. */
const requiredName = localizedInput.refine((t) => Object.keys(t).length > 0, {
  message: 'a name in at least one language is required',
});
const number = z.string().trim().min(1).max(40);

/** How many measures have each status; `none` counts measures with no status yet. */
export const statusCountSchema = z.object({
  status: z.union([implementationStatusSchema, z.literal('none')]),
  count: z.number().int(),
});
export type StatusCount = z.infer<typeof statusCountSchema>;

export const planAxisSchema = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    number: z.string(),
    name: localizedTextSchema,
    sort: z.number().int(),
    version: versionSchema,
    measureCount: z.number().int(),
    statusCounts: z.array(statusCountSchema),
  })
  .meta({ id: 'PlanAxis' });
export type PlanAxis = z.infer<typeof planAxisSchema>;

export const planSummarySchema = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: localizedTextSchema,
    description: localizedTextSchema,
    startYear: z.number().int().nullable(),
    endYear: z.number().int().nullable(),
    published: z.boolean(),
    publishedAt: z.string().nullable(),
    demo: z.boolean(),
    version: versionSchema,
    updatedAt: z.string(),
    axisCount: z.number().int(),
    measureCount: z.number().int(),
    statusCounts: z.array(statusCountSchema),
  })
  .meta({ id: 'PlanSummary' });
export type PlanSummary = z.infer<typeof planSummarySchema>;

export const planSchema = planSummarySchema.extend({ axes: z.array(planAxisSchema) }).meta({ id: 'Plan' });
export type Plan = z.infer<typeof planSchema>;

export const planListSchema = z.object({ items: z.array(planSummarySchema) });

export const planCreateSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .regex(/^[\p{L}\p{N}._-]+$/u, 'letters, digits, dot, dash or underscore only'),
  name: requiredName,
  description: localizedLongInput.optional(),
  startYear: year.nullable().optional(),
  endYear: year.nullable().optional(),
});
export type PlanCreate = z.infer<typeof planCreateSchema>;

export const planPatchSchema = z.object({
  version: versionSchema,
  code: planCreateSchema.shape.code.optional(),
  name: requiredName.optional(),
  description: localizedLongInput.optional(),
  startYear: year.nullable().optional(),
  endYear: year.nullable().optional(),
});
export type PlanPatch = z.infer<typeof planPatchSchema>;

export const versionBodySchema = z.object({ version: versionSchema });

export const axisCreateSchema = z.object({
  number,
  name: requiredName,
  sort: z.number().int().min(0).max(100000).optional(),
});
export type AxisCreate = z.infer<typeof axisCreateSchema>;
export const axisPatchSchema = z.object({
  version: versionSchema,
  number: number.optional(),
  name: requiredName.optional(),
  sort: z.number().int().min(0).max(100000).optional(),
});
export type AxisPatch = z.infer<typeof axisPatchSchema>;
export const planAxisParamsSchema = z.object({ id: z.uuid(), axisId: z.uuid() });

export const measureInstitutionInputSchema = z.object({
  institutionId: z.uuid(),
  role: institutionRefSchema.shape.role,
});

export const measureSummarySchema = z
  .object({
    id: z.uuid(),
    plan: z.object({ id: z.uuid(), code: z.string(), name: localizedTextSchema, demo: z.boolean() }),
    axis: z.object({ id: z.uuid(), number: z.string(), name: localizedTextSchema }).nullable(),
    number: z.string(),
    name: localizedTextSchema,
    subMeasure: localizedTextSchema,
    status: implementationStatusSchema.nullable(),
    statusDate: z.string().nullable(),
    institutions: z.array(institutionRefSchema),
    recommendationCount: z.number().int(),
    indicatorCount: z.number().int(),
    version: versionSchema,
    updatedAt: z.string(),
  })
  .meta({ id: 'MeasureSummary' });
export type MeasureSummary = z.infer<typeof measureSummarySchema>;

export const indicatorValueSchema = z
  .object({
    id: z.uuid(),
    date: z.string(),
    value: z.number(),
    source: z.string().nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: 'IndicatorValue' });
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;

export const indicatorSchema = z
  .object({
    id: z.uuid(),
    measureId: z.uuid(),
    name: localizedTextSchema,
    unit: localizedTextSchema,
    baseline: z.number().nullable(),
    baselineDate: z.string().nullable(),
    target: z.number().nullable(),
    targetDate: z.string().nullable(),
    sort: z.number().int(),
    version: versionSchema,
    updatedAt: z.string(),
    /** Oldest first. */
    values: z.array(indicatorValueSchema),
  })
  .meta({ id: 'Indicator' });
export type Indicator = z.infer<typeof indicatorSchema>;

/** A recommendation as the measure card lists it: key, text in the reader's language, status. */
export const linkedRecommendationSchema = z.object({
  id: z.uuid(),
  key: z.string(),
  text: z.string().nullable(),
  textLang: z.string().nullable(),
  status: implementationStatusSchema.nullable(),
  position: positionSchema.nullable(),
  published: z.boolean(),
});
export type LinkedRecommendation = z.infer<typeof linkedRecommendationSchema>;

export const measureSchema = measureSummarySchema
  .extend({
    description: localizedTextSchema,
    objectives: localizedTextSchema,
    achievements: localizedTextSchema,
    sort: z.number().int(),
    indicators: z.array(indicatorSchema),
    recommendations: z.array(linkedRecommendationSchema),
  })
  .meta({ id: 'Measure' });
export type Measure = z.infer<typeof measureSchema>;

export const measureListQuerySchema = pageQuerySchema.extend({
  plan: z.uuid().optional(),
  axis: z.uuid().optional(),
  status: multiValue,
  institution: z.uuid().optional(),
  q: z.string().trim().max(200).optional(),
  /** Larger pages than other lists: a plan page shows an axis's measures at once. */
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type MeasureListQuery = z.infer<typeof measureListQuerySchema>;

export const measureListSchema = z.object({ items: z.array(measureSummarySchema), total: z.number().int() });
export type MeasureList = z.infer<typeof measureListSchema>;

const measureFields = {
  axisId: z.uuid().nullable().optional(),
  subMeasure: localizedInput.optional(),
  description: localizedLongInput.optional(),
  objectives: localizedLongInput.optional(),
  achievements: localizedLongInput.optional(),
  status: implementationStatusSchema.nullable().optional(),
  statusDate: isoDate.nullable().optional(),
  sort: z.number().int().min(0).max(100000).optional(),
  /** Replaces the whole list of responsible institutions when given. */
  institutions: z.array(measureInstitutionInputSchema).max(100).optional(),
};

export const measureCreateSchema = z.object({
  planId: z.uuid(),
  number,
  name: requiredName,
  ...measureFields,
});
export type MeasureCreate = z.infer<typeof measureCreateSchema>;

export const measurePatchSchema = z.object({
  version: versionSchema,
  number: number.optional(),
  name: requiredName.optional(),
  ...measureFields,
});
export type MeasurePatch = z.infer<typeof measurePatchSchema>;

export const measureLinkSchema = z.object({ recommendationIds: z.array(z.uuid()).min(1).max(500) });
export const measureUnlinkParamsSchema = z.object({ id: z.uuid(), recommendationId: z.uuid() });

/** A measure as the recommendation page lists it. */
export const recommendationMeasureSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  name: localizedTextSchema,
  status: implementationStatusSchema.nullable(),
  statusDate: z.string().nullable(),
  plan: z.object({ id: z.uuid(), code: z.string(), name: localizedTextSchema, demo: z.boolean() }),
});
export type RecommendationMeasure = z.infer<typeof recommendationMeasureSchema>;
export const recommendationMeasureListSchema = z.object({ items: z.array(recommendationMeasureSchema) });

const amount = z.number().finite();
export const indicatorCreateSchema = z.object({
  measureId: z.uuid(),
  name: requiredName,
  unit: localizedInput.optional(),
  baseline: amount.nullable().optional(),
  baselineDate: isoDate.nullable().optional(),
  target: amount.nullable().optional(),
  targetDate: isoDate.nullable().optional(),
  sort: z.number().int().min(0).max(100000).optional(),
});
export type IndicatorCreate = z.infer<typeof indicatorCreateSchema>;

export const indicatorPatchSchema = indicatorCreateSchema
  .omit({ measureId: true })
  .partial()
  .extend({ version: versionSchema, name: requiredName.optional() });
export type IndicatorPatch = z.infer<typeof indicatorPatchSchema>;

/** Adds a value, or replaces the one already recorded for that date. */
export const indicatorValueInputSchema = z.object({
  date: isoDate,
  value: amount,
  source: z.string().trim().max(1000).nullable().optional(),
  note: z.string().trim().max(2000).nullable().optional(),
});
export type IndicatorValueInput = z.infer<typeof indicatorValueInputSchema>;
export const indicatorValueParamsSchema = z.object({ id: z.uuid(), valueId: z.uuid() });

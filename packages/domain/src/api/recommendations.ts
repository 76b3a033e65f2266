import { z } from 'zod';
import { contentLangSchema, localizedTextSchema } from '../i18n/languages.js';
import {
  assignmentRoleSchema,
  implementationStatusSchema,
  mechanismTypeSchema,
  positionSchema,
  statusOriginSchema,
  vocabularySchema,
} from '../vocab/vocabularies.js';
import { facetBucketSchema, multiValue, pageQuerySchema, refSchema, versionSchema } from './common.js';

export const RECOMMENDATION_SORTS = ['relevance', 'key', '-key', 'date', '-date', '-updated'] as const;

/** Filters shared by the list, the exports and (later) the dashboard: one URL query everywhere. */
export const recommendationFiltersSchema = z.object({
  q: z.string().trim().max(500).optional(),
  /** mechanism codes, e.g. UPR, CEDAW */
  mechanism: multiValue,
  mechanismType: multiValue,
  position: multiValue,
  status: multiValue,
  /** term ids of any vocabulary (axis, subaxis, sdg_goal, uhri_theme, …) */
  term: multiValue,
  institution: multiValue,
  /** ISO 3166-1 alpha-2 of recommending States */
  state: multiValue,
  reviewId: z.uuid().optional(),
  published: z.enum(['true', 'false']).optional(),
  /** review cycles (UPR 1st, 2nd, 3rd … cycle; treaty-body review rounds) */
  cycle: multiValue,
  /** date range on the recommendation's date, inclusive */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  /** languages the text is available in (ar, fr, en, es); several: any of them */
  language: multiValue,
  /** has (true) or has no (false) link to a recurring recommendation */
  recurring: z.enum(['true', 'false']).optional(),
  /** has (true) or has no (false) current lead institution: the dashboard's "without an owner" */
  lead: z.enum(['true', 'false']).optional(),
  /** has (true) or has no (false) vocabulary tag at all: the dashboard's "without a tag" */
  tagged: z.enum(['true', 'false']).optional(),
});
export type RecommendationFilters = z.infer<typeof recommendationFiltersSchema>;

export const recommendationListQuerySchema = recommendationFiltersSchema
  .extend(pageQuerySchema.shape)
  .extend({
    sort: z.enum(RECOMMENDATION_SORTS).default('relevance'),
    /** language for labels and sorting; defaults to the request's language */
    lang: contentLangSchema.optional(),
  });
export type RecommendationListQuery = z.infer<typeof recommendationListQuerySchema>;

export const EXPORT_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** An export takes the list's query without paging: it writes every row the list would show. */
export const recommendationExportQuerySchema = recommendationFiltersSchema.extend({
  sort: z.enum(RECOMMENDATION_SORTS).default('key'),
  /** language of the main text column and of the labels (CSV/XLSX headers, names) */
  lang: contentLangSchema.optional(),
});
export type RecommendationExportQuery = z.infer<typeof recommendationExportQuerySchema>;

export const mechanismRefSchema = z.object({
  id: z.string(),
  code: z.string(),
  type: mechanismTypeSchema,
  name: localizedTextSchema,
});

export const institutionRefSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: localizedTextSchema,
  acronym: localizedTextSchema,
  role: assignmentRoleSchema,
});

export const countryRefSchema = z.object({ iso2: z.string(), name: localizedTextSchema });

export const termRefSchema = refSchema.extend({ vocabulary: vocabularySchema });
export type TermRef = z.infer<typeof termRefSchema>;

export const sourceRefSchema = z.object({
  reviewId: z.string().nullable(),
  title: localizedTextSchema,
  symbol: z.string().nullable(),
  date: z.string().nullable(),
  cycle: z.number().int().nullable(),
});

export const recommendationSummarySchema = z
  .object({
    id: z.uuid(),
    key: z.string(),
    paragraph: z.string().nullable(),
    text: localizedTextSchema,
    originalLang: contentLangSchema.nullable(),
    mechanism: mechanismRefSchema,
    source: sourceRefSchema,
    position: positionSchema.nullable(),
    status: implementationStatusSchema.nullable(),
    statusOrigin: statusOriginSchema.nullable(),
    recommendingStates: z.array(countryRefSchema),
    institutions: z.array(institutionRefSchema),
    terms: z.array(termRefSchema),
    published: z.boolean(),
    date: z.string().nullable(),
  })
  .meta({ id: 'RecommendationSummary' });
export type RecommendationSummary = z.infer<typeof recommendationSummarySchema>;

export const recommendationSchema = recommendationSummarySchema
  .extend({
    statusDate: z.string().nullable(),
    recurrences: z.array(
      z.object({
        id: z.uuid(),
        key: z.string(),
        kind: z.enum(['recurring', 'related']),
        mechanismCode: z.string(),
        /** Text similarity (0–1) the link was made with, when a matcher made it. */
        similarity: z.number().nullable().optional(),
      }),
    ),
    /** UPR Info's action level (1 minimal … 5 specific action), kept where the source gives it. */
    actionLevel: z.number().int().min(1).max(5).nullable().optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: versionSchema,
  })
  .meta({ id: 'Recommendation' });
export type Recommendation = z.infer<typeof recommendationSchema>;

export const RECOMMENDATION_FACETS = [
  'mechanism',
  'position',
  'status',
  'axis',
  'institution',
  'state',
  'cycle',
  'theme',
  'affectedPerson',
  'sdg',
  'language',
  'recurring',
  'published',
] as const;
export type RecommendationFacet = (typeof RECOMMENDATION_FACETS)[number];

export const recommendationListSchema = z
  .object({
    items: z.array(recommendationSummarySchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    facets: z.record(z.enum(RECOMMENDATION_FACETS), z.array(facetBucketSchema)),
  })
  .meta({ id: 'RecommendationList' });
export type RecommendationList = z.infer<typeof recommendationListSchema>;

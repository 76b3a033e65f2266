import { z } from 'zod';
import { can } from '../auth/permissions.js';
import type { Actor } from '../auth/roles.js';
import { uiLocaleSchema } from '../i18n/languages.js';
import { DOCUMENT_KINDS, DOCUMENT_STATUSES, type DocumentKind, REPORT_TYPES } from '../vocab/documents.js';
import { recommendationFiltersSchema } from './recommendations.js';

/** How a report draft groups its recommendations: by UN cluster (mechanism document) or by theme. */
export const REPORT_GROUPINGS = ['cluster', 'theme'] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

/**
 * What to generate. `filters` is the recommendation list's query (matrix and report); the report
 * also takes its type and grouping; the institution sheet an institution; measure cards a plan.
 */
export const documentRequestSchema = z
  .object({
    kind: z.enum(DOCUMENT_KINDS),
    lang: uiLocaleSchema,
    filters: recommendationFiltersSchema.prefault({}),
    grouping: z.enum(REPORT_GROUPINGS).default('cluster'),
    reportType: z.enum(REPORT_TYPES).default('upr_midterm'),
    institutionId: z.uuid().optional(),
    planId: z.uuid().optional(),
  })
  .refine((v) => v.kind !== 'institution_sheet' || v.institutionId, {
    message: 'an institution sheet needs institutionId',
    path: ['institutionId'],
  })
  .refine((v) => v.kind !== 'measure_cards' || v.planId, {
    message: 'measure cards need planId',
    path: ['planId'],
  })
  .meta({ id: 'DocumentRequest' });
export type DocumentRequest = z.infer<typeof documentRequestSchema>;
export type DocumentRequestInput = z.input<typeof documentRequestSchema>;

export const documentJobSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(DOCUMENT_KINDS),
    lang: uiLocaleSchema,
    params: z.record(z.string(), z.unknown()),
    status: z.enum(DOCUMENT_STATUSES),
    progressDone: z.number().int(),
    progressTotal: z.number().int(),
    fileName: z.string().nullable(),
    mediaType: z.string().nullable(),
    size: z.number().int().nullable(),
    /** Why it failed, in plain words. */
    failureReason: z.string().nullable(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    /** When the file is deleted; download before. */
    expiresAt: z.string().nullable(),
  })
  .meta({ id: 'DocumentJob' });
export type DocumentJob = z.infer<typeof documentJobSchema>;

export const documentListSchema = z
  .object({ items: z.array(documentJobSchema) })
  .meta({ id: 'DocumentList' });
export type DocumentList = z.infer<typeof documentListSchema>;

/**
 * Who may generate what. The matrix is an export of what the actor's scope shows, so every signed-in
 * user may (rows are scoped by the query). The report draft and measure cards are the mechanism's
 * work (`report.generate`). An institution's summary sheet: staff for any institution, its own
 * members for theirs.
 */
export function canGenerateDocument(
  actor: Actor | null,
  kind: DocumentKind,
  institutionId?: string,
): boolean {
  if (!actor) return false;
  switch (kind) {
    case 'matrix':
      return can(actor, 'recommendation.export');
    case 'report':
    case 'measure_cards':
      return can(actor, 'report.generate');
    case 'institution_sheet':
      return (
        can(actor, 'report.generate') ||
        (institutionId !== undefined && actor.institutionId === institutionId)
      );
  }
}

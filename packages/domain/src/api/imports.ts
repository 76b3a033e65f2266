import { z } from 'zod';
import { columnMappingSchema, importFormatSchema } from '../imports/formats.js';
import { IMPORT_PROBLEM_CODES } from '../imports/problems.js';
import { versionSchema } from './common.js';

/**
 * Imports (DESIGN §5): `POST /api/v1/imports` uploads a file and starts a job that parses it and
 * matches it against what is stored, giving a preview; `POST /api/v1/imports/{id}/commit` writes the
 * previewed rows in one transaction. `dryRun: false` commits straight after the preview (CLI, scripts).
 */
export const IMPORT_STATUSES = [
  'running',
  'previewed',
  'committing',
  'committed',
  'failed',
  'discarded',
] as const;
export const importStatusSchema = z.enum(IMPORT_STATUSES);
export type ImportStatus = z.infer<typeof importStatusSchema>;

/** What committing a row does: new record, update of the record with the same key, nothing, or skip (error). */
export const IMPORT_OUTCOMES = ['new', 'updated', 'unchanged', 'error'] as const;
export const importOutcomeSchema = z.enum(IMPORT_OUTCOMES);
export type ImportOutcome = z.infer<typeof importOutcomeSchema>;

/** A problem as the user reads it: located, with the message in their language. */
export const importProblemViewSchema = z.object({
  code: z.enum(IMPORT_PROBLEM_CODES),
  severity: z.enum(['error', 'warning']),
  row: z.number().int().optional(),
  column: z.string().optional(),
  value: z.string().optional(),
  message: z.string(),
});
export type ImportProblemView = z.infer<typeof importProblemViewSchema>;

export const importCountsSchema = z.object({
  total: z.number().int(),
  new: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** rows (new or updated) found to repeat an earlier recommendation */
  recurring: z.number().int(),
  errors: z.number().int(),
  warnings: z.number().int(),
});
export type ImportCounts = z.infer<typeof importCountsSchema>;

/** One row of the preview. */
export const importRowSchema = z.object({
  row: z.number().int(),
  key: z.string().nullable(),
  outcome: importOutcomeSchema,
  /** text in the file, shortened, in its first language */
  excerpt: z.string(),
  /** fields that differ from the stored record (outcome `updated`) */
  changes: z.array(z.string()),
  /** the earlier recommendation this one repeats, if any */
  recurrenceOf: z.object({ id: z.uuid(), key: z.string(), similarity: z.number() }).nullable(),
});
export type ImportRow = z.infer<typeof importRowSchema>;

export const importJobSchema = z
  .object({
    id: z.uuid(),
    format: importFormatSchema,
    fileName: z.string(),
    status: importStatusSchema,
    dryRun: z.boolean(),
    createdAt: z.string(),
    createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    committedAt: z.string().nullable(),
    /** rows processed so far, for the progress bar */
    progress: z.object({ done: z.number().int(), total: z.number().int() }),
    counts: importCountsSchema,
    /** file-level problems and the first row problems (all of them through `problemsPage`) */
    problems: z.array(importProblemViewSchema),
    problemsTotal: z.number().int(),
    /** a page of preview rows, filtered by `outcome` when asked */
    rows: z.array(importRowSchema),
    rowsTotal: z.number().int(),
    version: versionSchema,
  })
  .meta({ id: 'ImportJob' });
export type ImportJob = z.infer<typeof importJobSchema>;

export const importJobQuerySchema = z.object({
  outcome: importOutcomeSchema.optional(),
  recurring: z.enum(['true', 'false']).optional(),
  rowsPage: z.coerce.number().int().min(1).default(1),
  rowsPageSize: z.coerce.number().int().min(1).max(500).default(50),
  problemsPage: z.coerce.number().int().min(1).default(1),
});
export type ImportJobQuery = z.infer<typeof importJobQuerySchema>;

/** Multipart fields sent with the file. `mapping` is JSON text (a ColumnMapping). */
export const importUploadFieldsSchema = z.object({
  format: importFormatSchema.optional(),
  mapping: z.string().max(20_000).optional(),
  /** id of a saved mapping, instead of `mapping` */
  mappingId: z.uuid().optional(),
  dryRun: z.enum(['true', 'false']).default('true'),
  /** text encoding of a CSV or text file when it is not detected right */
  encoding: z.enum(['utf-8', 'windows-1256', 'windows-1252']).optional(),
});
export type ImportUploadFields = z.infer<typeof importUploadFieldsSchema>;

export const importCommitSchema = z.object({ version: versionSchema });

export const importSummarySchema = importJobSchema
  .pick({
    id: true,
    format: true,
    fileName: true,
    status: true,
    dryRun: true,
    createdAt: true,
    createdBy: true,
    committedAt: true,
    counts: true,
  })
  .meta({ id: 'ImportSummary' });
export const importListSchema = z.object({ items: z.array(importSummarySchema), total: z.number().int() });

/** What the mapping step shows: the columns of the file and a few rows. */
export const importInspectionSchema = z
  .object({
    detectedFormat: importFormatSchema.nullable(),
    encoding: z.string().nullable(),
    headers: z.array(z.string()),
    sample: z.array(z.array(z.string())),
    rowCount: z.number().int(),
    /** a mapping guessed from the header names */
    suggestedMapping: columnMappingSchema,
  })
  .meta({ id: 'ImportInspection' });
export type ImportInspection = z.infer<typeof importInspectionSchema>;

export const savedMappingSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    mapping: columnMappingSchema,
    createdAt: z.string(),
  })
  .meta({ id: 'SavedMapping' });
export type SavedMapping = z.infer<typeof savedMappingSchema>;
export const savedMappingInputSchema = z.object({
  name: z.string().trim().min(1).max(200),
  mapping: columnMappingSchema,
});

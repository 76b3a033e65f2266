import { z } from 'zod';

/** Formats the import pipeline reads (`tatabbu import --format …`, `POST /api/v1/imports`). */
export const IMPORT_FORMATS = ['uhri', 'upr-info', 'un-text', 'csv', 'xlsx', 'tatabbu-json'] as const;
export const importFormatSchema = z.enum(IMPORT_FORMATS);
export type ImportFormat = z.infer<typeof importFormatSchema>;

/** Largest upload accepted (bytes): real exports are a few MB; 100 MB holds some 350,000 UPR Info rows. */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;
/** Most rows one import may hold. */
export const MAX_IMPORT_ROWS = 300_000;
/** Longest cell accepted in a spreadsheet or CSV (characters). */
export const MAX_CELL_LENGTH = 32_767;

/**
 * A spreadsheet-like table read from CSV or XLSX: header names and data rows; `row` is the number
 * the user sees in their program (1-based, the header being row 1 unless stated otherwise).
 */
export interface SourceTable {
  headers: string[];
  rows: { row: number; cells: string[] }[];
}

/**
 * Column mapping of "any spreadsheet": record field → column header. Fields of the record
 * (`text.fr`, `recommendingStates`, `terms.uhri_theme`, …) are listed in MAPPABLE_FIELDS.
 */
/** Mappable columns that carry vocabulary terms (codes or labels, several per cell). */
export const TERM_FIELDS = [
  'terms.uhri_theme',
  'terms.affected_person',
  'terms.sdg_target',
  'terms.sdg_goal',
  'terms.axis',
  'terms.subaxis',
  'terms.cluster',
] as const;

export const MAPPABLE_FIELDS = [
  'key',
  'externalRef',
  'mechanism',
  'stateUnderReview',
  'review.cycle',
  'review.session',
  'document.symbol',
  'document.date',
  'paragraph',
  'text.ar',
  'text.fr',
  'text.en',
  'text.es',
  'originalLang',
  'recommendingStates',
  'position',
  'actionLevel',
  'status',
  'date',
  ...TERM_FIELDS,
] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

export const columnMappingSchema = z
  .object({
    /** field → header name in the file */
    columns: z.partialRecord(z.enum(MAPPABLE_FIELDS), z.string().min(1).max(300)),
    /** used when the file has no mechanism column, e.g. "UPR" */
    defaultMechanism: z.string().max(40).optional(),
    /** separator of multi-value cells besides new lines, e.g. ";" */
    multiValueSeparator: z.string().max(3).optional(),
  })
  .meta({ id: 'ColumnMapping' });
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

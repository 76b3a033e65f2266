import type {
  ColumnMapping,
  ImportCounts,
  ImportFormat,
  ImportProblem,
  ImportRow,
  ImportStatus,
  RecommendationRecord,
} from '@tatabbu/domain';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { recordColumns } from './columns.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/**
 * One import job: who, when, which file, its preview and its outcome (DESIGN §3, data flow of an
 * import). The validated rows wait for the commit in `import_records`.
 */
export const imports = pgTable(
  'imports',
  {
    ...recordColumns(),
    format: text('format').$type<ImportFormat>().notNull(),
    fileName: text('file_name').notNull(),
    status: text('status').$type<ImportStatus>().notNull().default('running'),
    dryRun: boolean('dry_run').notNull().default(true),
    createdBy: uuid('created_by').references(() => users.id),
    committedAt: ts('committed_at'),
    progressDone: integer('progress_done').notNull().default(0),
    progressTotal: integer('progress_total').notNull().default(0),
    counts: jsonb('counts').$type<ImportCounts>(),
    /** File-level and row problems, capped (see MAX_STORED_PROBLEMS). */
    problems: jsonb('problems').$type<ImportProblem[]>().notNull().default([]),
    problemsTotal: integer('problems_total').notNull().default(0),
    /** The preview, one entry per row of the file. */
    rows: jsonb('rows').$type<ImportRow[]>(),
    mapping: jsonb('mapping').$type<ColumnMapping>(),
    /** Why the job failed, in plain words for the log (problems hold the localised reasons). */
    failureReason: text('failure_reason'),
  },
  (t) => [index('imports_created_at_idx').on(t.createdAt)],
);

/**
 * The validated rows of a previewed import, one row each, kept until it is committed, discarded or
 * fails. One value per row (not one array for the job) keeps a 200,000-row file within what the
 * embedded database can hold in a single value.
 */
export const importRecords = pgTable(
  'import_records',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    row: integer('row').notNull(),
    record: jsonb('record').$type<RecommendationRecord>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.row] })],
);

/** Column mappings saved for the next file of the same shape. */
export const importMappings = pgTable('import_mappings', {
  ...recordColumns(),
  name: text('name').notNull(),
  mapping: jsonb('mapping').$type<ColumnMapping>().notNull(),
  createdBy: uuid('created_by').references(() => users.id),
});

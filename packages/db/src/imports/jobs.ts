import {
  type ColumnMapping,
  describeProblem,
  type ImportCounts,
  type ImportFormat,
  type ImportJob,
  type ImportJobQuery,
  type ImportProblem,
  type ImportRow,
  type ImportStatus,
  type RecommendationRecord,
  type UiLocale,
} from '@tatabbu/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { recordAudit, recordAuditEvents } from '../audit/record.js';
import { isoTimestamp, isUuid, queryRows } from '../audit/sql.js';
import type { Db } from '../connection.js';
import { ConflictError, NotFoundError, StaleVersionError } from '../errors.js';
import { imports } from '../schema/index.js';
import { planImport } from './plan.js';
import { dropStagedRecords, readStagedRecords, stageRecords } from './staging.js';
import { writePlan } from './write.js';

/** Problems kept per import; the count of all of them is kept too. */
export const MAX_STORED_PROBLEMS = 10_000;
/** Problems shown per page of an import job. */
export const PROBLEMS_PAGE_SIZE = 100;

/** What a parser hands over: the valid records with their row, the problems, the rows the file held. */
export interface ParsedImportInput {
  records: { row: number; record: RecommendationRecord }[];
  problems: ImportProblem[];
  totalRows: number;
}

export interface ImportPreviewSummary {
  id: string;
  status: ImportStatus;
  counts: ImportCounts;
  version: number;
}

const EMPTY_COUNTS: ImportCounts = {
  total: 0,
  new: 0,
  updated: 0,
  unchanged: 0,
  recurring: 0,
  errors: 0,
  warnings: 0,
};

/** Starts an import job (status `running`) and returns its id. */
export async function createImport(
  db: Db,
  input: {
    actorId: string | null;
    fileName: string;
    format: ImportFormat;
    dryRun: boolean;
    mapping?: ColumnMapping;
  },
): Promise<string> {
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(imports)
      .values({
        format: input.format,
        fileName: input.fileName,
        dryRun: input.dryRun,
        createdBy: input.actorId,
        mapping: input.mapping ?? null,
        counts: EMPTY_COUNTS,
      })
      .returning();
    if (!created) throw new Error('imports: insert returned nothing');
    await recordAudit(tx, {
      actorId: input.actorId,
      action: 'import.create',
      entity: 'import',
      entityId: created.id,
      after: { fileName: input.fileName, format: input.format, dryRun: input.dryRun, mapping: input.mapping },
    });
    return created.id;
  });
}

async function loadJob(db: Db, id: string) {
  if (!isUuid(id)) throw new NotFoundError('import', id);
  const [job] = await db
    .select({
      id: imports.id,
      status: imports.status,
      version: imports.version,
      updatedAt: imports.updatedAt,
      createdBy: imports.createdBy,
      counts: imports.counts,
    })
    .from(imports)
    .where(eq(imports.id, id));
  if (!job) throw new NotFoundError('import', id);
  return job;
}

/**
 * Resolves, matches and looks for recurrences without writing any recommendation; stores the
 * preview rows, the counts, the problems and the records waiting for commit. A file-level error
 * (a problem without a row) ends the job as `failed`.
 */
export async function previewImport(
  db: Db,
  importId: string,
  parsed: ParsedImportInput,
  options: {
    onProgress?: (done: number, total: number) => void;
    /** Claims the job for commit (`committing`) instead of stopping at `previewed` */
    thenCommit?: boolean;
  } = {},
): Promise<ImportPreviewSummary> {
  const { onProgress, thenCommit = false } = options;
  const job = await loadJob(db, importId);
  if (job.status !== 'running')
    throw new ConflictError('import', 'status', `import ${importId} is ${job.status}`);
  const total = Math.max(parsed.totalRows, parsed.records.length);
  await db.update(imports).set({ progressTotal: total, progressDone: 0 }).where(eq(imports.id, importId));
  const fileFailed = parsed.problems.some((p) => p.severity === 'error' && p.row === undefined);
  try {
    const plan = await planImport(db, parsed, { ...(onProgress ? { onProgress } : {}) });
    // A job that goes on to commit never shows `previewed`: a reader polling it would take that
    // for the end of the job.
    const status: ImportStatus = fileFailed ? 'failed' : thenCommit ? 'committing' : 'previewed';
    // The staged rows and the new status together: a crash leaves the job running, never half staged.
    const [saved] = await db.transaction(async (tx) => {
      if (!fileFailed) await stageRecords(tx, importId, parsed.records);
      return tx
        .update(imports)
        .set({
          status,
          progressDone: total,
          counts: plan.counts,
          problems: plan.problems.slice(0, MAX_STORED_PROBLEMS),
          problemsTotal: plan.problems.length,
          rows: plan.rows,
          version: sql`${imports.version} + 1`,
          updatedAt: sql`now()`,
        })
        .where(eq(imports.id, importId))
        .returning();
    });
    return { id: importId, status, counts: plan.counts, version: saved?.version ?? job.version + 1 };
  } catch (error) {
    await markFailed(db, importId, error);
    throw error;
  }
}

async function markFailed(db: Db, importId: string, error: unknown): Promise<void> {
  const reason = error instanceof Error ? error.message : String(error);
  const problem: ImportProblem = {
    code: 'commit_failed',
    severity: 'error',
    params: { reason: reason.slice(0, 500) },
  };
  await db
    .update(imports)
    .set({
      status: 'failed',
      failureReason: reason.slice(0, 2000),
      problems: sql`${imports.problems} || ${JSON.stringify([problem])}::jsonb`,
      problemsTotal: sql`${imports.problemsTotal} + 1`,
      version: sql`${imports.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(imports.id, importId));
  await dropStagedRecords(db, [importId]);
}

const previewedRecurrences = (rows: ImportRow[]) =>
  new Map(rows.flatMap((r) => (r.recurrenceOf ? [[r.row, r.recurrenceOf] as const] : [])));

/**
 * Writes a previewed import in ONE transaction, matched again against the database as it is now:
 * new records inserted, changed ones updated, links replaced, one audit event per updated record
 * and one for the import. A second commit is a ConflictError, a stale `version` a
 * StaleVersionError; on any failure nothing is written and the job is marked failed.
 */
export async function commitImport(
  db: Db,
  importId: string,
  input: { actorId: string | null; version: number },
): Promise<ImportCounts> {
  // Claim the job first (previewed → committing): of two servers committing it, one wins.
  const [claimed] = await db
    .update(imports)
    .set({ status: 'committing', version: sql`${imports.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(imports.id, importId), eq(imports.status, 'previewed'), eq(imports.version, input.version)))
    .returning();
  if (!claimed) {
    const job = await loadJob(db, importId);
    if (job.status !== 'previewed')
      throw new ConflictError('import', 'status', `import ${importId} is ${job.status}, not previewed`);
    throw new StaleVersionError('import', importId, input.version, job.version, job.updatedAt, job.createdBy);
  }
  return writeClaimedImport(db, claimed, input.actorId);
}

/** Commits a job that `previewImport(…, { thenCommit: true })` left claimed (`committing`). */
export async function commitClaimedImport(
  db: Db,
  importId: string,
  actorId: string | null,
): Promise<ImportCounts> {
  if (!isUuid(importId)) throw new NotFoundError('import', importId);
  const [claimed] = await db
    .select()
    .from(imports)
    .where(and(eq(imports.id, importId), eq(imports.status, 'committing')));
  if (!claimed) throw new ConflictError('import', 'status', `import ${importId} is not waiting for commit`);
  return writeClaimedImport(db, claimed, actorId);
}

async function writeClaimedImport(
  db: Db,
  claimed: typeof imports.$inferSelect,
  actorId: string | null,
): Promise<ImportCounts> {
  const importId = claimed.id;
  const input = { actorId };
  const records = await readStagedRecords(db, importId);
  const previewCounts = claimed.counts ?? EMPTY_COUNTS;
  try {
    return await db.transaction(async (tx) => {
      const plan = await planImport(
        tx,
        { records, problems: [], totalRows: previewCounts.total },
        { lock: true, recurrences: previewedRecurrences(claimed.rows ?? []) },
      );
      await writePlan(tx, plan, importId, input.actorId);
      const written = plan.planned.filter((p) => p.outcome !== 'unchanged');
      const counts: ImportCounts = {
        ...plan.counts,
        total: previewCounts.total,
        errors: previewCounts.errors,
        warnings: previewCounts.warnings,
      };
      await recordAuditEvents(tx, [
        ...written
          .filter((p) => p.outcome === 'updated')
          .map((p) => ({
            actorId: input.actorId,
            action: 'recommendation.import',
            entity: 'recommendation',
            entityId: p.id,
            before: p.before,
            after: { ...p.after, importId },
          })),
        {
          actorId: input.actorId,
          action: 'import.commit',
          entity: 'import',
          entityId: importId,
          after: { counts, newKeys: written.filter((p) => p.outcome === 'new').map((p) => p.key) },
        },
      ]);
      const errorRows = (claimed.rows ?? []).filter((r) => r.outcome === 'error');
      const rows: ImportRow[] = [...plan.rows, ...errorRows].sort((a, b) => a.row - b.row);
      await tx
        .update(imports)
        .set({
          status: 'committed',
          committedAt: sql`now()`,
          counts,
          rows,
          version: sql`${imports.version} + 1`,
          updatedAt: sql`now()`,
        })
        .where(eq(imports.id, importId));
      await dropStagedRecords(tx, [importId]);
      return counts;
    });
  } catch (error) {
    await markFailed(db, importId, error);
    throw error;
  }
}

/** Drops a previewed (or failed) import without writing it. */
export async function discardImport(
  db: Db,
  importId: string,
  input: { actorId: string | null; version: number },
): Promise<void> {
  const done = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(imports)
      .set({
        status: 'discarded',
        version: sql`${imports.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(
        and(
          eq(imports.id, importId),
          inArray(imports.status, ['previewed', 'failed']),
          eq(imports.version, input.version),
        ),
      )
      .returning();
    if (row) {
      await dropStagedRecords(tx, [importId]);
      await recordAudit(tx, {
        actorId: input.actorId,
        action: 'import.discard',
        entity: 'import',
        entityId: importId,
        before: { version: input.version },
        after: { status: 'discarded', version: row.version },
      });
    }
    return row;
  });
  if (done) return;
  const job = await loadJob(db, importId);
  if (job.status !== 'previewed' && job.status !== 'failed')
    throw new ConflictError('import', 'status', `import ${importId} is ${job.status}`);
  throw new StaleVersionError('import', importId, input.version, job.version, job.updatedAt, job.createdBy);
}

/**
 * At server start: jobs a crash left `running` or `committing` can never finish (a commit that
 * was cut off rolled back), so they are marked failed. Returns how many.
 */
export async function markInterruptedImportsFailed(db: Db): Promise<number> {
  const problem: ImportProblem = {
    code: 'commit_failed',
    severity: 'error',
    params: { reason: 'interrupted' },
  };
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(imports)
      .set({
        status: 'failed',
        failureReason: 'interrupted (the server stopped while the import was running)',
        problems: sql`${imports.problems} || ${JSON.stringify([problem])}::jsonb`,
        problemsTotal: sql`${imports.problemsTotal} + 1`,
        version: sql`${imports.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(inArray(imports.status, ['running', 'committing']))
      .returning();
    await dropStagedRecords(
      tx,
      rows.map((row) => row.id),
    );
    // Done by the system at start-up: no actor.
    await recordAuditEvents(
      tx,
      rows.map((row) => ({
        actorId: null,
        action: 'import.interrupted',
        entity: 'import',
        entityId: row.id,
        after: { status: 'failed', reason: 'interrupted', version: row.version },
      })),
    );
    return rows.length;
  });
}

interface JobRow {
  id: string;
  format: ImportFormat;
  file_name: string;
  status: ImportStatus;
  dry_run: boolean;
  created_at: string;
  committed_at: string | null;
  created_by: string | null;
  creator_name: string | null;
  progress_done: number;
  progress_total: number;
  counts: ImportCounts | null;
  problems_total: number;
  version: number;
}

const JOB_COLUMNS = sql`i.id, i.format, i.file_name, i.status, i.dry_run,
  ${isoTimestamp(sql`i.created_at`)} as created_at,
  case when i.committed_at is null then null else ${isoTimestamp(sql`i.committed_at`)} end as committed_at,
  i.created_by, u.name as creator_name, i.progress_done, i.progress_total, i.counts, i.problems_total, i.version`;

const summaryOf = (row: JobRow) => ({
  id: row.id,
  format: row.format,
  fileName: row.file_name,
  status: row.status,
  dryRun: row.dry_run,
  createdAt: row.created_at,
  createdBy: row.created_by ? { id: row.created_by, name: row.creator_name ?? '' } : null,
  committedAt: row.committed_at,
  counts: row.counts ?? EMPTY_COUNTS,
});

/**
 * One import job with a page of its preview rows (filtered by outcome and recurrence) and a page
 * of its problems, described in `locale`. Null when there is no such job.
 */
export async function getImport(
  db: Db,
  id: string,
  query: ImportJobQuery,
  locale: UiLocale,
): Promise<ImportJob | null> {
  if (!isUuid(id)) return null;
  const [row] = await queryRows<JobRow>(
    db,
    sql`select ${JOB_COLUMNS} from imports i left join users u on u.id = i.created_by where i.id = ${id}`,
  );
  if (!row) return null;
  const rowFilter = sql.join(
    [
      sql`true`,
      ...(query.outcome ? [sql`e.value->>'outcome' = ${query.outcome}`] : []),
      ...(query.recurring === 'true' ? [sql`jsonb_typeof(e.value->'recurrenceOf') = 'object'`] : []),
      ...(query.recurring === 'false'
        ? [sql`jsonb_typeof(e.value->'recurrenceOf') is distinct from 'object'`]
        : []),
    ],
    sql` and `,
  );
  const [rowsPage, problemsPage] = await Promise.all([
    queryRows<{ value: ImportRow | string; total: number }>(
      db,
      sql`select e.value, count(*) over ()::int as total
          from imports i, jsonb_array_elements(coalesce(i.rows, '[]'::jsonb)) with ordinality as e(value, n)
          where i.id = ${id} and ${rowFilter}
          order by e.n limit ${query.rowsPageSize} offset ${(query.rowsPage - 1) * query.rowsPageSize}`,
    ),
    queryRows<{ value: ImportProblem | string }>(
      db,
      sql`select e.value
          from imports i, jsonb_array_elements(i.problems) with ordinality as e(value, n)
          where i.id = ${id}
          order by e.n limit ${PROBLEMS_PAGE_SIZE} offset ${(query.problemsPage - 1) * PROBLEMS_PAGE_SIZE}`,
    ),
  ]);
  const parse = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);
  let rowsTotal = rowsPage[0]?.total ?? 0;
  if (!rowsPage.length && query.rowsPage > 1) {
    const [counted] = await queryRows<{ total: number }>(
      db,
      sql`select count(*)::int as total from imports i, jsonb_array_elements(coalesce(i.rows, '[]'::jsonb)) as e(value)
          where i.id = ${id} and ${rowFilter}`,
    );
    rowsTotal = counted?.total ?? 0;
  }
  return {
    ...summaryOf(row),
    progress: { done: row.progress_done, total: row.progress_total },
    problems: problemsPage.map(({ value }) => {
      const problem = parse<ImportProblem>(value);
      return {
        code: problem.code,
        severity: problem.severity,
        ...(problem.row !== undefined ? { row: problem.row } : {}),
        ...(problem.column !== undefined ? { column: problem.column } : {}),
        ...(problem.value !== undefined ? { value: problem.value } : {}),
        message: describeProblem(problem, locale),
      };
    }),
    problemsTotal: row.problems_total,
    rows: rowsPage.map(({ value }) => parse<ImportRow>(value)),
    rowsTotal,
    version: row.version,
  };
}

/** Import jobs, newest first. */
export async function listImports(
  db: Db,
  { page, pageSize }: { page: number; pageSize: number },
): Promise<{ items: ReturnType<typeof summaryOf>[]; total: number }> {
  const [rows, [count]] = await Promise.all([
    queryRows<JobRow>(
      db,
      sql`select ${JOB_COLUMNS} from imports i left join users u on u.id = i.created_by
          order by i.created_at desc, i.id limit ${pageSize} offset ${(page - 1) * pageSize}`,
    ),
    queryRows<{ total: number }>(db, sql`select count(*)::int as total from imports`),
  ]);
  return { items: rows.map(summaryOf), total: count?.total ?? 0 };
}

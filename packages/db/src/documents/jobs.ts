import type { DocumentJob, DocumentKind } from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.js';
import { inTransaction, isoTimestamp, isUuid, queryRows } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';

/** How long a generated file is kept for its author to download. */
export const DOCUMENT_TTL_HOURS = 24;

interface JobRow {
  id: string;
  kind: DocumentKind;
  lang: DocumentJob['lang'];
  params: Record<string, unknown>;
  status: DocumentJob['status'];
  progress_done: number;
  progress_total: number;
  file_name: string | null;
  media_type: string | null;
  size: string | number | null;
  storage_key: string | null;
  failure_reason: string | null;
  created_by: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  expires_at: string | null;
}

const JOB_COLUMNS = sql`id, kind, lang, params, status, progress_done, progress_total, file_name, media_type, size,
  storage_key, failure_reason, created_by, ${isoTimestamp(sql`created_at`)} as created_at,
  ${isoTimestamp(sql`started_at`)} as started_at, ${isoTimestamp(sql`finished_at`)} as finished_at,
  ${isoTimestamp(sql`expires_at`)} as expires_at`;

/** A job as stored, with what only the server needs (the file's key, its author). */
export interface StoredDocumentJob extends DocumentJob {
  storageKey: string | null;
  createdBy: string | null;
}

const toJob = (row: JobRow): StoredDocumentJob => ({
  id: row.id,
  kind: row.kind,
  lang: row.lang,
  params: row.params,
  status: row.status,
  progressDone: row.progress_done,
  progressTotal: row.progress_total,
  fileName: row.file_name,
  mediaType: row.media_type,
  size: row.size === null ? null : Number(row.size),
  failureReason: row.failure_reason,
  createdAt: row.created_at,
  startedAt: row.started_at,
  finishedAt: row.finished_at,
  expiresAt: row.expires_at,
  storageKey: row.storage_key,
  createdBy: row.created_by,
});

/** Queues a job (and says who asked for what in the audit trail, in the same transaction). */
export async function createDocumentJob(
  db: Db | Tx,
  input: { kind: DocumentKind; lang: DocumentJob['lang']; params: Record<string, unknown>; actorId: string },
): Promise<StoredDocumentJob> {
  return inTransaction(db, async (tx) => {
    const [row] = await queryRows<JobRow>(
      tx,
      sql`insert into document_jobs (kind, lang, params, created_by)
          values (${input.kind}, ${input.lang}, ${JSON.stringify(input.params)}::jsonb, ${input.actorId})
          returning ${JOB_COLUMNS}`,
    );
    if (!row) throw new Error('document job insert returned nothing');
    await recordAudit(tx, {
      actorId: input.actorId,
      action: 'document.generate',
      entity: 'document',
      entityId: row.id,
      after: { kind: input.kind, lang: input.lang, params: input.params },
    });
    return toJob(row);
  });
}

/** The job, or null (also for a malformed id). */
export async function getDocumentJob(db: Db | Tx, id: string): Promise<StoredDocumentJob | null> {
  if (!isUuid(id)) return null;
  const [row] = await queryRows<JobRow>(db, sql`select ${JOB_COLUMNS} from document_jobs where id = ${id}`);
  return row ? toJob(row) : null;
}

/** The author's recent jobs, newest first (expired ones are swept away). */
export async function listMyDocumentJobs(
  db: Db | Tx,
  userId: string,
  limit = 20,
): Promise<StoredDocumentJob[]> {
  const rows = await queryRows<JobRow>(
    db,
    sql`select ${JOB_COLUMNS} from document_jobs where created_by = ${userId}
        order by created_at desc, id desc limit ${limit}`,
  );
  return rows.map(toJob);
}

/** queued → running, once: false when another worker (or a restart) already took it. */
export async function claimDocumentJob(db: Db | Tx, id: string, total: number): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`update document_jobs set status = 'running', started_at = now(), progress_total = ${total}
        where id = ${id} and status = 'queued' returning id`,
  );
  return rows.length === 1;
}

export async function setDocumentProgress(
  db: Db | Tx,
  id: string,
  done: number,
  total: number,
): Promise<void> {
  await db.execute(
    sql`update document_jobs set progress_done = ${done}, progress_total = ${total}
        where id = ${id} and status = 'running'`,
  );
}

export async function finishDocumentJob(
  db: Db | Tx,
  id: string,
  file: { fileName: string; mediaType: string; size: number; storageKey: string },
): Promise<void> {
  await db.execute(
    sql`update document_jobs set status = 'done', progress_done = greatest(progress_total, progress_done),
          file_name = ${file.fileName}, media_type = ${file.mediaType}, size = ${file.size},
          storage_key = ${file.storageKey}, finished_at = now(),
          expires_at = now() + make_interval(hours => ${DOCUMENT_TTL_HOURS})
        where id = ${id}`,
  );
}

export async function failDocumentJob(db: Db | Tx, id: string, reason: string): Promise<void> {
  await db.execute(
    sql`update document_jobs set status = 'failed', failure_reason = ${reason.slice(0, 1000)}, finished_at = now()
        where id = ${id}`,
  );
}

/** Jobs a stopped process left queued or running will never finish: say so. */
export async function markInterruptedDocumentJobsFailed(db: Db | Tx): Promise<number> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`update document_jobs set status = 'failed', failure_reason = 'interrupted by a restart', finished_at = now()
        where status in ('queued', 'running') returning id`,
  );
  return rows.length;
}

/**
 * Deletes the jobs whose file expired and gives back their files' keys, for the caller to remove
 * from the blob store (after the rows are gone, so no download can start on a removed file).
 */
export async function sweepExpiredDocumentJobs(db: Db | Tx, now = new Date()): Promise<string[]> {
  const rows = await queryRows<{ storage_key: string | null }>(
    db,
    sql`delete from document_jobs where expires_at is not null and expires_at <= ${now.toISOString()}::timestamptz
        returning storage_key`,
  );
  return rows.flatMap((r) => (r.storage_key ? [r.storage_key] : []));
}

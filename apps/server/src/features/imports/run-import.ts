import {
  commitClaimedImport,
  commitImport,
  createImport,
  type Database,
  getImport,
  previewImport,
} from '@tatabbu/db';
import type { ColumnMapping, ImportFormat, ImportJob, UiLocale } from '@tatabbu/domain';
import { detectImportFormat, parseImport } from '@tatabbu/domain/parsers';
import { fileProblemOf, unknownFormat } from './problems.js';

export interface ImportRequest {
  fileName: string;
  bytes: Uint8Array;
  format?: ImportFormat;
  mapping?: ColumnMapping;
  encoding?: 'utf-8' | 'windows-1256' | 'windows-1252';
  /** UN document symbol for pasted text without one */
  symbol?: string;
  mechanism?: string;
  dryRun: boolean;
  actorId: string | null;
}

/** Rows matched so far, for a progress bar. */
export type OnProgress = (done: number, total: number) => void;

export interface StartedImport {
  id: string;
  /** Settles when the job has been previewed (and committed when not a dry run); never rejects. */
  done: Promise<void>;
}

/** First page of a job, as the API shows it right after a step. */
export const firstPage = { rowsPage: 1, rowsPageSize: 50, problemsPage: 1 } as const;

/**
 * Starts an import: the format is settled first (an unknown one refuses the upload and stores
 * nothing), then the job row is created and the file parsed and previewed in the background; the
 * job row holds the progress, so a reader polls it. A crash leaves the job `running`, and the next
 * start marks it failed (`markInterruptedImportsFailed`).
 */
export async function startImport(
  database: Database,
  req: ImportRequest,
  options: { onProgress?: OnProgress; log?: (err: unknown) => void } = {},
): Promise<StartedImport> {
  const format = req.format ?? detectImportFormat(req.bytes, req.fileName);
  if (!format) throw unknownFormat();
  const id = await createImport(database.db, {
    actorId: req.actorId,
    fileName: req.fileName,
    format,
    dryRun: req.dryRun,
    ...(req.mapping ? { mapping: req.mapping } : {}),
  });
  const done = runJob(database, id, format, req, options.onProgress).catch((err) => options.log?.(err));
  return { id, done };
}

async function runJob(
  database: Database,
  id: string,
  format: ImportFormat,
  req: ImportRequest,
  onProgress?: OnProgress,
): Promise<void> {
  const parsed = await parseImport(req.bytes, {
    fileName: req.fileName,
    format,
    ...(req.mapping ? { mapping: req.mapping } : {}),
    ...(req.encoding ? { encoding: req.encoding } : {}),
    ...(req.symbol ? { symbol: req.symbol } : {}),
    ...(req.mechanism ? { mechanism: req.mechanism } : {}),
  }).catch((err: unknown) => {
    // A file that cannot be read at all still gives a job: failed, with the localised reason.
    const problem = fileProblemOf(err);
    if (!problem) throw err;
    return { format, records: [], problems: [problem], totalRows: 0 };
  });
  const preview = await previewImport(database.db, id, parsed, {
    ...(onProgress ? { onProgress } : {}),
    thenCommit: !req.dryRun,
  });
  if (preview.status !== 'committing') return;
  await commitClaimedImport(database.db, id, req.actorId);
}

/** The job in the reader's language, first page of rows and problems. */
export async function readJob(database: Database, id: string, locale: UiLocale): Promise<ImportJob | null> {
  return getImport(database.db, id, firstPage, locale);
}

/** Commits a previewed job (409 when stale or already committed) and gives it back as the reader sees it. */
export async function commitAndRead(
  database: Database,
  id: string,
  actorId: string,
  version: number,
  locale: UiLocale,
): Promise<ImportJob> {
  await commitImport(database.db, id, { actorId, version });
  const job = await readJob(database, id, locale);
  if (!job) throw new Error(`import ${id} vanished after commit`);
  return job;
}

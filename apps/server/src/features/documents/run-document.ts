import type { Readable } from 'node:stream';
import {
  claimDocumentJob,
  countDocumentRecommendations,
  type Database,
  type DocumentRecommendation,
  documentRecommendationBatches,
  failDocumentJob,
  finishDocumentJob,
  loadInstitutionSheet,
  loadMeasureCards,
  type StoredDocumentJob,
  setDocumentProgress,
} from '@tatabbu/db';
import {
  type Actor,
  type DocumentRequest,
  documentRequestSchema,
  recommendationScope,
} from '@tatabbu/domain';
import type { BlobStore } from '../attachments/blob-store.js';
import { DOCX_MEDIA_TYPE } from './docx-kit.js';
import { buildInstitutionSheet } from './institution-sheet.js';
import { matrixStream } from './matrix.js';
import { buildMeasureCards } from './measure-cards.js';
import { buildReport } from './report.js';
import { FILE_STEMS } from './strings.js';

const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A report is built in memory: beyond this many recommendations, narrow the filters. */
export const MAX_REPORT_RECOMMENDATIONS = 10_000;
/** Rows per batch of the matrix and the report: one progress step each. */
const BATCH = 500;

export interface DocumentContext {
  database: Database;
  store: BlobStore;
  log: (err: unknown) => void;
}

/** What the generator produced, before it is stored. */
interface Output {
  bytes: Buffer | Readable;
  extension: 'xlsx' | 'docx';
  mediaType: string;
}

/**
 * Generates one queued job: claims it, builds the file with the author's rights (the same scope as
 * their list), stores it in the blob store and records where; any failure marks the job failed with
 * its reason. Never rejects.
 */
export async function runDocumentJob(
  ctx: DocumentContext,
  job: StoredDocumentJob,
  actor: Actor,
): Promise<void> {
  const db = ctx.database.db;
  let storedKey: string | null = null;
  try {
    const request = documentRequestSchema.parse({ ...job.params, kind: job.kind, lang: job.lang });
    const output = await generate(ctx, job.id, request, actor);
    if (!output) return; // another worker claimed it
    const stored = await ctx.store.put(output.bytes);
    storedKey = stored.key;
    const date = new Date().toISOString().slice(0, 10);
    await finishDocumentJob(db, job.id, {
      fileName: `${FILE_STEMS[request.kind]}-${request.lang}-${date}.${output.extension}`,
      mediaType: output.mediaType,
      size: stored.size,
      storageKey: stored.key,
    });
  } catch (err) {
    ctx.log(err);
    if (storedKey) await ctx.store.discard(storedKey).catch(ctx.log);
    await failDocumentJob(db, job.id, err instanceof Error ? err.message : String(err)).catch(ctx.log);
  }
}

async function generate(
  ctx: DocumentContext,
  id: string,
  request: DocumentRequest,
  actor: Actor,
): Promise<Output | null> {
  const db = ctx.database.db;
  const scope = recommendationScope(actor);
  const docx = (bytes: Buffer): Output => ({ bytes, extension: 'docx', mediaType: DOCX_MEDIA_TYPE });
  switch (request.kind) {
    case 'matrix':
    case 'report': {
      const total = await countDocumentRecommendations(db, scope, request.filters);
      if (request.kind === 'report' && total > MAX_REPORT_RECOMMENDATIONS)
        throw new Error(`${total} recommendations: a report takes at most ${MAX_REPORT_RECOMMENDATIONS}`);
      if (!(await claimDocumentJob(db, id, total))) return null;
      const batches = withProgress(documentRecommendationBatches(db, scope, request.filters, BATCH), (done) =>
        setDocumentProgress(db, id, done, total),
      );
      if (request.kind === 'matrix')
        return {
          bytes: matrixStream(batches, request.lang, ctx.log),
          extension: 'xlsx',
          mediaType: XLSX_MEDIA_TYPE,
        };
      const all: DocumentRecommendation[] = [];
      for await (const batch of batches) all.push(...batch);
      return docx(await buildReport(all, request));
    }
    case 'institution_sheet': {
      if (!(await claimDocumentJob(db, id, 1))) return null;
      const data = await loadInstitutionSheet(db, request.institutionId as string);
      return docx(await buildInstitutionSheet(data, request.lang));
    }
    case 'measure_cards': {
      const data = await loadMeasureCards(db, request.planId as string, {
        publishedOnly: scope.kind !== 'all',
      });
      if (!(await claimDocumentJob(db, id, data.cards.length))) return null;
      return docx(await buildMeasureCards(data, request.lang));
    }
  }
}

/** The batches, writing how many rows went by after each one. */
async function* withProgress<T>(
  batches: AsyncIterable<T[]>,
  report: (done: number) => Promise<void>,
): AsyncGenerator<T[]> {
  let done = 0;
  for await (const batch of batches) {
    yield batch;
    done += batch.length;
    await report(done);
  }
}

/**
 * Runs the jobs of this process one after another: the machine's cores stay for the requests, and
 * `queued` means waiting its turn. `idle()` settles once every job started so far is finished.
 */
export function documentQueue(ctx: DocumentContext) {
  let chain: Promise<void> = Promise.resolve();
  return {
    enqueue(job: StoredDocumentJob, actor: Actor): void {
      chain = chain.then(() => runDocumentJob(ctx, job, actor));
    },
    idle: () => chain,
  };
}
export type DocumentQueue = ReturnType<typeof documentQueue>;

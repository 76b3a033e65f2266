import {
  createDocumentJob,
  type Database,
  documentSubjectExists,
  getDocumentJob,
  listMyDocumentJobs,
  markInterruptedDocumentJobsFailed,
  type StoredDocumentJob,
  sweepExpiredDocumentJobs,
} from '@tatabbu/db';
import {
  canGenerateDocument,
  type DocumentJob,
  documentJobSchema,
  documentListSchema,
  documentRequestSchema,
  idParamsSchema,
  recommendationScope,
} from '@tatabbu/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { HttpError, notFound } from '../../http/errors.js';
import { errorResponses } from '../../http/openapi.js';
import type { BlobStore } from '../attachments/blob-store.js';
import { attachmentDisposition } from '../attachments/content-disposition.js';
import { LocalBlobStore } from '../attachments/local-blob-store.js';
import { requireActor } from '../auth/session-plugin.js';
import { type DocumentQueue, documentQueue } from './run-document.js';

/** What the API shows of a job (not where its file is stored, nor who asked: the reader did). */
const publicJob = ({ storageKey: _key, createdBy: _by, ...job }: StoredDocumentJob): DocumentJob => job;

/** How often expired files are swept away. */
const SWEEP_MS = 60 * 60 * 1000;

/**
 * Generated documents (implementation matrix, report draft, institution sheet, measure cards): a
 * POST queues a job that runs in this process; its author polls it and downloads the file.
 */
export const documentRoutes: FastifyPluginAsyncZod<{
  database: Database;
  config: Config;
  store?: BlobStore;
  onQueue?: (queue: DocumentQueue) => void;
}> = async (app, { database, config, store = new LocalBlobStore(config.blobDir), onQueue }) => {
  const tags = ['documents'];
  const queue = documentQueue({ database, store, log: (err) => app.log.error({ err }, 'document job') });
  onQueue?.(queue);

  const sweep = async () => {
    for (const key of await sweepExpiredDocumentJobs(database.db)) await store.discard(key);
  };
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    // A job left queued or running by a stopped process will never finish: say so.
    await markInterruptedDocumentJobsFailed(database.db);
    await sweep();
    timer = setInterval(
      () => void sweep().catch((err) => app.log.error({ err }, 'document sweep')),
      SWEEP_MS,
    );
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    await queue.idle();
  });

  /** The author's own job, or 404 (another user's job is not theirs to see). */
  const ownJob = async (actorId: string, id: string) => {
    const job = await getDocumentJob(database.db, id);
    if (!job || job.createdBy !== actorId) throw notFound();
    return job;
  };

  app.post(
    '/documents',
    {
      schema: {
        tags,
        summary: 'Generate a document: queues a job and answers 202 with it',
        description:
          '`matrix` (XLSX) and `report` (DOCX) take `filters`, the query of GET /recommendations, and show ' +
          'what the caller may see; `report` also takes `reportType` and `grouping`; `institution_sheet` ' +
          'takes `institutionId`; `measure_cards` takes `planId`. The report and measure cards need the ' +
          '`report.generate` permission; an institution sheet is also open to the institution’s own members.',
        body: documentRequestSchema,
        response: { 202: documentJobSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const request = req.body;
      if (!canGenerateDocument(actor, request.kind, request.institutionId))
        throw new HttpError(403, 'forbidden');
      const exists = await documentSubjectExists(database.db, {
        institutionId: request.kind === 'institution_sheet' ? request.institutionId : undefined,
        planId: request.kind === 'measure_cards' ? request.planId : undefined,
        publishedPlansOnly: recommendationScope(actor).kind !== 'all',
      });
      if (!exists) throw notFound();
      const { kind, lang, ...params } = request;
      const job = await createDocumentJob(database.db, { kind, lang, params, actorId: actor.id });
      queue.enqueue(job, actor);
      return reply.status(202).send(publicJob(job));
    },
  );

  app.get(
    '/documents',
    {
      schema: {
        tags,
        summary: 'My recent generated documents, newest first',
        response: { 200: documentListSchema, ...errorResponses(401) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return { items: (await listMyDocumentJobs(database.db, actor.id)).map(publicJob) };
    },
  );

  app.get(
    '/documents/:id',
    {
      schema: {
        tags,
        summary: 'One of my generated documents: status and progress',
        params: idParamsSchema,
        response: { 200: documentJobSchema, ...errorResponses(401, 404) },
      },
    },
    async (req) => publicJob(await ownJob(requireActor(req).id, req.params.id)),
  );

  app.get(
    '/documents/:id/file',
    {
      schema: {
        tags,
        summary: 'Download a generated document (409 not_ready until it is done)',
        params: idParamsSchema,
        response: { 200: z.any().describe('The XLSX or DOCX file'), ...errorResponses(401, 404, 409) },
      },
    },
    async (req, reply) => {
      const job = await ownJob(requireActor(req).id, req.params.id);
      if (job.status !== 'done' || !job.storageKey) throw new HttpError(409, 'not_ready');
      const bytes = await store.get(job.storageKey);
      if (!bytes) throw notFound();
      reply
        .header('content-type', job.mediaType ?? 'application/octet-stream')
        .header('content-disposition', attachmentDisposition(job.fileName ?? 'document'))
        .header('cache-control', 'private, no-store');
      if (job.size !== null) reply.header('content-length', String(job.size));
      return reply.send(bytes);
    },
  );
};

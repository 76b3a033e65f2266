import fastifyMultipart from '@fastify/multipart';
import {
  type Database,
  deleteMapping,
  discardImport,
  getImport,
  getMapping,
  listImports,
  listMappings,
  markInterruptedImportsFailed,
  saveMapping,
} from '@tatabbu/db';
import {
  columnMappingSchema,
  idParamsSchema,
  importCommitSchema,
  importInspectionSchema,
  importJobQuerySchema,
  importJobSchema,
  importListSchema,
  importUploadFieldsSchema,
  savedMappingInputSchema,
  savedMappingSchema,
} from '@tatabbu/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { authorize } from '../../http/authorize.js';
import { HttpError } from '../../http/errors.js';
import { errorResponses } from '../../http/openapi.js';
import { requestLocale } from '../../i18n/request-locale.js';
import { requireActor } from '../auth/session-plugin.js';
import { inspectUpload } from './inspect.js';
import { ImportRejectedError, rejectionBody } from './problems.js';
import { commitAndRead, readJob, startImport } from './run-import.js';
import { readUpload, UPLOAD_LIMITS } from './upload.js';

const multipartNote =
  'multipart/form-data: one `file` part, and the text fields `format`, `mapping` (ColumnMapping as JSON), ' +
  '`mappingId`, `dryRun` ("true" by default), `encoding`. Files over the size limit get 413.';

const importListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/** Imports (DESIGN §3 data flow of an import): coordinators and administrators only. */
export const importRoutes: FastifyPluginAsyncZod<{ database: Database; config: Config }> = async (
  app,
  { database, config },
) => {
  const tags = ['imports'];
  await app.register(fastifyMultipart, { limits: UPLOAD_LIMITS });
  // A job left `running` by a stopped process will never finish: say so instead of waiting forever.
  app.addHook('onReady', async () => {
    await markInterruptedImportsFailed(database.db);
  });
  app.setErrorHandler((err, req, reply) => {
    if (err instanceof ImportRejectedError)
      return reply
        .status(err.status)
        .send(rejectionBody(err.problem, requestLocale(req, config.defaultLocale)));
    throw err;
  });

  const staff = (req: Parameters<typeof requireActor>[0]) => {
    const actor = requireActor(req);
    authorize(actor, 'recommendation.import');
    return actor;
  };
  const localeOf = (req: Parameters<typeof requestLocale>[0]) => requestLocale(req, config.defaultLocale);

  app.post(
    '/imports',
    {
      schema: {
        tags,
        summary:
          'Upload a file: starts a job that parses and previews it (and commits it when dryRun is false)',
        description: multipartNote,
        consumes: ['multipart/form-data'],
        response: { 202: importJobSchema, ...errorResponses(400, 401, 403, 413, 415, 422) },
      },
    },
    async (req, reply) => {
      const actor = staff(req);
      const upload = await readUpload(req);
      const fields = importUploadFieldsSchema.safeParse(upload.fields);
      if (!fields.success) throw new HttpError(400, 'validation_failed', { issues: fields.error.issues });
      const mapping = await mappingOf(database, fields.data);
      const started = await startImport(
        database,
        {
          fileName: upload.fileName,
          bytes: upload.bytes,
          dryRun: fields.data.dryRun === 'true',
          actorId: actor.id,
          ...(fields.data.format ? { format: fields.data.format } : {}),
          ...(fields.data.encoding ? { encoding: fields.data.encoding } : {}),
          ...(mapping ? { mapping } : {}),
        },
        { log: (err) => req.log.error({ err }, 'import job failed') },
      );
      const job = await readJob(database, started.id, localeOf(req));
      if (!job) throw new HttpError(404, 'not_found');
      return reply.status(202).send(job);
    },
  );

  app.post(
    '/imports/inspect',
    {
      schema: {
        tags,
        summary:
          'Look into a file before importing it: detected format, columns, ten rows, suggested mapping',
        description: 'multipart/form-data with one `file` part and optionally `encoding`. Nothing is stored.',
        consumes: ['multipart/form-data'],
        response: { 200: importInspectionSchema, ...errorResponses(400, 401, 403, 413, 422) },
      },
    },
    async (req) => {
      staff(req);
      const upload = await readUpload(req);
      const encoding = importUploadFieldsSchema.shape.encoding.safeParse(upload.fields.encoding).data;
      return inspectUpload(upload.bytes, upload.fileName, encoding);
    },
  );

  app.get(
    '/imports',
    {
      schema: {
        tags,
        summary: 'Imports, newest first: who, when, which file, status and counts',
        querystring: importListQuerySchema,
        response: { 200: importListSchema, ...errorResponses(401, 403) },
      },
    },
    async (req) => {
      staff(req);
      return listImports(database.db, req.query);
    },
  );

  app.get(
    '/imports/:id',
    {
      schema: {
        tags,
        summary: 'One import job: progress, counts, a page of preview rows and of problems (localised)',
        params: idParamsSchema,
        querystring: importJobQuerySchema,
        response: { 200: importJobSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => {
      staff(req);
      const job = await getImport(database.db, req.params.id, req.query, localeOf(req));
      if (!job) throw new HttpError(404, 'not_found');
      return job;
    },
  );

  app.post(
    '/imports/:id/commit',
    {
      schema: {
        tags,
        summary: 'Write the previewed rows in one transaction; send the version you read',
        params: idParamsSchema,
        body: importCommitSchema,
        response: { 200: importJobSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      const actor = staff(req);
      return commitAndRead(database, req.params.id, actor.id, req.body.version, localeOf(req));
    },
  );

  app.post(
    '/imports/:id/discard',
    {
      schema: {
        tags,
        summary: 'Drop a previewed import without writing anything; send the version you read',
        params: idParamsSchema,
        body: importCommitSchema,
        response: { 200: importJobSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      const actor = staff(req);
      await discardImport(database.db, req.params.id, { actorId: actor.id, version: req.body.version });
      const job = await readJob(database, req.params.id, localeOf(req));
      if (!job) throw new HttpError(404, 'not_found');
      return job;
    },
  );

  app.get(
    '/import-mappings',
    {
      schema: {
        tags,
        summary: 'Saved column mappings',
        response: { 200: z.object({ items: z.array(savedMappingSchema) }), ...errorResponses(401, 403) },
      },
    },
    async (req) => {
      staff(req);
      return { items: await listMappings(database.db) };
    },
  );

  app.post(
    '/import-mappings',
    {
      schema: {
        tags,
        summary: 'Save a column mapping under a name for the next file of the same shape',
        body: savedMappingInputSchema,
        response: { 201: savedMappingSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (req, reply) => {
      const actor = staff(req);
      return reply.status(201).send(await saveMapping(database.db, { ...req.body, actorId: actor.id }));
    },
  );

  app.delete(
    '/import-mappings/:id',
    {
      schema: {
        tags,
        summary: 'Delete a saved column mapping',
        params: idParamsSchema,
        response: { 204: z.null(), ...errorResponses(401, 403, 404) },
      },
    },
    async (req, reply) => {
      const actor = staff(req);
      await deleteMapping(database.db, req.params.id, actor.id);
      return reply.status(204).send(null);
    },
  );
};

/** The mapping sent with an upload: JSON text, or the id of a saved one. */
async function mappingOf(database: Database, fields: { mapping?: string; mappingId?: string }) {
  if (fields.mapping) {
    let json: unknown;
    try {
      json = JSON.parse(fields.mapping);
    } catch {
      throw new HttpError(400, 'validation_failed', {
        issues: [{ path: 'mapping', message: 'invalid JSON' }],
      });
    }
    const parsed = columnMappingSchema.safeParse(json);
    if (!parsed.success) throw new HttpError(400, 'validation_failed', { issues: parsed.error.issues });
    return parsed.data;
  }
  if (fields.mappingId) {
    const saved = await getMapping(database.db, fields.mappingId);
    if (!saved) throw new HttpError(404, 'not_found');
    return saved.mapping;
  }
  return undefined;
}

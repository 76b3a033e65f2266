import fastifyMultipart from '@fastify/multipart';
import {
  type Database,
  getAttachment,
  getAttachmentOwner,
  listAttachments,
  publicAttachment,
  type StoredAttachment,
  softDeleteAttachment,
} from '@tatabbu/db';
import {
  type Actor,
  attachmentContentQuerySchema,
  attachmentListQuerySchema,
  attachmentListSchema,
  attachmentSchema,
  idParamsSchema,
} from '@tatabbu/domain';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { HttpError } from '../../http/errors.js';
import { errorResponses } from '../../http/openapi.js';
import { requireActor } from '../auth/session-plugin.js';
import { attachmentAccess, mayReadRemoved } from './access.js';
import type { BlobStore } from './blob-store.js';
import { attachmentDisposition } from './content-disposition.js';
import { LocalBlobStore } from './local-blob-store.js';
import { receiveUpload } from './receive-upload.js';

/** A downloaded file is never a page: no scripts, no plug-ins, no same-origin rights. */
const SANDBOX_CSP = "default-src 'none'; sandbox; frame-ancestors 'none'";

const notFound = () => new HttpError(404, 'not_found');

/** What the audit trail may do with the files of a record that no longer exists. */
const ORPHAN_ACCESS = { read: true, write: false } as const;

/** Evidence files of progress updates and measures; the owner record decides who sees and changes them. */
export const attachmentRoutes: FastifyPluginAsyncZod<{
  database: Database;
  config: Config;
  /** The local directory store unless another is given (e.g. an S3-like store). */
  store?: BlobStore;
}> = async (app, { database, config, store = new LocalBlobStore(config.blobDir) }) => {
  const tags = ['attachments'];
  const maxBytes = config.attachmentMaxBytes;
  await app.register(fastifyMultipart, {
    limits: { fileSize: maxBytes, files: 1, fields: 4, fieldSize: 200, parts: 6 },
  });

  app.addHook('onReady', async () => {
    const removed = await store.sweep?.();
    if (removed) app.log.info({ removed }, 'removed unfinished evidence uploads');
  });

  // Runs after the app-wide security headers (parent hooks first), so a download gets the sandbox.
  const downloads = new WeakSet<FastifyReply>();
  app.addHook('onSend', async (_req, reply) => {
    if (downloads.has(reply)) reply.header('content-security-policy', SANDBOX_CSP);
  });

  /** The file and the access the caller has to it; 404 when they may not know it exists. */
  async function readable(actor: Actor | null, id: string, includeDeleted: boolean) {
    const attachment = await getAttachment(database.db, id);
    if (!attachment) throw notFound();
    const owner = await getAttachmentOwner(database.db, attachment.ownerType, attachment.ownerId);
    const auditView = includeDeleted && mayReadRemoved(actor);
    // A file whose record was deleted stays reachable to the audit trail, read-only.
    const access = owner ? attachmentAccess(actor, owner) : auditView ? ORPHAN_ACCESS : null;
    if (!access?.read) throw notFound();
    if (attachment.deletedAt && !auditView) throw notFound();
    return { attachment, access };
  }

  app.post(
    '/attachments',
    {
      schema: {
        tags,
        summary: 'Add an evidence file to a progress update (draft or returned) or a measure',
        description:
          'multipart/form-data: the text fields `ownerType` (progress_update | measure) and `ownerId` FIRST, ' +
          `then one \`file\` part (at most ${Math.round(maxBytes / 1024 / 1024)} MB by default settings → 413). ` +
          'The type is decided from the bytes: PDF, PNG, JPEG, WebP, GIF, DOCX, XLSX, PPTX, ODT, ODS, ' +
          'UTF-8 text or CSV; anything else → 422 file_type_refused.',
        consumes: ['multipart/form-data'],
        response: { 201: attachmentSchema, ...errorResponses(400, 401, 403, 404, 413, 415, 422) },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const created = await receiveUpload(req, actor, { database, store, maxBytes });
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/attachments',
    {
      schema: {
        tags,
        summary: 'The evidence files of a progress update or a measure, oldest first',
        description:
          'Coordinators and administrators may add `includeDeleted=true` to see removed files too.',
        querystring: attachmentListQuerySchema,
        response: { 200: attachmentListSchema, ...errorResponses(400, 403, 404) },
      },
    },
    async (req) => {
      const { ownerType, ownerId, includeDeleted } = req.query;
      const owner = await getAttachmentOwner(database.db, ownerType, ownerId);
      const auditView = includeDeleted && mayReadRemoved(req.actor);
      const access = owner ? attachmentAccess(req.actor, owner) : auditView ? ORPHAN_ACCESS : null;
      if (!access?.read) throw notFound();
      if (includeDeleted && !auditView) throw new HttpError(403, 'forbidden');
      const items = await listAttachments(database.db, ownerType, ownerId, { includeDeleted });
      return {
        items: items.map(publicAttachment),
        canEdit: req.actor !== null && access.write,
        maxBytes,
      };
    },
  );

  app.get(
    '/attachments/:id/content',
    {
      schema: {
        tags,
        summary: 'Download an evidence file (always as an attachment, with the type found in its bytes)',
        description:
          'A removed file answers 404, except to coordinators and administrators with `includeDeleted=true`.',
        params: idParamsSchema,
        querystring: attachmentContentQuerySchema,
        response: { 200: z.any().describe('The file bytes'), ...errorResponses(400, 404) },
      },
    },
    async (req, reply) => {
      const { attachment } = await readable(req.actor, req.params.id, req.query.includeDeleted);
      const stream = await store.get(attachment.storageKey);
      if (!stream) {
        req.log.error({ attachmentId: attachment.id }, 'attachment bytes missing from the blob store');
        throw notFound();
      }
      downloads.add(reply);
      return reply
        .header('content-type', contentType(attachment))
        .header('content-length', String(attachment.size))
        .header('content-disposition', attachmentDisposition(attachment.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(stream);
    },
  );

  app.delete(
    '/attachments/:id',
    {
      schema: {
        tags,
        summary: 'Remove an evidence file from its list (the bytes are kept for the audit trail)',
        params: idParamsSchema,
        response: { 204: z.null(), ...errorResponses(401, 403, 404) },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { access } = await readable(actor, req.params.id, false);
      if (!access.write) throw new HttpError(403, 'forbidden');
      const removed = await softDeleteAttachment(
        database.db,
        req.params.id,
        actor.id,
        (owner) => attachmentAccess(actor, owner).write,
      );
      if (!removed) throw notFound();
      return reply.status(204).send(null);
    },
  );
};

const contentType = (a: StoredAttachment) =>
  a.mediaType.startsWith('text/') ? `${a.mediaType}; charset=utf-8` : a.mediaType;

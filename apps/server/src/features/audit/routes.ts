import type { Database } from '@tatabbu/db';
import { auditVocabulary, listAuditEvents, verifyAuditChain } from '@tatabbu/db';
import {
  auditListQuerySchema,
  auditListSchema,
  auditVerifySchema,
  auditVocabularySchema,
} from '@tatabbu/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorize } from '../../http/authorize.js';
import { errorResponses } from '../../http/openapi.js';
import { requireActor } from '../auth/session-plugin.js';

/** Reading side of the audit trail: coordinators and administrators (`audit.read`) only. */
export const auditRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const tags = ['audit'];

  app.get(
    '/audit',
    {
      schema: {
        tags,
        summary: 'Audit events, newest first, with before/after and the changed fields',
        description:
          '`from`/`to` take a day (whole UTC day) or an ISO 8601 instant (`to` excluded); `actor` is a user ' +
          'id or `system`.',
        querystring: auditListQuerySchema,
        response: { 200: auditListSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => {
      authorize(requireActor(req), 'audit.read');
      const { actor, ...query } = req.query;
      return listAuditEvents(database.db, { ...query, actorId: actor });
    },
  );

  app.get(
    '/audit/vocabulary',
    {
      schema: {
        tags,
        summary: 'The entities and actions present in the audit trail (for filters)',
        response: { 200: auditVocabularySchema, ...errorResponses(401, 403) },
      },
    },
    async (req) => {
      authorize(requireActor(req), 'audit.read');
      return auditVocabulary(database.db);
    },
  );

  app.get(
    '/audit/verify',
    {
      schema: {
        tags,
        summary: 'Recompute the hash chain: intact, or where events were edited or deleted',
        response: { 200: auditVerifySchema, ...errorResponses(401, 403) },
      },
    },
    async (req) => {
      authorize(requireActor(req), 'audit.read');
      return verifyAuditChain(database.db);
    },
  );
};

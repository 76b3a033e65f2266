import type { Database } from '@tatabbu/db';
import { listInstitutionSummaries } from '@tatabbu/db';
import {
  idParamsSchema,
  institutionCreateSchema,
  institutionDetailSchema,
  institutionListQuerySchema,
  institutionSummarySchema,
  institutionUpdateSchema,
} from '@tatabbu/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../http/openapi.js';
import { requireActor } from '../auth/session-plugin.js';
import { addInstitution, changeInstitution, institutionReadScope, readInstitution } from './use-cases.js';

/** Ministries, institutions and bodies: read by everyone, managed by coordinators. */
export const institutionRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const tags = ['institutions'];

  app.get(
    '/institutions',
    {
      schema: {
        tags,
        summary: 'Institutions, searched in every language, with their current assignment counts',
        querystring: institutionListQuerySchema,
        response: { 200: z.object({ items: z.array(institutionSummarySchema) }), ...errorResponses(400) },
      },
    },
    async (req) => ({
      items: await listInstitutionSummaries(database.db, req.query, institutionReadScope(req.actor ?? null)),
    }),
  );

  app.get(
    '/institutions/:id',
    {
      schema: {
        tags,
        summary: 'One institution with its counts and, for staff and its own people, its members',
        params: idParamsSchema,
        response: { 200: institutionDetailSchema, ...errorResponses(400, 404) },
      },
    },
    async (req) => readInstitution(database, req.actor ?? null, req.params.id),
  );

  app.post(
    '/institutions',
    {
      schema: {
        tags,
        summary: 'Create an institution (coordinators); its code must be unique',
        body: institutionCreateSchema,
        response: { 201: institutionDetailSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (req, reply) => reply.status(201).send(await addInstitution(database, requireActor(req), req.body)),
  );

  app.patch(
    '/institutions/:id',
    {
      schema: {
        tags,
        summary: 'Change or deactivate an institution; send the version you read',
        params: idParamsSchema,
        body: institutionUpdateSchema,
        response: { 200: institutionDetailSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => changeInstitution(database, requireActor(req), req.params.id, req.body),
  );
};

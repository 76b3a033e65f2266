import type { Database } from '@tatabbu/db';
import { createIndicator, deleteIndicatorValue, putIndicatorValue, updateIndicator } from '@tatabbu/db';
import {
  idParamsSchema,
  indicatorCreateSchema,
  indicatorPatchSchema,
  indicatorSchema,
  indicatorValueInputSchema,
  indicatorValueParamsSchema,
} from '@tatabbu/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorize } from '../../http/authorize.js';
import { errorResponses } from '../../http/openapi.js';
import { requireActor } from '../auth/session-plugin.js';
import { withKnownReferences } from './bad-references.js';

/** Indicators of a measure and their dated values; read through the measure card, managed here. */
export const indicatorRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const tags = ['plans'];
  const responses = { 200: indicatorSchema, ...errorResponses(400, 401, 403, 404, 409) };

  app.post(
    '/indicators',
    {
      schema: {
        tags,
        summary: 'Add an indicator (baseline, target, unit) to a measure',
        body: indicatorCreateSchema,
        response: { 201: indicatorSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      authorize(actor, 'plan.manage');
      const indicator = await withKnownReferences(() => createIndicator(database.db, req.body, actor.id));
      reply.status(201);
      return indicator;
    },
  );

  app.patch(
    '/indicators/:id',
    {
      schema: {
        tags,
        summary: 'Edit an indicator; send the version you read',
        params: idParamsSchema,
        body: indicatorPatchSchema,
        response: responses,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(actor, 'plan.manage');
      return updateIndicator(database.db, req.params.id, req.body, actor.id);
    },
  );

  app.post(
    '/indicators/:id/values',
    {
      schema: {
        tags,
        summary: 'Record the value of an indicator at a date, with its source (replaces that date’s value)',
        params: idParamsSchema,
        body: indicatorValueInputSchema,
        response: responses,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(actor, 'plan.manage');
      return putIndicatorValue(database.db, req.params.id, req.body, actor.id);
    },
  );

  app.delete(
    '/indicators/:id/values/:valueId',
    {
      schema: {
        tags,
        summary: 'Remove one dated value of an indicator',
        params: indicatorValueParamsSchema,
        response: responses,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(actor, 'plan.manage');
      return deleteIndicatorValue(database.db, req.params.id, req.params.valueId, actor.id);
    },
  );
};

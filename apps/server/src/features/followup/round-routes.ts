import type { Database } from '@tatabbu/db';
import {
  addRoundItems,
  createRound,
  followUpScope,
  getRound,
  listRounds,
  patchRound,
  removeRoundItems,
} from '@tatabbu/db';
import {
  idParamsSchema,
  recommendationScope,
  roundCreateSchema,
  roundDetailSchema,
  roundItemsAddSchema,
  roundItemsRemoveSchema,
  roundListQuerySchema,
  roundListSchema,
  roundPatchSchema,
} from '@tatabbu/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorize } from '../../http/authorize.js';
import { notFound } from '../../http/errors.js';
import { errorResponses } from '../../http/openapi.js';
import { requireActor } from '../auth/session-plugin.js';
import { withFollowUpErrors } from './errors.js';

/**
 * Follow-up rounds: coordinators create, open and close them; an institution's members see the
 * rounds that ask their institution, limited (in SQL) to their institution's items.
 */
export const roundRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const tags = ['follow-up'];

  app.get(
    '/rounds',
    {
      schema: {
        tags,
        summary: 'Follow-up rounds with their completion; institutions see the rounds that ask them',
        querystring: roundListQuerySchema,
        response: { 200: roundListSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(actor, 'round.read', { institutionId: actor.institutionId ?? null });
      return listRounds(database.db, followUpScope(recommendationScope(actor)), req.query);
    },
  );

  app.get(
    '/rounds/:id',
    {
      schema: {
        tags,
        summary:
          'One round: completion per institution (asked, drafted, submitted, returned, validated, published, overdue) and its items',
        params: idParamsSchema,
        response: { 200: roundDetailSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(actor, 'round.read', { institutionId: actor.institutionId ?? null });
      const round = await getRound(database.db, followUpScope(recommendationScope(actor)), req.params.id);
      if (!round) throw notFound();
      return round;
    },
  );

  app.post(
    '/rounds',
    {
      schema: {
        tags,
        summary:
          'Create a draft round: recommendations by ids or list filters, measures, and the institutions asked (default: those responsible)',
        body: roundCreateSchema,
        response: { 201: roundDetailSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      authorize(actor, 'round.manage');
      const round = await withFollowUpErrors(() =>
        createRound(database.db, recommendationScope(actor), req.body, actor.id),
      );
      return reply.status(201).send(round);
    },
  );

  app.patch(
    '/rounds/:id',
    {
      schema: {
        tags,
        summary: 'Change title, instructions, deadline, or open / close the round; send the version you read',
        params: idParamsSchema,
        body: roundPatchSchema,
        response: { 200: roundDetailSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(actor, 'round.manage');
      return withFollowUpErrors(() => patchRound(database.db, req.params.id, req.body, actor.id));
    },
  );

  app.post(
    '/rounds/:id/items',
    {
      schema: {
        tags,
        summary:
          'Add recommendations (by ids or list filters) and measures to a draft or open round, asking the institutions responsible (or those named); send the version you read',
        params: idParamsSchema,
        body: roundItemsAddSchema,
        response: { 200: roundDetailSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(actor, 'round.manage');
      return withFollowUpErrors(() =>
        addRoundItems(database.db, recommendationScope(actor), req.params.id, req.body, actor.id),
      );
    },
  );

  app.post(
    '/rounds/:id/items/remove',
    {
      schema: {
        tags,
        summary:
          'Take recommendations or measures out of a draft or open round; items an institution already reported on stay',
        params: idParamsSchema,
        body: roundItemsRemoveSchema,
        response: { 200: roundDetailSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(actor, 'round.manage');
      return withFollowUpErrors(() => removeRoundItems(database.db, req.params.id, req.body, actor.id));
    },
  );
};

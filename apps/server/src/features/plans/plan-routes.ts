import type { Database } from '@tatabbu/db';
import {
  createAxis,
  createPlan,
  getPlan,
  listPlans,
  setPlanPublished,
  updateAxis,
  updatePlan,
} from '@tatabbu/db';
import {
  axisCreateSchema,
  axisPatchSchema,
  idParamsSchema,
  planAxisParamsSchema,
  planAxisSchema,
  planCreateSchema,
  planListSchema,
  planPatchSchema,
  planSchema,
  planScope,
  versionBodySchema,
} from '@tatabbu/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorize } from '../../http/authorize.js';
import { HttpError } from '../../http/errors.js';
import { errorResponses } from '../../http/openapi.js';
import { requireActor } from '../auth/session-plugin.js';

/**
 * National action plans and their axes. Everyone reads the plans their scope allows (the public:
 * published ones only, decided by the permission module and applied in SQL); coordinators manage.
 */
export const planRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const tags = ['plans'];

  app.get(
    '/plans',
    {
      config: { publicCache: true },
      schema: {
        tags,
        summary: 'Action plans the caller may see, with measure counts by status',
        response: { 200: planListSchema },
      },
    },
    async (req) => ({ items: await listPlans(database.db, planScope(req.actor)) }),
  );

  app.get(
    '/plans/:id',
    {
      config: { publicCache: true },
      schema: {
        tags,
        summary: 'One action plan with its axes and, per axis, measure counts by status',
        params: idParamsSchema,
        response: { 200: planSchema, ...errorResponses(404) },
      },
    },
    async (req) => {
      const plan = await getPlan(database.db, planScope(req.actor), req.params.id);
      if (!plan) throw new HttpError(404, 'not_found');
      return plan;
    },
  );

  app.post(
    '/plans',
    {
      schema: {
        tags,
        summary: 'Create an action plan (unpublished)',
        body: planCreateSchema,
        response: { 201: planSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      authorize(actor, 'plan.manage');
      reply.status(201);
      return createPlan(database.db, req.body, actor.id);
    },
  );

  app.patch(
    '/plans/:id',
    {
      schema: {
        tags,
        summary: "Edit an action plan's code, names, description or years; send the version you read",
        params: idParamsSchema,
        body: planPatchSchema,
        response: { 200: planSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(actor, 'plan.manage');
      return updatePlan(database.db, req.params.id, req.body, actor.id);
    },
  );

  for (const [path, published] of [
    ['publish', true],
    ['unpublish', false],
  ] as const) {
    app.post(
      `/plans/:id/${path}`,
      {
        schema: {
          tags,
          summary: published
            ? 'Publish an action plan on the public portal, with its axes, measures and indicators'
            : 'Withdraw an action plan from the public portal',
          params: idParamsSchema,
          body: versionBodySchema,
          response: { 200: planSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (req) => {
        const actor = requireActor(req);
        authorize(actor, 'plan.manage');
        return setPlanPublished(database.db, req.params.id, req.body.version, published, actor.id);
      },
    );
  }

  app.post(
    '/plans/:id/axes',
    {
      schema: {
        tags,
        summary: 'Add an axis to an action plan',
        params: idParamsSchema,
        body: axisCreateSchema,
        response: { 201: planAxisSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      authorize(actor, 'plan.manage');
      reply.status(201);
      return createAxis(database.db, req.params.id, req.body, actor.id);
    },
  );

  app.patch(
    '/plans/:id/axes/:axisId',
    {
      schema: {
        tags,
        summary: "Edit an axis's number, name or order; send the version you read",
        params: planAxisParamsSchema,
        body: axisPatchSchema,
        response: { 200: planAxisSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(actor, 'plan.manage');
      return updateAxis(database.db, req.params.id, req.params.axisId, req.body, actor.id);
    },
  );
};

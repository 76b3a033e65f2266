import type { Database } from '@tatabbu/db';
import {
  createMeasure,
  getMeasure,
  linkRecommendations,
  listMeasures,
  listRecommendationMeasures,
  unlinkRecommendation,
  updateMeasure,
} from '@tatabbu/db';
import {
  type Actor,
  idParamsSchema,
  measureCreateSchema,
  measureLinkSchema,
  measureListQuerySchema,
  measureListSchema,
  measurePatchSchema,
  measureSchema,
  measureUnlinkParamsSchema,
  planScope,
  recommendationMeasureListSchema,
  recommendationScope,
} from '@tatabbu/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../config.js';
import { authorize } from '../../http/authorize.js';
import { HttpError } from '../../http/errors.js';
import { errorResponses } from '../../http/openapi.js';
import { requestLocale } from '../../i18n/request-locale.js';
import { requireActor } from '../auth/session-plugin.js';
import { withKnownReferences } from './bad-references.js';

/**
 * Measures (the cards of a plan), their links to recommendations both ways. Reads are scoped by
 * plan (published only for the public) and, for the linked recommendations, by recommendation.
 */
export const measureRoutes: FastifyPluginAsyncZod<{ database: Database; config: Config }> = async (
  app,
  { database, config },
) => {
  const tags = ['plans'];

  /** The card as the caller may see it, in their language. */
  const card = async (actor: Actor | null, id: string, lang: string) => {
    const measure = await getMeasure(database.db, planScope(actor), recommendationScope(actor), id, lang);
    if (!measure) throw new HttpError(404, 'not_found');
    return measure;
  };

  app.get(
    '/measures',
    {
      config: { publicCache: true },
      schema: {
        tags,
        summary:
          'Measures of the plans the caller may see, filtered by plan, axis, status, institution, text',
        querystring: measureListQuerySchema,
        response: { 200: measureListSchema, ...errorResponses(400) },
      },
    },
    async (req) => listMeasures(database.db, planScope(req.actor), recommendationScope(req.actor), req.query),
  );

  app.get(
    '/measures/:id',
    {
      config: { publicCache: true },
      schema: {
        tags,
        summary: 'The measure card: institutions, indicators with values, linked recommendations',
        params: idParamsSchema,
        response: { 200: measureSchema, ...errorResponses(404) },
      },
    },
    async (req) => card(req.actor, req.params.id, requestLocale(req, config.defaultLocale)),
  );

  app.post(
    '/measures',
    {
      schema: {
        tags,
        summary: 'Create a measure in a plan',
        body: measureCreateSchema,
        response: { 201: measureSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      authorize(actor, 'plan.manage');
      const lang = requestLocale(req, config.defaultLocale);
      const measure = await withKnownReferences(() => createMeasure(database.db, req.body, actor.id, lang));
      reply.status(201);
      return measure;
    },
  );

  app.patch(
    '/measures/:id',
    {
      schema: {
        tags,
        summary: 'Edit a measure (status, texts, institutions …); send the version you read',
        params: idParamsSchema,
        body: measurePatchSchema,
        response: { 200: measureSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(actor, 'plan.manage');
      const lang = requestLocale(req, config.defaultLocale);
      return withKnownReferences(() => updateMeasure(database.db, req.params.id, req.body, actor.id, lang));
    },
  );

  app.post(
    '/measures/:id/recommendations',
    {
      schema: {
        tags,
        summary: 'Link recommendations to the measure that implements them (already linked ones are kept)',
        params: idParamsSchema,
        body: measureLinkSchema,
        response: { 200: measureSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(actor, 'plan.manage');
      await withKnownReferences(() =>
        linkRecommendations(database.db, req.params.id, req.body.recommendationIds, actor.id),
      );
      return card(actor, req.params.id, requestLocale(req, config.defaultLocale));
    },
  );

  app.delete(
    '/measures/:id/recommendations/:recommendationId',
    {
      schema: {
        tags,
        summary: 'Remove the link between a measure and a recommendation',
        params: measureUnlinkParamsSchema,
        response: { 200: measureSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(actor, 'plan.manage');
      await unlinkRecommendation(database.db, req.params.id, req.params.recommendationId, actor.id);
      return card(actor, req.params.id, requestLocale(req, config.defaultLocale));
    },
  );

  app.get(
    '/recommendations/:id/measures',
    {
      config: { publicCache: true },
      schema: {
        tags: ['plans', 'recommendations'],
        summary: 'The action-plan measures that implement a recommendation',
        params: idParamsSchema,
        response: { 200: recommendationMeasureListSchema, ...errorResponses(404) },
      },
    },
    async (req) => {
      const items = await listRecommendationMeasures(
        database.db,
        planScope(req.actor),
        recommendationScope(req.actor),
        req.params.id,
      );
      if (!items) throw new HttpError(404, 'not_found');
      return { items };
    },
  );
};

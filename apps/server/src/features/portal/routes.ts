import type { Database } from '@tatabbu/db';
import { countTermChildren, listMechanismReviews } from '@tatabbu/db';
import {
  dataDictionarySchema,
  dictionaryQuerySchema,
  idParamsSchema,
  mechanismCodeParamsSchema,
  mechanismReviewsSchema,
  recommendationFiltersSchema,
  recommendationScope,
  termChildrenSchema,
} from '@tatabbu/domain';
import { exchangeJsonSchema } from '@tatabbu/domain/parsers';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { HttpError } from '../../http/errors.js';
import { errorResponses } from '../../http/openapi.js';
import { requestLocale } from '../../i18n/request-locale.js';
import { dataDictionary } from './dictionary.js';

/**
 * Small read endpoints of the public portal and the open-data page. Counts use the caller's own
 * scope (anonymous: published only) and the list's filters, so each number equals the list it opens.
 */
export const portalRoutes: FastifyPluginAsyncZod<{ database: Database; config: Config }> = async (
  app,
  { database, config },
) => {
  app.get(
    '/terms/:id/children',
    {
      schema: {
        tags: ['portal'],
        summary:
          "A term's direct children (an SDG goal's targets, an axis's sub-axes) with the number of visible recommendations carrying each; takes the list's filters",
        params: idParamsSchema,
        querystring: recommendationFiltersSchema,
        response: { 200: termChildrenSchema, ...errorResponses(400, 404) },
      },
    },
    async (req) => {
      const result = await countTermChildren(
        database.db,
        recommendationScope(req.actor),
        req.params.id,
        req.query,
      );
      if (!result) throw new HttpError(404, 'not_found');
      return result;
    },
  );

  app.get(
    '/mechanisms/:code/reviews',
    {
      schema: {
        tags: ['portal'],
        summary:
          "A mechanism's reviews (UPR cycles, treaty-body examinations, visits) with their documents and the number of visible recommendations",
        params: mechanismCodeParamsSchema,
        response: { 200: mechanismReviewsSchema, ...errorResponses(400, 404) },
      },
    },
    async (req) => {
      const result = await listMechanismReviews(database.db, recommendationScope(req.actor), req.params.code);
      if (!result) throw new HttpError(404, 'not_found');
      return result;
    },
  );

  app.get(
    '/open-data/dictionary',
    {
      schema: {
        tags: ['portal'],
        summary:
          'Data dictionary of the open-data files: every CSV/XLSX column and exchange JSON field, its meaning and its coded values, and the licence',
        querystring: dictionaryQuerySchema,
        response: { 200: dataDictionarySchema },
      },
    },
    async (req) => dataDictionary(req.query.lang ?? requestLocale(req, config.defaultLocale)),
  );

  app.get(
    '/open-data/tatabbu-exchange.v1.schema.json',
    {
      schema: {
        tags: ['portal'],
        summary: 'JSON Schema (draft 2020-12) of the exchange format of GET /exports/recommendations.json',
        response: { 200: z.record(z.string(), z.unknown()) },
      },
    },
    async (_req, reply) => {
      reply.type('application/schema+json; charset=utf-8');
      return exchangeJsonSchema();
    },
  );
};

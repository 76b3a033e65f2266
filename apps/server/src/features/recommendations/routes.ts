import type { Database } from '@tatabbu/db';
import { getRecommendation, listRecommendations } from '@tatabbu/db';
import {
  idParamsSchema,
  recommendationListQuerySchema,
  recommendationListSchema,
  recommendationSchema,
  recommendationScope,
} from '@tatabbu/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../config.js';
import { HttpError } from '../../http/errors.js';
import { errorResponses } from '../../http/openapi.js';
import { requestLocale } from '../../i18n/request-locale.js';
import { historyRoutes } from './history-routes.js';
import { taggingRoutes } from './tagging-routes.js';

/**
 * Anonymous callers see published recommendations; signed-in ones see their scope. The scope is
 * decided by the permission module and applied in SQL by the query.
 */
export const recommendationRoutes: FastifyPluginAsyncZod<{ database: Database; config: Config }> = async (
  app,
  { database, config },
) => {
  const tags = ['recommendations'];

  app.get(
    '/recommendations',
    {
      config: { publicCache: true },
      schema: {
        tags,
        summary: 'Search and filter recommendations, with facet counts',
        querystring: recommendationListQuerySchema,
        response: { 200: recommendationListSchema, ...errorResponses(400) },
      },
    },
    async (req) => {
      const lang = req.query.lang ?? requestLocale(req, config.defaultLocale);
      return listRecommendations(database.db, recommendationScope(req.actor), req.query, lang);
    },
  );

  app.get(
    '/recommendations/:id',
    {
      config: { publicCache: true },
      schema: {
        tags,
        summary: 'One recommendation with its texts, source, tags and responsible institutions',
        params: idParamsSchema,
        response: { 200: recommendationSchema, ...errorResponses(400, 404) },
      },
    },
    async (req) => {
      const found = await getRecommendation(database.db, recommendationScope(req.actor), req.params.id);
      if (!found) throw new HttpError(404, 'not_found');
      return found;
    },
  );

  await app.register(taggingRoutes, { database });
  await app.register(historyRoutes, { database, config });
};

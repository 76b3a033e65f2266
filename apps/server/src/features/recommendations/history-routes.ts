import type { Database } from '@tatabbu/db';
import { getRecommendationHistory } from '@tatabbu/db';
import {
  can,
  historyQuerySchema,
  idParamsSchema,
  recommendationHistorySchema,
  recommendationScope,
} from '@tatabbu/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../config.js';
import { HttpError } from '../../http/errors.js';
import { errorResponses } from '../../http/openapi.js';
import { requestLocale } from '../../i18n/request-locale.js';

/**
 * The recurrence chain is shown to whoever may see the recommendation (each linked record within
 * their own scope); the audit timeline only to those who may read the audit trail.
 */
export const historyRoutes: FastifyPluginAsyncZod<{ database: Database; config: Config }> = async (
  app,
  { database, config },
) => {
  app.get(
    '/recommendations/:id/history',
    {
      config: { publicCache: true },
      schema: {
        tags: ['recommendations'],
        summary:
          'Recurrences (earlier and later versions of the same recommendation) and the change timeline',
        params: idParamsSchema,
        querystring: historyQuerySchema,
        response: { 200: recommendationHistorySchema, ...errorResponses(400, 404) },
      },
    },
    async (req) => {
      const history = await getRecommendationHistory(
        database.db,
        recommendationScope(req.actor),
        req.params.id,
        {
          lang: req.query.lang ?? requestLocale(req, config.defaultLocale),
          withEvents: can(req.actor, 'audit.read'),
        },
      );
      if (!history) throw new HttpError(404, 'not_found');
      return history;
    },
  );
};

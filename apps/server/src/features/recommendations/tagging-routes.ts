import type { Database } from '@tatabbu/db';
import { bulkClassify, classifyRecommendation, UnknownTermsError } from '@tatabbu/db';
import {
  bulkClassifyResultSchema,
  bulkClassifySchema,
  idParamsSchema,
  recommendationPatchSchema,
  recommendationSchema,
  recommendationScope,
} from '@tatabbu/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorize } from '../../http/authorize.js';
import { HttpError } from '../../http/errors.js';
import { errorResponses } from '../../http/openapi.js';
import { requireActor } from '../auth/session-plugin.js';

/** A term id that does not exist is bad input (400), not a missing recommendation. */
async function withKnownTerms<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof UnknownTermsError) {
      throw new HttpError(400, 'validation_failed', {
        issues: error.termIds.map((id) => ({ path: 'terms', message: `unknown term ${id}` })),
      });
    }
    throw error;
  }
}

/**
 * Classification by coordinators: one recommendation (position and tags, version-checked) or many
 * at once, chosen by ids or by the list's filters, always within the caller's scope.
 */
export const taggingRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const tags = ['recommendations'];

  app.patch(
    '/recommendations/:id',
    {
      schema: {
        tags,
        summary: "Set the State's position and add or remove tags; send the version you read",
        params: idParamsSchema,
        body: recommendationPatchSchema,
        response: { 200: recommendationSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(actor, 'recommendation.classify');
      return withKnownTerms(() =>
        classifyRecommendation(database.db, recommendationScope(actor), req.params.id, req.body, actor.id),
      );
    },
  );

  app.post(
    '/recommendations/bulk-classify',
    {
      schema: {
        tags,
        summary: 'Add and remove tags on the recommendations named by ids or matching the list filters',
        body: bulkClassifySchema,
        response: { 200: bulkClassifyResultSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(actor, 'recommendation.classify');
      const { ids, filters, add, remove } = req.body;
      // The schema requires exactly one of them.
      const target = ids ? { ids } : { filters: filters as NonNullable<typeof filters> };
      return withKnownTerms(() =>
        bulkClassify(database.db, recommendationScope(actor), target, { add, remove }, actor.id),
      );
    },
  );
};

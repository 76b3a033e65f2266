import type { Database } from '@tatabbu/db';
import { loadDashboard } from '@tatabbu/db';
import { dashboardQuerySchema, dashboardSchema, recommendationScope } from '@tatabbu/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorize } from '../../http/authorize.js';
import { errorResponses } from '../../http/openapi.js';

/**
 * The strategic dashboard: aggregates over the recommendation list's own query (same filters, same
 * scope). Anonymous callers get the public summary: published recommendations, without owners,
 * rounds, deadlines or the status trend.
 */
export const dashboardRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  app.get(
    '/dashboard',
    {
      config: { publicCache: true },
      schema: {
        tags: ['dashboard'],
        summary:
          'Implementation at a glance: status by mechanism, cycle, position, axis, SDG goal, theme and institution; ' +
          'status changes per quarter; open rounds; recurring, unowned and untagged recommendations',
        description:
          'Takes the query of GET /recommendations. A chart ignores the filters of its own dimension and the ' +
          'status filter (like a facet): a row opens the list with that query minus them, plus its value ' +
          '(term dimensions drop `ignoredTerms`), a cell also with `status`.',
        querystring: dashboardQuerySchema,
        response: { 200: dashboardSchema, ...errorResponses(400, 403) },
      },
    },
    async (req) => {
      if (req.actor) authorize(req.actor, 'dashboard.read');
      const { lang: _lang, ...filters } = req.query;
      return loadDashboard(
        database.db,
        recommendationScope(req.actor),
        filters,
        req.actor ? 'signed_in' : 'public',
      );
    },
  );
};

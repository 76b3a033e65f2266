import type { Database } from '@tatabbu/db';
import { followUpScope, loadHome } from '@tatabbu/db';
import { homeSchema, recommendationScope } from '@tatabbu/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../http/openapi.js';
import { requireActor } from '../auth/session-plugin.js';
import { roundRoutes } from './round-routes.js';
import { updateRoutes } from './update-routes.js';

/** Follow-up: `/rounds`, `/updates` and the signed-in user's `/me/home` (DESIGN §5). */
export const followUpRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  await app.register(roundRoutes, { database });
  await app.register(updateRoutes, { database });

  app.get(
    '/me/home',
    {
      schema: {
        tags: ['follow-up'],
        summary:
          "The workspace home: an institution's assignments, items due and returned updates; the coordinator's open rounds and updates to review",
        response: { 200: homeSchema, ...errorResponses(401) },
      },
    },
    async (req) => loadHome(database.db, followUpScope(recommendationScope(requireActor(req)))),
  );
};

import type { Database } from '@tatabbu/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../config.js';
import { indicatorRoutes } from './indicator-routes.js';
import { measureRoutes } from './measure-routes.js';
import { planRoutes } from './plan-routes.js';

/** National action plans: `/plans`, `/measures`, `/indicators` (DESIGN §5). */
export const plansFeatureRoutes: FastifyPluginAsyncZod<{ database: Database; config: Config }> = async (
  app,
  { database, config },
) => {
  await app.register(planRoutes, { database });
  await app.register(measureRoutes, { database, config });
  await app.register(indicatorRoutes, { database });
};

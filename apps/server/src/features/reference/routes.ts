import type { Database } from '@tatabbu/db';
import { listCountries, listMechanisms, listTerms } from '@tatabbu/db';
import {
  countrySchema,
  mechanismSchema,
  termSchema,
  uiLocaleSchema,
  vocabularySchema,
} from '@tatabbu/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { errorResponses } from '../../http/openapi.js';

const itemsOf = <T extends z.ZodType>(schema: T) => z.object({ items: z.array(schema) });

/** Reference lists are public: the portal needs them for its filters. */
export const referenceRoutes: FastifyPluginAsyncZod<{
  database: Database;
  config: Config;
  version: string;
}> = async (app, { database, config, version }) => {
  const tags = ['reference'];

  app.get(
    '/config',
    {
      schema: {
        tags,
        summary: 'Public settings of this instance',
        response: {
          200: z.object({ defaultLocale: uiLocaleSchema, demo: z.boolean(), version: z.string() }),
        },
      },
    },
    async () => ({ defaultLocale: config.defaultLocale, demo: config.seedDemo, version }),
  );

  app.get(
    '/mechanisms',
    {
      config: { publicCache: true },
      schema: {
        tags,
        summary: 'UN and regional human-rights mechanisms',
        response: { 200: itemsOf(mechanismSchema) },
      },
    },
    async () => ({ items: await listMechanisms(database.db) }),
  );

  app.get(
    '/countries',
    {
      config: { publicCache: true },
      schema: {
        tags,
        summary: 'Countries with names in four languages',
        response: { 200: itemsOf(countrySchema) },
      },
    },
    async () => ({ items: await listCountries(database.db) }),
  );

  app.get(
    '/taxonomies/:vocabulary',
    {
      config: { publicCache: true },
      schema: {
        tags,
        summary: 'Terms of one classification vocabulary (themes, SDGs, national axes …)',
        params: z.object({ vocabulary: vocabularySchema }),
        response: { 200: itemsOf(termSchema), ...errorResponses(400) },
      },
    },
    async (req) => ({ items: await listTerms(database.db, req.params.vocabulary) }),
  );
};

import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { type Database, readPublicationGeneration } from '@tatabbu/db';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import { assignmentRoutes } from './features/assignments/routes.js';
import { attachmentRoutes } from './features/attachments/routes.js';
import { auditRoutes } from './features/audit/routes.js';
import { authRoutes } from './features/auth/routes.js';
import { sessionPlugin } from './features/auth/session-plugin.js';
import { dashboardRoutes } from './features/dashboard/routes.js';
import { documentRoutes } from './features/documents/routes.js';
import { exportRoutes } from './features/exports/routes.js';
import { followUpRoutes } from './features/followup/routes.js';
import { healthRoutes } from './features/health/routes.js';
import { importRoutes } from './features/imports/routes.js';
import { institutionRoutes } from './features/institutions/routes.js';
import { notificationRoutes } from './features/notifications/routes.js';
import { plansFeatureRoutes } from './features/plans/routes.js';
import { portalRoutes } from './features/portal/routes.js';
import { recommendationRoutes } from './features/recommendations/routes.js';
import { referenceRoutes } from './features/reference/routes.js';
import { tokenRoutes } from './features/tokens/routes.js';
import { userRoutes } from './features/users/routes.js';
import { API_DESCRIPTION, API_SECURITY, API_SECURITY_SCHEMES } from './http/api-security.js';
import { installErrorHandler } from './http/error-handler.js';
import { publicCache } from './http/public-cache.js';
import { rateLimit } from './http/rate-limit.js';
import { securityHeaders } from './http/security-headers.js';
import { APP_VERSION } from './version.js';
import { serveWebApp } from './web/static.js';

export interface BuildOptions {
  database: Database;
  config: Config;
  /** A pino logger; none in tests. */
  logger?: FastifyBaseLogger;
}

/** Builds the HTTP application; `listen` is the caller's business (CLI or tests with inject). */
export async function buildApp({ database, config, logger }: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(logger ? { loggerInstance: logger } : { logger: false }),
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app, config.defaultLocale);
  securityHeaders(app);

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tatabbu API',
        version: APP_VERSION,
        description: API_DESCRIPTION,
      },
      servers: [{ url: '/' }],
      tags: [
        { name: 'auth' },
        { name: 'recommendations' },
        { name: 'imports' },
        {
          name: 'exports',
          description: 'Downloads of the filtered list: CSV, XLSX, the Tatabbu exchange JSON (open data)',
        },
        { name: 'users' },
        { name: 'reference' },
        { name: 'institutions', description: 'Ministries, institutions and bodies; their members' },
        {
          name: 'assignments',
          description: 'Who is responsible for which recommendation (lead, contributing)',
        },
        { name: 'plans', description: 'National action plans, axes, measures, indicators' },
        {
          name: 'follow-up',
          description: 'Follow-up rounds, progress updates and their review, the workspace home',
        },
        { name: 'attachments', description: 'Evidence files of progress updates and measures' },
        {
          name: 'notifications',
          description: 'In-app notifications, e-mail preferences, invitations by e-mail',
        },
        {
          name: 'portal',
          description: 'Public portal counts (SDG targets, mechanism reviews) and the open-data dictionary',
        },
        {
          name: 'dashboard',
          description:
            'Aggregates of the recommendation list, each reproducible as a list (strategic dashboard)',
        },
        {
          name: 'documents',
          description:
            'Generated documents: implementation matrix (XLSX), report draft, institution sheet, measure cards (DOCX)',
        },
        { name: 'health' },
        { name: 'audit' },
        {
          name: 'tokens',
          description: 'Personal API tokens for integrations: scoped (read, write), revocable, shown once',
        },
      ],
      components: { securitySchemes: API_SECURITY_SCHEMES },
      security: API_SECURITY,
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  await app.register(sessionPlugin, { database, config });
  await rateLimit(app, config);
  // After the session plugin: only requests it found anonymous use the cache.
  await app.register(publicCache, {
    ...config.publicCache,
    defaultLocale: config.defaultLocale,
    readGeneration: () => readPublicationGeneration(database.db),
  });

  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(healthRoutes, { database });
  await app.register(
    async (api) => {
      await api.register(authRoutes, { database, config });
      await api.register(recommendationRoutes, { database, config });
      await api.register(exportRoutes, { database, config });
      await api.register(documentRoutes, { database, config });
      await api.register(importRoutes, { database, config });
      await api.register(userRoutes, { database });
      await api.register(notificationRoutes, { database, config });
      await api.register(institutionRoutes, { database });
      await api.register(assignmentRoutes, { database });
      await api.register(plansFeatureRoutes, { database, config });
      await api.register(followUpRoutes, { database });
      await api.register(auditRoutes, { database });
      await api.register(attachmentRoutes, { database, config });
      await api.register(referenceRoutes, { database, config, version: APP_VERSION });
      await api.register(portalRoutes, { database, config });
      await api.register(tokenRoutes, { database });
      await api.register(dashboardRoutes, { database });
    },
    { prefix: '/api/v1' },
  );
  await serveWebApp(app, config.webDist, config.defaultLocale);
  return app;
}

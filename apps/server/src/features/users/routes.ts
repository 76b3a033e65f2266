import type { Database } from '@tatabbu/db';
import { listUsers } from '@tatabbu/db';
import {
  idParamsSchema,
  userCreateSchema,
  userListQuerySchema,
  userSchema,
  userUpdateSchema,
  userWithPasswordSchema,
} from '@tatabbu/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../../http/authorize.js';
import { errorResponses } from '../../http/openapi.js';
import { requireActor } from '../auth/session-plugin.js';
import { addUser, changeUser, resetUserPassword } from './use-cases.js';

export const userRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const tags = ['users'];

  app.get(
    '/users',
    {
      schema: {
        tags,
        summary: 'Users; focal points see only their institution',
        querystring: userListQuerySchema,
        response: {
          200: z.object({ items: z.array(userSchema), total: z.number().int() }),
          ...errorResponses(401, 403),
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(actor, 'user.list');
      if (actor.role !== 'focal_point') return listUsers(database.db, req.query, {});
      // A focal point sees their own institution's users; one without an institution sees nobody.
      if (!actor.institutionId) return { items: [], total: 0 };
      return listUsers(database.db, req.query, { institutionId: actor.institutionId });
    },
  );

  app.post(
    '/users',
    {
      schema: {
        tags,
        summary: 'Create a user with a one-time password (shown once; to be changed at first sign-in)',
        body: userCreateSchema,
        response: { 201: userWithPasswordSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (req, reply) => {
      const created = await addUser(database, requireActor(req), req.body);
      return reply.status(201).send({ user: created.user, oneTimePassword: created.oneTimePassword });
    },
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags,
        summary: 'Change a user (role, scope, active); send the version you read',
        params: idParamsSchema,
        body: userUpdateSchema,
        response: { 200: userSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => changeUser(database, requireActor(req), req.params.id, req.body),
  );

  app.post(
    '/users/:id/reset-password',
    {
      schema: {
        tags,
        summary: 'Replace the password by a one-time password and sign the user out everywhere',
        params: idParamsSchema,
        response: { 200: userWithPasswordSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (req) => {
      const { user, oneTimePassword } = await resetUserPassword(database, requireActor(req), req.params.id);
      return { user, oneTimePassword };
    },
  );
};

import type { Database } from '@tatabbu/db';
import { deleteSession, deleteUserSessions, getPasswordHash, recordAudit, setPassword } from '@tatabbu/db';
import {
  changePasswordBodySchema,
  loginBodySchema,
  type Me,
  meSchema,
  passwordProblem,
} from '@tatabbu/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { HttpError } from '../../http/errors.js';
import { errorResponses } from '../../http/openapi.js';
import { login } from './login.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { clearSessionCookie, requireActor, type SessionActor, setSessionCookie } from './session-plugin.js';

const toMe = (a: Omit<SessionActor, 'tokenHash' | 'via' | 'tokenScopes'>): Me => ({
  id: a.id,
  email: a.email,
  name: a.name,
  role: a.role,
  institutionId: a.institutionId ?? null,
  organizationId: a.organizationId ?? null,
  locale: a.locale,
  mustChangePassword: a.mustChangePassword,
  csrfToken: a.csrfToken,
});

export const authRoutes: FastifyPluginAsyncZod<{ database: Database; config: Config }> = async (
  app,
  { database, config },
) => {
  const tags = ['auth'];

  app.post(
    '/auth/login',
    {
      schema: {
        tags,
        summary: 'Sign in with e-mail and password; sets the session cookie',
        body: loginBodySchema,
        response: { 200: meSchema, ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (req, reply) => {
      const { token, csrfToken, expiresAt, user } = await login(database, config, {
        ...req.body,
        ip: req.ip,
        userAgent: req.headers['user-agent'],
      });
      setSessionCookie(reply, config, token, expiresAt);
      return toMe({ ...user, csrfToken });
    },
  );

  app.post(
    '/auth/logout',
    {
      schema: {
        tags,
        summary: 'Sign out of this session',
        response: { 204: z.null(), ...errorResponses(401, 403) },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req, { allowPasswordChange: true, sessionOnly: true });
      await deleteSession(database.db, actor.tokenHash);
      await recordAudit(database.db, {
        actorId: actor.id,
        action: 'auth.logout',
        entity: 'user',
        entityId: actor.id,
      });
      clearSessionCookie(reply, config);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/logout-all',
    {
      schema: {
        tags,
        summary: 'Sign out everywhere (all sessions of this user)',
        response: { 204: z.null(), ...errorResponses(401, 403) },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req, { allowPasswordChange: true, sessionOnly: true });
      await deleteUserSessions(database.db, actor.id);
      await recordAudit(database.db, {
        actorId: actor.id,
        action: 'auth.logout_all',
        entity: 'user',
        entityId: actor.id,
      });
      clearSessionCookie(reply, config);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      schema: {
        tags,
        summary: 'The signed-in user and the CSRF token',
        response: { 200: meSchema, ...errorResponses(401) },
      },
    },
    async (req) => toMe(requireActor(req, { allowPasswordChange: true })),
  );

  app.post(
    '/auth/password',
    {
      schema: {
        tags,
        summary: 'Change the own password; other sessions of the user are signed out',
        body: changePasswordBodySchema,
        response: { 204: z.null(), ...errorResponses(400, 401, 403) },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req, { allowPasswordChange: true, sessionOnly: true });
      const passwordHash = await getPasswordHash(database.db, actor.id);
      if (!passwordHash || !(await verifyPassword(passwordHash, req.body.currentPassword))) {
        throw new HttpError(400, 'invalid_credentials');
      }
      const problem = passwordProblem(req.body.newPassword, actor.email);
      if (problem) throw new HttpError(400, 'weak_password', { reason: problem });
      await setPassword(database.db, actor.id, await hashPassword(req.body.newPassword), false, actor.id);
      await deleteUserSessions(database.db, actor.id, actor.tokenHash);
      return reply.status(204).send(null);
    },
  );
};

import {
  type Database,
  getEmailDigest,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  setEmailDigest,
} from '@tatabbu/db';
import {
  idParamsSchema,
  invitationAcceptSchema,
  invitationCreatedSchema,
  invitationCreateSchema,
  invitationSchema,
  invitationTokenParamsSchema,
  notificationListQuerySchema,
  notificationListSchema,
  notificationPath,
  notificationPreferencesSchema,
  userSchema,
} from '@tatabbu/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { HttpError } from '../../http/errors.js';
import { errorResponses } from '../../http/openapi.js';
import { requireActor } from '../auth/session-plugin.js';
import { acceptInvitation, inviteUser, readInvitation } from './invitations.js';

export const notificationRoutes: FastifyPluginAsyncZod<{ database: Database; config: Config }> = async (
  app,
  { database, config },
) => {
  const tags = ['notifications'];

  app.get(
    '/notifications',
    {
      schema: {
        tags,
        summary: 'My notifications, newest first, with the number unread',
        querystring: notificationListQuerySchema,
        response: { 200: notificationListSchema, ...errorResponses(401, 403) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const list = await listNotifications(database.db, actor.id, req.query);
      return { ...list, items: list.items.map((n) => ({ ...n, path: notificationPath(n.kind, n.payload) })) };
    },
  );

  app.post(
    '/notifications/:id/read',
    {
      schema: {
        tags,
        summary: 'Mark one of my notifications read',
        params: idParamsSchema,
        response: { 204: z.null(), ...errorResponses(401, 403, 404) },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      if (!(await markNotificationRead(database.db, actor.id, req.params.id)))
        throw new HttpError(404, 'not_found');
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/notifications/read-all',
    {
      schema: {
        tags,
        summary: 'Mark all my notifications read',
        response: { 200: z.object({ marked: z.number().int() }), ...errorResponses(401, 403) },
      },
    },
    async (req) => ({ marked: await markAllNotificationsRead(database.db, requireActor(req).id) }),
  );

  app.get(
    '/notifications/preferences',
    {
      schema: {
        tags,
        summary: 'How I receive e-mails: one per notification, or one daily digest',
        response: { 200: notificationPreferencesSchema, ...errorResponses(401, 403) },
      },
    },
    async (req) => ({
      emailDigest: await getEmailDigest(database.db, requireActor(req, { allowPasswordChange: true }).id),
    }),
  );

  app.put(
    '/notifications/preferences',
    {
      schema: {
        tags,
        summary: 'Choose one e-mail per notification or one daily digest',
        body: notificationPreferencesSchema,
        response: { 200: notificationPreferencesSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => {
      await setEmailDigest(
        database.db,
        requireActor(req, { allowPasswordChange: true }).id,
        req.body.emailDigest,
      );
      return req.body;
    },
  );

  app.post(
    '/invitations',
    {
      schema: {
        tags,
        summary: 'Invite a new user by e-mail (a one-time link, valid 7 days, to choose a password)',
        body: invitationCreateSchema,
        response: { 201: invitationCreatedSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (req, reply) => {
      const { user, expiresAt } = await inviteUser(database, config, requireActor(req), req.body);
      return reply.status(201).send({ user: userSchema.parse(user), expiresAt });
    },
  );

  app.get(
    '/invitations/:token',
    {
      schema: {
        tags,
        summary: 'An invitation link: who is invited, by whom, until when (public)',
        params: invitationTokenParamsSchema,
        response: { 200: invitationSchema, ...errorResponses(404, 410) },
      },
    },
    async (req) => readInvitation(database, req.params.token),
  );

  app.post(
    '/invitations/:token/accept',
    {
      schema: {
        tags,
        summary: 'Accept an invitation: set the password and enable the account (then sign in)',
        params: invitationTokenParamsSchema,
        body: invitationAcceptSchema,
        response: { 200: userSchema, ...errorResponses(400, 404, 410) },
      },
    },
    async (req) => acceptInvitation(database, req.params.token, req.body.password),
  );
};

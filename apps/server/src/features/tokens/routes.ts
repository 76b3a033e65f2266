import { type Database, listApiTokens } from '@tatabbu/db';
import {
  apiTokenCreatedSchema,
  apiTokenCreateSchema,
  apiTokenListSchema,
  apiTokenSchema,
  idParamsSchema,
  userTokenParamsSchema,
} from '@tatabbu/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorize } from '../../http/authorize.js';
import { errorResponses } from '../../http/openapi.js';
import { requireActor } from '../auth/session-plugin.js';
import { issueApiToken, revokeTokenOf, tokensOfUser } from './use-cases.js';

/**
 * Personal API tokens. Every route here needs a signed-in browser session (`sessionOnly`): a token
 * that could mint or list tokens would turn one leaked token into a permanent foothold that
 * survives its own revocation, and a read token could escalate itself to write.
 */
export const tokenRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (app, { database }) => {
  const tags = ['tokens'];
  /** OpenAPI: these routes take the browser session only, never a Bearer token. */
  const security = [{ cookieAuth: [] }];

  app.get(
    '/me/tokens',
    {
      schema: {
        tags,
        security,
        summary: 'My personal API tokens (never the tokens themselves), revoked and expired ones included',
        response: { 200: apiTokenListSchema, ...errorResponses(401, 403) },
      },
    },
    async (req) => ({ items: await listApiTokens(database.db, requireActor(req, { sessionOnly: true }).id) }),
  );

  app.post(
    '/me/tokens',
    {
      schema: {
        tags,
        security,
        summary: 'Create a personal API token; the answer holds the token, shown this once',
        body: apiTokenCreateSchema,
        response: { 201: apiTokenCreatedSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req, { sessionOnly: true });
      return reply.status(201).send(await issueApiToken(database, actor.id, req.body));
    },
  );

  app.delete(
    '/me/tokens/:id',
    {
      schema: {
        tags,
        security,
        summary: 'Revoke one of my API tokens; it stops working at once',
        params: idParamsSchema,
        response: { 200: apiTokenSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (req) => {
      const actor = requireActor(req, { sessionOnly: true });
      return revokeTokenOf(database, actor.id, req.params.id, actor.id);
    },
  );

  app.get(
    '/users/:id/tokens',
    {
      schema: {
        tags,
        security,
        summary: "A user's personal API tokens (administrators)",
        params: idParamsSchema,
        response: { 200: apiTokenListSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (req) => {
      authorize(requireActor(req, { sessionOnly: true }), 'token.manage_any');
      return { items: await tokensOfUser(database, req.params.id) };
    },
  );

  app.delete(
    '/users/:id/tokens/:tokenId',
    {
      schema: {
        tags,
        security,
        summary: "Revoke a user's API token (administrators)",
        params: userTokenParamsSchema,
        response: { 200: apiTokenSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (req) => {
      const actor = requireActor(req, { sessionOnly: true });
      authorize(actor, 'token.manage_any');
      return revokeTokenOf(database, req.params.id, req.params.tokenId, actor.id);
    },
  );
};

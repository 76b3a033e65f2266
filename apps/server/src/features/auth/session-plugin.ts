import type { Database } from '@tatabbu/db';
import { getSessionWithUser, touchSession } from '@tatabbu/db';
import type { Actor, ApiTokenScope, Role, UiLocale, User } from '@tatabbu/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../../config.js';
import { HttpError } from '../../http/errors.js';
import { bearerToken, resolveApiToken } from '../tokens/bearer.js';
import { hashToken, sameToken } from './tokens.js';

export const SESSION_COOKIE = 'tatabbu_session';
export const CSRF_HEADER = 'x-csrf-token';

/** The signed-in user of a request, as the permission module and the routes see them. */
export interface SessionActor extends Actor {
  email: string;
  name: string;
  role: Role;
  locale: UiLocale | null;
  mustChangePassword: boolean;
  csrfToken: string;
  tokenHash: string;
  /** How the request was authenticated: the session cookie, or a personal API token (Bearer). */
  via: 'session' | 'token';
  /** The scopes of the API token; null for a session. */
  tokenScopes: ApiTokenScope[] | null;
}

/** The actor a user acts as, however the request was authenticated. */
export function actorOf(
  user: User,
  access: Pick<SessionActor, 'csrfToken' | 'tokenHash' | 'via' | 'tokenScopes'>,
): SessionActor {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    institutionId: user.institutionId,
    organizationId: user.organizationId,
    locale: user.locale,
    mustChangePassword: user.mustChangePassword,
    ...access,
  };
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: SessionActor | null;
    /** A session cookie came with the request but named no live session. */
    staleSession: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function setSessionCookie(reply: FastifyReply, config: Config, token: string, expiresAt: Date): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
  });
}

/**
 * Resolves the session cookie to an actor on every API request, slides its expiry, and enforces
 * the CSRF token on state-changing requests made with a session (the token is returned by
 * /auth/me and /auth/login and must come back in the `x-csrf-token` header).
 * An `Authorization: Bearer ttb_…` header takes precedence over any cookie: it resolves to the
 * token's owner; it needs no CSRF token (a browser never adds that header on its own).
 */
export const sessionPlugin = fp(
  async (app: FastifyInstance, opts: { database: Database; config: Config }) => {
    const { database, config } = opts;
    app.decorateRequest('actor', null);
    app.decorateRequest('staleSession', false);

    app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
      if (!req.url.startsWith('/api/')) return;
      const bearer = bearerToken(req.headers.authorization);
      if (bearer !== null) {
        req.actor = await resolveApiToken(database, bearer, req.method);
        return;
      }
      const token = req.cookies[SESSION_COOKIE];
      if (!token) return;
      const tokenHash = hashToken(token);
      const found = await getSessionWithUser(database.db, tokenHash);
      if (!found) {
        req.staleSession = true;
        clearSessionCookie(reply, config);
      } else {
        const { user, session } = found;
        req.actor = actorOf(user, {
          csrfToken: session.csrfToken,
          tokenHash,
          via: 'session',
          tokenScopes: null,
        });
        const expiresAt = new Date(Date.now() + config.sessionTtlMs);
        if (await touchSession(database.db, tokenHash, expiresAt.toISOString())) {
          setSessionCookie(reply, config, token, expiresAt);
        }
      }
      if (!SAFE_METHODS.has(req.method)) {
        if (req.staleSession) throw new HttpError(401, 'session_expired');
        const header = req.headers[CSRF_HEADER];
        if (req.actor && !sameToken(typeof header === 'string' ? header : undefined, req.actor.csrfToken)) {
          throw new HttpError(403, 'csrf_failed');
        }
      }
    });
  },
);

/**
 * The signed-in actor, or a 401 (session_expired when a dead session cookie was sent).
 * `sessionOnly` refuses API tokens (403 session_required): for what manages the account itself.
 */
export function requireActor(
  req: FastifyRequest,
  options: { allowPasswordChange?: boolean; sessionOnly?: boolean } = {},
): SessionActor {
  if (!req.actor) throw new HttpError(401, req.staleSession ? 'session_expired' : 'unauthenticated');
  if (options.sessionOnly && req.actor.via !== 'session') throw new HttpError(403, 'session_required');
  if (req.actor.mustChangePassword && !options.allowPasswordChange) {
    throw new HttpError(403, 'password_change_required');
  }
  return req.actor;
}

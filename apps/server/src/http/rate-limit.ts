import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import { HttpError } from './errors.js';

/** Not limited: the web app's files and pages, health checks and the browsable API docs. */
const unlimited = (req: FastifyRequest): boolean =>
  !req.url.startsWith('/api/') || req.url.startsWith('/api/docs');

/**
 * Rate limit of the API (set up after the session plugin, so that the caller is known): anonymous
 * callers per address, signed-in users and API tokens per user, each per minute; 0 = no limit.
 * In memory, per server: behind several servers the effective limit is that many times higher.
 * Behind a proxy, set TATABBU_TRUST_PROXY so that the address is the client's, not the proxy's.
 */
export async function rateLimit(app: FastifyInstance, config: Config): Promise<void> {
  const { anonymous, signedIn } = config.rateLimit;
  const limitOf = (req: FastifyRequest) => (req.actor ? signedIn : anonymous);
  await app.register(fastifyRateLimit, {
    // Not per route: one hook for every request, so it also runs before the public cache answers.
    global: false,
    timeWindow: 60_000,
    max: (req) => limitOf(req),
    allowList: (req) => unlimited(req) || limitOf(req) === 0,
    keyGenerator: (req) => (req.actor ? `user:${req.actor.id}` : `ip:${req.ip}`),
    errorResponseBuilder: (_req, context) =>
      new HttpError(429, 'rate_limited', {
        limit: context.max,
        retryAfterSeconds: Math.ceil(context.ttl / 1000),
      }),
  });
  app.addHook('onRequest', app.rateLimit());
}

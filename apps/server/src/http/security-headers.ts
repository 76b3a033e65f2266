import type { FastifyInstance } from 'fastify';

/** Conservative headers for every answer; the API docs page needs inline styles, nothing else does. */
export function securityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    if (!req.url.startsWith('/api/docs')) {
      reply.header(
        'content-security-policy',
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
      );
    }
    if (req.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });
}

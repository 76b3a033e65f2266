/**
 * The yardstick of the HTTP benchmark: a bare Fastify route, in its own process like the real
 * server, answering a small JSON object (`/bare`) or the bytes it was last given (`/body`: the same
 * answer as an endpoint of the real server, to tell the cost of the bytes from the server's own).
 * Listens on 127.0.0.1:PORT.
 */
import Fastify from 'fastify';

const app = Fastify({ logger: false, bodyLimit: 16 * 1024 * 1024 });
let body: Buffer = Buffer.alloc(0);
app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (_req, raw, done) =>
  done(null, raw),
);
app.get('/bare', async () => ({ hello: 'world' }));
app.put('/body', async (req) => {
  body = req.body as Buffer;
  return { bytes: body.length };
});
app.get('/body', async (_req, reply) => reply.type('application/json; charset=utf-8').send(body));
app.get('/readyz', async () => ({ ok: true }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });

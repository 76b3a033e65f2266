import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { UiLocale } from '@tatabbu/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { SESSION_COOKIE } from '../features/auth/session-plugin.js';
import { requestLocale } from '../i18n/request-locale.js';
import { ByteLru } from './byte-lru.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Opt-in: anonymous GETs of this route answer the same thing to everyone in a language until
     * published data changes, so they are served from the shared cache with an ETag.
     */
    publicCache?: boolean;
  }
  interface FastifyRequest {
    publicCache?: { key: string; generation: string; hit: boolean; release?: () => void };
  }
}

export interface PublicCacheOptions {
  /** The publication generation (see migration 0010); answers are kept while it stays the same. */
  readGeneration: () => Promise<string>;
  /** How long a change may take to show: the generation is read at most this often. */
  checkIntervalMs: number;
  /** Cap on the bytes of cached bodies; 0 turns the cache off (ETags and 304s still work). */
  maxBytes: number;
  defaultLocale: UiLocale;
  now?: () => number;
}

interface Entry {
  body: Buffer;
  /** The same body gzipped once, for the clients that accept it (every browser). */
  gzip: Buffer | undefined;
  bytes: number;
  /** Hash of the body; each representation's strong ETag derives from it. */
  hash: string;
  contentType: string | undefined;
}

/** The longest a request waits for an identical one's answer before computing its own. */
const MAX_WAIT_MS = 30_000;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Request headers that change the answer; shared caches in between must key on them too. */
const VARY = 'Accept-Language, Accept-Encoding, Cookie, Authorization';

/**
 * Server-side cache of the anonymous reads of published data (routes with `config.publicCache`):
 * an LRU bounded in bytes, keyed by address and language, emptied when the publication generation
 * moves. Bodies are kept as sent and gzipped once (served to clients that accept gzip: a cached
 * list costs a copy, not a compression per request). Each representation carries a strong ETag
 * (`If-None-Match` → 304); answers may be kept by browsers and
 * proxies for as long as a change may take to show. Signed-in requests (session cookie or
 * Authorization header) never read or fill it.
 */
export const publicCache = fp(async (app: FastifyInstance, opts: PublicCacheOptions) => {
  const now = opts.now ?? Date.now;
  const store = new ByteLru<Entry>(opts.maxBytes);
  const maxAge = Math.round(opts.checkIntervalMs / 1000);
  const cacheControl =
    maxAge > 0 ? `public, max-age=${maxAge}, stale-while-revalidate=${maxAge * 6}` : 'public, no-cache';

  let generation: string | undefined;
  let checkedAt = Number.NEGATIVE_INFINITY;
  let checking: Promise<string> | undefined;
  /** Misses being answered, by key: the same request arriving meanwhile waits for that answer. */
  const pending = new Map<string, Promise<void>>();

  /** The current generation, read from the database at most once per interval (one read at a time). */
  async function currentGeneration(): Promise<string> {
    if (generation !== undefined && now() - checkedAt < opts.checkIntervalMs) return generation;
    checking ??= opts
      .readGeneration()
      .then((value) => {
        if (value !== generation) store.clear();
        generation = value;
        checkedAt = now();
        return value;
      })
      .finally(() => {
        checking = undefined;
      });
    return checking;
  }

  /** Marks `key` as being answered; the returned function (idempotent) wakes who waits for it. */
  function lead(key: string): () => void {
    let done = () => {};
    const answered = new Promise<void>((resolve) => {
      done = resolve;
    });
    pending.set(key, answered);
    return () => {
      if (pending.get(key) === answered) pending.delete(key);
      done();
    };
  }

  app.decorateRequest('publicCache', undefined);

  // A write answered by this process is seen by its next anonymous read without waiting for the
  // interval (other processes see it within the interval).
  app.addHook('onResponse', async (req, reply) => {
    req.publicCache?.release?.();
    if (!SAFE_METHODS.has(req.method) && reply.statusCode < 400) checkedAt = Number.NEGATIVE_INFINITY;
  });

  app.addHook('onRequest', async (req, reply) => {
    if (req.method !== 'GET' || !req.routeOptions.config?.publicCache || !isAnonymous(req)) return;
    const key = `${requestLocale(req, opts.defaultLocale)} ${req.url}`;
    const seen = await currentGeneration();
    let entry = store.get(key);
    const answering = pending.get(key);
    if (!entry && answering) {
      // After a publication, a crowd asking for the first page runs its query once, not once each.
      await orTimeout(answering, MAX_WAIT_MS);
      entry = store.get(key);
    }
    req.publicCache = { key, generation: seen, hit: entry !== undefined };
    if (!entry) {
      if (!pending.has(key)) req.publicCache.release = lead(key);
      return;
    }
    reply.header('x-cache', 'hit');
    return reply.send(represent(entry, req, reply));
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const cached = req.publicCache;
    if (!req.routeOptions.config?.publicCache) return payload;
    // Every answer of a cacheable address depends on these, signed-in or not.
    reply.header('vary', VARY);
    if (!cached || reply.statusCode !== 200) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    if (reply.hasHeader('set-cookie')) return payload;

    if (!cached.hit) {
      const contentType = reply.getHeader('content-type');
      const entry = toEntry(payload, typeof contentType === 'string' ? contentType : undefined);
      // Filled only if the generation did not move while the answer was being built.
      if (cached.generation === generation) store.set(cached.key, entry);
      cached.release?.();
      reply.header('x-cache', 'miss');
      payload = represent(entry, req, reply);
    }
    reply.header('cache-control', cacheControl);
    const etag = reply.getHeader('etag');
    if (typeof etag === 'string' && matches(req.headers['if-none-match'], etag)) {
      reply.code(304);
      reply.removeHeader('content-type');
      reply.removeHeader('content-encoding');
      return '';
    }
    return payload;
  });
});

async function orTimeout(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  await Promise.race([promise, timeout]);
  clearTimeout(timer);
}

function isAnonymous(req: FastifyRequest): boolean {
  return !req.actor && !req.staleSession && !req.headers.authorization && !req.cookies?.[SESSION_COOKIE];
}

/** Bodies smaller than this are sent as they are: gzip would save next to nothing. */
const GZIP_FROM_BYTES = 1024;

function toEntry(payload: string | Buffer, contentType: string | undefined): Entry {
  const body = Buffer.isBuffer(payload) ? payload : Buffer.from(payload);
  const gzip = body.length >= GZIP_FROM_BYTES ? gzipSync(body) : undefined;
  return {
    body,
    gzip,
    bytes: body.length + (gzip?.length ?? 0),
    hash: createHash('sha256').update(body).digest('base64url').slice(0, 32),
    contentType,
  };
}

/** Sets the headers of the representation the client accepts and returns its bytes. */
function represent(entry: Entry, req: FastifyRequest, reply: FastifyReply): Buffer {
  if (entry.contentType) reply.header('content-type', entry.contentType);
  if (entry.gzip && acceptsGzip(req.headers['accept-encoding'])) {
    reply.header('content-encoding', 'gzip');
    // A strong ETag names one representation: the gzipped one has its own.
    reply.header('etag', `"${entry.hash}-gz"`);
    return entry.gzip;
  }
  reply.header('etag', `"${entry.hash}"`);
  return entry.body;
}

function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '').split(',').some((part) => {
    const [coding, ...params] = part.trim().split(';');
    if (coding?.trim().toLowerCase() !== 'gzip') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/** `If-None-Match` uses the weak comparison (RFC 9110 §13.1.2): `W/` prefixes are ignored. */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

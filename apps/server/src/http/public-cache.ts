import { createHash } from 'node:crypto';
import type { UiLocale } from '@tatabbu/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
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
    publicCache?: { key: string; generation: string; hit: boolean };
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
  body: string | Buffer;
  bytes: number;
  etag: string;
  contentType: string | undefined;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Request headers that change the answer; shared caches in between must key on them too. */
const VARY = 'Accept-Language, Cookie, Authorization';

/**
 * Server-side cache of the anonymous reads of published data (routes with `config.publicCache`):
 * an LRU bounded in bytes, keyed by address and language, emptied when the publication generation
 * moves. Answers carry a strong ETag (`If-None-Match` → 304) and may be kept by browsers and
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

  app.decorateRequest('publicCache', undefined);

  // A write answered by this process is seen by its next anonymous read without waiting for the
  // interval (other processes see it within the interval).
  app.addHook('onResponse', async (req, reply) => {
    if (!SAFE_METHODS.has(req.method) && reply.statusCode < 400) checkedAt = Number.NEGATIVE_INFINITY;
  });

  app.addHook('onRequest', async (req, reply) => {
    if (req.method !== 'GET' || !req.routeOptions.config?.publicCache || !isAnonymous(req)) return;
    const key = `${requestLocale(req, opts.defaultLocale)} ${req.url}`;
    const seen = await currentGeneration();
    const entry = store.get(key);
    req.publicCache = { key, generation: seen, hit: entry !== undefined };
    if (!entry) return;
    reply.header('x-cache', 'hit');
    if (entry.contentType) reply.header('content-type', entry.contentType);
    reply.header('etag', entry.etag);
    return reply.send(entry.body);
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const cached = req.publicCache;
    if (!req.routeOptions.config?.publicCache) return payload;
    // Every answer of a cacheable address depends on these, signed-in or not.
    reply.header('vary', VARY);
    if (!cached || reply.statusCode !== 200) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    if (reply.hasHeader('set-cookie')) return payload;

    let etag = reply.getHeader('etag') as string | undefined;
    if (!cached.hit) {
      etag = strongEtag(payload);
      reply.header('etag', etag);
      reply.header('x-cache', 'miss');
      // Filled only if the generation did not move while the answer was being built.
      if (cached.generation === generation) {
        const contentType = reply.getHeader('content-type');
        store.set(cached.key, {
          body: payload,
          bytes: Buffer.byteLength(payload),
          etag,
          contentType: typeof contentType === 'string' ? contentType : undefined,
        });
      }
    }
    reply.header('cache-control', cacheControl);
    if (etag && matches(req.headers['if-none-match'], etag)) {
      reply.code(304);
      reply.removeHeader('content-type');
      return '';
    }
    return payload;
  });
});

function isAnonymous(req: FastifyRequest): boolean {
  return !req.actor && !req.staleSession && !req.headers.authorization && !req.cookies?.[SESSION_COOKIE];
}

function strongEtag(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** `If-None-Match` uses the weak comparison (RFC 9110 §13.1.2): `W/` prefixes are ignored. */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

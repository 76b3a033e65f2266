import { gunzipSync } from 'node:zlib';
import { schema, seedMoroccoDemo } from '@tatabbu/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { addTestUser, asUser, signIn, startTestApp, type TestApp } from './helpers.js';

// Changes made outside this process (here: straight in the database) reach anonymous readers
// within this bound.
const BOUND_MS = 2000;
const LIST = '/api/v1/recommendations?pageSize=5';

let t: TestApp;
let coordinatorEmail: string;
beforeAll(async () => {
  t = await startTestApp({
    reference: true,
    env: { TATABBU_PUBLIC_CACHE_SECONDS: String(BOUND_MS / 1000) },
  });
  await seedMoroccoDemo(t.database.db, loadConfig({}).dataRoot);
  coordinatorEmail = (await addTestUser(t.database, 'coordinator')).email;
});
afterAll(async () => t?.close());

const anonymous = (url = LIST, headers: Record<string, string> = {}) =>
  t.app.inject({ url, headers: { 'accept-language': 'fr', ...headers } });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function unpublishOne(): Promise<string> {
  const [row] = await t.database.db
    .select({ id: schema.recommendations.id })
    .from(schema.recommendations)
    .where(eq(schema.recommendations.published, true))
    .limit(1);
  if (!row) throw new Error('no published recommendation left');
  await t.database.db
    .update(schema.recommendations)
    .set({ published: false })
    .where(eq(schema.recommendations.id, row.id));
  return row.id;
}

describe('cache of anonymous reads', () => {
  it('answers the second identical request from the cache, with the same body and a strong ETag', async () => {
    const first = await anonymous();
    expect(first.statusCode).toBe(200);
    expect(first.headers['x-cache']).toBe('miss');
    expect(first.headers.etag).toMatch(/^"[\w-]{32}"$/);
    expect(first.headers['cache-control']).toBe('public, max-age=2, stale-while-revalidate=12');
    expect(String(first.headers.vary)).toContain('Accept-Language');
    expect(String(first.headers.vary)).toContain('Cookie');

    const second = await anonymous();
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.body).toBe(first.body);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers['content-type']).toBe(first.headers['content-type']);
  });

  it('answers 304 with no body when the browser already holds that ETag', async () => {
    const { headers } = await anonymous();
    const again = await anonymous(LIST, { 'if-none-match': String(headers.etag) });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(headers.etag);
    const other = await anonymous(LIST, { 'if-none-match': '"something-else"' });
    expect(other.statusCode).toBe(200);
  });

  it('answers a crowd of identical requests with one query: the first computes, the others wait for it', async () => {
    const url = '/api/v1/recommendations?pageSize=7';
    const answers = await Promise.all(Array.from({ length: 5 }, () => anonymous(url)));
    expect(answers.map((a) => a.headers['x-cache']).sort()).toEqual(['hit', 'hit', 'hit', 'hit', 'miss']);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
  });

  it('sends the cached answer gzipped to clients that accept it, with its own ETag', async () => {
    const plain = await anonymous();
    const zipped = await anonymous(LIST, { 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.rawPayload).toString()).toBe(plain.body);
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    expect(zipped.headers.etag).not.toBe(plain.headers.etag);
    expect(String(zipped.headers.vary)).toContain('Accept-Encoding');
    const again = await anonymous(LIST, {
      'accept-encoding': 'gzip',
      'if-none-match': String(zipped.headers.etag),
    });
    expect(again.statusCode).toBe(304);
    // A client that refuses gzip gets the body as it is.
    const refused = await anonymous(LIST, { 'accept-encoding': 'gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body).toBe(plain.body);
  });

  it('keeps one answer per language', async () => {
    const url = '/api/v1/recommendations?pageSize=3';
    const fr = await anonymous(url, { 'accept-language': 'fr' });
    const ar = await anonymous(url, { 'accept-language': 'ar' });
    expect(ar.headers['x-cache']).toBe('miss');
    expect((await anonymous(url, { 'accept-language': 'fr' })).headers['x-cache']).toBe('hit');
    expect((await anonymous(url, { 'accept-language': 'ar' })).body).toBe(ar.body);
    // Facet labels are in the reader's language.
    expect(ar.body).not.toBe(fr.body);
  });

  it('shows a change to published data on the first request after the bound', async () => {
    const before = (await anonymous()).json().total as number;
    await unpublishOne();
    // Within the bound the cached answer may still be served …
    const stale = await anonymous();
    expect(stale.headers['x-cache']).toBe('hit');
    await sleep(BOUND_MS + 100);
    // … after it, never.
    const fresh = await anonymous();
    expect(fresh.headers['x-cache']).toBe('miss');
    expect(fresh.json().total).toBe(before - 1);
  });

  it("shows this server's own writes on the next anonymous request, without waiting", async () => {
    const before = (await anonymous()).json().total as number;
    expect((await anonymous()).headers['x-cache']).toBe('hit');
    const id = await unpublishOne();
    // Any write answered by this process makes the next read check the generation.
    await signIn(t.app, coordinatorEmail);
    expect((await anonymous()).json().total).toBe(before - 1);
    expect((await anonymous(`/api/v1/recommendations/${id}`)).statusCode).toBe(404);
  });

  it('never gives a signed-in user the cached anonymous answer, nor caches theirs', async () => {
    const session = await signIn(t.app, coordinatorEmail);
    const publicTotal = (await anonymous()).json().total as number;
    const mine = await t.app.inject({ url: LIST, headers: asUser(session, 'fr') });
    expect(mine.statusCode).toBe(200);
    expect(mine.headers['x-cache']).toBeUndefined();
    expect(mine.headers['cache-control']).toBe('no-store');
    expect(mine.headers.vary).toContain('Cookie');
    // The coordinator also sees the unpublished ones.
    expect(mine.json().total).toBeGreaterThan(publicTotal);
    // An API token (or any Authorization header) bypasses the cache too.
    const bearer = await t.app.inject({ url: LIST, headers: { authorization: 'Basic eDp5' } });
    expect(bearer.headers['x-cache']).toBeUndefined();
    // And the anonymous answer is still the anonymous one.
    expect((await anonymous()).json().total).toBe(publicTotal);
  });

  it('does not cache failures nor routes that did not opt in', async () => {
    const missing = await anonymous('/api/v1/recommendations/00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['x-cache']).toBeUndefined();
    expect(missing.headers['cache-control']).toBe('no-store');
    const config = await anonymous('/api/v1/config');
    expect(config.headers['x-cache']).toBeUndefined();
    expect(config.headers['cache-control']).toBe('no-store');
  });
});

import { schema } from '@tatabbu/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTestUser, asUser, type Session, signIn, startTestApp, type TestApp } from './helpers.js';

let t: TestApp;
let coordinator: Session;
let focalPoint: Session;
let recs: { id: string; key: string }[];
let target163: string;
let goal16: string;

async function termId(vocabulary: 'sdg_goal' | 'sdg_target', code: string): Promise<string> {
  const [row] = await t.database.db
    .select({ id: schema.terms.id })
    .from(schema.terms)
    .where(and(eq(schema.terms.vocabulary, vocabulary), eq(schema.terms.code, code)));
  if (!row) throw new Error(`no term ${vocabulary} ${code}`);
  return row.id;
}

beforeAll(async () => {
  t = await startTestApp({ reference: true });
  const db = t.database.db;
  const [upr] = await db.select().from(schema.mechanisms).where(eq(schema.mechanisms.code, 'UPR'));
  const [institution] = await db.select().from(schema.institutions).limit(1);
  if (!upr || !institution) throw new Error('reference data missing');
  const inserted = await db
    .insert(schema.recommendations)
    .values(
      [
        ['A/HRC/8/22 §75.1', '2008-05-22', 'Abolish the death penalty'],
        ['A/HRC/21/3 §129.5', '2012-07-06', 'Abolish the death penalty in law'],
        ['A/HRC/36/6 §144.99', '2017-07-13', 'Abolish the death penalty for all crimes'],
      ].map(([key, date, textEn]) => ({
        key: key as string,
        date,
        textEn,
        mechanismId: upr.id,
        published: true,
        position: 'pending' as const,
      })),
    )
    .returning();
  recs = inserted.map(({ id, key }) => ({ id, key }));
  const [first, second, third] = recs;
  if (!first || !second || !third) throw new Error('no recommendations');
  await db.insert(schema.recommendationLinks).values([
    { fromId: second.id, toId: first.id, kind: 'recurring', similarity: 0.9 },
    { fromId: third.id, toId: second.id, kind: 'recurring', similarity: 0.85 },
  ]);
  const coord = await addTestUser(t.database, 'coordinator');
  const focal = await addTestUser(t.database, 'focal_point', { institutionId: institution.id });
  coordinator = await signIn(t.app, coord.email);
  focalPoint = await signIn(t.app, focal.email);
  target163 = await termId('sdg_target', '16.3');
  goal16 = await termId('sdg_goal', '16');
});
afterAll(async () => t?.close());

const rec = (i: number) => recs[i] as { id: string; key: string };

describe('PATCH /api/v1/recommendations/{id}', () => {
  it('lets a coordinator set the position and tags; a target brings its goal', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/recommendations/${rec(2).id}`,
      headers: asUser(coordinator),
      payload: { version: 0, position: 'supported', terms: { add: [target163] } },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.position).toBe('supported');
    expect(body.version).toBe(1);
    expect(body.terms.map((x: { code: string }) => x.code).sort()).toEqual(['16', '16.3']);
  });

  it('answers 409 stale_version in the user language to a write based on an old version', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/recommendations/${rec(2).id}`,
      headers: asUser(coordinator, 'fr'),
      payload: { version: 0, position: 'noted' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'stale_version', details: { currentVersion: 1 } });
    expect(res.json().error.message).toMatch(/modifié/);
  });

  it('refuses a focal point (403) and the public (401)', async () => {
    const payload = { version: 1, position: 'noted' };
    const url = `/api/v1/recommendations/${rec(2).id}`;
    const asFocal = await t.app.inject({ method: 'PATCH', url, headers: asUser(focalPoint), payload });
    expect(asFocal.statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: 'PATCH', url, payload });
    expect([401, 403]).toContain(anonymous.statusCode);
  });

  it('answers 400 to an unknown term and changes nothing', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/recommendations/${rec(2).id}`,
      headers: asUser(coordinator),
      payload: { version: 1, terms: { add: ['00000000-0000-4000-8000-000000000000'] } },
    });
    expect(res.statusCode).toBe(400);
    const after = (await t.app.inject({ url: `/api/v1/recommendations/${rec(2).id}` })).json();
    expect(after.version).toBe(1);
  });
});

describe('POST /api/v1/recommendations/bulk-classify', () => {
  it('tags every recommendation matching the list filter', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/recommendations/bulk-classify',
      headers: asUser(coordinator),
      payload: { filters: { q: 'death penalty' }, add: [goal16], remove: [] },
    });
    expect(res.statusCode).toBe(200);
    // The 2017 one already had goal 16.
    expect(res.json()).toEqual({ matched: 3, changed: 2 });
    const list = (
      await t.app.inject({ url: `/api/v1/recommendations?term=${goal16}`, headers: asUser(coordinator) })
    ).json();
    expect(list.total).toBe(3);
  });

  it('refuses a focal point and a request naming both ids and filters', async () => {
    const asFocal = await t.app.inject({
      method: 'POST',
      url: '/api/v1/recommendations/bulk-classify',
      headers: asUser(focalPoint),
      payload: { ids: [rec(0).id], add: [goal16] },
    });
    expect(asFocal.statusCode).toBe(403);
    const both = await t.app.inject({
      method: 'POST',
      url: '/api/v1/recommendations/bulk-classify',
      headers: asUser(coordinator),
      payload: { ids: [rec(0).id], filters: {}, add: [goal16] },
    });
    expect(both.statusCode).toBe(400);
  });
});

describe('GET /api/v1/recommendations/{id}/history', () => {
  it('gives the recurrence chain to everyone and the timeline to staff', async () => {
    const anonymous = (await t.app.inject({ url: `/api/v1/recommendations/${rec(1).id}/history` })).json();
    expect(anonymous.chain.map((e: { key: string }) => e.key)).toEqual(recs.map((r) => r.key));
    expect(anonymous.events).toEqual([]);

    const events = async (i: number) => {
      const res = await t.app.inject({
        url: `/api/v1/recommendations/${rec(i).id}/history`,
        headers: asUser(coordinator),
      });
      expect(res.statusCode).toBe(200);
      return res.json().events as { action: string; changes: unknown[] }[];
    };
    // The 2017 one was classified by hand; the bulk change skipped it (it already had goal 16).
    const third = await events(2);
    expect(third.map((e) => e.action)).toEqual(['recommendation.classify']);
    expect(third[0]?.changes).toEqual([{ field: 'position', from: 'pending', to: 'supported' }]);
    expect((await events(0)).map((e) => e.action)).toEqual(['recommendation.bulk_classify']);
  });

  it('answers 404 for an unknown recommendation', async () => {
    const res = await t.app.inject({
      url: '/api/v1/recommendations/00000000-0000-4000-8000-000000000000/history',
    });
    expect(res.statusCode).toBe(404);
  });
});

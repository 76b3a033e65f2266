import { schema } from '@tatabbu/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CastMember, signInCast } from './cast.js';
import { asUser, type Session, startTestApp, type TestApp } from './helpers.js';

let t: TestApp;
let as: Record<CastMember, Session>;
let justice: string;
let health: string;
let recs: string[];

beforeAll(async () => {
  t = await startTestApp();
  const db = t.database.db;
  const [upr] = await db
    .insert(schema.mechanisms)
    .values({ code: 'UPR', type: 'upr', name: { en: 'Universal Periodic Review' } })
    .returning();
  const rows = await db
    .insert(schema.institutions)
    .values([
      { code: 'MJ', name: { fr: 'Ministère de la Justice' } },
      { code: 'MS', name: { fr: 'Ministère de la Santé' } },
    ])
    .returning();
  justice = rows.find((r) => r.code === 'MJ')?.id as string;
  health = rows.find((r) => r.code === 'MS')?.id as string;
  const inserted = await db
    .insert(schema.recommendations)
    .values(
      [1, 2, 3].map((n) => ({
        key: `A/HRC/36/6 §144.${n}`,
        mechanismId: upr?.id as string,
        textFr: n < 3 ? `Abolir la peine de mort ${n}` : 'Protéger les femmes',
        published: true,
      })),
    )
    .returning();
  recs = inserted.sort((a, b) => a.key.localeCompare(b.key)).map((r) => r.id);
  as = await signInCast(t, { justice, health });
});
afterAll(async () => t?.close());

const rec = (i: number) => recs[i] as string;
const assign = (who: Session, payload: Record<string, unknown>, lang = 'en') =>
  t.app.inject({ method: 'POST', url: '/api/v1/assignments', headers: asUser(who, lang), payload });
const list = (who: Session | null, query: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/assignments?${query}`, headers: who ? asUser(who) : {} });

describe('POST /api/v1/assignments', () => {
  it('only coordinators and admins assign', async () => {
    for (const who of [as.focal, as.contributor, as.cso, as.observer]) {
      const res = await assign(who, { recommendationId: rec(0), institutionId: justice, role: 'lead' });
      expect(res.statusCode).toBe(403);
    }
    const res = await assign(as.coordinator, {
      recommendationId: rec(0),
      institutionId: justice,
      role: 'lead',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      changed: true,
      assignment: { role: 'lead', institution: { code: 'MJ' } },
    });
    const admin = await assign(as.admin, {
      recommendationId: rec(0),
      institutionId: health,
      role: 'contributing',
    });
    expect(admin.json().changed).toBe(true);
  });

  it('a new lead demotes the previous one; the recommendation shows the current ones', async () => {
    await assign(as.coordinator, { recommendationId: rec(0), institutionId: health, role: 'lead' });
    const page = await t.app.inject({ method: 'GET', url: `/api/v1/recommendations/${rec(0)}` });
    expect(
      page.json().institutions.map((i: { code: string; role: string }) => `${i.code}:${i.role}`),
    ).toEqual(['MS:lead', 'MJ:contributing']);
  });

  it('answers 400 for an unknown institution and 404 for an unknown recommendation, in the user language', async () => {
    const bad = await assign(
      as.coordinator,
      { recommendationId: rec(1), institutionId: '00000000-0000-4000-8000-000000000000', role: 'lead' },
      'fr',
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/pas valides/);
    const missing = await assign(as.coordinator, {
      recommendationId: '00000000-0000-4000-8000-000000000000',
      institutionId: justice,
      role: 'lead',
    });
    expect(missing.statusCode).toBe(404);
  });
});

describe('GET /api/v1/assignments', () => {
  it('gives staff the whole history of a recommendation, with who assigned and ended', async () => {
    const res = await list(as.coordinator, `recommendationId=${rec(0)}`);
    expect(res.statusCode).toBe(200);
    const items = res.json().items as {
      role: string;
      institution: { code: string };
      endedAt: string | null;
      endedBy: { name: string } | null;
    }[];
    expect(items.map((a) => `${a.institution.code}:${a.role}:${a.endedAt ? 'ended' : 'current'}`)).toEqual([
      'MS:lead:current',
      'MJ:contributing:current',
      // Both ended by the same request (MS became lead, MJ was demoted): same time, by code.
      'MJ:lead:ended',
      'MS:contributing:ended',
    ]);
    expect(items[2]?.endedBy?.name).toMatch(/^Test coordinator/);
  });

  it('lets focal points and contributors read their own institution only', async () => {
    const own = await list(as.contributor, `recommendationId=${rec(0)}`);
    expect(
      own.json().items.every((a: { institution: { code: string } }) => a.institution.code === 'MJ'),
    ).toBe(true);
    expect(own.json().items.length).toBeGreaterThan(0);
    expect((await list(as.focal, `institutionId=${justice}`)).json().total).toBe(1);
    expect((await list(as.focal, `institutionId=${health}`)).statusCode).toBe(403);
    expect((await list(as.cso, `recommendationId=${rec(0)}`)).statusCode).toBe(403);
    expect((await list(as.observer, `institutionId=${justice}`)).statusCode).toBe(403);
    expect((await list(null, `institutionId=${justice}`)).statusCode).toBe(401);
    expect((await list(as.coordinator, '')).statusCode).toBe(400);
  });
});

describe('PATCH and DELETE /api/v1/assignments/{id}', () => {
  it('changes a role and ends an assignment, keeping the history; an ended one answers 409', async () => {
    const items = (await list(as.coordinator, `recommendationId=${rec(0)}`)).json().items as {
      id: string;
      institution: { code: string };
      endedAt: string | null;
    }[];
    const mj = items.find((a) => a.institution.code === 'MJ' && !a.endedAt)?.id;
    expect(
      (
        await t.app.inject({
          method: 'PATCH',
          url: `/api/v1/assignments/${mj}`,
          headers: asUser(as.focal),
          payload: { role: 'lead' },
        })
      ).statusCode,
    ).toBe(403);
    const changed = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/assignments/${mj}`,
      headers: asUser(as.coordinator),
      payload: { role: 'lead' },
    });
    expect(changed.json().assignment.role).toBe('lead');
    const newId = changed.json().assignment.id;
    expect(
      (
        await t.app.inject({
          method: 'DELETE',
          url: `/api/v1/assignments/${newId}`,
          headers: asUser(as.contributor),
        })
      ).statusCode,
    ).toBe(403);
    const ended = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/assignments/${newId}`,
      headers: asUser(as.coordinator),
    });
    expect(ended.statusCode).toBe(200);
    expect(ended.json().endedAt).not.toBeNull();
    const again = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/assignments/${newId}`,
      headers: asUser(as.coordinator),
    });
    expect(again.statusCode).toBe(409);
    const history = (await list(as.coordinator, `recommendationId=${rec(0)}`)).json().items;
    expect(history).toHaveLength(6);
  });
});

describe('POST /api/v1/assignments/bulk', () => {
  const bulk = (who: Session, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/v1/assignments/bulk', headers: asUser(who), payload });

  it('counts first (dry run), then assigns every filtered recommendation with one audit event each', async () => {
    const body = { filters: { q: 'peine de mort' }, institutionId: justice, role: 'contributing' };
    expect((await bulk(as.focal, body)).statusCode).toBe(403);
    const preview = await bulk(as.coordinator, { ...body, dryRun: true });
    expect(preview.json()).toMatchObject({ matched: 2, assigned: 2, unchanged: 0, dryRun: true });
    const res = await bulk(as.coordinator, body);
    expect(res.json()).toMatchObject({ matched: 2, assigned: 2, unchanged: 0, dryRun: false });
    const again = await bulk(as.coordinator, body);
    expect(again.json()).toMatchObject({ matched: 2, assigned: 0, unchanged: 2 });
    const rows = await t.database.db.execute(
      sql`select count(*)::int as n from audit_events where action = 'assignment.bulk_assign'`,
    );
    expect((rows as unknown as { rows: { n: number }[] }).rows[0]?.n).toBe(2);
    const filtered = await t.app.inject({
      method: 'GET',
      url: `/api/v1/recommendations?institution=${justice}`,
    });
    expect(filtered.json().total).toBe(2);
  });
});

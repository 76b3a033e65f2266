import { schema } from '@tatabbu/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CastMember, signInCast } from './cast.js';
import { asUser, type Session, startTestApp, type TestApp } from './helpers.js';

let t: TestApp;
let as: Record<CastMember, Session>;
let justice: string;
let health: string;

beforeAll(async () => {
  t = await startTestApp();
  const db = t.database.db;
  const rows = await db
    .insert(schema.institutions)
    .values([
      { code: 'MJ', name: { fr: 'Ministère de la Justice', ar: 'وزارة العدل', en: 'Ministry of Justice' } },
      { code: 'MS', name: { fr: 'Ministère de la Santé', ar: 'وزارة الصحة' }, acronym: { fr: 'MSPS' } },
    ])
    .returning();
  justice = rows.find((r) => r.code === 'MJ')?.id as string;
  health = rows.find((r) => r.code === 'MS')?.id as string;
  as = await signInCast(t, { justice, health });
});
afterAll(async () => t?.close());

const get = (url: string, who?: Session, lang = 'en') =>
  t.app.inject({ method: 'GET', url, headers: who ? asUser(who, lang) : { 'accept-language': lang } });

describe('GET /api/v1/institutions', () => {
  it('is public and searches names in every language', async () => {
    const res = await get('/api/v1/institutions?q=الصحة');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((i: { code: string }) => i.code)).toEqual(['MS']);
    expect(res.json().items[0].memberCount).toBeNull();
  });

  it('shows member counts to staff and to the institution itself only', async () => {
    const count = async (who: Session) =>
      (await get('/api/v1/institutions?q=MJ', who)).json().items[0].memberCount as number | null;
    expect(await count(as.coordinator)).toBe(2);
    expect(await count(as.focal)).toBe(2);
    expect(await count(as.otherFocal)).toBeNull();
  });

  it('shows the members on the institution page to staff and its own people only', async () => {
    const members = async (who?: Session) =>
      (await get(`/api/v1/institutions/${justice}`, who)).json().members;
    expect((await members(as.admin)).map((m: { role: string }) => m.role)).toEqual([
      'focal_point',
      'contributor',
    ]);
    expect(await members(as.contributor)).toHaveLength(2);
    expect(await members(as.otherFocal)).toBeNull();
    expect(await members(as.observer)).toBeNull();
    expect(await members()).toBeNull();
    expect((await get('/api/v1/institutions/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});

describe('POST and PATCH /api/v1/institutions', () => {
  const create = (who: Session, payload: Record<string, unknown>, lang = 'en') =>
    t.app.inject({ method: 'POST', url: '/api/v1/institutions', headers: asUser(who, lang), payload });

  it('lets coordinators and admins create; other roles are refused', async () => {
    const payload = {
      code: 'CNDH',
      kind: 'nhri',
      name: { fr: 'Conseil national des droits de l’Homme' },
      acronym: { fr: 'CNDH' },
    };
    for (const who of [as.focal, as.contributor, as.cso, as.observer]) {
      expect((await create(who, payload)).statusCode).toBe(403);
    }
    const res = await create(as.coordinator, payload);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ code: 'CNDH', kind: 'nhri', version: 0, leadCount: 0, members: [] });
    const again = await create(as.admin, payload, 'fr');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/conflit/);
  });

  it('refuses an institution without a name, in the user language', async () => {
    const res = await create(as.coordinator, { code: 'X1', kind: 'other', name: { fr: ' ' } }, 'ar');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(res.json().error.message).toMatch(/[\u0600-\u06FF]/);
    expect((await get('/api/v1/institutions?q=X1')).json().items).toHaveLength(0);
  });

  it('changes with the version read and answers 409 with who changed it and when', async () => {
    const url = `/api/v1/institutions/${health}`;
    const first = await t.app.inject({
      method: 'PATCH',
      url,
      headers: asUser(as.coordinator),
      payload: { version: 0, acronym: { fr: 'MS' } },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ version: 1, acronym: { fr: 'MS' } });
    const stale = await t.app.inject({
      method: 'PATCH',
      url,
      headers: asUser(as.admin, 'fr'),
      payload: { version: 0, kind: 'other' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'stale_version', details: { currentVersion: 1 } });
    expect(stale.json().error.details.updatedBy).toMatch(/^Test coordinator/);
    expect(stale.json().error.details.updatedAt).toBeTruthy();
    const focal = await t.app.inject({
      method: 'PATCH',
      url,
      headers: asUser(as.otherFocal),
      payload: { version: 1, active: false },
    });
    expect(focal.statusCode).toBe(403);
  });

  it('deactivates instead of deleting, and refuses a parent that makes a cycle', async () => {
    const deactivate = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/institutions/${health}`,
      headers: asUser(as.coordinator),
      payload: { version: 1, active: false },
    });
    expect(deactivate.json().active).toBe(false);
    expect(
      (await get('/api/v1/institutions?active=true')).json().items.map((i: { code: string }) => i.code),
    ).not.toContain('MS');
    expect((await get('/api/v1/institutions')).json().items.map((i: { code: string }) => i.code)).toContain(
      'MS',
    );
    const cycle = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/institutions/${justice}`,
      headers: asUser(as.coordinator),
      payload: { version: 0, parentId: justice },
    });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().error.details.issues[0]).toMatchObject({ path: 'parentId', reason: 'cycle' });
  });
});

import { listInstitutions } from '@tatabbu/db';
import type { AuditEvent, Role } from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addTestUser,
  asUser,
  PASSWORD,
  type Session,
  signIn,
  startTestApp,
  type TestApp,
} from './helpers.js';
import { source, upload, waitForJob } from './imports-helpers.js';

let t: TestApp;
let admin: Awaited<ReturnType<typeof addTestUser>>;
let coordinator: Session;
let institutionId: string;

beforeAll(async () => {
  t = await startTestApp({ reference: true });
  institutionId = (await listInstitutions(t.database.db))[0]?.id ?? '';
  admin = await addTestUser(t.database, 'admin');
  coordinator = await signIn(t.app, (await addTestUser(t.database, 'coordinator')).email);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const get = (url: string, session: Session | null = coordinator, lang = 'en') =>
  t.app.inject({ url, headers: session ? asUser(session, lang) : { 'accept-language': lang } });

async function events(query: string, session: Session = coordinator): Promise<AuditEvent[]> {
  const res = await get(
    `/api/v1/audit?${query.includes('pageSize') ? '' : 'pageSize=100&'}${query}`,
    session,
  );
  expect(res.statusCode).toBe(200);
  return res.json().items;
}

const ROLE_ACCESS: [Role, number][] = [
  ['admin', 200],
  ['coordinator', 200],
  ['focal_point', 403],
  ['contributor', 403],
  ['cso', 403],
  ['observer', 403],
];

describe('audit trail API', () => {
  it.each(ROLE_ACCESS)('lets a %s read the trail and its check: %i', async (role, status) => {
    const user = await addTestUser(
      t.database,
      role,
      role === 'focal_point' || role === 'contributor' ? { institutionId } : {},
    );
    const session = await signIn(t.app, user.email);
    for (const url of ['/api/v1/audit', '/api/v1/audit/verify', '/api/v1/audit/vocabulary']) {
      const res = await get(url, session, 'fr');
      expect(res.statusCode, url).toBe(status);
      if (status === 403) expect(res.json().error.message).toMatch(/rôle/);
    }
  });

  it('refuses anonymous callers with a localised message', async () => {
    const res = await get('/api/v1/audit', null, 'ar');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
    expect(res.json().error.message).toContain('تسجيل الدخول');
    expect((await get('/api/v1/audit/verify', null)).statusCode).toBe(401);
  });

  it('shows who changed what, with the changed fields, newest first', async () => {
    const adminSession = await signIn(t.app, admin.email);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: asUser(adminSession),
      payload: { email: 'audited@example.org', name: 'Audited Person', role: 'observer' },
    });
    expect(created.statusCode).toBe(201);
    const user = created.json().user;
    const changed = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      headers: asUser(adminSession),
      payload: { version: user.version, name: 'Audited Renamed', role: 'coordinator' },
    });
    expect(changed.statusCode).toBe(200);

    const trail = await events(`entity=user&entityId=${user.id}`);
    expect(trail.map((e) => e.action)).toEqual(['user.update', 'user.create']);
    const [update] = trail;
    expect(update).toMatchObject({
      actorId: admin.id,
      actorName: admin.name,
      actorEmail: admin.email,
      entity: 'user',
      entityId: user.id,
    });
    expect(update?.changedFields).toEqual(expect.arrayContaining(['name', 'role', 'version']));
    expect(update?.changedFields).not.toContain('email');
    expect(update?.before).toMatchObject({ name: 'Audited Person' });
    expect(update?.after).toMatchObject({ name: 'Audited Renamed' });
    expect(update?.at).toMatch(/^\d{4}-\d\d-\d\dT/);

    const byActor = await events(`actor=${admin.id}&action=user.update`);
    expect(byActor.length).toBeGreaterThan(0);
    expect(byActor.every((e) => e.actorId === admin.id && e.action === 'user.update')).toBe(true);

    const vocabulary = (await get('/api/v1/audit/vocabulary')).json();
    expect(vocabulary.entities).toContain('user');
    expect(vocabulary.actions).toEqual(expect.arrayContaining(['user.create', 'user.update', 'auth.login']));
  });

  it('filters on days and instants, and pages', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const all = (await get('/api/v1/audit?pageSize=1')).json().total;
    expect(all).toBeGreaterThan(3);
    expect((await get(`/api/v1/audit?from=${today}&to=${today}&pageSize=1`)).json().total).toBe(all);
    expect((await get('/api/v1/audit?to=2001-01-01&pageSize=1')).json().total).toBe(0);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await get(`/api/v1/audit?from=${encodeURIComponent(future)}`)).json().total).toBe(0);

    const page1 = (await get('/api/v1/audit?pageSize=2&page=1')).json();
    const page2 = (await get('/api/v1/audit?pageSize=2&page=2')).json();
    const seqs = [...page1.items, ...page2.items].map((e: AuditEvent) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(new Set(seqs).size).toBe(4);
  });

  it('refuses bad filters with a localised message', async () => {
    for (const query of [
      'from=2026-02-01&to=2026-01-01',
      'actor=somebody',
      'from=yesterday',
      'pageSize=1000',
    ]) {
      const res = await get(`/api/v1/audit?${query}`, coordinator, 'fr');
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
      expect(res.json().error.message).toMatch(/valides/);
    }
  });
});

describe('every write is audited', () => {
  it('records sign-out, sign-out everywhere, failed and refused sign-ins and password changes', async () => {
    const user = await addTestUser(t.database, 'observer');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: 'not the password at all' },
    });
    expect(wrong.statusCode).toBe(401);
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'nobody@example.org', password: 'whatever it is' },
    });
    expect(unknown.statusCode).toBe(401);

    const session = await signIn(t.app, user.email);
    const newPassword = 'a brand new passphrase 2026';
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: asUser(session),
      payload: { currentPassword: PASSWORD, newPassword },
    });
    expect(changed.statusCode).toBe(204);
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: asUser(session) });
    expect(out.statusCode).toBe(204);
    const again = await signIn(t.app, user.email, newPassword);
    const outAll = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout-all',
      headers: asUser(again),
    });
    expect(outAll.statusCode).toBe(204);

    const trail = await events(`entity=user&entityId=${user.id}`);
    expect(trail.map((e) => e.action).reverse()).toEqual([
      'user.create',
      'auth.login_failed',
      'auth.login',
      'user.password_change',
      'auth.logout',
      'auth.login',
      'auth.logout_all',
    ]);
    const failed = trail.find((e) => e.action === 'auth.login_failed');
    expect(failed?.actorId).toBeNull();
    expect(failed?.after).toMatchObject({ email: user.email });
    expect(JSON.stringify(trail)).not.toContain(newPassword);

    const strangers = await events('action=auth.login_failed&actor=system');
    expect(strangers.some((e) => e.entityId === null && JSON.stringify(e.after).includes('nobody@'))).toBe(
      true,
    );
  });

  it('records a refused sign-in of a disabled account', async () => {
    const user = await addTestUser(t.database, 'observer');
    await t.database.db.execute(sql`update users set active = false where id = ${user.id}`);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: PASSWORD },
    });
    expect(res.statusCode).toBe(403);
    const [refused] = await events(`entityId=${user.id}&action=auth.login_refused`);
    expect(refused?.after).toMatchObject({ reason: 'account_disabled' });
  });

  it('records an import started and discarded, and saved mappings created and deleted', async () => {
    const res = await upload(t.app, coordinator, { name: 'uhri.csv', bytes: source('uhri-morocco.csv') });
    expect(res.statusCode).toBe(202);
    const job = await waitForJob(t.app, coordinator, res.json().id);
    const discarded = await t.app.inject({
      method: 'POST',
      url: `/api/v1/imports/${job.id}/discard`,
      headers: asUser(coordinator),
      payload: { version: job.version },
    });
    expect(discarded.statusCode).toBe(200);
    const importTrail = await events(`entity=import&entityId=${job.id}`);
    expect(importTrail.map((e) => e.action)).toEqual(['import.discard', 'import.create']);
    expect(importTrail[1]?.after).toMatchObject({ fileName: 'uhri.csv', dryRun: true });
    expect(importTrail[0]?.changedFields).toEqual(['status', 'version']);

    const saved = await t.app.inject({
      method: 'POST',
      url: '/api/v1/import-mappings',
      headers: asUser(coordinator),
      payload: { name: 'Audited mapping', mapping: { columns: { 'text.fr': 'Texte' } } },
    });
    expect(saved.statusCode).toBe(201);
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/import-mappings/${saved.json().id}`,
      headers: asUser(coordinator),
    });
    expect(removed.statusCode).toBe(204);
    const mappingTrail = await events(`entity=import_mapping&entityId=${saved.json().id}`);
    expect(mappingTrail.map((e) => e.action)).toEqual(['import_mapping.delete', 'import_mapping.create']);
    expect(mappingTrail[0]?.before).toMatchObject({ name: 'Audited mapping' });
  });
});

// Last: it tampers with the trail of this file's database.
describe('chain check', () => {
  it('says the chain is intact, then where an edited and a deleted event are', async () => {
    const intact = (await get('/api/v1/audit/verify')).json();
    expect(intact).toMatchObject({ ok: true, brokenAt: null, problems: [] });
    expect(intact.count).toBe((await get('/api/v1/audit?pageSize=1')).json().total);

    const recent = await events('pageSize=6');
    const deleted = recent[2];
    const edited = recent[4];
    const { db } = t.database;
    await db.execute(sql`alter table audit_events disable trigger audit_events_no_update`);
    await db.execute(sql`update audit_events set after = '{"role":"admin"}' where seq = ${edited?.seq}`);
    await db.execute(sql`delete from audit_events where seq = ${deleted?.seq}`);
    await db.execute(sql`alter table audit_events enable trigger audit_events_no_update`);

    const broken = (await get('/api/v1/audit/verify')).json();
    expect(broken).toEqual({
      ok: false,
      count: intact.count - 1,
      brokenAt: edited?.seq,
      problems: [
        { seq: edited?.seq, kind: 'content_changed' },
        {
          seq: recent[1]?.seq,
          kind: 'events_missing',
          missingFrom: (recent[3]?.seq ?? 0) + 1,
          missingTo: (recent[1]?.seq ?? 0) - 1,
        },
      ],
    });
  });
});

import { listAuditEvents, listInstitutions, verifyAuditChain } from '@tatabbu/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTestUser, asUser, signIn, startTestApp, type TestApp } from './helpers.js';

let t: TestApp;
let instA: string;
let instB: string;
beforeAll(async () => {
  t = await startTestApp({ reference: true });
  const institutions = await listInstitutions(t.database.db);
  const [a, b] = institutions;
  if (!a || !b) throw new Error('reference institutions missing');
  instA = a.id;
  instB = b.id;
});
afterAll(async () => t?.close());

describe('user administration', () => {
  it('lets an admin create a user with a one-time password that must be changed', async () => {
    const admin = await addTestUser(t.database, 'admin');
    const s = await signIn(t.app, admin.email);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: asUser(s),
      payload: {
        email: 'New.Focal@Example.org',
        name: 'Nouvelle point focal',
        role: 'focal_point',
        institutionId: instA,
      },
    });
    expect(res.statusCode).toBe(201);
    const { user, oneTimePassword } = res.json();
    expect(user).toMatchObject({
      email: 'new.focal@example.org',
      role: 'focal_point',
      institutionId: instA,
      mustChangePassword: true,
    });
    expect(oneTimePassword).toHaveLength(20);
    const first = await signIn(t.app, 'new.focal@example.org', oneTimePassword);
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: asUser(first) });
    expect(me.json().mustChangePassword).toBe(true);

    const dup = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: asUser(s),
      payload: { email: 'new.focal@example.org', name: 'Twice', role: 'observer' },
    });
    expect(dup.statusCode).toBe(409);
  });

  it('requires an institution for focal points and contributors', async () => {
    const admin = await addTestUser(t.database, 'admin');
    const s = await signIn(t.app, admin.email);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: asUser(s),
      payload: { email: 'nofp@example.org', name: 'No institution', role: 'contributor' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
  });

  it('refuses roles that may not manage users', async () => {
    for (const role of ['coordinator', 'observer', 'cso'] as const) {
      const u = await addTestUser(t.database, role, role === 'cso' ? {} : {});
      const s = await signIn(t.app, u.email);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/users',
        headers: asUser(s, 'ar'),
        payload: { email: `x-${role}@example.org`, name: 'X', role: 'observer' },
      });
      expect(res.statusCode, role).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
      expect(res.json().error.message).toContain('دورك');
    }
    const contributor = await addTestUser(t.database, 'contributor', { institutionId: instA });
    const s = await signIn(t.app, contributor.email);
    expect((await t.app.inject({ url: '/api/v1/users', headers: asUser(s) })).statusCode).toBe(403);
    const anonymous = await t.app.inject({ url: '/api/v1/users' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('lets a focal point manage contributors of their own institution only', async () => {
    const fp = await addTestUser(t.database, 'focal_point', { institutionId: instA });
    const s = await signIn(t.app, fp.email);
    const own = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: asUser(s),
      payload: {
        email: 'contrib-a@example.org',
        name: 'Contributor A',
        role: 'contributor',
        institutionId: instA,
      },
    });
    expect(own.statusCode).toBe(201);
    const otherInst = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: asUser(s),
      payload: {
        email: 'contrib-b@example.org',
        name: 'Contributor B',
        role: 'contributor',
        institutionId: instB,
      },
    });
    expect(otherInst.statusCode).toBe(403);
    const promote = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${own.json().user.id}`,
      headers: asUser(s),
      payload: { version: own.json().user.version, role: 'coordinator' },
    });
    expect(promote.statusCode).toBe(403);

    await addTestUser(t.database, 'contributor', { institutionId: instB });
    const list = await t.app.inject({ url: '/api/v1/users?pageSize=100', headers: asUser(s) });
    expect(list.statusCode).toBe(200);
    const institutions = new Set(list.json().items.map((u: { institutionId: string }) => u.institutionId));
    expect([...institutions]).toEqual([instA]);
  });

  it('refuses a stale edit with 409 and says who changed it', async () => {
    const admin = await addTestUser(t.database, 'admin');
    const target = await addTestUser(t.database, 'observer');
    const s = await signIn(t.app, admin.email);
    const first = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${target.id}`,
      headers: asUser(s),
      payload: { version: target.version, name: 'First edit' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(target.version + 1);
    const second = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${target.id}`,
      headers: asUser(s, 'fr'),
      payload: { version: target.version, name: 'Second edit' },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('stale_version');
    expect(second.json().error.message).toContain('modifié');
  });

  it('resets a password to a new one-time password and signs the user out', async () => {
    const admin = await addTestUser(t.database, 'admin');
    const target = await addTestUser(t.database, 'observer');
    const s = await signIn(t.app, admin.email);
    const victim = await signIn(t.app, target.email);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/users/${target.id}/reset-password`,
      headers: asUser(s),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().user.mustChangePassword).toBe(true);
    expect(
      (await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: victim.cookie } })).statusCode,
    ).toBe(401);
    await signIn(t.app, target.email, res.json().oneTimePassword);
  });

  it('keeps at least one active administrator', async () => {
    // Disable every other admin first, then try to demote the last one.
    const admin = await addTestUser(t.database, 'admin');
    const s = await signIn(t.app, admin.email);
    const admins = await t.app.inject({ url: '/api/v1/users?role=admin&pageSize=100', headers: asUser(s) });
    for (const other of admins.json().items.filter((u: { id: string }) => u.id !== admin.id)) {
      const r = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${other.id}`,
        headers: asUser(s),
        payload: { version: other.version, active: false },
      });
      expect(r.statusCode).toBe(200);
    }
    const me = (await t.app.inject({ url: '/api/v1/users?role=admin&pageSize=100', headers: asUser(s) }))
      .json()
      .items.find((u: { id: string }) => u.id === admin.id);
    const demote = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${admin.id}`,
      headers: asUser(s),
      payload: { version: me.version, role: 'observer' },
    });
    expect(demote.statusCode).toBe(409);
  });

  it('records every change and sign-in in the hash-chained audit trail, without secrets', async () => {
    const admin = await addTestUser(t.database, 'admin');
    const target = await addTestUser(t.database, 'observer');
    const s = await signIn(t.app, admin.email);
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${target.id}`,
      headers: asUser(s),
      payload: { version: target.version, name: 'Renamed for the audit' },
    });
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/users/${target.id}/reset-password`,
      headers: asUser(s),
    });

    const events = await listAuditEvents(t.database.db, { entityId: target.id, page: 1, pageSize: 50 });
    const actions = events.items.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['user.create', 'user.update', 'user.password_reset']));
    const update = events.items.find((e) => e.action === 'user.update');
    expect(update?.actorId).toBe(admin.id);
    expect(JSON.stringify(update?.after)).toContain('Renamed for the audit');
    expect(JSON.stringify(events.items)).not.toMatch(/argon2|passwordHash/);

    const logins = await listAuditEvents(t.database.db, { actorId: admin.id, page: 1, pageSize: 50 });
    expect(logins.items.map((e) => e.action)).toContain('auth.login');
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
  });
});

import { schema } from '@tatabbu/db';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTestUser, asUser, type Session, signIn, startTestApp, type TestApp } from './helpers.js';

let t: TestApp;
let admin: { id: string; email: string };
let adminSession: Session;

beforeAll(async () => {
  t = await startTestApp();
  admin = await addTestUser(t.database, 'admin');
  adminSession = await signIn(t.app, admin.email);
});
afterAll(async () => t?.close());

const bearer = (token: string, lang = 'en') => ({
  authorization: `Bearer ${token}`,
  'accept-language': lang,
});

async function createToken(
  session: Session,
  body: object,
): Promise<{ token: string; apiToken: { id: string } }> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/me/tokens',
    headers: asUser(session),
    payload: body,
  });
  if (res.statusCode !== 201) throw new Error(`create token: ${res.statusCode} ${res.body}`);
  return res.json();
}

async function signedInUser(role: 'coordinator' | 'observer' | 'admin' = 'observer') {
  const user = await addTestUser(t.database, role);
  return { user, session: await signIn(t.app, user.email) };
}

const userCount = async () => (await t.database.db.select().from(schema.users)).length;

describe('personal API tokens', () => {
  it('are shown once at creation, listed by their prefix only, and the creation is audited', async () => {
    const { user, session } = await signedInUser();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/tokens',
      headers: asUser(session),
      payload: { name: 'Ministry dashboard', scopes: ['read'] },
    });
    expect(res.statusCode).toBe(201);
    const { token, apiToken } = res.json();
    expect(token).toMatch(/^ttb_[A-Za-z0-9_-]{43,}$/);
    expect(apiToken).toMatchObject({
      name: 'Ministry dashboard',
      scopes: ['read'],
      expiresAt: null,
      revokedAt: null,
    });
    expect(token.startsWith(apiToken.prefix)).toBe(true);

    const list = await t.app.inject({ url: '/api/v1/me/tokens', headers: asUser(session) });
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([apiToken.id]);
    expect(list.body).not.toContain(token);
    const [stored] = await t.database.db
      .select()
      .from(schema.apiTokens)
      .where(eq(schema.apiTokens.id, apiToken.id));
    expect(stored?.tokenHash).not.toContain(token.slice(4));
    const events = await t.database.db
      .select()
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.action, 'api_token.create'), eq(schema.auditEvents.actorId, user.id)));
    expect(events).toHaveLength(1);
  });

  it('act as their owner: a read token reads and is refused every change with a localised 403', async () => {
    const { user, session } = await signedInUser('admin');
    const { token } = await createToken(session, { name: 'reader', scopes: ['read'] });
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: bearer(token) });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ id: user.id, role: 'admin' });
    expect((await t.app.inject({ url: '/api/v1/users', headers: bearer(token) })).statusCode).toBe(200);

    const before = await userCount();
    const write = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: bearer(token, 'ar'),
      payload: { email: 'refused@example.org', name: 'Refused', role: 'observer' },
    });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe('token_read_only');
    expect(write.json().error.message).toMatch(/[\u0600-\u06FF]/);
    expect(await userCount()).toBe(before);
  });

  it('a write token changes data without a CSRF header, within its owner’s rights', async () => {
    const { session } = await signedInUser('admin');
    const { token } = await createToken(session, { name: 'writer', scopes: ['write'] });
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: bearer(token),
      payload: { email: 'made-by-token@example.org', name: 'By token', role: 'observer' },
    });
    expect(created.statusCode).toBe(201);

    const observer = await signedInUser('observer');
    const { token: observerToken, apiToken } = await createToken(observer.session, {
      name: 'observer writer',
      scopes: ['read', 'write'],
    });
    const list = await t.app.inject({ url: '/api/v1/me/tokens', headers: asUser(observer.session) });
    expect(list.json().items.find((i: { id: string }) => i.id === apiToken.id).scopes).toEqual([
      'read',
      'write',
    ]);
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: bearer(observerToken),
      payload: { email: 'not-by-observer@example.org', name: 'No', role: 'observer' },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('forbidden');
  });

  it('cannot create, list or revoke tokens, nor sign out or change the password: those need a session', async () => {
    const { session } = await signedInUser('observer');
    const { token, apiToken } = await createToken(session, { name: 'writer', scopes: ['write'] });
    const tries = [
      { method: 'POST' as const, url: '/api/v1/me/tokens', payload: { name: 'escalate', scopes: ['write'] } },
      { method: 'GET' as const, url: '/api/v1/me/tokens' },
      { method: 'DELETE' as const, url: `/api/v1/me/tokens/${apiToken.id}` },
      { method: 'POST' as const, url: '/api/v1/auth/logout-all' },
      {
        method: 'POST' as const,
        url: '/api/v1/auth/password',
        payload: { currentPassword: 'x', newPassword: 'y' },
      },
    ];
    for (const attempt of tries) {
      const res = await t.app.inject({ ...attempt, headers: bearer(token, 'fr') });
      expect(res.statusCode, attempt.url).toBe(403);
      expect(res.json().error.code).toBe('session_required');
      expect(res.json().error.message).toContain('jeton');
    }
    const list = await t.app.inject({ url: '/api/v1/me/tokens', headers: asUser(session) });
    expect(list.json().items).toHaveLength(1);
    expect(list.json().items[0].revokedAt).toBeNull();
  });

  it('stop working when revoked, expired, unknown, malformed, or when the owner is disabled (401, localised)', async () => {
    const { user, session } = await signedInUser('observer');
    const { token: revoked, apiToken } = await createToken(session, { name: 'to revoke', scopes: ['read'] });
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: bearer(revoked) })).statusCode).toBe(200);
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/tokens/${apiToken.id}`,
      headers: asUser(session),
    });
    expect(del.statusCode).toBe(200);
    expect(del.json().revokedAt).toBeTruthy();

    const { token: expired, apiToken: expiring } = await createToken(session, {
      name: 'old',
      scopes: ['read'],
    });
    await t.database.db.execute(
      sql`update api_tokens set expires_at = now() - interval '1 second' where id = ${expiring.id}`,
    );
    for (const token of [
      revoked,
      expired,
      'ttb_unknownunknownunknownunknownunknownunknown00',
      'not-a-token',
    ]) {
      const res = await t.app.inject({ url: '/api/v1/recommendations', headers: bearer(token, 'fr') });
      expect(res.statusCode, token).toBe(401);
      expect(res.json().error.code).toBe('token_invalid');
      expect(res.json().error.message).toContain('jeton');
    }

    const { token: live } = await createToken(session, { name: 'live', scopes: ['read'] });
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: bearer(live) })).statusCode).toBe(200);
    const disable = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      headers: asUser(adminSession),
      payload: { version: user.version, active: false },
    });
    expect(disable.statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: bearer(live) })).statusCode).toBe(401);
  });

  it('records when a token was last used', async () => {
    const { session } = await signedInUser('observer');
    const { token, apiToken } = await createToken(session, { name: 'poller', scopes: ['read'] });
    const unused = await t.app.inject({ url: '/api/v1/me/tokens', headers: asUser(session) });
    expect(unused.json().items[0].lastUsedAt).toBeNull();
    await t.app.inject({ url: '/api/v1/recommendations', headers: bearer(token) });
    const used = await t.app.inject({ url: '/api/v1/me/tokens', headers: asUser(session) });
    expect(used.json().items[0]).toMatchObject({ id: apiToken.id });
    expect(used.json().items[0].lastUsedAt).toBeTruthy();
  });

  it('refuses bad input with a clear error and creates nothing', async () => {
    const { session } = await signedInUser('observer');
    const bad = [
      { name: '', scopes: ['read'] },
      { name: 'no scope', scopes: [] },
      { name: 'bad scope', scopes: ['admin'] },
      { name: 'in the past', scopes: ['read'], expiresOn: '2020-01-01' },
      { name: 'not a date', scopes: ['read'], expiresOn: 'tomorrow' },
    ];
    for (const payload of bad) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/me/tokens',
        headers: asUser(session, 'fr'),
        payload,
      });
      expect(res.statusCode, payload.name).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
      expect(res.json().error.message).toContain('valides');
    }
    const list = await t.app.inject({ url: '/api/v1/me/tokens', headers: asUser(session) });
    expect(list.json().items).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    const { apiToken } = await createToken(session, { name: 'today', scopes: ['read'], expiresOn: today });
    expect(apiToken).toMatchObject({ expiresAt: `${today}T23:59:59.999Z` });
  });

  it('administrators list and revoke anyone’s tokens; nobody else may, and nobody revokes another’s as their own', async () => {
    const owner = await signedInUser('observer');
    const { token, apiToken } = await createToken(owner.session, { name: 'owned', scopes: ['read'] });
    const coordinator = await signedInUser('coordinator');
    const notMine = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/tokens/${apiToken.id}`,
      headers: asUser(coordinator.session),
    });
    expect(notMine.statusCode).toBe(404);
    const forbidden = await t.app.inject({
      url: `/api/v1/users/${owner.user.id}/tokens`,
      headers: asUser(coordinator.session),
    });
    expect(forbidden.statusCode).toBe(403);

    const list = await t.app.inject({
      url: `/api/v1/users/${owner.user.id}/tokens`,
      headers: asUser(adminSession),
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((i: { name: string }) => i.name)).toEqual(['owned']);
    const revoke = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/users/${owner.user.id}/tokens/${apiToken.id}`,
      headers: asUser(adminSession),
    });
    expect(revoke.statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: bearer(token) })).statusCode).toBe(401);
    const [event] = await t.database.db
      .select()
      .from(schema.auditEvents)
      .where(
        and(eq(schema.auditEvents.action, 'api_token.revoke'), eq(schema.auditEvents.entityId, apiToken.id)),
      );
    expect(event?.actorId).toBe(admin.id);
  });

  it('a Bearer token wins over a session cookie sent with it', async () => {
    const { session } = await signedInUser('admin');
    const reader = await signedInUser('observer');
    const { token } = await createToken(reader.session, { name: 'reader', scopes: ['read'] });
    const res = await t.app.inject({
      url: '/api/v1/auth/me',
      headers: { ...asUser(session), authorization: `Bearer ${token}` },
    });
    expect(res.json().id).toBe(reader.user.id);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTestUser, asUser, PASSWORD, signIn, startTestApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

describe('sign-in', () => {
  it('opens a session in an HTTP-only, SameSite cookie and answers who is signed in', async () => {
    const user = await addTestUser(t.database, 'coordinator');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email.toUpperCase(), password: PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'tatabbu_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(res.json()).toMatchObject({ email: user.email, role: 'coordinator' });
    expect(res.json()).not.toHaveProperty('passwordHash');

    const me = await t.app.inject({
      url: '/api/v1/auth/me',
      headers: { cookie: `tatabbu_session=${cookie?.value}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().csrfToken).toBe(res.json().csrfToken);
  });

  it('refuses a bad password with a clear error in the request language, and an unknown e-mail alike', async () => {
    const user = await addTestUser(t.database, 'observer');
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'accept-language': 'fr-FR,fr;q=0.9' },
      payload: { email: user.email, password: 'not the password' },
    });
    expect(bad.statusCode).toBe(401);
    expect(bad.json().error.code).toBe('invalid_credentials');
    expect(bad.json().error.message).toContain('mot de passe');

    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'accept-language': 'ar' },
      payload: { email: 'nobody@example.org', password: 'whatever it is' },
    });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().error.message).toContain('كلمة المرور');
  });

  it('locks an e-mail after repeated failures, even for the right password', async () => {
    const user = await addTestUser(t.database, 'observer');
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: user.email, password: `wrong-${i}` },
      });
      codes.push(r.statusCode);
    }
    expect(codes.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(codes.at(-1)).toBe(429);
    const right = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: PASSWORD },
    });
    expect(right.statusCode).toBe(429);
    expect(right.json().error.code).toBe('too_many_attempts');
  });

  it('rejects a malformed body with validation details', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'not-an-email' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(res.json().error.details.issues.length).toBeGreaterThan(0);
  });

  it('refuses a disabled account', async () => {
    const admin = await addTestUser(t.database, 'admin');
    const other = await addTestUser(t.database, 'observer');
    const s = await signIn(t.app, admin.email);
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${other.id}`,
      headers: asUser(s),
      payload: { version: other.version, active: false },
    });
    expect(patch.statusCode).toBe(200);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: other.email, password: PASSWORD },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('account_disabled');
  });
});

describe('sessions and CSRF', () => {
  it('answers 401 session_expired for a dead session cookie', async () => {
    const me = await t.app.inject({
      url: '/api/v1/auth/me',
      headers: { cookie: 'tatabbu_session=forged-or-expired' },
    });
    expect(me.statusCode).toBe(401);
    expect(me.json().error.code).toBe('session_expired');
    // Public reads still work: the stale cookie is just dropped.
    const list = await t.app.inject({
      url: '/api/v1/recommendations',
      headers: { cookie: 'tatabbu_session=forged' },
    });
    expect(list.statusCode).toBe(200);
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const user = await addTestUser(t.database, 'coordinator');
    const s = await signIn(t.app, user.email);
    const noToken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: s.cookie },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('csrf_failed');
    const wrongToken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: s.cookie, 'x-csrf-token': 'x'.repeat(43) },
    });
    expect(wrongToken.statusCode).toBe(403);
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: asUser(s) });
    expect(ok.statusCode).toBe(204);
    const after = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: s.cookie } });
    expect(after.statusCode).toBe(401);
  });

  it('signs out everywhere', async () => {
    const user = await addTestUser(t.database, 'observer');
    const a = await signIn(t.app, user.email);
    const b = await signIn(t.app, user.email);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout-all', headers: asUser(a) });
    expect(res.statusCode).toBe(204);
    const other = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: b.cookie } });
    expect(other.statusCode).toBe(401);
  });
});

describe('passwords', () => {
  it('makes a user with a one-time password choose a new one before anything else', async () => {
    const user = await addTestUser(t.database, 'coordinator', { mustChangePassword: true });
    const s = await signIn(t.app, user.email);
    const blocked = await t.app.inject({ url: '/api/v1/users', headers: asUser(s) });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('password_change_required');

    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: asUser(s, 'fr'),
      payload: { currentPassword: PASSWORD, newPassword: 'short' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe('weak_password');
    expect(weak.json().error.message).toContain('12 caractères');

    const wrongCurrent = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: asUser(s),
      payload: { currentPassword: 'not it at all', newPassword: 'a much better passphrase 42' },
    });
    expect(wrongCurrent.statusCode).toBe(400);

    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: asUser(s),
      payload: { currentPassword: PASSWORD, newPassword: 'a much better passphrase 42' },
    });
    expect(ok.statusCode).toBe(204);
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: asUser(s) });
    expect(me.json().mustChangePassword).toBe(false);
    expect((await t.app.inject({ url: '/api/v1/users', headers: asUser(s) })).statusCode).toBe(200);
    expect((await signIn(t.app, user.email, 'a much better passphrase 42')).csrf).toBeTruthy();
  });
});

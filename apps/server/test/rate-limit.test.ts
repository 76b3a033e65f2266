import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTestUser, asUser, signIn, startTestApp, type TestApp } from './helpers.js';

const LIMIT = 5;
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { TATABBU_RATE_LIMIT_ANONYMOUS: String(LIMIT) } });
});
afterAll(async () => t?.close());

const from = (ip: string, url = '/api/v1/recommendations', headers: Record<string, string> = {}) =>
  t.app.inject({ url, remoteAddress: ip, headers });

describe('rate limit of anonymous requests', () => {
  it('answers 429 with the localised error and retry-after once an address used its share', async () => {
    const ip = '203.0.113.10';
    for (let i = 0; i < LIMIT; i++) {
      const ok = await from(ip);
      expect(ok.statusCode).toBe(200);
      expect(ok.headers['x-ratelimit-remaining']).toBe(String(LIMIT - i - 1));
    }
    const refused = await from(ip, '/api/v1/recommendations', { 'accept-language': 'ar' });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('rate_limited');
    expect(refused.json().error.message).toMatch(/[\u0600-\u06FF]/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json().error.details.retryAfterSeconds).toBeGreaterThan(0);
    // Another address is not affected.
    expect((await from('203.0.113.11')).statusCode).toBe(200);
  });

  it('does not limit the web app, the health checks, signed-in users or API tokens', async () => {
    const ip = '203.0.113.20';
    for (let i = 0; i < LIMIT; i++) await from(ip);
    expect((await from(ip)).statusCode).toBe(429);
    expect((await from(ip, '/healthz')).statusCode).toBe(200);
    expect((await from(ip, '/recommendations')).statusCode).toBe(200);
    expect((await from(ip, '/')).statusCode).toBe(200);

    const user = await addTestUser(t.database, 'admin');
    const session = await signIn(t.app, user.email);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/tokens',
      headers: asUser(session),
      payload: { name: 'sync', scopes: ['read'] },
      remoteAddress: ip,
    });
    expect(created.statusCode).toBe(201);
    for (let i = 0; i < LIMIT * 2; i++) {
      expect((await from(ip, '/api/v1/recommendations', asUser(session))).statusCode).toBe(200);
      const res = await from(ip, '/api/v1/recommendations', {
        authorization: `Bearer ${created.json().token}`,
      });
      expect(res.statusCode).toBe(200);
    }
  });
});

describe('rate limit of signed-in users, when configured', () => {
  it('counts per user, not per address', async () => {
    const app = await startTestApp({ env: { TATABBU_RATE_LIMIT_SIGNED_IN: '3' } });
    try {
      const user = await addTestUser(app.database, 'observer');
      const session = await signIn(app.app, user.email);
      const codes = [];
      for (let i = 0; i < 4; i++) {
        const res = await app.app.inject({
          url: '/api/v1/auth/me',
          headers: asUser(session),
          remoteAddress: `198.51.100.${i}`,
        });
        codes.push(res.statusCode);
      }
      expect(codes).toEqual([200, 200, 200, 429]);
      // Anonymous requests from the same addresses are unlimited here (0 = no limit).
      for (let i = 0; i < 5; i++) {
        expect(
          (await app.app.inject({ url: '/api/v1/recommendations', remoteAddress: '198.51.100.0' }))
            .statusCode,
        ).toBe(200);
      }
    } finally {
      await app.close();
    }
  });
});

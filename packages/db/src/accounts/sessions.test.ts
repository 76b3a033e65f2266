import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../connection.js';
import { openTestDatabase } from '../testing.js';
import {
  createSession,
  deleteSession,
  deleteUserSessions,
  getSessionWithUser,
  purgeExpiredSessions,
  touchSession,
} from './sessions.js';
import { clearFailures, isLocked, registerFailure } from './throttle.js';
import { createUser, updateUser } from './users.js';

let database: Database;
let userId: string;
const inMinutes = (m: number) => new Date(Date.now() + m * 60_000);

beforeAll(async () => {
  database = await openTestDatabase();
  const user = await createUser(
    database.db,
    {
      email: 'obs@example.org',
      name: 'Observer',
      role: 'observer',
      passwordHash: 'h',
      mustChangePassword: false,
    },
    null,
  );
  userId = user.id;
});
afterAll(async () => {
  await database?.close();
});

describe('sessions', () => {
  it('finds a live session with its user, not an expired one', async () => {
    const { db } = database;
    await createSession(db, {
      tokenHash: 'live',
      userId,
      csrfToken: 'c1',
      expiresAt: inMinutes(30),
      ip: '10.0.0.1',
      userAgent: 'ua',
    });
    await createSession(db, { tokenHash: 'old', userId, csrfToken: 'c2', expiresAt: inMinutes(-1) });
    const found = await getSessionWithUser(db, 'live');
    expect(found?.user).toMatchObject({ id: userId, role: 'observer' });
    expect(found?.session).toMatchObject({ csrfToken: 'c1', ip: '10.0.0.1', userAgent: 'ua' });
    expect(found?.session.expiresAt).toMatch(/Z$/);
    expect(await getSessionWithUser(db, 'old')).toBeNull();
    expect(await getSessionWithUser(db, 'unknown')).toBeNull();
  });

  it('slides the expiry at most once a minute', async () => {
    const { db } = database;
    expect(await touchSession(db, 'live', inMinutes(60))).toBe(false);
    await db.execute(
      sql`update sessions set last_seen_at = now() - interval '2 minutes' where token_hash = 'live'`,
    );
    const later = inMinutes(60);
    expect(await touchSession(db, 'live', later)).toBe(true);
    expect((await getSessionWithUser(db, 'live'))?.session.expiresAt).toBe(later.toISOString());
    expect(await touchSession(db, 'old', inMinutes(60))).toBe(false);
  });

  it('ignores the sessions of a deactivated user', async () => {
    const { db } = database;
    await updateUser(db, userId, { active: false }, 0, null);
    expect(await getSessionWithUser(db, 'live')).toBeNull();
    await updateUser(db, userId, { active: true }, 1, null);
    expect(await getSessionWithUser(db, 'live')).not.toBeNull();
  });

  it('deletes one, all but one, all, and the expired', async () => {
    const { db } = database;
    for (const t of ['a', 'b', 'c'])
      await createSession(db, { tokenHash: t, userId, csrfToken: t, expiresAt: inMinutes(30) });
    await deleteSession(db, 'a');
    expect(await getSessionWithUser(db, 'a')).toBeNull();
    expect(await purgeExpiredSessions(db)).toBe(1);
    expect(await deleteUserSessions(db, userId, 'b')).toBe(2);
    expect(await getSessionWithUser(db, 'b')).not.toBeNull();
    expect(await deleteUserSessions(db, userId)).toBe(1);
  });
});

describe('sign-in throttle', () => {
  const policy = { maxFailures: 3, windowMs: 60_000, lockMs: 300_000 };

  it('locks after N failures in the window, until cleared', async () => {
    const { db } = database;
    expect(await registerFailure(db, 'email:x', policy)).toEqual({ lockedUntil: null });
    expect(await registerFailure(db, 'email:x', policy)).toEqual({ lockedUntil: null });
    expect(await isLocked(db, 'email:x')).toBeNull();
    const { lockedUntil } = await registerFailure(db, 'email:x', policy);
    expect(lockedUntil).not.toBeNull();
    expect(Date.parse(lockedUntil ?? '') - Date.now()).toBeGreaterThan(250_000);
    expect(await isLocked(db, 'email:x')).toBe(lockedUntil);
    // Another failure while locked neither lifts nor extends the lock.
    expect((await registerFailure(db, 'email:x', policy)).lockedUntil).toBe(lockedUntil);
    expect(await isLocked(db, 'ip:other')).toBeNull();
    await clearFailures(db, 'email:x');
    expect(await isLocked(db, 'email:x')).toBeNull();
  });

  it('counts concurrent failures from several servers', async () => {
    const { db } = database;
    await Promise.all(Array.from({ length: 3 }, () => registerFailure(db, 'ip:1.2.3.4', policy)));
    expect(await isLocked(db, 'ip:1.2.3.4')).not.toBeNull();
  });

  it('starts again after the window or the lock has run out', async () => {
    const { db } = database;
    await registerFailure(db, 'email:y', policy);
    await registerFailure(db, 'email:y', policy);
    await db.execute(
      sql`update login_throttle set window_start = now() - interval '2 minutes' where key = 'email:y'`,
    );
    expect((await registerFailure(db, 'email:y', policy)).lockedUntil).toBeNull();

    for (let i = 0; i < 2; i++) await registerFailure(db, 'email:y', policy);
    expect(await isLocked(db, 'email:y')).not.toBeNull();
    await db.execute(
      sql`update login_throttle set locked_until = now() - interval '1 second' where key = 'email:y'`,
    );
    expect(await isLocked(db, 'email:y')).toBeNull();
    expect((await registerFailure(db, 'email:y', policy)).lockedUntil).toBeNull();
  });
});

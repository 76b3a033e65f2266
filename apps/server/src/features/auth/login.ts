import type { Database } from '@tatabbu/db';
import {
  clearFailures,
  createSession,
  findUserByEmail,
  isLocked,
  recordAudit,
  recordLogin,
  registerFailure,
} from '@tatabbu/db';
import type { Config } from '../../config.js';
import { HttpError } from '../../http/errors.js';
import { burnVerifyTime, verifyPassword } from './passwords.js';
import { hashToken, newToken } from './tokens.js';

/** Per e-mail: 5 failures in 15 minutes lock it for 15 minutes. Per address: 50 (shared offices). */
export const EMAIL_THROTTLE = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
export const IP_THROTTLE = { maxFailures: 50, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

export interface LoginInput {
  email: string;
  password: string;
  ip: string;
  userAgent: string | undefined;
}

/** Checks the credentials under throttling and opens a session; returns the raw cookie token. */
export async function login(database: Database, config: Config, input: LoginInput) {
  const { db } = database;
  const emailKey = `email:${input.email}`;
  const ipKey = `ip:${input.ip}`;
  const locked = (await isLocked(db, emailKey)) ?? (await isLocked(db, ipKey));
  if (locked) throw new HttpError(429, 'too_many_attempts', { retryAfter: locked });

  const found = await findUserByEmail(db, input.email);
  const user = found?.user;
  let ok = false;
  if (found) ok = await verifyPassword(found.passwordHash, input.password);
  else await burnVerifyTime(input.password);
  if (!user || !ok) {
    // Kept for investigations; the throttle below bounds how many an attacker can add.
    await recordAudit(db, {
      actorId: null,
      action: 'auth.login_failed',
      entity: 'user',
      entityId: user?.id ?? null,
      after: { email: input.email, ip: input.ip },
    });
    const byEmail = await registerFailure(db, emailKey, EMAIL_THROTTLE);
    const byIp = await registerFailure(db, ipKey, IP_THROTTLE);
    const lockedUntil = byEmail.lockedUntil ?? byIp.lockedUntil;
    if (lockedUntil) throw new HttpError(429, 'too_many_attempts', { retryAfter: lockedUntil });
    throw new HttpError(401, 'invalid_credentials');
  }
  if (!user.active) {
    await recordAudit(db, {
      actorId: null,
      action: 'auth.login_refused',
      entity: 'user',
      entityId: user.id,
      after: { reason: 'account_disabled', ip: input.ip },
    });
    throw new HttpError(403, 'account_disabled');
  }

  await clearFailures(db, emailKey);
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + config.sessionTtlMs);
  await createSession(db, {
    tokenHash: hashToken(token),
    userId: user.id,
    csrfToken,
    expiresAt: expiresAt.toISOString(),
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 500) ?? null,
  });
  await recordLogin(db, user.id);
  await recordAudit(db, {
    actorId: user.id,
    action: 'auth.login',
    entity: 'user',
    entityId: user.id,
    after: { ip: input.ip },
  });
  return { token, csrfToken, expiresAt, user };
}

import type { User } from '@tatabbu/domain';
import { and, eq, gt, ne, sql } from 'drizzle-orm';
import { queryRows, toIso } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';
import { sessions, users } from '../schema/index.js';
import { toUser } from './users.js';

/** Sessions live in the database so any app server can serve any request. */
export interface Session {
  /** SHA-256 of the cookie token; the token itself is never stored. */
  tokenHash: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
}

export interface NewSession {
  tokenHash: string;
  userId: string;
  csrfToken: string;
  expiresAt: Date | string;
  ip?: string | null;
  userAgent?: string | null;
}

const asTimestamp = (value: Date | string) => (value instanceof Date ? value.toISOString() : value);

export async function createSession(db: Db | Tx, input: NewSession): Promise<void> {
  await db.insert(sessions).values({
    tokenHash: input.tokenHash,
    userId: input.userId,
    csrfToken: input.csrfToken,
    expiresAt: asTimestamp(input.expiresAt),
    ip: input.ip ?? null,
    // Bounded: the header is client-controlled.
    userAgent: input.userAgent?.slice(0, 512) ?? null,
  });
}

/** The live session and its user in one query; null when unknown, expired, or the user is deactivated. */
export async function getSessionWithUser(
  db: Db | Tx,
  tokenHash: string,
): Promise<{ session: Session; user: User } | null> {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, sql`now()`), eq(users.active, true)),
    );
  if (!row) return null;
  const s = row.session;
  return {
    session: {
      ...s,
      createdAt: toIso(s.createdAt),
      lastSeenAt: toIso(s.lastSeenAt),
      expiresAt: toIso(s.expiresAt),
    },
    user: toUser(row.user),
  };
}

/**
 * Sliding expiry. Writes at most once a minute per session, so that a page firing many requests
 * does not turn every read into a write. Returns whether the row was updated.
 */
export async function touchSession(
  db: Db | Tx,
  tokenHash: string,
  newExpiresAt: Date | string,
): Promise<boolean> {
  const touched = await db
    .update(sessions)
    .set({ lastSeenAt: sql`now()`, expiresAt: asTimestamp(newExpiresAt) })
    .where(
      and(
        eq(sessions.tokenHash, tokenHash),
        gt(sessions.expiresAt, sql`now()`),
        sql`${sessions.lastSeenAt} < now() - interval '1 minute'`,
      ),
    )
    .returning();
  return touched.length > 0;
}

export async function deleteSession(db: Db | Tx, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Signs a user out everywhere (e.g. after a password change), optionally keeping the current session. */
export async function deleteUserSessions(
  db: Db | Tx,
  userId: string,
  exceptTokenHash?: string,
): Promise<number> {
  const condition = exceptTokenHash
    ? and(eq(sessions.userId, userId), ne(sessions.tokenHash, exceptTokenHash))
    : eq(sessions.userId, userId);
  const deleted = await db.delete(sessions).where(condition).returning();
  return deleted.length;
}

/** Housekeeping, run periodically by any one server; returns how many were removed. */
export async function purgeExpiredSessions(db: Db | Tx): Promise<number> {
  const [row] = await queryRows<{ count: number }>(
    db,
    sql`with gone as (delete from sessions where expires_at <= now() returning 1) select count(*)::int as count from gone`,
  );
  return row?.count ?? 0;
}

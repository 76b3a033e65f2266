import type { ApiToken, ApiTokenScope, User } from '@tatabbu/domain';
import { and, desc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import { toUser } from '../accounts/users.js';
import { recordAudit } from '../audit/record.js';
import { inTransaction, isUuid, toIso, toIsoOrNull } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';
import { apiTokens, users } from '../schema/index.js';

type ApiTokenRow = typeof apiTokens.$inferSelect;

/** The API shape of a token: never its hash. */
export function toApiToken(r: ApiTokenRow): ApiToken {
  return {
    id: r.id,
    userId: r.userId,
    name: r.name,
    prefix: r.prefix,
    scopes: r.scopes,
    createdAt: toIso(r.createdAt),
    lastUsedAt: toIsoOrNull(r.lastUsedAt),
    expiresAt: toIsoOrNull(r.expiresAt),
    revokedAt: toIsoOrNull(r.revokedAt),
  };
}

export interface NewApiToken {
  userId: string;
  name: string;
  /** SHA-256 of the token; the token itself is never stored. */
  tokenHash: string;
  prefix: string;
  scopes: ApiTokenScope[];
  expiresAt: Date | null;
}

export async function createApiToken(db: Db | Tx, input: NewApiToken, actorId: string): Promise<ApiToken> {
  return inTransaction(db, async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ ...input, expiresAt: input.expiresAt?.toISOString() ?? null })
      .returning();
    if (!row) throw new Error('api token: insert returned nothing');
    const token = toApiToken(row);
    await recordAudit(tx, {
      actorId,
      action: 'api_token.create',
      entity: 'api_token',
      entityId: token.id,
      after: token,
    });
    return token;
  });
}

/** A user's tokens, newest first, revoked and expired ones included (they explain a failing integration). */
export async function listApiTokens(db: Db | Tx, userId: string): Promise<ApiToken[]> {
  const rows = await db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
  return rows.map(toApiToken);
}

/**
 * Revokes one of a user's tokens. Null when the user has no such token; a token revoked before is
 * returned as it is (revoking twice changes nothing and is not audited twice).
 */
export async function revokeApiToken(
  db: Db | Tx,
  userId: string,
  tokenId: string,
  actorId: string,
): Promise<ApiToken | null> {
  if (!isUuid(tokenId)) return null;
  return inTransaction(db, async (tx) => {
    const [before] = await tx
      .select()
      .from(apiTokens)
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId)))
      .for('update');
    if (!before) return null;
    if (before.revokedAt) return toApiToken(before);
    const [after] = await tx
      .update(apiTokens)
      .set({ revokedAt: sql`now()` })
      .where(eq(apiTokens.id, tokenId))
      .returning();
    if (!after) return null;
    const revoked = toApiToken(after);
    await recordAudit(tx, {
      actorId,
      action: 'api_token.revoke',
      entity: 'api_token',
      entityId: tokenId,
      before: toApiToken(before),
      after: revoked,
    });
    return revoked;
  });
}

/**
 * The live token and its owner in one query; null when unknown, revoked, expired, or the owner's
 * account is deactivated (a disabled user's tokens stop working at once).
 */
export async function findLiveApiToken(
  db: Db | Tx,
  tokenHash: string,
): Promise<{ token: ApiToken; user: User } | null> {
  const [row] = await db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, tokenHash),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, sql`now()`)),
        eq(users.active, true),
      ),
    );
  return row ? { token: toApiToken(row.token), user: toUser(row.user) } : null;
}

/** How stale `last_used_at` may get: an integration polling every second must not write every second. */
export const TOKEN_TOUCH_INTERVAL_MS = 60_000;

/** Records a use of the token, at most once per interval (checked again in SQL for concurrent requests). */
export async function touchApiToken(db: Db | Tx, token: ApiToken, now = Date.now()): Promise<boolean> {
  if (token.lastUsedAt && now - Date.parse(token.lastUsedAt) < TOKEN_TOUCH_INTERVAL_MS) return false;
  const touched = await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(
      and(
        eq(apiTokens.id, token.id),
        or(isNull(apiTokens.lastUsedAt), sql`${apiTokens.lastUsedAt} < now() - interval '1 minute'`),
      ),
    )
    .returning();
  return touched.length > 0;
}

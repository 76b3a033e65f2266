import { createHash, randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, updateUser } from '../accounts/users.js';
import type { Database } from '../connection.js';
import { auditEvents } from '../schema/index.js';
import { openTestDatabase } from '../testing.js';
import {
  createApiToken,
  findLiveApiToken,
  listApiTokens,
  revokeApiToken,
  TOKEN_TOUCH_INTERVAL_MS,
  touchApiToken,
} from './api-tokens.js';

let database: Database;
let ownerId: string;
let otherId: string;
const hash = (t: string) => createHash('sha256').update(t).digest('hex');

async function newToken(userId: string, extra: { expiresAt?: Date | null; name?: string } = {}) {
  const secret = `ttb_${randomBytes(32).toString('base64url')}`;
  const token = await createApiToken(
    database.db,
    {
      userId,
      name: extra.name ?? 'Integration',
      tokenHash: hash(secret),
      prefix: secret.slice(0, 12),
      scopes: ['read'],
      expiresAt: extra.expiresAt ?? null,
    },
    userId,
  );
  return { secret, token };
}

const addUser = (email: string) =>
  createUser(
    database.db,
    { email, name: email, role: 'observer', passwordHash: 'h', mustChangePassword: false },
    null,
  );

beforeAll(async () => {
  database = await openTestDatabase();
  ownerId = (await addUser('owner@example.org')).id;
  otherId = (await addUser('other@example.org')).id;
});
afterAll(async () => database?.close());

describe('personal API tokens', () => {
  it('finds a live token and its owner by the hash only, and audits the creation without the hash', async () => {
    const { secret, token } = await newToken(ownerId, { name: 'Dashboard sync' });
    const found = await findLiveApiToken(database.db, hash(secret));
    expect(found?.token.id).toBe(token.id);
    expect(found?.user.id).toBe(ownerId);
    expect(token.prefix).toBe(secret.slice(0, 12));
    expect(await findLiveApiToken(database.db, hash(`${secret}x`))).toBeNull();
    const [event] = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'api_token.create'), eq(auditEvents.entityId, token.id)));
    expect(event?.actorId).toBe(ownerId);
    expect(JSON.stringify(event?.after)).toContain('Dashboard sync');
    expect(JSON.stringify(event?.after)).not.toContain(hash(secret));
  });

  it('stops working once revoked; revoking again changes nothing; another user cannot revoke it', async () => {
    const { secret, token } = await newToken(ownerId);
    expect(await revokeApiToken(database.db, otherId, token.id, otherId)).toBeNull();
    expect(await findLiveApiToken(database.db, hash(secret))).not.toBeNull();
    const revoked = await revokeApiToken(database.db, ownerId, token.id, ownerId);
    expect(revoked?.revokedAt).toBeTruthy();
    expect(await findLiveApiToken(database.db, hash(secret))).toBeNull();
    const again = await revokeApiToken(database.db, ownerId, token.id, ownerId);
    expect(again?.revokedAt).toBe(revoked?.revokedAt);
    const events = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'api_token.revoke'), eq(auditEvents.entityId, token.id)));
    expect(events).toHaveLength(1);
    expect(await revokeApiToken(database.db, ownerId, 'not-a-uuid', ownerId)).toBeNull();
  });

  it('stops working after its expiry', async () => {
    const { secret: expired } = await newToken(ownerId, { expiresAt: new Date(Date.now() - 1000) });
    const { secret: future } = await newToken(ownerId, { expiresAt: new Date(Date.now() + 86_400_000) });
    expect(await findLiveApiToken(database.db, hash(expired))).toBeNull();
    expect(await findLiveApiToken(database.db, hash(future))).not.toBeNull();
  });

  it("stops working when the owner's account is disabled", async () => {
    const user = await addUser('leaver@example.org');
    const { secret } = await newToken(user.id);
    expect(await findLiveApiToken(database.db, hash(secret))).not.toBeNull();
    await updateUser(database.db, user.id, { active: false }, user.version, null);
    expect(await findLiveApiToken(database.db, hash(secret))).toBeNull();
  });

  it('lists only the owner’s tokens, newest first', async () => {
    const user = await addUser('lister@example.org');
    await newToken(user.id, { name: 'first' });
    await newToken(user.id, { name: 'second' });
    const list = await listApiTokens(database.db, user.id);
    expect(list.map((t) => t.name)).toEqual(['second', 'first']);
    expect(list.every((t) => t.userId === user.id)).toBe(true);
  });

  it('records the last use at most once a minute', async () => {
    const { secret } = await newToken(ownerId);
    const first = await findLiveApiToken(database.db, hash(secret));
    if (!first) throw new Error('token');
    expect(first.token.lastUsedAt).toBeNull();
    expect(await touchApiToken(database.db, first.token)).toBe(true);
    const used = await findLiveApiToken(database.db, hash(secret));
    if (!used) throw new Error('token');
    expect(used.token.lastUsedAt).toBeTruthy();
    // A second request within the minute writes nothing, even if it read a stale row.
    expect(await touchApiToken(database.db, used.token)).toBe(false);
    expect(await touchApiToken(database.db, first.token)).toBe(false);
    // Later than the interval (as seen by the caller) but the database still says "just now": no write.
    expect(await touchApiToken(database.db, used.token, Date.now() + TOKEN_TOUCH_INTERVAL_MS + 1)).toBe(
      false,
    );
    await database.db.execute(
      sql`update api_tokens set last_used_at = now() - interval '2 minutes' where id = ${used.token.id}`,
    );
    const stale = await findLiveApiToken(database.db, hash(secret));
    if (!stale) throw new Error('token');
    expect(await touchApiToken(database.db, stale.token)).toBe(true);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEvents } from '../audit/list.js';
import { verifyAuditChain } from '../audit/verify.js';
import type { Database } from '../connection.js';
import { ConflictError, NotFoundError, StaleVersionError } from '../errors.js';
import { institutions } from '../schema/index.js';
import { openTestDatabase } from '../testing.js';
import {
  createUser,
  findUserByEmail,
  getPasswordHash,
  getUserById,
  listUsers,
  recordLogin,
  setPassword,
  updateUser,
} from './users.js';

let database: Database;
let ministry: string;
let other: string;
let adminId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const rows = await database.db
    .insert(institutions)
    .values([
      { code: 'MJ', name: { fr: 'Ministère de la justice' } },
      { code: 'MS', name: { fr: 'Ministère de la santé' } },
    ])
    .returning();
  [ministry, other] = rows.map((r) => r.id) as [string, string];
  const admin = await createUser(
    database.db,
    {
      email: 'Admin@Example.org',
      name: 'Admin',
      role: 'admin',
      passwordHash: 'h-admin',
      mustChangePassword: false,
    },
    null,
  );
  adminId = admin.id;
  for (const [email, name, institutionId] of [
    ['fp@mj.ma', 'Amina Focal', ministry],
    ['c1@mj.ma', 'Badr Contributor', ministry],
    ['c2@ms.ma', 'Chama Contributor', other],
  ] as const) {
    await createUser(
      database.db,
      {
        email,
        name,
        role: name.includes('Focal') ? 'focal_point' : 'contributor',
        institutionId,
        passwordHash: `h-${email}`,
        mustChangePassword: true,
      },
      adminId,
    );
  }
});
/** A fixture user, known to exist. */
async function userByEmail(email: string) {
  const found = await findUserByEmail(database.db, email);
  if (!found) throw new Error(`no user ${email}`);
  return found.user;
}

afterAll(async () => {
  await database?.close();
});

describe('users', () => {
  it('creates users with a lower-cased e-mail, audited without the hash', async () => {
    const found = await findUserByEmail(database.db, 'ADMIN@example.org');
    expect(found?.user).toMatchObject({
      email: 'admin@example.org',
      role: 'admin',
      version: 0,
      lastLoginAt: null,
    });
    expect(found?.passwordHash).toBe('h-admin');
    expect(found?.user).not.toHaveProperty('passwordHash');
    expect(found?.user.createdAt).toMatch(/Z$/);
    const { items } = await listAuditEvents(database.db, {
      entity: 'user',
      entityId: adminId,
      page: 1,
      pageSize: 5,
    });
    expect(items[0]).toMatchObject({ action: 'user.create', actorId: null });
    expect(JSON.stringify(items[0]?.after)).not.toContain('h-admin');
  });

  it('refuses a duplicate e-mail, whatever its case, inside a usable transaction', async () => {
    await database.db.transaction(async (tx) => {
      await expect(
        createUser(
          tx,
          {
            email: ' FP@mj.MA ',
            name: 'Dup',
            role: 'observer',
            passwordHash: 'x',
            mustChangePassword: false,
          },
          adminId,
        ),
      ).rejects.toBeInstanceOf(ConflictError);
      // The transaction was not aborted by the conflict.
      expect(await findUserByEmail(tx, 'fp@mj.ma')).not.toBeNull();
    });
  });

  it('lists with search, filters, paging and the focal-point scope', async () => {
    const all = await listUsers(database.db, { page: 1, pageSize: 2 }, {});
    expect(all.total).toBe(4);
    expect(all.items.map((u) => u.name)).toEqual(['Admin', 'Amina Focal']);
    const scoped = await listUsers(database.db, { page: 1, pageSize: 10 }, { institutionId: ministry });
    expect(scoped.items.map((u) => u.email).sort()).toEqual(['c1@mj.ma', 'fp@mj.ma']);
    // A focal point asking for another institution still gets only their own.
    const escaped = await listUsers(
      database.db,
      { institutionId: other, page: 1, pageSize: 10 },
      { institutionId: ministry },
    );
    expect(escaped.total).toBe(0);
    const searched = await listUsers(
      database.db,
      { q: 'contrib', role: 'contributor', page: 1, pageSize: 10 },
      {},
    );
    expect(searched.total).toBe(2);
    expect((await listUsers(database.db, { q: '100%_', page: 1, pageSize: 10 }, {})).total).toBe(0);
    expect(
      (await listUsers(database.db, { institutionId: 'not-a-uuid', page: 1, pageSize: 10 }, {})).total,
    ).toBe(0);
  });

  it('updates with the expected version and refuses a stale one', async () => {
    const user = await userByEmail('c1@mj.ma');
    const updated = await updateUser(database.db, user.id, { name: 'Badr C.', locale: 'ar' }, 0, adminId);
    expect(updated).toMatchObject({ name: 'Badr C.', locale: 'ar', version: 1, role: 'contributor' });

    const stale = await updateUser(database.db, user.id, { active: false }, 0, adminId).catch(
      (e: unknown) => e,
    );
    expect(stale).toBeInstanceOf(StaleVersionError);
    expect(stale).toMatchObject({ currentVersion: 1, expectedVersion: 0, updatedBy: adminId });
    expect((await getUserById(database.db, user.id))?.active).toBe(true);

    const { items } = await listAuditEvents(database.db, {
      entity: 'user',
      entityId: user.id,
      page: 1,
      pageSize: 1,
    });
    expect(items[0]).toMatchObject({
      action: 'user.update',
      before: { name: 'Badr Contributor' },
      after: { name: 'Badr C.' },
    });
  });

  it('lets only one of two concurrent editors of the same version win', async () => {
    const user = await userByEmail('c2@ms.ma');
    const results = await Promise.allSettled([
      updateUser(database.db, user.id, { name: 'One' }, user.version, adminId),
      updateUser(database.db, user.id, { name: 'Two' }, user.version, adminId),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected');
    expect(rejected?.status === 'rejected' && rejected.reason).toBeInstanceOf(StaleVersionError);
  });

  it('answers not found and conflict on update', async () => {
    await expect(
      updateUser(database.db, '00000000-0000-4000-8000-000000000000', { name: 'x' }, 0, adminId),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateUser(database.db, 'nope', { name: 'x' }, 0, adminId)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const user = await userByEmail('fp@mj.ma');
    await expect(
      updateUser(database.db, user.id, { email: 'C1@mj.ma' }, user.version, adminId),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await getUserById(database.db, 'nope')).toBeNull();
  });

  it('sets a password without touching the version, and stamps sign-ins', async () => {
    const before = await userByEmail('fp@mj.ma');
    await setPassword(database.db, before.id, 'h-new', false, before.id);
    const after = await findUserByEmail(database.db, 'fp@mj.ma');
    expect(after?.passwordHash).toBe('h-new');
    expect(await getPasswordHash(database.db, before.id)).toBe('h-new');
    expect(after?.user).toMatchObject({ mustChangePassword: false, version: before.version });
    await recordLogin(database.db, before.id);
    expect((await getUserById(database.db, before.id))?.lastLoginAt).toMatch(/Z$/);
    const { items } = await listAuditEvents(database.db, {
      entity: 'user',
      entityId: before.id,
      page: 1,
      pageSize: 1,
    });
    expect(items[0]).toMatchObject({ action: 'user.password_change', after: { mustChangePassword: false } });
    expect(JSON.stringify(items[0])).not.toContain('h-new');
    await expect(
      setPassword(database.db, '00000000-0000-4000-8000-000000000000', 'x', true, adminId),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });
});

import type { Role, UiLocale, User } from '@tatabbu/domain';
import { and, asc, eq, ilike, ne, or, type SQL, sql } from 'drizzle-orm';
import { lastAuditActor } from '../audit/list.js';
import { recordAudit } from '../audit/record.js';
import { escapeLike, inTransaction, isUuid, pgErrorCode, toIso, toIsoOrNull } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';
import { ConflictError, NotFoundError, StaleVersionError } from '../errors.js';
import { users } from '../schema/index.js';

type UserRow = typeof users.$inferSelect;

/** The API shape of a user: never the password hash. */
export function toUser(r: UserRow): User {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    institutionId: r.institutionId,
    organizationId: r.organizationId,
    locale: r.locale,
    active: r.active,
    mustChangePassword: r.mustChangePassword,
    lastLoginAt: toIsoOrNull(r.lastLoginAt),
    createdAt: toIso(r.createdAt),
    version: r.version,
  };
}

const normalizeEmail = (email: string) => email.trim().toLowerCase();

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  institutionId?: string | null;
  organizationId?: string | null;
  locale?: UiLocale | null;
  passwordHash: string;
  mustChangePassword: boolean;
}

/** Throws ConflictError when the e-mail address (case-insensitive) is taken. */
export async function createUser(db: Db | Tx, input: NewUser, actorId: string | null): Promise<User> {
  return inTransaction(db, async (tx) => {
    // ON CONFLICT rather than catching the unique violation: an error would abort the caller's transaction.
    const [row] = await tx
      .insert(users)
      .values({
        email: normalizeEmail(input.email),
        name: input.name,
        role: input.role,
        institutionId: input.institutionId ?? null,
        organizationId: input.organizationId ?? null,
        locale: input.locale ?? null,
        passwordHash: input.passwordHash,
        mustChangePassword: input.mustChangePassword,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new ConflictError('user', 'email');
    const user = toUser(row);
    await recordAudit(tx, { actorId, action: 'user.create', entity: 'user', entityId: user.id, after: user });
    return user;
  });
}

/** For sign-in: the user and the password hash to check, kept apart so the hash is not sent on by accident. */
export async function findUserByEmail(
  db: Db | Tx,
  email: string,
): Promise<{ user: User; passwordHash: string } | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${normalizeEmail(email)}`);
  return row ? { user: toUser(row), passwordHash: row.passwordHash } : null;
}

export async function getUserById(db: Db | Tx, id: string): Promise<User | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ? toUser(row) : null;
}

/** For a password change: the current hash, to check the old password. */
export async function getPasswordHash(db: Db | Tx, id: string): Promise<string | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, id));
  return row?.passwordHash ?? null;
}

export interface UserListQuery {
  q?: string | undefined;
  role?: Role | undefined;
  institutionId?: string | undefined;
  page: number;
  pageSize: number;
}

/** `institutionId` set: the caller (a focal point) sees only the users of that institution. */
export interface UserListScope {
  institutionId?: string | null | undefined;
}

export async function listUsers(
  db: Db | Tx,
  query: UserListQuery,
  scope: UserListScope,
): Promise<{ items: User[]; total: number }> {
  const conditions: SQL[] = [];
  if (scope.institutionId) conditions.push(eq(users.institutionId, scope.institutionId));
  if (query.institutionId) {
    conditions.push(isUuid(query.institutionId) ? eq(users.institutionId, query.institutionId) : sql`false`);
  }
  if (query.role) conditions.push(eq(users.role, query.role));
  const q = query.q?.trim();
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    conditions.push(or(ilike(users.name, pattern), ilike(users.email, pattern)) as SQL);
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(users)
      .where(where)
      .orderBy(asc(users.name), asc(users.email))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: sql<number>`count(*)::int` }).from(users).where(where),
  ]);
  return { items: rows.map(toUser), total: counted?.total ?? 0 };
}

export interface UserPatch {
  email?: string;
  name?: string;
  role?: Role;
  institutionId?: string | null;
  organizationId?: string | null;
  locale?: UiLocale | null;
  active?: boolean;
}

const PATCHABLE = ['email', 'name', 'role', 'institutionId', 'organizationId', 'locale', 'active'] as const;

/**
 * Applies `patch` if the stored version is still `expectedVersion` (one UPDATE … WHERE version = …,
 * so two concurrent editors cannot both win); otherwise StaleVersionError or NotFoundError.
 */
export async function updateUser(
  db: Db | Tx,
  id: string,
  patch: UserPatch,
  expectedVersion: number,
  actorId: string | null,
): Promise<User> {
  if (!isUuid(id)) throw new NotFoundError('user', id);
  return inTransaction(db, async (tx) => {
    const changes: Partial<typeof users.$inferInsert> = {};
    for (const key of PATCHABLE) {
      if (patch[key] !== undefined) Object.assign(changes, { [key]: patch[key] });
    }
    if (changes.email !== undefined) {
      changes.email = normalizeEmail(changes.email);
      const [taken] = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(sql`lower(${users.email}) = ${changes.email}`, ne(users.id, id)));
      if (taken) throw new ConflictError('user', 'email');
    }
    const [before] = await tx.select().from(users).where(eq(users.id, id));
    if (!before) throw new NotFoundError('user', id);

    const [after] = await tx
      .update(users)
      .set({ ...changes, version: sql`${users.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(users.id, id), eq(users.version, expectedVersion)))
      .returning()
      .catch((error: unknown) => {
        // Lost a race for the same e-mail address with another writer.
        if (pgErrorCode(error) === '23505') throw new ConflictError('user', 'email');
        throw error;
      });
    if (!after) throw await staleOrMissing(tx, id, expectedVersion);

    await recordAudit(tx, {
      actorId,
      action: 'user.update',
      entity: 'user',
      entityId: id,
      before: toUser(before),
      after: toUser(after),
    });
    return toUser(after);
  });
}

async function staleOrMissing(tx: Tx, id: string, expectedVersion: number): Promise<Error> {
  const [current] = await tx
    .select({ version: users.version, updatedAt: users.updatedAt })
    .from(users)
    .where(eq(users.id, id));
  if (!current) return new NotFoundError('user', id);
  const updatedBy = await lastAuditActor(tx, 'user', id);
  return new StaleVersionError(
    'user',
    id,
    expectedVersion,
    current.version,
    toIso(current.updatedAt),
    updatedBy,
  );
}

/**
 * Sets a new password hash (a change by the user or a reset by an administrator). The version is
 * left alone: it guards the profile fields, which a password change does not touch.
 * Ending the user's other sessions is the caller's decision (`deleteUserSessions`).
 */
export async function setPassword(
  db: Db | Tx,
  id: string,
  passwordHash: string,
  mustChangePassword: boolean,
  actorId: string | null,
): Promise<void> {
  if (!isUuid(id)) throw new NotFoundError('user', id);
  await inTransaction(db, async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ passwordHash, mustChangePassword, passwordChangedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(users.id, id))
      .returning();
    if (!row) throw new NotFoundError('user', id);
    await recordAudit(tx, {
      actorId,
      action: actorId === id ? 'user.password_change' : 'user.password_reset',
      entity: 'user',
      entityId: id,
      after: { mustChangePassword },
    });
  });
}

/** Stamps a successful sign-in; not audited here (the auth feature records `auth.login` itself). */
export async function recordLogin(db: Db | Tx, id: string): Promise<void> {
  if (!isUuid(id)) return;
  await db.update(users).set({ lastLoginAt: sql`now()` }).where(eq(users.id, id));
}

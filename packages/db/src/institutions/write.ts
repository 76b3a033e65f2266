import type { InstitutionCreate, InstitutionUpdate } from '@tatabbu/domain';
import { and, eq, ne, sql } from 'drizzle-orm';
import { lastAuditActor } from '../audit/list.js';
import { recordAudit } from '../audit/record.js';
import { inTransaction, isUuid, pgErrorCode, queryRows, toIso } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';
import { ConflictError, NotFoundError, StaleVersionError } from '../errors.js';
import { institutions } from '../schema/index.js';
import { InvalidReferenceError } from './errors.js';

type InstitutionRow = typeof institutions.$inferSelect;

/** The audited form of an institution: what a coordinator can change. */
const audited = (r: InstitutionRow) => ({
  code: r.code,
  kind: r.kind,
  name: r.name,
  acronym: r.acronym,
  parentId: r.parentId,
  active: r.active,
  version: r.version,
});

/** The parent must exist and must not be the institution itself or one of its descendants. */
async function checkParent(tx: Tx, id: string | null, parentId: string | null | undefined): Promise<void> {
  if (!parentId) return;
  const [parent] = await tx
    .select({ id: institutions.id })
    .from(institutions)
    .where(eq(institutions.id, parentId));
  if (!parent) throw new InvalidReferenceError('parentId', 'unknown');
  if (!id) return;
  const [cycle] = await queryRows<{ found: boolean }>(
    tx,
    sql`with recursive up(id) as (
          select ${parentId}::uuid
          union select i.parent_id from institutions i join up on i.id = up.id where i.parent_id is not null)
        select true as found from up where id = ${id} limit 1`,
  );
  if (cycle) throw new InvalidReferenceError('parentId', 'cycle');
}

const codeTaken = (error: unknown) => {
  if (pgErrorCode(error) === '23505') throw new ConflictError('institution', 'code');
  throw error;
};

export async function createInstitution(
  db: Db | Tx,
  input: InstitutionCreate,
  actorId: string | null,
): Promise<string> {
  return inTransaction(db, async (tx) => {
    await checkParent(tx, null, input.parentId);
    // ON CONFLICT rather than catching the violation: an error would abort the caller's transaction.
    const [row] = await tx
      .insert(institutions)
      .values({
        code: input.code,
        kind: input.kind,
        name: input.name,
        acronym: input.acronym,
        parentId: input.parentId,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new ConflictError('institution', 'code');
    await recordAudit(tx, {
      actorId,
      action: 'institution.create',
      entity: 'institution',
      entityId: row.id,
      after: audited(row),
    });
    return row.id;
  });
}

/**
 * Applies the changes if the stored version is still `version` (one UPDATE … WHERE version = …, so
 * of two concurrent editors only one wins); else StaleVersionError naming who changed it last.
 * Deactivating (`active: false`) keeps the institution, its members and its assignment history.
 */
export async function updateInstitution(
  db: Db | Tx,
  id: string,
  patch: InstitutionUpdate,
  actorId: string | null,
): Promise<void> {
  if (!isUuid(id)) throw new NotFoundError('institution', id);
  await inTransaction(db, async (tx) => {
    const [before] = await tx.select().from(institutions).where(eq(institutions.id, id));
    if (!before) throw new NotFoundError('institution', id);
    const { version, ...fields } = patch;
    const changes: Partial<typeof institutions.$inferInsert> = {};
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined) Object.assign(changes, { [key]: value });
    }
    if (changes.parentId !== undefined) await checkParent(tx, id, changes.parentId);
    if (changes.code !== undefined) {
      const [taken] = await tx
        .select({ id: institutions.id })
        .from(institutions)
        .where(and(eq(institutions.code, changes.code), ne(institutions.id, id)));
      if (taken) throw new ConflictError('institution', 'code');
    }
    const [after] = await tx
      .update(institutions)
      .set({ ...changes, version: sql`${institutions.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(institutions.id, id), eq(institutions.version, version)))
      .returning()
      .catch(codeTaken);
    if (!after) throw await staleError(tx, id, version);
    await recordAudit(tx, {
      actorId,
      action:
        after.active === before.active
          ? 'institution.update'
          : after.active
            ? 'institution.activate'
            : 'institution.deactivate',
      entity: 'institution',
      entityId: id,
      before: audited(before),
      after: audited(after),
    });
  });
}

/** Who changed the institution last, by name, so the 409 can say "changed by X at T". */
async function staleError(tx: Tx, id: string, expected: number): Promise<Error> {
  const [current] = await tx.select().from(institutions).where(eq(institutions.id, id));
  if (!current) return new NotFoundError('institution', id);
  const actorId = await lastAuditActor(tx, 'institution', id);
  const [actor] = actorId
    ? await queryRows<{ name: string }>(tx, sql`select name from users where id = ${actorId}`)
    : [];
  return new StaleVersionError(
    'institution',
    id,
    expected,
    current.version,
    toIso(current.updatedAt),
    actor?.name ?? null,
  );
}

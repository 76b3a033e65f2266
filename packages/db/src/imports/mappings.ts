import type { ColumnMapping, SavedMapping } from '@tatabbu/domain';
import { desc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.js';
import { isUuid, toIso } from '../audit/sql.js';
import type { Db } from '../connection.js';
import { NotFoundError } from '../errors.js';
import { importMappings } from '../schema/index.js';

const toSaved = (row: typeof importMappings.$inferSelect): SavedMapping => ({
  id: row.id,
  name: row.name,
  mapping: row.mapping,
  createdAt: toIso(row.createdAt),
});

/** Keeps a column mapping under a name, for the next file of the same shape. */
export async function saveMapping(
  db: Db,
  input: { actorId: string | null; name: string; mapping: ColumnMapping },
): Promise<SavedMapping> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(importMappings)
      .values({ name: input.name, mapping: input.mapping, createdBy: input.actorId })
      .returning();
    if (!row) throw new Error('import_mappings: insert returned nothing');
    const saved = toSaved(row);
    await recordAudit(tx, {
      actorId: input.actorId,
      action: 'import_mapping.create',
      entity: 'import_mapping',
      entityId: saved.id,
      after: saved,
    });
    return saved;
  });
}

export async function listMappings(db: Db): Promise<SavedMapping[]> {
  const rows = await db.select().from(importMappings).orderBy(desc(importMappings.createdAt));
  return rows.map(toSaved);
}

export async function getMapping(db: Db, id: string): Promise<SavedMapping | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(importMappings).where(eq(importMappings.id, id));
  return row ? toSaved(row) : null;
}

export async function deleteMapping(db: Db, id: string, actorId: string | null): Promise<void> {
  if (!isUuid(id)) throw new NotFoundError('import_mapping', id);
  await db.transaction(async (tx) => {
    const [deleted] = await tx.delete(importMappings).where(eq(importMappings.id, id)).returning();
    if (!deleted) throw new NotFoundError('import_mapping', id);
    await recordAudit(tx, {
      actorId,
      action: 'import_mapping.delete',
      entity: 'import_mapping',
      entityId: id,
      before: toSaved(deleted),
    });
  });
}

import { sql } from 'drizzle-orm';
import { lastAuditActor } from '../audit/list.js';
import { isoTimestamp, isUuid, pgErrorCode, queryRows } from '../audit/sql.js';
import type { Tx } from '../connection.js';
import { ConflictError, NotFoundError, StaleVersionError } from '../errors.js';

type VersionedTable = 'action_plans' | 'plan_axes' | 'measures' | 'indicators';

/**
 * Locks one row for the rest of the transaction and checks the version the editor read:
 * NotFoundError when it is gone, StaleVersionError (→ 409, with who changed it) when it moved on.
 */
export async function lockVersion(
  tx: Tx,
  table: VersionedTable,
  entity: string,
  id: string,
  expectedVersion: number,
): Promise<void> {
  if (!isUuid(id)) throw new NotFoundError(entity, id);
  const [row] = await queryRows<{ version: number; updated_at: string }>(
    tx,
    sql`select version, ${isoTimestamp(sql`updated_at`)} as updated_at from ${sql.identifier(table)}
        where id = ${id} for update`,
  );
  if (!row) throw new NotFoundError(entity, id);
  if (row.version !== expectedVersion) {
    throw new StaleVersionError(
      entity,
      id,
      expectedVersion,
      row.version,
      row.updated_at,
      await lastAuditActor(tx, entity, id),
    );
  }
}

/** A unique rule of the plans tables (plan code, axis or measure number) broken → ConflictError. */
export async function uniqueOrConflict<T>(entity: string, field: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (pgErrorCode(error) === '23505') throw new ConflictError(entity, field);
    throw error;
  }
}

/** Only the keys the caller sent: `undefined` leaves a column as it is. */
export function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

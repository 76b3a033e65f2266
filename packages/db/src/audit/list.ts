import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../connection.js';
import { auditEvents, users } from '../schema/index.js';
import { toIso } from './sql.js';

export interface AuditEventView {
  seq: number;
  at: string;
  actorId: string | null;
  /** Name and e-mail of the actor when it is a user still on record. */
  actorName: string | null;
  actorEmail: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditListQuery {
  entity?: string | undefined;
  entityId?: string | undefined;
  actorId?: string | undefined;
  page: number;
  pageSize: number;
}

/** Newest first; filtered on the indexed columns (entity + entity id, actor). */
export async function listAuditEvents(
  db: Db,
  query: AuditListQuery,
): Promise<{ items: AuditEventView[]; total: number }> {
  const conditions: SQL[] = [];
  if (query.entity) conditions.push(eq(auditEvents.entity, query.entity));
  if (query.entityId) conditions.push(eq(auditEvents.entityId, query.entityId));
  if (query.actorId) conditions.push(eq(auditEvents.actorId, query.actorId));
  const where = conditions.length ? and(...conditions) : undefined;

  const [rows, [counted]] = await Promise.all([
    db
      .select({
        seq: auditEvents.seq,
        at: auditEvents.at,
        actorId: auditEvents.actorId,
        actorName: users.name,
        actorEmail: users.email,
        action: auditEvents.action,
        entity: auditEvents.entity,
        entityId: auditEvents.entityId,
        before: auditEvents.before,
        after: auditEvents.after,
      })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorId))
      .where(where)
      .orderBy(desc(auditEvents.seq))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: sql<number>`count(*)::int` }).from(auditEvents).where(where),
  ]);
  return {
    items: rows.map((r) => ({ ...r, seq: Number(r.seq), at: toIso(r.at) })),
    total: counted?.total ?? 0,
  };
}

/** Who last wrote this record according to the trail, e.g. to tell a user who changed it meanwhile. */
export async function lastAuditActor(db: Db | Tx, entity: string, entityId: string): Promise<string | null> {
  const [row] = await db
    .select({ actorId: auditEvents.actorId })
    .from(auditEvents)
    .where(and(eq(auditEvents.entity, entity), eq(auditEvents.entityId, entityId)))
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  return row?.actorId ?? null;
}

import { and, asc, desc, eq, gte, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../connection.js';
import { auditEvents, users } from '../schema/index.js';
import { canonicalJson } from './record.js';
import { isUuid, toIso } from './sql.js';

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
  /** Top-level fields whose value differs between `before` and `after`, sorted. */
  changedFields: string[];
}

export interface AuditListQuery {
  entity?: string | undefined;
  entityId?: string | undefined;
  /** A user id, or `system` for events written by the system itself (CLI, jobs). */
  actorId?: string | undefined;
  action?: string | undefined;
  /** Inclusive lower and exclusive upper bound on the event time (ISO 8601). */
  from?: string | undefined;
  to?: string | undefined;
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
  if (query.actorId === 'system') conditions.push(isNull(auditEvents.actorId));
  else if (query.actorId) {
    // A malformed id matches nobody rather than failing the uuid comparison.
    conditions.push(isUuid(query.actorId) ? eq(auditEvents.actorId, query.actorId) : sql`false`);
  }
  if (query.action) conditions.push(eq(auditEvents.action, query.action));
  if (query.from) conditions.push(gte(auditEvents.at, query.from));
  if (query.to) conditions.push(lt(auditEvents.at, query.to));
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
    items: rows.map((r) => ({
      ...r,
      seq: Number(r.seq),
      at: toIso(r.at),
      changedFields: changedFields(r.before, r.after),
    })),
    total: counted?.total ?? 0,
  };
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/** Top-level keys added, removed or changed from `before` to `after` (values compared as canonical JSON). */
export function changedFields(before: unknown, after: unknown): string[] {
  const a = asRecord(before);
  const b = asRecord(after);
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => canonicalJson(a[k] ?? null) !== canonicalJson(b[k] ?? null)).sort();
}

/** The entities and actions present in the trail, for the filters of the audit page. */
export async function auditVocabulary(db: Db): Promise<{ entities: string[]; actions: string[] }> {
  const [entities, actions] = await Promise.all([
    db.selectDistinct({ v: auditEvents.entity }).from(auditEvents).orderBy(asc(auditEvents.entity)),
    db.selectDistinct({ v: auditEvents.action }).from(auditEvents).orderBy(asc(auditEvents.action)),
  ]);
  return { entities: entities.map((r) => r.v), actions: actions.map((r) => r.v) };
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

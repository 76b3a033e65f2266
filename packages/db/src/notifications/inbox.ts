import type { NotificationKind } from '@tatabbu/domain';
import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.js';
import { inTransaction, isUuid, toIso, toIsoOrNull } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';
import { notifications } from '../schema/index.js';

export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  payload: Record<string, unknown>;
  createdAt: string;
  readAt: string | null;
}

const toItem = (r: typeof notifications.$inferSelect): NotificationItem => ({
  id: r.id,
  kind: r.kind,
  payload: r.payload,
  createdAt: toIso(r.createdAt),
  readAt: toIsoOrNull(r.readAt),
});

/** A user's own notifications, newest first, with the count of unread ones. */
export async function listNotifications(
  db: Db | Tx,
  userId: string,
  query: { page: number; pageSize: number; unreadOnly?: boolean | undefined },
): Promise<{ items: NotificationItem[]; total: number; unread: number }> {
  const own = eq(notifications.userId, userId);
  const where = query.unreadOnly ? and(own, isNull(notifications.readAt)) : own;
  const [rows, [total], [unread]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(notifications).where(where),
    db
      .select({ n: count() })
      .from(notifications)
      .where(and(own, isNull(notifications.readAt))),
  ]);
  return { items: rows.map(toItem), total: Number(total?.n ?? 0), unread: Number(unread?.n ?? 0) };
}

/** Marks one of the user's notifications read; false when it is not theirs or does not exist. */
export async function markNotificationRead(db: Db | Tx, userId: string, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  return inTransaction(db, async (tx) => {
    const [row] = await tx
      .update(notifications)
      .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
      .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
      .returning();
    if (!row) return false;
    await recordAudit(tx, {
      actorId: userId,
      action: 'notification.read',
      entity: 'notification',
      entityId: id,
      after: { readAt: toIso(row.readAt ?? new Date()) },
    });
    return true;
  });
}

/** Marks all the user's notifications read; returns how many were unread. */
export async function markAllNotificationsRead(db: Db | Tx, userId: string): Promise<number> {
  return inTransaction(db, async (tx) => {
    const rows = await tx
      .update(notifications)
      .set({ readAt: sql`now()` })
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
      .returning();
    if (rows.length) {
      await recordAudit(tx, {
        actorId: userId,
        action: 'notification.read_all',
        entity: 'user',
        entityId: userId,
        after: { marked: rows.length },
      });
    }
    return rows.length;
  });
}

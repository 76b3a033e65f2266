import {
  claimScheduledRun,
  type Db,
  digestNotifications,
  type NotificationMailRow,
  notificationsWithoutEmail,
  queueEmail,
} from '@tatabbu/db';
import { notificationPath, type UiLocale } from '@tatabbu/domain';
import type { Config } from '../../config.js';
import { composeDigest, composeMessage } from '../../mail/templates.js';

type MailConfig = Pick<Config, 'publicUrl' | 'defaultLocale'>;

const DAY = 86_400_000;
/** How far back a notification still gets its own e-mail (a server down for longer skips them). */
const EMAIL_WINDOW_MS = 2 * DAY;

const localeOf = (row: Pick<NotificationMailRow, 'locale'>, config: MailConfig): UiLocale =>
  row.locale ?? config.defaultLocale;

/**
 * Queues one e-mail per new notification for the users who did not choose the daily digest. The
 * outbox key `notification:<key>` makes it once per notification, whichever server gets there first.
 */
export async function queueNotificationEmails(db: Db, config: MailConfig, now = new Date()): Promise<number> {
  const rows = await notificationsWithoutEmail(db, new Date(now.getTime() - EMAIL_WINDOW_MS));
  let queued = 0;
  for (const row of rows) {
    const content = composeMessage({
      kind: row.kind,
      payload: row.payload,
      locale: localeOf(row, config),
      name: row.name,
      url: config.publicUrl + notificationPath(row.kind, row.payload),
    });
    if (await queueEmail(db, { key: `notification:${row.key}`, to: row.email, ...content })) queued += 1;
  }
  return queued;
}

/**
 * Once per day, across all servers (scheduled run `digest:<day>`): for each user who chose the
 * digest, one e-mail with the notifications of the previous day (UTC). Claim and queue share one
 * transaction, so a crash in between leaves the day to the next run.
 */
export async function queueDailyDigest(db: Db, config: MailConfig, now = new Date()): Promise<number> {
  const dayStart = new Date(Math.floor(now.getTime() / DAY) * DAY - DAY);
  const day = dayStart.toISOString().slice(0, 10);
  return db.transaction(async (tx) => {
    if (!(await claimScheduledRun(tx, `digest:${day}`, now))) return 0;
    const rows = await digestNotifications(tx, dayStart, new Date(dayStart.getTime() + DAY));
    const byUser = new Map<string, NotificationMailRow[]>();
    for (const row of rows) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row]);
    for (const [userId, items] of byUser) {
      const first = items[0] as NotificationMailRow;
      const content = composeDigest(items, {
        locale: localeOf(first, config),
        name: first.name,
        day,
        publicUrl: config.publicUrl,
      });
      await queueEmail(tx, { key: `digest:${day}:${userId}`, to: first.email, ...content });
    }
    return byUser.size;
  });
}

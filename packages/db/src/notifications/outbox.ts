import type { NotificationKind, UiLocale } from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import { queryRows } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';

export interface OutgoingEmail {
  /** Unique per message (e.g. `notification:<key>`, `digest:<day>:<user>`): queued at most once. */
  key: string;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
}

/** Queues an e-mail unless one with the same key was already queued; true when this call queued it. */
export async function queueEmail(db: Db | Tx, email: OutgoingEmail): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`insert into email_outbox (key, to_address, subject, body_text, body_html)
        values (${email.key}, ${email.to}, ${email.subject}, ${email.text}, ${email.html ?? null})
        on conflict (key) do nothing returning id`,
  );
  return rows.length === 1;
}

export interface ClaimedEmail {
  id: string;
  key: string;
  to_address: string;
  subject: string;
  body_text: string;
  body_html: string | null;
  attempts: number;
}

/**
 * Claims up to `limit` e-mails due at `now` for this sender. `for update skip locked` lets
 * several senders claim side by side without taking the same row; the claim is a lease
 * (`not_before` moves `leaseMs` ahead), so a sender that dies mid-way leaves its e-mails to
 * be claimed again later instead of stuck in `sending`.
 */
export async function claimEmails(
  db: Db | Tx,
  now: Date,
  { limit = 20, leaseMs = 10 * 60_000 }: { limit?: number; leaseMs?: number } = {},
): Promise<ClaimedEmail[]> {
  const at = now.toISOString();
  const leaseUntil = new Date(now.getTime() + leaseMs).toISOString();
  return queryRows<ClaimedEmail>(
    db,
    sql`update email_outbox set status = 'sending', attempts = attempts + 1,
          not_before = ${leaseUntil}::timestamptz
        where id in (select id from email_outbox
                     where status in ('pending', 'sending') and not_before <= ${at}::timestamptz
                     order by not_before, created_at limit ${limit}::int
                     for update skip locked)
        returning id, key, to_address, subject, body_text, body_html, attempts`,
  );
}

export async function markEmailSent(db: Db | Tx, id: string, now: Date): Promise<void> {
  await db.execute(
    sql`update email_outbox set status = 'sent', sent_at = ${now.toISOString()}::timestamptz,
        last_error = null where id = ${id}`,
  );
}

/** Delay before the next attempt: 1, 2, 4 … minutes, at most 6 hours. */
export const retryDelayMs = (attempts: number): number =>
  Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3600_000);

/** A failed attempt: retried later with back-off, or given up (`failed`) after `maxAttempts`. */
export async function markEmailFailed(
  db: Db | Tx,
  email: Pick<ClaimedEmail, 'id' | 'attempts'>,
  error: string,
  now: Date,
  maxAttempts: number,
): Promise<'retry' | 'failed'> {
  const outcome = email.attempts >= maxAttempts ? 'failed' : 'retry';
  const next = new Date(now.getTime() + retryDelayMs(email.attempts)).toISOString();
  await db.execute(
    sql`update email_outbox set status = ${outcome === 'failed' ? 'failed' : 'pending'},
        last_error = ${error.slice(0, 1000)}, not_before = ${next}::timestamptz where id = ${email.id}`,
  );
  return outcome;
}

/** What a notification e-mail is written from: the notification and its recipient. */
export interface NotificationMailRow {
  key: string;
  kind: NotificationKind;
  payload: Record<string, unknown>;
  user_id: string;
  email: string;
  name: string;
  locale: UiLocale | null;
  created_at: string;
}

/**
 * Notifications created since `since` whose recipient wants one e-mail each (no daily digest)
 * and that have no e-mail queued yet, on their own (`notification:<key>`) or in a digest.
 */
export async function notificationsWithoutEmail(db: Db | Tx, since: Date): Promise<NotificationMailRow[]> {
  return queryRows<NotificationMailRow>(
    db,
    sql`select n.key, n.kind, n.payload, u.id as user_id, u.email, u.name, u.locale, n.created_at
        from notifications n join users u on u.id = n.user_id
        where n.created_at >= ${since.toISOString()}::timestamptz and u.active and not u.email_digest
          and not exists (select 1 from email_outbox o where o.key = 'notification:' || n.key)
          -- already told in a daily digest (the user has since given the digest up)
          and not exists (select 1 from email_outbox o where o.key = 'digest:'
                || to_char(n.created_at at time zone 'UTC', 'YYYY-MM-DD') || ':' || n.user_id)
        order by n.created_at, n.key
        limit 500`,
  );
}

/** The notifications created in [from, to) for the users who chose the daily digest. */
export async function digestNotifications(db: Db | Tx, from: Date, to: Date): Promise<NotificationMailRow[]> {
  return queryRows<NotificationMailRow>(
    db,
    sql`select n.key, n.kind, n.payload, u.id as user_id, u.email, u.name, u.locale, n.created_at
        from notifications n join users u on u.id = n.user_id
        where n.created_at >= ${from.toISOString()}::timestamptz
          and n.created_at < ${to.toISOString()}::timestamptz
          and u.active and u.email_digest
        order by u.id, n.created_at, n.key`,
  );
}

import { claimEmails, type Db, markEmailFailed, markEmailSent } from '@tatabbu/db';
import type { MailTransport } from './transport.js';

export interface SendResult {
  sent: number;
  retried: number;
  failed: number;
}

export interface SendOptions {
  from: string;
  now?: Date;
  /** Attempts before an e-mail is given up (`failed`). */
  maxAttempts?: number;
  batch?: number;
}

/**
 * Sends the e-mails due in the outbox: claims a batch (other senders skip the claimed rows),
 * sends each by SMTP, marks it sent, or schedules a retry with back-off after a failure.
 */
export async function sendPendingEmails(
  db: Db,
  transport: MailTransport,
  { from, now = new Date(), maxAttempts = 8, batch = 20 }: SendOptions,
): Promise<SendResult> {
  const result: SendResult = { sent: 0, retried: 0, failed: 0 };
  for (;;) {
    const claimed = await claimEmails(db, now, { limit: batch });
    if (claimed.length === 0) return result;
    for (const email of claimed) {
      try {
        await transport.sendMail({
          from,
          to: email.to_address,
          subject: email.subject,
          text: email.body_text,
          ...(email.body_html ? { html: email.body_html } : {}),
        });
        await markEmailSent(db, email.id, new Date());
        result.sent += 1;
      } catch (error) {
        const outcome = await markEmailFailed(db, email, String(error), now, maxAttempts);
        result[outcome === 'failed' ? 'failed' : 'retried'] += 1;
      }
    }
    if (claimed.length < batch) return result;
  }
}

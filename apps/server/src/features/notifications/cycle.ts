import { type Database, sweepNotifications } from '@tatabbu/db';
import type { Config } from '../../config.js';
import { type SendResult, sendPendingEmails } from '../../mail/sender.js';
import type { MailTransport } from '../../mail/transport.js';
import { queueDailyDigest, queueNotificationEmails } from './emails.js';

export interface CycleResult {
  notifications: number;
  emailsQueued: number;
  digests: number;
  sent: SendResult | null;
}

type CycleConfig = Pick<Config, 'publicUrl' | 'defaultLocale' | 'mailFrom'>;

/** One pass: sweep events into notifications, queue their e-mails and the daily digest, send. */
export async function runNotificationCycle(
  database: Database,
  config: CycleConfig,
  transport: MailTransport | null,
  now = new Date(),
): Promise<CycleResult> {
  const created = await sweepNotifications(database.db, now);
  const emailsQueued = await queueNotificationEmails(database.db, config, now);
  const digests = await queueDailyDigest(database.db, config, now);
  const sent = transport ? await sendPendingEmails(database.db, transport, { from: config.mailFrom }) : null;
  return {
    notifications: Object.values(created).reduce((a, b) => a + b, 0),
    emailsQueued,
    digests,
    sent,
  };
}

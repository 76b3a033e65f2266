import {
  type Database,
  openTestDatabase,
  schema,
  seedNotificationWorld,
  sweepNotifications,
} from '@tatabbu/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { runNotificationCycle } from '../src/features/notifications/cycle.js';
import { queueDailyDigest } from '../src/features/notifications/emails.js';
import { startNotificationScheduler } from '../src/features/notifications/scheduler.js';
import { sendPendingEmails } from '../src/mail/sender.js';
import { createMailTransport, type MailTransport } from '../src/mail/transport.js';
import { startSmtpServer } from './smtp-helpers.js';

const config = {
  publicUrl: 'https://tatabbu.example.org',
  defaultLocale: 'en' as const,
  mailFrom: 'Tatabbu <noreply@example.org>',
};
const DAY = 86_400_000;
/** The day (YYYY-MM-DD) `days` from now. */
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

let database: Database;
let world: Awaited<ReturnType<typeof seedNotificationWorld>>;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let transport: MailTransport;

beforeAll(async () => {
  database = await openTestDatabase();
  world = await seedNotificationWorld(database.db);
  await sweepNotifications(database.db); // the watermark: nothing before it is notified
  smtp = await startSmtpServer();
  transport = createMailTransport(smtp.url) as MailTransport;
});
afterAll(async () => {
  transport.close?.();
  await smtp.close();
  await database.close();
});

const outbox = () => database.db.select().from(schema.emailOutbox);
const mailsTo = (email: string) => smtp.received.filter((m) => m.to.includes(email));

describe('notification e-mails', () => {
  it('keeps e-mails in the outbox while SMTP is not configured', async () => {
    await world.assign(world.rec1.id, world.justice.id);
    const result = await runNotificationCycle(database, config, null);
    expect(result).toMatchObject({ notifications: 1, emailsQueued: 1, sent: null });
    expect((await outbox()).map((e) => e.status)).toEqual(['pending']);
  });

  it('sends each notification once, in the recipient’s language, with a link to the page', async () => {
    await world.submittedJusticeUpdate(world.rec1.id, inDays(20));
    const first = await runNotificationCycle(database, config, transport);
    expect(first.sent).toEqual({ sent: 4, retried: 0, failed: 0 });

    const [assignment] = mailsTo(world.focalJustice.email).filter((m) =>
      m.subject.includes('CAT/C/MAR/CO/5'),
    );
    expect(assignment?.subject).toBe('توصية جديدة مسندة: CAT/C/MAR/CO/5 §10');
    expect(assignment?.body).toContain(`https://tatabbu.example.org/app/recommendations/${world.rec1.id}`);
    const [submitted] = mailsTo(world.coordinator.email);
    expect(submitted?.subject).toBe('Compte rendu soumis : CAT/C/MAR/CO/5 §10');
    expect(submitted?.body).toContain('Rapport à mi-parcours');
    const [opened] = mailsTo(world.contributorJustice.email);
    expect(opened?.subject).toBe('Follow-up round opened: Mid-term report');

    expect((await outbox()).every((e) => e.status === 'sent' && e.sentAt)).toBe(true);
    const again = await runNotificationCycle(database, config, transport);
    expect(again).toMatchObject({ notifications: 0, emailsQueued: 0, sent: { sent: 0 } });
    expect(smtp.received).toHaveLength(4);
  });

  it('queues each e-mail once when two servers run the cycle at the same time', async () => {
    await world.assign(world.rec2.id, world.justice.id);
    await world.assign(world.rec2.id, world.health.id);
    const results = await Promise.all([1, 2].map(() => runNotificationCycle(database, config, null)));
    expect(results.reduce((n, r) => n + r.emailsQueued, 0)).toBe(2);
    const sent = await Promise.all(
      [1, 2].map(() => sendPendingEmails(database.db, transport, { from: config.mailFrom })),
    );
    expect(sent.reduce((n, r) => n + r.sent, 0)).toBe(2);
    expect(smtp.received).toHaveLength(6);
    // No locale: the instance's default language.
    expect(mailsTo(world.focalHealth.email)[0]?.subject).toBe(
      'New recommendation assigned: CAT/C/MAR/CO/5 §12',
    );
  });

  it('retries after an SMTP failure and gives up after the last attempt', async () => {
    await world.assign(world.rec1.id, world.health.id);
    await runNotificationCycle(database, config, null);
    smtp.failNext(1);
    const now = new Date();
    expect(await sendPendingEmails(database.db, transport, { from: config.mailFrom, now })).toEqual({
      sent: 0,
      retried: 1,
      failed: 0,
    });
    const [pending] = (await outbox()).filter((e) => e.status === 'pending');
    expect(pending?.attempts).toBe(1);
    expect(pending?.lastError).toContain('Mailbox unavailable');
    // Not before its back-off delay…
    expect((await sendPendingEmails(database.db, transport, { from: config.mailFrom, now })).sent).toBe(0);
    // …then sent.
    const later = new Date(now.getTime() + 2 * 60_000);
    expect(
      (await sendPendingEmails(database.db, transport, { from: config.mailFrom, now: later })).sent,
    ).toBe(1);
    expect(mailsTo(world.focalHealth.email)).toHaveLength(2);

    // A second e-mail that will fail every time: end Health's assignments and assign again.
    await database.db
      .update(schema.assignments)
      .set({ endedAt: new Date().toISOString() })
      .where(eq(schema.assignments.institutionId, world.health.id));
    await world.assign(world.rec2.id, world.health.id);
    await runNotificationCycle(database, config, null);
    smtp.failNext(10);
    let outcome = await sendPendingEmails(database.db, transport, {
      from: config.mailFrom,
      maxAttempts: 2,
      now: later,
    });
    expect(outcome).toEqual({ sent: 0, retried: 1, failed: 0 });
    outcome = await sendPendingEmails(database.db, transport, {
      from: config.mailFrom,
      maxAttempts: 2,
      now: new Date(later.getTime() + 3600_000),
    });
    expect(outcome).toEqual({ sent: 0, retried: 0, failed: 1 });
    smtp.failNext(0);
    expect((await outbox()).filter((e) => e.status === 'failed')).toHaveLength(1);
  });

  it('sends users who chose the digest one e-mail a day, once, instead of one per notification', async () => {
    await database.db
      .update(schema.users)
      .set({ emailDigest: true })
      .where(eq(schema.users.id, world.focalJustice.id));
    const before = mailsTo(world.focalJustice.email).length;
    const update = await world.submittedJusticeUpdate(world.rec2.id, inDays(30));
    await world.step(update.id, 'return', 'returned', world.coordinator.id, 'Précisez la période');
    await runNotificationCycle(database, config, transport);
    expect(mailsTo(world.focalJustice.email)).toHaveLength(before);

    const tomorrow = new Date(Date.now() + DAY);
    const digests = await Promise.all([1, 2].map(() => queueDailyDigest(database.db, config, tomorrow)));
    expect(digests.sort()).toEqual([0, 1]);
    await sendPendingEmails(database.db, transport, { from: config.mailFrom });
    const [digest, ...others] = mailsTo(world.focalJustice.email).slice(before);
    expect(others).toHaveLength(0);
    expect(digest?.subject).toMatch(/^تتبع — إشعاراتك ليوم /);
    expect(digest?.body).toContain('تطلب جولة التتبع');
    expect(digest?.body).toContain('أرجع تقريركم المرحلي');
    expect(await queueDailyDigest(database.db, config, tomorrow)).toBe(0);

    // Giving the digest up does not send again, one by one, what the digest already told.
    await database.db
      .update(schema.users)
      .set({ emailDigest: false })
      .where(eq(schema.users.id, world.focalJustice.id));
    expect((await runNotificationCycle(database, config, transport)).emailsQueued).toBe(0);
  });

  it('runs on a schedule started with the server, and stops cleanly', async () => {
    await database.db
      .update(schema.assignments)
      .set({ endedAt: new Date().toISOString() })
      .where(eq(schema.assignments.institutionId, world.health.id));
    await world.assign(world.rec1.id, world.health.id);
    const before = smtp.received.length;
    const serverConfig = {
      ...loadConfig({ SMTP_URL: smtp.url, TATABBU_DEFAULT_LOCALE: 'en' }),
      notifyIntervalMs: 100,
    };
    const messages: string[] = [];
    const log = {
      info: () => {},
      warn: (m: unknown) => messages.push(String(m)),
      error: (o: object) => messages.push(JSON.stringify(o)),
    };
    const scheduler = startNotificationScheduler(database, serverConfig, log);
    for (let i = 0; i < 100 && smtp.received.length === before; i++)
      await new Promise((r) => setTimeout(r, 100));
    await scheduler.stop();
    expect(smtp.received.length).toBe(before + 1);
    expect(messages).toEqual([]);
  });
});

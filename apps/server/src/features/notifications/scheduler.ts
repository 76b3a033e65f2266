import type { Database } from '@tatabbu/db';
import type { Config } from '../../config.js';
import { createMailTransport } from '../../mail/transport.js';
import { runNotificationCycle } from './cycle.js';

interface Log {
  info(obj: object, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/**
 * Runs the notification cycle every `notifyIntervalMs`, started by `tatabbu serve`. A pass never
 * overlaps the previous one (the next is scheduled when it ends); `stop()` waits for a running pass.
 */
export function startNotificationScheduler(database: Database, config: Config, log: Log) {
  const transport = createMailTransport(config.smtpUrl);
  if (!transport) log.warn('SMTP_URL is not set: e-mails are kept in the outbox and not sent');
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  const tick = async () => {
    try {
      const result = await runNotificationCycle(database, config, transport);
      if (result.notifications || result.emailsQueued || result.sent?.sent || result.sent?.failed) {
        log.info(result, 'notifications');
      }
    } catch (error) {
      log.error({ err: error }, 'notification cycle failed');
    }
  };
  const schedule = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().finally(() => {
        running = undefined;
        schedule(config.notifyIntervalMs);
      });
    }, delayMs);
    timer.unref();
  };
  // The first pass soon after start, then one every interval.
  schedule(1000);

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      transport?.close?.();
    },
  };
}

import { writeFileSync } from 'node:fs';
import pino from 'pino';
import { buildApp } from '../app.js';
import { firstAdminBanner, prepare } from '../bootstrap.js';
import type { Config } from '../config.js';
import { startNotificationScheduler } from '../features/notifications/scheduler.js';

export async function serveCommand(config: Config): Promise<void> {
  const logger = pino({ level: config.logLevel });
  const { database, firstAdmin, demoSeeded } = await prepare(config, { info: (m) => logger.info(m) });
  if (demoSeeded) logger.info({ recommendations: demoSeeded.recommendations }, 'demo data loaded');
  const app = await buildApp({ database, config, logger });
  const notifications = startNotificationScheduler(database, config, app.log);

  const stop = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await notifications.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  const address = await app.listen({ port: config.port, host: config.host });
  const url = address.replace('[::1]', 'localhost');
  if (firstAdmin) {
    process.stdout.write(firstAdminBanner(url, firstAdmin));
    if (config.firstAdminFile)
      writeFileSync(config.firstAdminFile, JSON.stringify(firstAdmin), { mode: 0o600 });
  }
  process.stdout.write(`Tatabbu is serving on ${url}\n`);
}

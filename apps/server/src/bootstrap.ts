import {
  createUser,
  type Database,
  isDemoSeeded,
  LOCK_BOOTSTRAP,
  listUsers,
  loadReferenceData,
  migrate,
  openDatabase,
  seedMoroccoDemo,
} from '@tatabbu/db';
import type { Config } from './config.js';
import { generateOneTimePassword, hashPassword } from './features/auth/passwords.js';

export const FIRST_ADMIN_EMAIL = 'admin@tatabbu.example';

export interface PrepareResult {
  database: Database;
  /** Set when this start created the first administrator: print it once. */
  firstAdmin?: { email: string; oneTimePassword: string };
  demoSeeded?: { recommendations: number };
}

export interface Log {
  info(msg: string): void;
}

/**
 * Everything a start needs before serving: open and migrate the database, load the reference
 * data (idempotent), on first run the demo data, and — when the instance has no user yet — a
 * first administrator with a one-time password. Serialised across app servers by an advisory lock.
 */
export async function prepare(
  config: Config,
  log: Log,
  options: { demo?: boolean } = {},
): Promise<PrepareResult> {
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    log.info(`database: ${database.kind} (${database.location})`);
    await migrate(database);
    const result: PrepareResult = { database };
    await database.exclusive(LOCK_BOOTSTRAP, async () => {
      await loadReferenceData(database.db, config.dataRoot);
      if ((options.demo ?? config.seedDemo) && !(await isDemoSeeded(database.db))) {
        log.info('loading the Morocco demo data set (first run)…');
        result.demoSeeded = await seedMoroccoDemo(database.db, config.dataRoot);
      }
      const existing = await listUsers(database.db, { page: 1, pageSize: 1 }, {});
      if (existing.total === 0) {
        const oneTimePassword = generateOneTimePassword();
        await createUser(
          database.db,
          {
            email: FIRST_ADMIN_EMAIL,
            name: 'Administrator',
            role: 'admin',
            passwordHash: await hashPassword(oneTimePassword),
            mustChangePassword: true,
          },
          null,
        );
        result.firstAdmin = { email: FIRST_ADMIN_EMAIL, oneTimePassword };
      }
    });
    return result;
  } catch (err) {
    await database.close();
    throw err;
  }
}

export function firstAdminBanner(url: string, admin: { email: string; oneTimePassword: string }): string {
  return [
    '',
    '┌──────────────────────────────────────────────────────────────────┐',
    '  Tatabbu is ready. Sign in as the administrator:',
    `    address:  ${url}/login`,
    `    e-mail:   ${admin.email}`,
    `    password: ${admin.oneTimePassword}   (one-time: you will choose a new one)`,
    '  This password is shown only now. Lost it? Run:',
    `    npx tatabbu user reset-password ${admin.email}`,
    '└──────────────────────────────────────────────────────────────────┘',
    '',
  ].join('\n');
}

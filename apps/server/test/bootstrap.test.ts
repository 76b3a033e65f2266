import { listUsers } from '@tatabbu/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_ADMIN_EMAIL, prepare } from '../src/bootstrap.js';
import { type Config, loadConfig } from '../src/config.js';
import { throwAwayTarget } from './cli-helpers.js';

/**
 * The start-up path of `npm start`, on the same kind of database as the rest of the suite: a
 * PGlite directory, or a fresh database on the TEST_DATABASE_URL server.
 */
let config: Config;
let cleanup: () => Promise<void>;
const quiet = { info: () => {} };

beforeAll(async () => {
  const place = await throwAwayTarget('boot');
  config = loadConfig(place.target);
  cleanup = place.cleanup;
});
afterAll(async () => cleanup?.());

describe('first start and restart', () => {
  it('migrates, loads reference and demo data, creates the first administrator once', async () => {
    const first = await prepare(config, quiet);
    try {
      expect(first.demoSeeded?.recommendations).toBe(595);
      expect(first.firstAdmin?.email).toBe(FIRST_ADMIN_EMAIL);
      expect(first.firstAdmin?.oneTimePassword).toMatch(/^\S{20}$/);
    } finally {
      await first.database.close();
    }

    const again = await prepare(config, quiet);
    try {
      expect(again.demoSeeded).toBeUndefined();
      expect(again.firstAdmin).toBeUndefined();
      const admins = await listUsers(again.database.db, { role: 'admin', page: 1, pageSize: 10 }, {});
      expect(admins.total).toBe(1);
      expect(admins.items[0]?.mustChangePassword).toBe(true);
    } finally {
      await again.database.close();
    }
  });
});

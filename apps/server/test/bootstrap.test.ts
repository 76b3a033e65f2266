import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listUsers } from '@tatabbu/db';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_ADMIN_EMAIL, prepare } from '../src/bootstrap.js';
import { type Config, loadConfig } from '../src/config.js';

/**
 * The start-up path of `npm start`, on the same kind of database as the rest of the suite: a
 * PGlite directory, or a fresh database on the TEST_DATABASE_URL server.
 */
let config: Config;
let cleanup: () => Promise<void>;
const quiet = { info: () => {} };

beforeAll(async () => {
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    const name = `tatabbu_boot_${randomUUID().replaceAll('-', '')}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(server);
    url.pathname = `/${name}`;
    config = loadConfig({ DATABASE_URL: url.toString() });
    cleanup = async () => {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), 'tatabbu-boot-'));
    config = loadConfig({ TATABBU_DATA_DIR: dir });
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
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

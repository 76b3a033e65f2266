import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type Database, listAuditEvents, migrate, openDatabase, recordAudit } from '@tatabbu/db';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `tatabbu audit verify|list` as an operator runs them, on a PGlite directory or a throw-away
 * database on the TEST_DATABASE_URL server, tampered with in between as an intruder would.
 */
const run = promisify(execFile);
const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../bin/tatabbu.js');
let target: { DATABASE_URL?: string; TATABBU_DATA_DIR?: string };
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    const name = `tatabbu_auditcli_${randomUUID().replaceAll('-', '')}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(server);
    url.pathname = `/${name}`;
    target = { DATABASE_URL: url.toString() };
    cleanup = async () => {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), 'tatabbu-audit-cli-'));
    target = { TATABBU_DATA_DIR: dir };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
});
afterAll(async () => cleanup?.());

/** The database the CLI uses, opened here between two runs (a PGlite directory has one user at a time). */
async function withTarget<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(
    target.DATABASE_URL ? { url: target.DATABASE_URL } : { dataDir: target.TATABBU_DATA_DIR ?? '' },
  );
  try {
    await migrate(database);
    return await fn(database);
  } finally {
    await database.close();
  }
}

async function tatabbu(lang: string, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...target, LOG_LEVEL: 'silent', LANG: lang, LC_ALL: '' };
  if (!target.DATABASE_URL) delete env.DATABASE_URL;
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('tatabbu audit', () => {
  let seqs: number[] = [];

  it('says an untouched trail is intact, with exit code 0', async () => {
    seqs = await withTarget(async ({ db }) => {
      for (let i = 1; i <= 6; i++) {
        await recordAudit(db, {
          actorId: null,
          action: i % 2 ? 'user.update' : 'recommendation.update',
          entity: i % 2 ? 'user' : 'recommendation',
          entityId: `cli-${i}`,
          before: { n: i },
          after: { n: i + 1 },
        });
      }
      const { items } = await listAuditEvents(db, { page: 1, pageSize: 100 });
      return items.map((e) => e.seq).reverse();
    });
    const ok = await tatabbu('en_GB.UTF-8', 'audit', 'verify');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`Audit trail intact: ${seqs.length} events checked`);
  }, 120_000);

  it('lists recent events of one entity, newest first, with the changed fields', async () => {
    const list = await tatabbu('en_GB.UTF-8', 'audit', 'list', '--entity', 'user', '--since', '2020-01-01');
    expect(list.code).toBe(0);
    const lines = list.stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(
      /^#\d+ {2}\d{4}-\d\d-\d\dT\S+ {2}system {2}user\.update {2}user cli-5 {2}\(changed: n\)$/,
    );
    expect(lines[3]).toBe('3 of 3 events shown, newest first.');
    const future = await tatabbu('fr_FR.UTF-8', 'audit', 'list', '--since', '2999-01-01');
    expect(future.stdout).toContain("Aucun événement d'audit ne correspond.");
    const bad = await tatabbu('en_GB.UTF-8', 'audit', 'list', '--since', 'last week');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Not a date: last week');
  }, 120_000);

  it('names the modified and the deleted event and exits with 1', async () => {
    const [, second, third, fourth, fifth] = seqs;
    await withTarget(async ({ db }) => {
      await db.execute(sql`alter table audit_events disable trigger audit_events_no_update`);
      await db.execute(sql`update audit_events set after = '{"n":99}' where seq = ${second}`);
      await db.execute(sql`delete from audit_events where seq = ${fourth}`);
      await db.execute(sql`alter table audit_events enable trigger audit_events_no_update`);
    });
    const broken = await tatabbu('en_GB.UTF-8', 'audit', 'verify');
    expect(broken.code).toBe(1);
    const lines = broken.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      `event #${second}: its content was modified after it was written (hash does not match)`,
    );
    expect(lines[1]).toMatch(
      new RegExp(`^event #${fifth}: events #${(third ?? 0) + 1}–#${(fifth ?? 0) - 1} before it were deleted`),
    );
    expect(lines[2]).toBe(
      `Audit trail BROKEN: 2 problem(s) in ${seqs.length - 1} events; first at event #${second}.`,
    );
    expect(broken.stderr).toContain('The audit trail was tampered with.');

    const arabic = await tatabbu('ar_MA.UTF-8', 'audit', 'verify');
    expect(arabic.code).toBe(1);
    expect(arabic.stdout).toContain(`الحدث رقم ${second}`);
  }, 120_000);
});

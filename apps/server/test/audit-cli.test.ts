import { type Database, listAuditEvents, migrate, openDatabase, recordAudit } from '@tatabbu/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DataTarget, runTatabbu, throwAwayTarget } from './cli-helpers.js';

/**
 * `tatabbu audit verify|list` as an operator runs them, on a PGlite directory or a throw-away
 * database on the TEST_DATABASE_URL server, tampered with in between as an intruder would.
 */
let target: DataTarget;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ target, cleanup } = await throwAwayTarget('auditcli'));
});
afterAll(async () => cleanup?.());

/** The database the CLI uses, opened here between two runs (a PGlite directory has one user at a time). */
async function withTarget<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(
    'DATABASE_URL' in target ? { url: target.DATABASE_URL } : { dataDir: target.TATABBU_DATA_DIR },
  );
  try {
    await migrate(database);
    return await fn(database);
  } finally {
    await database.close();
  }
}

const tatabbu = (lang: string, ...args: string[]) => runTatabbu({ ...target, LANG: lang, LC_ALL: '' }, args);

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

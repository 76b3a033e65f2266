import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../connection.js';
import { openTestDatabase } from '../testing.js';
import { readPublicationGeneration } from './generation.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const setting = (value: string) =>
  sql`insert into settings (key, value) values ('h5.test', ${value})
      on conflict (key) do update set value = excluded.value`;

describe('publication generation', () => {
  it('goes up once per committed transaction that changes a public table', async () => {
    const { db } = database;
    const before = BigInt(await readPublicationGeneration(db));
    await db.execute(setting('a'));
    expect(BigInt(await readPublicationGeneration(db))).toBe(before + 1n);

    // Several statements over several public tables, one transaction: one step.
    await db.transaction(async (tx) => {
      await tx.execute(setting('b'));
      await tx.execute(setting('c'));
      await tx.execute(sql`update mechanisms set code = code`);
    });
    expect(BigInt(await readPublicationGeneration(db))).toBe(before + 2n);
  });

  it('stays the same when the transaction rolls back or touches only private tables', async () => {
    const { db } = database;
    const before = await readPublicationGeneration(db);
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(setting('rolled back'));
        throw new Error('abandon');
      }),
    ).rejects.toThrow('abandon');
    await db.execute(sql`delete from sessions`);
    await db.execute(sql`delete from login_throttle`);
    expect(await readPublicationGeneration(db)).toBe(before);
    const [row] = (await db.execute(sql`select value from settings where key = 'h5.test'`)).rows as {
      value: string;
    }[];
    expect(row?.value).toBe('c');
    // Nothing is left behind in the helper table.
    const pending = (await db.execute(sql`select count(*)::int as n from publication_pending`)).rows;
    expect(pending).toEqual([{ n: 0 }]);
  });
});

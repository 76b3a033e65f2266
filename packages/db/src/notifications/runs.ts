import { sql } from 'drizzle-orm';
import { queryRows } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';

/**
 * Claims the run named `key` (e.g. `digest:2026-11-23`): true for exactly one caller across all
 * servers, because the key is the table's primary key. Call it inside the transaction that does the
 * run's work, so a crash leaves the run unclaimed instead of half done.
 */
export async function claimScheduledRun(db: Db | Tx, key: string, now: Date): Promise<boolean> {
  const rows = await queryRows<{ key: string }>(
    db,
    sql`insert into scheduled_runs (key, started_at, finished_at)
        values (${key}, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz)
        on conflict (key) do nothing returning key`,
  );
  return rows.length === 1;
}

const WATERMARK_KEY = 'notifications:watermark';

/**
 * The moment this instance started notifying: set by its first sweep, so that events from before
 * (e.g. the demo's thousands of historical assignments) never flood anyone.
 */
export async function notificationWatermark(db: Db | Tx, now: Date): Promise<string> {
  await claimScheduledRun(db, WATERMARK_KEY, now);
  const [row] = await queryRows<{ at: string }>(
    db,
    sql`select to_char(started_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at
        from scheduled_runs where key = ${WATERMARK_KEY}`,
  );
  if (!row) throw new Error('notification watermark missing');
  return row.at;
}

import { sql } from 'drizzle-orm';
import { queryRows, toIsoOrNull } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';

/**
 * Failed sign-in counters (per e-mail, per address …), shared by all app servers through the
 * database. Every change is one atomic statement, so concurrent failures are all counted.
 */
export interface ThrottlePolicy {
  /** Failures within the window that trigger a lock. */
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

/**
 * Counts one failure and returns the lock end if this key is (now) locked. A window that has run
 * out, or a lock that has expired, starts the count again from one.
 */
export async function registerFailure(
  db: Db | Tx,
  key: string,
  policy: ThrottlePolicy,
): Promise<{ lockedUntil: string | null }> {
  const windowLength = sql`(${policy.windowMs}::float8 * interval '1 millisecond')`;
  const lockLength = sql`(${policy.lockMs}::float8 * interval '1 millisecond')`;
  const max = sql`${policy.maxFailures}::int`;
  // In DO UPDATE, `login_throttle.*` is the stored row; the restart condition is spelled out once
  // per column because SET cannot refer to another column's new value. A running lock is neither
  // lifted nor extended by further failures.
  const locked = sql`coalesce(login_throttle.locked_until > now(), false)`;
  const restart = sql`(login_throttle.locked_until <= now()
                       or (login_throttle.locked_until is null and login_throttle.window_start <= now() - ${windowLength}))`;
  const newCount = sql`(case when ${restart} then 1 else login_throttle.failures + 1 end)`;
  const [row] = await queryRows<{ locked_until: string | null }>(
    db,
    sql`insert into login_throttle as login_throttle (key, failures, window_start, locked_until)
        values (${key}, 1, now(), case when 1 >= ${max} then now() + ${lockLength} end)
        on conflict (key) do update set
          failures = ${newCount},
          window_start = case when ${restart} then now() else login_throttle.window_start end,
          locked_until = case
            when ${locked} then login_throttle.locked_until
            when ${newCount} >= ${max} then now() + ${lockLength}
            end
        returning case when locked_until > now() then locked_until end as locked_until`,
  );
  return { lockedUntil: toIsoOrNull(row?.locked_until) };
}

/** When the key is locked, the ISO time the lock ends; else null. */
export async function isLocked(db: Db | Tx, key: string): Promise<string | null> {
  const [row] = await queryRows<{ locked_until: string }>(
    db,
    sql`select locked_until from login_throttle where key = ${key} and locked_until > now()`,
  );
  return toIsoOrNull(row?.locked_until);
}

/** After a successful sign-in. */
export async function clearFailures(db: Db | Tx, key: string): Promise<void> {
  await db.execute(sql`delete from login_throttle where key = ${key}`);
}

/** Housekeeping: drops counters whose window and lock have both run out. */
export async function purgeStaleThrottles(db: Db | Tx, olderThanMs: number): Promise<number> {
  const [row] = await queryRows<{ count: number }>(
    db,
    sql`with gone as (
          delete from login_throttle
          where window_start < now() - (${olderThanMs}::float8 * interval '1 millisecond')
            and (locked_until is null or locked_until < now())
          returning 1)
        select count(*)::int as count from gone`,
  );
  return row?.count ?? 0;
}

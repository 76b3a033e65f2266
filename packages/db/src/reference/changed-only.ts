import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/**
 * The `set` and `setWhere` of an upsert that rewrites a row only when the incoming values differ
 * (so an unchanged reload writes nothing). `bump` adds version + 1 and updated_at for records that
 * carry them.
 */
export function changedOnly<K extends string>(
  columns: Record<K, PgColumn>,
  bump?: { version: PgColumn; updatedAt: PgColumn },
): { set: Record<string, SQL>; setWhere: SQL } {
  const entries = Object.entries(columns) as [K, PgColumn][];
  const excluded = (c: PgColumn) => sql.raw(`excluded.${c.name}`);
  const set: Record<string, SQL> = Object.fromEntries(entries.map(([key, c]) => [key, excluded(c)]));
  if (bump) {
    set.version = sql`${bump.version} + 1`;
    set.updatedAt = sql`now()`;
  }
  const current = sql.join(
    entries.map(([, c]) => sql`${c}`),
    sql`, `,
  );
  const incoming = sql.join(
    entries.map(([, c]) => excluded(c)),
    sql`, `,
  );
  return { set, setWhere: sql`(${current}) is distinct from (${incoming})` };
}

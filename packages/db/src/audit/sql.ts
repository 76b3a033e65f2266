import { is, type SQL, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../connection.js';

/**
 * Small helpers shared by the hand-written queries of audit, accounts and recommendations.
 * Both drivers return `{ rows }` from `execute`, with differently typed wrappers; this hides that.
 */
export async function queryRows<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  const result: unknown = await (db as Db).execute(query);
  return (result as { rows: T[] }).rows;
}

/**
 * A timestamptz as ISO 8601 in UTC with milliseconds, formatted by the database: the same text on
 * PGlite and PostgreSQL whatever the session time zone (used where the exact text matters, e.g. hashes).
 */
export const isoTimestamp = (column: SQL): SQL =>
  sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * Drizzle's `mode: 'string'` timestamps come back in PostgreSQL's text form
 * (`2025-01-02 03:04:05.123456+00`); the API speaks ISO 8601.
 */
export function toIso(value: string | Date): string {
  if (value instanceof Date) return value.toISOString();
  const isoish = value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00');
  return new Date(isoish).toISOString();
}

export const toIsoOrNull = (value: string | Date | null | undefined): string | null =>
  value == null ? null : toIso(value);

/** The SQLSTATE of a database error, looking through Drizzle's wrapper (`cause`). */
export function pgErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** `value` with LIKE wildcards escaped, for `ilike '%' || … || '%'` (default escape character `\`). */
export const escapeLike = (value: string): string => value.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/**
 * Runs `fn` in the caller's transaction when given one, else in a new one: write helpers can then
 * be called alone or as part of a larger use case without nesting savepoints needlessly.
 */
export async function inTransaction<T>(db: Db | Tx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (is(db, PgTransaction)) return fn(db as Tx);
  return (db as Db).transaction((tx: Tx) => fn(tx));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids come from URLs and filters: a malformed one must mean "no such record", not a SQL error. */
export const isUuid = (value: string): boolean => UUID.test(value);

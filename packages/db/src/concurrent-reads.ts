import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Db, Tx } from './connection.js';

type Tasks<T extends readonly unknown[]> = { [K in keyof T]: () => Promise<T[K]> };

/**
 * Independent reads: together on a pool (each takes its own connection), one after another inside a
 * transaction, whose single connection would queue them anyway (node-postgres warns about that).
 */
export async function reads<T extends readonly unknown[]>(db: Db | Tx, ...tasks: Tasks<T>): Promise<T> {
  if (!(db instanceof PgTransaction))
    return Promise.all(tasks.map((task) => task())) as unknown as Promise<T>;
  const out: unknown[] = [];
  for (const task of tasks) out.push(await task());
  return out as unknown as T;
}

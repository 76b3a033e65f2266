import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.js';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** The one database handle type used everywhere; both drivers speak the same dialect. */
export type Db = ReturnType<typeof drizzlePg<Schema>> | ReturnType<typeof drizzlePglite<Schema>>;
/** A transaction handle (same query API as Db). */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Where the data lives, for logs: a directory or a redacted URL. */
  location: string;
  close(): Promise<void>;
  /** Runs `fn` while holding a cluster-wide lock (a no-op lock on PGlite: one process only). */
  exclusive<T>(lockId: number, fn: () => Promise<T>): Promise<T>;
}

export interface OpenOptions {
  /** postgres://… — use a PostgreSQL server. */
  url?: string | undefined;
  /** PGlite data directory; `memory://` for a throwaway in-memory database. */
  dataDir?: string | undefined;
  /** Pool size for PostgreSQL. */
  maxConnections?: number;
}

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../drizzle');

/** Advisory lock ids used by the app. */
export const LOCK_MIGRATE = 724101;
export const LOCK_SEED = 724102;
export const LOCK_AUDIT = 724103;
/** Held by a starting server around reference data, demo and first admin (distinct from LOCK_SEED, which the demo seed takes itself). */
export const LOCK_BOOTSTRAP = 724104;

const redact = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.url) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.maxConnections ?? 10,
      // JIT compilation costs about a second whenever the planner over-estimates a query (the facet
      // counts' recursive term tree does), for queries that then run in tens of milliseconds.
      options: '-c jit=off',
    });
    // An idle connection dropped by the server (restart, failover) must not crash the process;
    // the pool replaces it on the next query.
    pool.on('error', (err) => process.emitWarning(`PostgreSQL connection lost: ${err.message}`));
    // Fail fast with a readable error rather than on the first request.
    const client = await pool.connect();
    client.release();
    return {
      db: drizzlePg(pool, { schema }),
      kind: 'postgres',
      location: redact(options.url),
      close: () => pool.end(),
      exclusive: async (lockId, fn) => {
        // Session-level advisory lock on one dedicated connection, so lock and unlock pair up.
        const lockClient = await pool.connect();
        try {
          await lockClient.query('select pg_advisory_lock($1)', [lockId]);
          return await fn();
        } finally {
          await lockClient.query('select pg_advisory_unlock($1)', [lockId]).catch(() => undefined);
          lockClient.release();
        }
      },
    };
  }
  const dataDir = options.dataDir ?? './.tatabbu-data';
  let release = () => {};
  if (!dataDir.startsWith('memory://')) {
    mkdirSync(dataDir, { recursive: true });
    release = lockDataDir(dataDir);
  }
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir, { extensions: { pg_trgm, unaccent } });
  } catch (err) {
    release();
    throw err;
  }
  return {
    db: drizzlePglite(client, { schema }),
    kind: 'pglite',
    location: dataDir,
    close: async () => {
      await client.close();
      release();
    },
    exclusive: (_lockId, fn) => fn(),
  };
}

/** Applies pending migrations; safe to run at every start and from several servers. */
export async function migrate(database: Database): Promise<void> {
  if (database.kind === 'postgres') {
    // Serialise concurrent starts of several app servers.
    await database.exclusive(LOCK_MIGRATE, () =>
      migratePg(database.db as ReturnType<typeof drizzlePg<Schema>>, { migrationsFolder: MIGRATIONS_DIR }),
    );
  } else {
    await migratePglite(database.db as ReturnType<typeof drizzlePglite<Schema>>, {
      migrationsFolder: MIGRATIONS_DIR,
    });
  }
}

import type { ImportProblem, RecommendationDraft, RecommendationRecord } from '@tatabbu/domain';
import { recommendationRecordSchema } from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import { createUser } from '../accounts/users.js';
import { queryRows } from '../audit/sql.js';
import type { Database, Db } from '../connection.js';
import { dataRootDefault, loadReferenceData } from '../reference/load.js';
import { openTestDatabase } from '../testing.js';
import { commitImport, createImport, getImport, previewImport } from './jobs.js';

/** A migrated test database with the real reference data and a coordinator to act as. */
export async function openImportTestDatabase(): Promise<{ database: Database; actorId: string }> {
  const database = await openTestDatabase();
  await loadReferenceData(database.db, dataRootDefault());
  const user = await createUser(
    database.db,
    {
      email: 'coordinator@example.org',
      name: 'Coordinator',
      role: 'coordinator',
      passwordHash: 'x',
      mustChangePassword: false,
    },
    null,
  );
  return { database, actorId: user.id };
}

/**
 * One database for a test file: opened before its tests, closed after. Read `db` and `actorId`
 * from the returned object inside tests (they are set once the hook has run).
 */
export function useImportTestDatabase(): { database: Database; db: Db; actorId: string } {
  const context = {} as { database: Database; db: Db; actorId: string };
  beforeAll(async () => {
    const { database, actorId } = await openImportTestDatabase();
    Object.assign(context, { database, db: database.db, actorId });
  }, 120_000);
  afterAll(async () => {
    await context.database?.close();
  });
  return context;
}

/** Records as a parser hands them over (validated, defaults applied), rows numbered from 2. */
export const asParsed = (drafts: RecommendationDraft[], problems: ImportProblem[] = []) => ({
  records: drafts.map((draft, i) => ({
    row: i + 2,
    record: recommendationRecordSchema.parse(draft) as RecommendationRecord,
  })),
  problems,
  totalRows: drafts.length,
});

/** Creates and previews an import; returns the job as the API would show it. */
export async function preview(
  db: Db,
  actorId: string,
  drafts: RecommendationDraft[],
  problems: ImportProblem[] = [],
) {
  const id = await createImport(db, { actorId, fileName: 'test.csv', format: 'csv', dryRun: true });
  await previewImport(db, id, asParsed(drafts, problems));
  const job = await getImport(db, id, { rowsPage: 1, rowsPageSize: 500, problemsPage: 1 }, 'en');
  if (!job) throw new Error('import vanished');
  return job;
}

/** Preview then commit, as the CLI does without --dry-run. */
export async function importNow(db: Db, actorId: string, drafts: RecommendationDraft[]) {
  const job = await preview(db, actorId, drafts);
  const counts = await commitImport(db, job.id, { actorId, version: job.version });
  return { job, counts };
}

export async function scalar<T>(db: Db, query: ReturnType<typeof sql>): Promise<T> {
  const [row] = await queryRows<{ v: T }>(db, query);
  return row?.v as T;
}

export const countOf = (db: Db, table: string) =>
  scalar<number>(db, sql`select count(*)::int as v from ${sql.raw(table)}`);

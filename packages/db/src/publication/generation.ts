import { sql } from 'drizzle-orm';
import type { Db } from '../connection.js';

/**
 * The publication generation (migration 0010): goes up once per committed transaction that changed
 * a table the public can see. Caches of anonymous answers are valid while it stays the same.
 */
export async function readPublicationGeneration(db: Db): Promise<string> {
  const result = await db.execute(sql`select value::text as value from publication_generation where id = 1`);
  const [row] = result.rows as { value: string }[];
  return row?.value ?? '0';
}

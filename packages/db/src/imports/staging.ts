import type { RecommendationRecord } from '@tatabbu/domain';
import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../connection.js';
import { importRecords } from '../schema/index.js';

/** Rows written per statement, and read per query, when staging a large file. */
const BATCH = 2_000;

export interface StagedRecord {
  row: number;
  record: RecommendationRecord;
}

/** Keeps the validated rows of a previewed import until it is committed or dropped. */
export async function stageRecords(db: Db | Tx, importId: string, records: readonly StagedRecord[]) {
  for (let i = 0; i < records.length; i += BATCH) {
    await db
      .insert(importRecords)
      .values(records.slice(i, i + BATCH).map(({ row, record }) => ({ importId, row, record })));
  }
}

/** The staged rows of an import in row order, read a batch at a time. */
export async function readStagedRecords(db: Db | Tx, importId: string): Promise<StagedRecord[]> {
  const all: StagedRecord[] = [];
  let after = -1;
  for (;;) {
    const page = await db
      .select({ row: importRecords.row, record: importRecords.record })
      .from(importRecords)
      .where(and(eq(importRecords.importId, importId), gt(importRecords.row, after)))
      .orderBy(asc(importRecords.row))
      .limit(BATCH);
    all.push(...page);
    if (page.length < BATCH) return all;
    after = page[page.length - 1]?.row ?? after;
  }
}

/** Drops the staged rows of imports that were committed, discarded or failed. */
export async function dropStagedRecords(db: Db | Tx, importIds: readonly string[]) {
  if (importIds.length) await db.delete(importRecords).where(inArray(importRecords.importId, [...importIds]));
}

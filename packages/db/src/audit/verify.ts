import { sql } from 'drizzle-orm';
import type { Db } from '../connection.js';
import { auditHash, GENESIS_HASH } from './record.js';
import { isoTimestamp, queryRows } from './sql.js';

export type AuditChainVerdict = { ok: true; count: number } | { ok: false; brokenAt: number };

interface ChainRow {
  seq: number;
  at: string;
  actor_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  prev_hash: string;
  hash: string;
}

/**
 * Walks the whole trail in `seq` order, a page at a time, recomputing every hash. `brokenAt` is
 * the `seq` of the first event whose content or link to its predecessor does not match: it was
 * edited, or inserted or removed around it. (Removing the newest events leaves no trace in the
 * chain itself; keep an external copy of the latest hash for that.)
 */
export async function verifyAuditChain(db: Db, pageSize = 1000): Promise<AuditChainVerdict> {
  let expectedPrev = GENESIS_HASH;
  let afterSeq = 0;
  let count = 0;
  for (;;) {
    const page = await queryRows<ChainRow>(
      db,
      sql`select seq::float8 as seq, ${isoTimestamp(sql`at`)} as at, actor_id, action, entity, entity_id,
                 before, after, prev_hash, hash
          from audit_events where seq > ${afterSeq} order by seq limit ${pageSize}`,
    );
    for (const row of page) {
      const recomputed = auditHash(row.prev_hash, {
        at: row.at,
        actorId: row.actor_id,
        action: row.action,
        entity: row.entity,
        entityId: row.entity_id,
        before: row.before ?? null,
        after: row.after ?? null,
      });
      if (row.prev_hash !== expectedPrev || row.hash !== recomputed) return { ok: false, brokenAt: row.seq };
      expectedPrev = row.hash;
      afterSeq = row.seq;
      count++;
    }
    if (page.length < pageSize) return { ok: true, count };
  }
}

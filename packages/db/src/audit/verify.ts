import { sql } from 'drizzle-orm';
import type { Db } from '../connection.js';
import { auditHash, GENESIS_HASH } from './record.js';
import { isoTimestamp, queryRows } from './sql.js';

/**
 * Why an event does not fit the chain:
 * - `content_changed`: its stored content no longer gives its stored hash (the event was edited);
 * - `events_missing`: it does not link to the event before it and sequence numbers are missing in
 *   between (events `missingFrom`…`missingTo` were deleted);
 * - `link_broken`: it does not link to the event right before it (that one was rewritten together
 *   with its hash, or this one was inserted).
 */
export type AuditChainProblemKind = 'content_changed' | 'events_missing' | 'link_broken';

export interface AuditChainProblem {
  seq: number;
  kind: AuditChainProblemKind;
  missingFrom?: number;
  missingTo?: number;
}

export interface AuditChainVerdict {
  ok: boolean;
  /** Events read. */
  count: number;
  /** `seq` of the first event that does not fit, null when the chain is intact. */
  brokenAt: number | null;
  /** Every problem found, in `seq` order (at most `MAX_PROBLEMS`). */
  problems: AuditChainProblem[];
}

const MAX_PROBLEMS = 1000;

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

function problemOf(row: ChainRow, expectedPrev: string, previousSeq: number): AuditChainProblem | null {
  const recomputed = auditHash(row.prev_hash, {
    at: row.at,
    actorId: row.actor_id,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    before: row.before ?? null,
    after: row.after ?? null,
  });
  if (row.hash !== recomputed) return { seq: row.seq, kind: 'content_changed' };
  if (row.prev_hash === expectedPrev) return null;
  // Gaps alone are normal (a rolled-back transaction burns sequence numbers); with a broken link
  // they say where the deleted events were.
  if (row.seq > previousSeq + 1) {
    return { seq: row.seq, kind: 'events_missing', missingFrom: previousSeq + 1, missingTo: row.seq - 1 };
  }
  return { seq: row.seq, kind: 'link_broken' };
}

/**
 * Walks the whole trail in `seq` order, a page at a time, recomputing every hash, and goes on after
 * a problem (from the stored hash) so that every tampered place is reported, not only the first.
 * (Removing the newest events leaves no trace in the chain itself; keep an external copy of the
 * latest hash for that.)
 */
export async function verifyAuditChain(db: Db, pageSize = 1000): Promise<AuditChainVerdict> {
  let expectedPrev = GENESIS_HASH;
  let afterSeq = 0;
  let count = 0;
  const problems: AuditChainProblem[] = [];
  for (;;) {
    const page = await queryRows<ChainRow>(
      db,
      sql`select seq::float8 as seq, ${isoTimestamp(sql`at`)} as at, actor_id, action, entity, entity_id,
                 before, after, prev_hash, hash
          from audit_events where seq > ${afterSeq} order by seq limit ${pageSize}`,
    );
    for (const row of page) {
      const problem = problemOf(row, expectedPrev, afterSeq);
      if (problem && problems.length < MAX_PROBLEMS) problems.push(problem);
      expectedPrev = row.hash;
      afterSeq = row.seq;
      count++;
    }
    if (page.length < pageSize) {
      return { ok: problems.length === 0, count, brokenAt: problems[0]?.seq ?? null, problems };
    }
  }
}

import { sql } from 'drizzle-orm';
import {
  type AuditEventInput,
  auditHash,
  auditPayload,
  GENESIS_HASH,
  type HashedContent,
} from '../audit/record.js';
import { queryRows } from '../audit/sql.js';
import { LOCK_AUDIT, type Tx } from '../connection.js';
import { auditEvents } from '../schema/index.js';

/**
 * Appends many events to the hash-chained audit trail at once: one lock, one read of the chain
 * head, hashes chained in memory, batched inserts. The same chain `recordAudit` writes one event
 * at a time (and `verifyAuditChain` checks), at a cost that grows with the events, not round trips.
 */
export async function recordAuditBatch(tx: Tx, events: AuditEventInput[]): Promise<void> {
  if (!events.length) return;
  await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_AUDIT})`);
  const [head] = await queryRows<{ prev: string | null; at: string }>(
    tx,
    sql`select (select hash from audit_events order by seq desc limit 1) as prev,
               to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at`,
  );
  if (!head) throw new Error('audit: could not read the chain head');
  let prevHash = head.prev ?? GENESIS_HASH;
  const rows = events.map((event) => {
    const content: HashedContent = {
      at: head.at,
      actorId: event.actorId,
      action: event.action,
      entity: event.entity,
      entityId: event.entityId ?? null,
      before: auditPayload(event.before),
      after: auditPayload(event.after),
    };
    const hash = auditHash(prevHash, content);
    const row = { ...content, prevHash, hash };
    prevHash = hash;
    return row;
  });
  // Inserted in order, so `seq` follows the chain.
  for (let i = 0; i < rows.length; i += 500) await tx.insert(auditEvents).values(rows.slice(i, i + 500));
}

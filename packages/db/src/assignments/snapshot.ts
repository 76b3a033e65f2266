import { type SQL, sql } from 'drizzle-orm';
import type { AuditEventInput } from '../audit/record.js';
import { queryRows } from '../audit/sql.js';
import type { Tx } from '../connection.js';

/** A recommendation's current responsible institutions by code, as the audit trail keeps them. */
export interface AssignmentSnapshot {
  lead: string | null;
  contributing: string | null;
}

const EMPTY: AssignmentSnapshot = { lead: null, contributing: null };

/** Snapshots of the recommendations selected by `ids` (a subquery or a list). */
export async function snapshots(tx: Tx, ids: SQL): Promise<Map<string, AssignmentSnapshot>> {
  const rows = await queryRows<{ rid: string; code: string; role: string }>(
    tx,
    sql`select a.recommendation_id as rid, i.code, a.role
        from assignments a join institutions i on i.id = a.institution_id
        where a.ended_at is null and a.recommendation_id in ${ids}
        order by i.code`,
  );
  const lists = new Map<string, { lead: string[]; contributing: string[] }>();
  for (const row of rows) {
    const entry = lists.get(row.rid) ?? { lead: [], contributing: [] };
    (row.role === 'lead' ? entry.lead : entry.contributing).push(row.code);
    lists.set(row.rid, entry);
  }
  const out = new Map<string, AssignmentSnapshot>();
  for (const [rid, { lead, contributing }] of lists) {
    out.set(rid, { lead: lead.join(', ') || null, contributing: contributing.join(', ') || null });
  }
  return out;
}

/**
 * One event per changed recommendation, on the recommendation itself so its timeline shows who
 * became responsible: before/after are the lead and contributing institutions.
 */
export function assignmentEvents(
  action: string,
  actorId: string | null,
  ids: readonly string[],
  before: Map<string, AssignmentSnapshot>,
  after: Map<string, AssignmentSnapshot>,
): AuditEventInput[] {
  return ids.map((id) => ({
    actorId,
    action,
    entity: 'recommendation',
    entityId: id,
    before: before.get(id) ?? EMPTY,
    after: after.get(id) ?? EMPTY,
  }));
}

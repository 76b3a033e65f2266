import type { Assignment, AssignmentRole } from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import { recordAuditEvents } from '../audit/record.js';
import { inTransaction, isUuid, queryRows } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';
import { ConflictError, NotFoundError } from '../errors.js';
import { InvalidReferenceError } from '../institutions/errors.js';
import { getAssignment } from './read.js';
import { assignmentEvents, snapshots } from './snapshot.js';

/** The institution must exist and be active to receive new assignments. */
export async function checkAssignable(tx: Db | Tx, institutionId: string): Promise<void> {
  const [row] = isUuid(institutionId)
    ? await queryRows<{ active: boolean }>(
        tx,
        sql`select active from institutions where id = ${institutionId}`,
      )
    : [];
  if (!row) throw new InvalidReferenceError('institutionId', 'unknown');
  if (!row.active) throw new InvalidReferenceError('institutionId', 'inactive');
}

/** Ends the current assignments matched by `where` (over alias `a`); returns how many. */
async function endWhere(tx: Tx, where: ReturnType<typeof sql>, actorId: string | null): Promise<number> {
  const ended = await queryRows<{ id: string }>(
    tx,
    sql`update assignments a set ended_at = now(), ended_by = ${actorId}
        where a.ended_at is null and ${where} returning a.id`,
  );
  return ended.length;
}

/**
 * Makes `institutionId` responsible for the recommendation with `role`:
 * - already so: nothing changes;
 * - assigned with the other role: that assignment ends and one with the new role starts;
 * - a new lead: the previous lead is demoted to contributing (ended, and a contributing one starts),
 *   because the institution usually keeps working on it; a coordinator ends it explicitly if not.
 * The recommendation row is locked first, so two concurrent requests cannot leave two leads.
 */
export async function assignRecommendation(
  db: Db | Tx,
  input: { recommendationId: string; institutionId: string; role: AssignmentRole },
  actorId: string | null,
  action = 'assignment.assign',
): Promise<{ changed: boolean; assignment: Assignment | null }> {
  const { recommendationId: rid, institutionId, role } = input;
  if (!isUuid(rid)) throw new NotFoundError('recommendation', rid);
  return inTransaction(db, async (tx) => {
    const [rec] = await queryRows<{ id: string }>(
      tx,
      sql`select id from recommendations where id = ${rid} for update`,
    );
    if (!rec) throw new NotFoundError('recommendation', rid);
    await checkAssignable(tx, institutionId);
    const current = await queryRows<{ id: string; institution_id: string; role: AssignmentRole }>(
      tx,
      sql`select id, institution_id, role from assignments where recommendation_id = ${rid} and ended_at is null`,
    );
    const own = current.find((a) => a.institution_id === institutionId);
    if (own?.role === role) return { changed: false, assignment: await getAssignment(tx, own.id) };

    const before = await snapshots(tx, sql`(${rid})`);
    if (own) await endWhere(tx, sql`a.id = ${own.id}`, actorId);
    if (role === 'lead') {
      for (const lead of current.filter((a) => a.role === 'lead' && a.institution_id !== institutionId)) {
        await endWhere(tx, sql`a.id = ${lead.id}`, actorId);
        await insertAssignment(tx, rid, lead.institution_id, 'contributing', actorId);
      }
    }
    const id = await insertAssignment(tx, rid, institutionId, role, actorId);
    const after = await snapshots(tx, sql`(${rid})`);
    await recordAuditEvents(tx, assignmentEvents(action, actorId, [rid], before, after));
    return { changed: true, assignment: await getAssignment(tx, id) };
  });
}

async function insertAssignment(
  tx: Tx,
  rid: string,
  institutionId: string,
  role: AssignmentRole,
  actorId: string | null,
): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    tx,
    sql`insert into assignments (recommendation_id, institution_id, role, assigned_by)
        values (${rid}, ${institutionId}, ${role}, ${actorId}) returning id`,
  );
  if (!row) throw new Error('assignment insert returned nothing');
  return row.id;
}

/** A current assignment, or ConflictError when it has ended meanwhile (a stale screen). */
async function currentAssignment(tx: Db | Tx, id: string): Promise<Assignment> {
  const assignment = await getAssignment(tx, id);
  if (!assignment) throw new NotFoundError('assignment', id);
  if (assignment.endedAt) throw new ConflictError('assignment', 'ended', 'this assignment has already ended');
  return assignment;
}

/** A new role for a current assignment: the old row ends, a new one starts (history kept). */
export async function changeAssignmentRole(
  db: Db | Tx,
  id: string,
  role: AssignmentRole,
  actorId: string | null,
): Promise<{ changed: boolean; assignment: Assignment | null }> {
  return inTransaction(db, async (tx) => {
    const assignment = await currentAssignment(tx, id);
    return assignRecommendation(
      tx,
      { recommendationId: assignment.recommendationId, institutionId: assignment.institution.id, role },
      actorId,
      'assignment.role_change',
    );
  });
}

/** Ends an assignment (never deletes it): the recommendation keeps it in its history. */
export async function endAssignment(db: Db | Tx, id: string, actorId: string | null): Promise<Assignment> {
  return inTransaction(db, async (tx) => {
    const assignment = await currentAssignment(tx, id);
    const rid = assignment.recommendationId;
    await tx.execute(sql`select id from recommendations where id = ${rid} for update`);
    const before = await snapshots(tx, sql`(${rid})`);
    const ended = await endWhere(tx, sql`a.id = ${id}`, actorId);
    if (ended === 0) throw new ConflictError('assignment', 'ended', 'this assignment has already ended');
    const after = await snapshots(tx, sql`(${rid})`);
    await recordAuditEvents(tx, assignmentEvents('assignment.end', actorId, [rid], before, after));
    const result = await getAssignment(tx, id);
    if (!result) throw new NotFoundError('assignment', id);
    return result;
  });
}

import type {
  AssignmentRole,
  BulkAssignResult,
  RecommendationFilters,
  RecommendationScope,
} from '@tatabbu/domain';
import { type SQL, sql } from 'drizzle-orm';
import { recordAuditEvents } from '../audit/record.js';
import { inTransaction, isUuid, queryRows } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';
import { scopeCondition, sqlList } from '../recommendations/conditions.js';
import { allConditions, compileFilters } from '../recommendations/filters.js';
import { assignmentEvents, snapshots } from './snapshot.js';
import { checkAssignable } from './write.js';

export interface BulkAssignment {
  /** Named recommendations, or those matching the list's filters; either way within the scope. */
  ids?: readonly string[] | undefined;
  filters?: RecommendationFilters | undefined;
  institutionId: string;
  role: AssignmentRole;
  dryRun: boolean;
}

async function targetCondition(db: Db | Tx, scope: RecommendationScope, input: BulkAssignment): Promise<SQL> {
  if (input.filters) return allConditions(await compileFilters(db, scope, input.filters));
  const ids = (input.ids ?? []).filter(isUuid);
  return ids.length ? sql`r.id in ${sqlList(ids)} and ${scopeCondition(scope)}` : sql`false`;
}

const TARGETS = sql`(select id from tatabbu_bulk_assign)`;
const TO_CHANGE = sql`(select id from tatabbu_bulk_assign where not unchanged)`;

/**
 * Assigns every recommendation matching the list's filters (within `scope`) to one institution, in
 * set-based statements whatever their number, with the same rules as one by one
 * (`assignRecommendation`): an existing assignment with the other role is ended and restarted with
 * the asked one; a new lead demotes the previous lead to contributing. One audit event per changed
 * recommendation. `dryRun` counts and writes nothing (the confirmation dialog shows the counts).
 */
export async function bulkAssign(
  db: Db | Tx,
  scope: RecommendationScope,
  input: BulkAssignment,
  actorId: string | null,
): Promise<BulkAssignResult> {
  const { institutionId, role } = input;
  return inTransaction(db, async (tx) => {
    await checkAssignable(tx, institutionId);
    const where = await targetCondition(tx, scope, input);
    await tx.execute(sql`drop table if exists tatabbu_bulk_assign`);
    await tx.execute(
      sql`create temporary table tatabbu_bulk_assign (id uuid primary key, unchanged boolean not null)
          on commit drop`,
    );
    // Locked like a single assignment, so a concurrent one cannot slip in a second lead.
    await tx.execute(
      sql`insert into tatabbu_bulk_assign (id, unchanged)
          select r.id, exists (select 1 from assignments a where a.recommendation_id = r.id
            and a.institution_id = ${institutionId} and a.role = ${role} and a.ended_at is null)
          from recommendations r where ${where} order by r.id for update of r`,
    );
    const [counts] = await queryRows<{ matched: number; unchanged: number; demoted: number }>(
      tx,
      sql`select count(*)::int as matched, count(*) filter (where unchanged)::int as unchanged,
            (select count(*)::int from assignments a where a.ended_at is null and a.role = 'lead'
               and ${role} = 'lead' and a.institution_id <> ${institutionId}
               and a.recommendation_id in ${TO_CHANGE}) as demoted
          from tatabbu_bulk_assign`,
    );
    const matched = Number(counts?.matched ?? 0);
    const unchanged = Number(counts?.unchanged ?? 0);
    const result = {
      matched,
      assigned: matched - unchanged,
      unchanged,
      demoted: Number(counts?.demoted ?? 0),
    };
    if (input.dryRun || result.assigned === 0) return { ...result, dryRun: input.dryRun };

    const changedIds = (
      await queryRows<{ id: string }>(
        tx,
        sql`select id from tatabbu_bulk_assign where not unchanged order by id`,
      )
    ).map((r) => r.id);
    const before = await snapshots(tx, TO_CHANGE);
    // The institution's assignment with the other role ends (it restarts below with the asked role).
    await tx.execute(
      sql`update assignments a set ended_at = now(), ended_by = ${actorId}
          where a.ended_at is null and a.institution_id = ${institutionId} and a.recommendation_id in ${TO_CHANGE}`,
    );
    if (role === 'lead') {
      await tx.execute(
        sql`with demoted as (
              update assignments a set ended_at = now(), ended_by = ${actorId}
              where a.ended_at is null and a.role = 'lead' and a.recommendation_id in ${TO_CHANGE}
              returning a.recommendation_id, a.institution_id)
            insert into assignments (recommendation_id, institution_id, role, assigned_by)
            select recommendation_id, institution_id, 'contributing', ${actorId} from demoted`,
      );
    }
    await tx.execute(
      sql`insert into assignments (recommendation_id, institution_id, role, assigned_by)
          select id, ${institutionId}, ${role}, ${actorId} from tatabbu_bulk_assign where not unchanged`,
    );
    const after = await snapshots(tx, TARGETS);
    await recordAuditEvents(
      tx,
      assignmentEvents('assignment.bulk_assign', actorId, changedIds, before, after),
    );
    return { ...result, dryRun: false };
  });
}

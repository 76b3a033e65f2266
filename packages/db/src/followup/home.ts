import type { DueItem, Home } from '@tatabbu/domain';
import { sql } from 'drizzle-orm';
import { queryRows } from '../audit/sql.js';
import { reads } from '../concurrent-reads.js';
import type { Db, Tx } from '../connection.js';
import { askedPairs, PAIR_UPDATE_JOIN } from './asks.js';
import { openRounds } from './rounds.js';
import type { FollowUpScope } from './scope.js';
import { institutionColumns, SUBJECT_COLUMNS, type SubjectRow, toInstitution, toSubject } from './shapes.js';
import { selectUpdates } from './updates-read.js';

const LIST_LIMIT = 100;

const EMPTY_HOME: Home = {
  institution: null,
  assigned: { lead: 0, contributing: 0, items: [] },
  due: { total: 0, overdue: 0, items: [] },
  returned: [],
  rounds: [],
  toReview: { total: 0, items: [] },
};

interface DueRow extends SubjectRow {
  round_id: string;
  round_title: DueItem['round']['title'];
  round_deadline: string;
  update_id: string | null;
  update_status: DueItem['updateStatus'];
  overdue: boolean;
}

/** What an institution has on its desk: assignments, items due in open rounds, returned updates. */
async function institutionHome(db: Db | Tx, scope: FollowUpScope, institutionId: string): Promise<Home> {
  const due = sql`from (${askedPairs(sql`ri.institution_id = ${institutionId}`)}) p
      join rounds ro on ro.id = p.round_id and ro.status = 'open'
      ${PAIR_UPDATE_JOIN}
      left join recommendations r on r.id = p.recommendation_id
      left join measures m on m.id = p.measure_id
      where u.status is null or u.status in ('draft', 'returned')`;
  const [institution, counts, assigned, dueCounts, dueRows, returned] = await reads(
    db,
    () =>
      queryRows<Record<string, unknown>>(
        db,
        sql`select ${institutionColumns('i')} from institutions i where i.id = ${institutionId}`,
      ),
    () =>
      queryRows<{ lead: number; contributing: number }>(
        db,
        sql`select count(*) filter (where role = 'lead')::int as lead,
              count(*) filter (where role = 'contributing')::int as contributing
            from assignments where institution_id = ${institutionId} and ended_at is null`,
      ),
    () =>
      queryRows<SubjectRow & { role: 'lead' | 'contributing' }>(
        db,
        sql`select a.role, ${SUBJECT_COLUMNS}
            from assignments a join recommendations r on r.id = a.recommendation_id
            left join measures m on false
            where a.institution_id = ${institutionId} and a.ended_at is null
            order by a.role desc, r.key_sort collate "C" limit ${LIST_LIMIT}`,
      ),
    () =>
      queryRows<{ total: number; overdue: number }>(
        db,
        sql`select count(*)::int as total, count(*) filter (where ro.deadline < current_date)::int as overdue ${due}`,
      ),
    () =>
      queryRows<DueRow>(
        db,
        sql`select ro.id as round_id, ro.title as round_title, ro.deadline::text as round_deadline,
              u.id as update_id, u.status as update_status, ro.deadline < current_date as overdue, ${SUBJECT_COLUMNS}
            ${due}
            order by ro.deadline, ro.id, p.item_id limit ${LIST_LIMIT}`,
      ),
    () =>
      selectUpdates(
        db,
        scope,
        sql`u.institution_id = ${institutionId} and u.status = 'returned'`,
        sql`order by u.updated_at desc limit ${LIST_LIMIT}`,
      ),
  );
  return {
    ...EMPTY_HOME,
    institution: institution[0] ? toInstitution(institution[0]) : null,
    assigned: {
      lead: counts[0]?.lead ?? 0,
      contributing: counts[0]?.contributing ?? 0,
      items: assigned.map((row) => ({ ...toSubject(row), role: row.role })),
    },
    due: {
      total: dueCounts[0]?.total ?? 0,
      overdue: dueCounts[0]?.overdue ?? 0,
      items: dueRows.map((row) => ({
        round: { id: row.round_id, title: row.round_title, deadline: row.round_deadline },
        subject: toSubject(row),
        updateId: row.update_id,
        updateStatus: row.update_status,
        overdue: row.overdue,
      })),
    },
    returned,
  };
}

/** What the coordinator has on their desk: open rounds' completion and updates to review. */
async function coordinatorHome(db: Db | Tx, scope: FollowUpScope): Promise<Home> {
  const [rounds, toReview, counted] = await reads(
    db,
    () => openRounds(db, scope),
    () =>
      selectUpdates(
        db,
        scope,
        sql`u.status = 'submitted'`,
        sql`order by u.submitted_at, u.id limit ${LIST_LIMIT}`,
      ),
    () =>
      queryRows<{ total: number }>(
        db,
        sql`select count(*)::int as total from progress_updates where status = 'submitted'`,
      ),
  );
  return { ...EMPTY_HOME, rounds, toReview: { total: counted[0]?.total ?? 0, items: toReview } };
}

/** `GET /me/home`: the workspace home of the signed-in user, by what their scope makes them. */
export async function loadHome(db: Db | Tx, scope: FollowUpScope): Promise<Home> {
  if (scope.kind === 'all') return coordinatorHome(db, scope);
  if (scope.kind === 'institution') return institutionHome(db, scope, scope.institutionId);
  return EMPTY_HOME;
}

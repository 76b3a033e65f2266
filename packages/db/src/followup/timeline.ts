import type { FollowUpTimeline, StatusChange, UpdateStepEvent } from '@tatabbu/domain';
import { type SQL, sql } from 'drizzle-orm';
import { isoTimestamp, queryRows } from '../audit/sql.js';
import { reads } from '../concurrent-reads.js';
import type { Db, Tx } from '../connection.js';
import { type FollowUpScope, updateVisible } from './scope.js';
import { institutionColumns, toInstitution } from './shapes.js';
import { selectUpdates } from './updates-read.js';

interface StepRow extends Record<string, unknown> {
  update_id: string;
  round_title: UpdateStepEvent['roundTitle'];
  version: number;
  action: UpdateStepEvent['action'];
  status: UpdateStepEvent['status'];
  comment: string | null;
  actor_name: string | null;
  at: string;
}

/**
 * The follow-up side of a recommendation's history: the updates the reader may see, every step of
 * them (the institution's own and staff see all steps and comments; others only that it was
 * submitted, validated and published), and the official status changes the reader may see (`statusChangeVisible`).
 * The caller has checked that the reader may see the recommendation itself.
 */
/**
 * Status changes (`s`) the scope may see: staff all; an institution the manual ones and those set by
 * an update it may read (not another institution's update before it is published); the public
 * only those set by a published update.
 */
function statusChangeVisible(scope: FollowUpScope): SQL {
  if (scope.kind === 'all') return sql`true`;
  const byVisibleUpdate = sql`exists (select 1 from progress_updates u where u.id = s.update_id and ${updateVisible(scope)})`;
  return scope.kind === 'public' ? byVisibleUpdate : sql`(s.update_id is null or ${byVisibleUpdate})`;
}

export async function loadFollowUpTimeline(
  db: Db | Tx,
  scope: FollowUpScope,
  recommendationId: string,
): Promise<FollowUpTimeline> {
  const own = scope.kind === 'institution' ? scope.institutionId : null;
  const internal = scope.kind === 'all' ? sql`true` : own ? sql`u.institution_id = ${own}` : sql`false`;
  const [updates, steps, changes] = await reads(
    db,
    () =>
      selectUpdates(
        db,
        scope,
        sql`u.recommendation_id = ${recommendationId}`,
        sql`order by u.updated_at desc`,
      ),
    () =>
      queryRows<StepRow>(
        db,
        sql`select v.update_id, ro.title as round_title, v.version, v.action, v.status,
            case when ${internal} then v.comment end as comment,
            case when ${internal} then us.name end as actor_name,
            ${isoTimestamp(sql`v.at`)} as at, ${institutionColumns('i')}
          from progress_update_versions v
          join progress_updates u on u.id = v.update_id
          join rounds ro on ro.id = u.round_id
          join institutions i on i.id = u.institution_id
          left join users us on us.id = v.actor_id
          where u.recommendation_id = ${recommendationId} and ${updateVisible(scope)}
            and (${internal} or v.action in ('submit', 'validate', 'publish'))
          order by v.at desc, v.version desc limit 500`,
      ),
    () =>
      queryRows<{
        from_status: StatusChange['fromStatus'];
        to_status: StatusChange['toStatus'];
        origin: StatusChange['origin'];
        update_id: string | null;
        actor_name: string | null;
        at: string;
      }>(
        db,
        sql`select s.from_status, s.to_status, s.origin, s.update_id,
            case when ${scope.kind === 'public' ? sql`false` : sql`true`} then us.name end as actor_name,
            ${isoTimestamp(sql`s.at`)} as at
          from status_changes s left join users us on us.id = s.actor_id
          where s.recommendation_id = ${recommendationId} and ${statusChangeVisible(scope)}
          order by s.at desc, s.id desc limit 200`,
      ),
  );
  return {
    updates,
    steps: steps.map((row) => ({
      updateId: row.update_id,
      institution: toInstitution(row),
      roundTitle: row.round_title,
      version: row.version,
      action: row.action,
      status: row.status,
      comment: row.comment,
      actorName: row.actor_name,
      at: row.at,
    })),
    statusChanges: changes.map((row) => ({
      fromStatus: row.from_status,
      toStatus: row.to_status,
      origin: row.origin,
      updateId: row.update_id,
      actorName: row.actor_name,
      at: row.at,
    })),
  };
}

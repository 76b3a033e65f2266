import type { NotificationKind } from '@tatabbu/domain';
import { type SQL, sql } from 'drizzle-orm';
import { queryRows } from '../audit/sql.js';
import type { Db, Tx } from '../connection.js';
import { notificationWatermark } from './runs.js';

/**
 * The notification sweep (pull model): reads assignments, rounds and update versions and creates
 * one `notifications` row per event and recipient. Each row's `key` names both, and
 * `on conflict (key) do nothing` makes every notification happen exactly once, however often and
 * on however many servers the sweep runs. Nobody is notified of their own action.
 */

/**
 * Each query yields `key`, `user_id` and `payload` for one kind. Events are looked for after
 * `since`: the watermark, or a week ago when later, so that a sweep does not re-read the whole
 * history every minute (a server stopped for longer than a week skips what happened meanwhile).
 */
interface SweepWindow {
  watermark: string;
  since: string;
  now: string;
}
type Source = (window: SweepWindow) => SQL;

/** How far back a sweep looks for events. */
const LOOKBACK_MS = 7 * 86_400_000;

/**
 * New assignments by batch: the rows one request writes share `assigned_at` (the transaction's
 * time) and `assigned_by`, so a bulk assignment of 300 recommendations tells each focal point
 * once, with the count, instead of 300 times.
 */
const assignmentBatches = (since: string) => sql`
  select a.institution_id, a.assigned_at, a.assigned_by, count(*)::int as n,
    min(a.id::text) as first_id,
    (array_agg(r.id order by r.key_sort collate "C"))[1] as recommendation_id,
    (array_agg(r.key order by r.key_sort collate "C"))[1] as recommendation_key
  from assignments a
  join recommendations r on r.id = a.recommendation_id
  where a.ended_at is null and a.assigned_at > ${since}::timestamptz
  group by a.institution_id, a.assigned_at, a.assigned_by`;

const assignmentSource =
  (batch: boolean): Source =>
  ({ since }) =>
    sql`
  select ${batch ? sql`'assignment_batch:' || b.institution_id || ':' || extract(epoch from b.assigned_at)` : sql`'assignment:' || b.first_id`}
      || ':' || u.id as key, u.id as user_id,
    jsonb_build_object('recommendationId', b.recommendation_id, 'recommendationKey', b.recommendation_key,
      'count', b.n, 'institutionId', b.institution_id) as payload
  from (${assignmentBatches(since)}) b
  join users u on u.institution_id = b.institution_id and u.role = 'focal_point' and u.active
  where ${batch ? sql`b.n > 1` : sql`b.n = 1`} and u.id is distinct from b.assigned_by`;

const roundOpened: Source = ({ since }) => sql`
  select 'round_opened:' || r.id || ':' || u.id as key, u.id as user_id,
    jsonb_build_object('roundId', r.id, 'roundTitle', r.title, 'deadline', r.deadline) as payload
  from rounds r
  join round_institutions ri on ri.round_id = r.id
  join users u on u.institution_id = ri.institution_id and u.role in ('focal_point', 'contributor')
    and u.active
  where r.status = 'open' and coalesce(r.opened_at, r.updated_at) > ${since}::timestamptz`;

/**
 * Per open round and asked institution, the items it has not yet sent: the round's
 * recommendations assigned to it and measures it is responsible for, minus those with an update
 * of that institution that was submitted (or is further along).
 */
const pendingItems = sql`
  select ri.round_id, ri.institution_id, count(*)::int as items
  from rounds r
  join round_institutions ri on ri.round_id = r.id
  join round_items it on it.round_id = r.id
  where r.status = 'open'
    and (exists (select 1 from assignments a where a.recommendation_id = it.recommendation_id
                   and a.institution_id = ri.institution_id and a.ended_at is null)
      or exists (select 1 from measure_institutions mi where mi.measure_id = it.measure_id
                   and mi.institution_id = ri.institution_id))
    and not exists (select 1 from progress_updates pu where pu.round_id = r.id
                      and pu.institution_id = ri.institution_id
                      and pu.status in ('submitted', 'validated', 'published')
                      and (pu.recommendation_id = it.recommendation_id or pu.measure_id = it.measure_id))
  group by ri.round_id, ri.institution_id`;

/**
 * A deadline reminder when the days left (deadline − today, UTC) are within [min, max]. It counts
 * as happening on `deadline + offset` (or when the round opened, if later): only after the watermark.
 */
const deadline =
  (kind: NotificationKind, min: number, max: number, offsetDays: number): Source =>
  ({ watermark, now }) =>
    sql`
  select ${kind}::text || ':' || r.id || ':' || u.id as key, u.id as user_id,
    jsonb_build_object('roundId', r.id, 'roundTitle', r.title, 'deadline', r.deadline,
      'items', p.items, 'institutionId', p.institution_id) as payload
  from (${pendingItems}) p
  join rounds r on r.id = p.round_id
  join users u on u.institution_id = p.institution_id and u.role in ('focal_point', 'contributor')
    and u.active
  where (r.deadline - (${now}::timestamptz at time zone 'UTC')::date) between ${min}::int and ${max}::int
    and greatest((r.deadline + ${offsetDays}::int)::timestamp at time zone 'UTC',
                 coalesce(r.opened_at, r.created_at)) > ${watermark}::timestamptz`;

/** Steps of the update workflow, read from the kept versions (one row per step, never changed). */
const updateStep =
  (kind: NotificationKind, action: string, recipients: SQL): Source =>
  ({ since }) =>
    sql`
  select ${kind}::text || ':' || v.update_id || ':' || v.version || ':' || u.id as key,
    u.id as user_id,
    jsonb_build_object('updateId', pu.id, 'roundId', pu.round_id, 'roundTitle', r.title,
      'recommendationId', pu.recommendation_id, 'recommendationKey', rec.key,
      'measureId', pu.measure_id, 'institutionId', pu.institution_id,
      'comment', v.comment, 'version', v.version) as payload
  from progress_update_versions v
  join progress_updates pu on pu.id = v.update_id
  join rounds r on r.id = pu.round_id
  left join recommendations rec on rec.id = pu.recommendation_id
  join users u on (${recipients}) and u.active
  where v.action = ${action} and v.at > ${since}::timestamptz
    and u.id is distinct from v.actor_id`;

const toInstitution = sql`(u.institution_id = pu.institution_id and u.role = 'focal_point') or u.id = pu.created_by`;

export const SWEEP_SOURCES: Partial<Record<NotificationKind, Source>> = {
  assignment: assignmentSource(false),
  assignment_batch: assignmentSource(true),
  round_opened: roundOpened,
  deadline_7d: deadline('deadline_7d', 2, 7, -7),
  deadline_1d: deadline('deadline_1d', 0, 1, -1),
  overdue: deadline('overdue', -100000, -1, 1),
  submitted: updateStep('submitted', 'submit', sql`u.role = 'coordinator'`),
  returned: updateStep('returned', 'return', toInstitution),
  validated: updateStep('validated', 'validate', toInstitution),
  published: updateStep('published', 'publish', toInstitution),
};

/** Creates the notifications due at `now`; returns how many this call created, per kind. */
export async function sweepNotifications(
  db: Db | Tx,
  now: Date = new Date(),
): Promise<Partial<Record<NotificationKind, number>>> {
  const at = now.toISOString();
  const watermark = await notificationWatermark(db, now);
  const weekAgo = new Date(now.getTime() - LOOKBACK_MS).toISOString();
  const window = { watermark, since: new Date(watermark) > new Date(weekAgo) ? watermark : weekAgo, now: at };
  const created: Partial<Record<NotificationKind, number>> = {};
  for (const [kind, source] of Object.entries(SWEEP_SOURCES) as [NotificationKind, Source][]) {
    const rows = await queryRows<{ id: string }>(
      db,
      sql`insert into notifications (key, user_id, kind, payload, created_at)
          select distinct on (s.key) s.key, s.user_id, ${kind}::text, s.payload, ${at}::timestamptz from (${source(window)}) s
          on conflict (key) do nothing returning id`,
    );
    if (rows.length) created[kind] = rows.length;
  }
  return created;
}

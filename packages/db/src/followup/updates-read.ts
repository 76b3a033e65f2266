import type {
  ProgressUpdate,
  ProgressUpdateDetail,
  UpdateList,
  UpdateListQuery,
  UpdateVersion,
} from '@tatabbu/domain';
import { and, type SQL, sql } from 'drizzle-orm';
import { isoTimestamp, isUuid, queryRows } from '../audit/sql.js';
import { reads } from '../concurrent-reads.js';
import type { Db, Tx } from '../connection.js';
import { type FollowUpScope, updateVisible } from './scope.js';
import { toProgressUpdate, type UpdateRow, updateSelect } from './shapes.js';

/** Whether the reader sees the institution's side of an update (return comments, every step). */
export const isInternalReader = (scope: FollowUpScope, institutionId: string): boolean =>
  scope.kind === 'all' || (scope.kind === 'institution' && scope.institutionId === institutionId);

/** Updates matching `where` that `scope` may read, in API form. */
export async function selectUpdates(
  db: Db | Tx,
  scope: FollowUpScope,
  where: SQL,
  tail: SQL = sql``,
): Promise<ProgressUpdate[]> {
  const rows = await queryRows<UpdateRow>(db, updateSelect(sql`${updateVisible(scope)} and ${where}`, tail));
  return rows.map((row) => toProgressUpdate(row, isInternalReader(scope, row.inst_id as string)));
}

/** Steps the public may see: the update reached the coordinator, was accepted and published. */
const PUBLIC_STEPS = sql`('submit', 'validate', 'publish')`;

export async function loadVersions(db: Db | Tx, id: string, internal: boolean): Promise<UpdateVersion[]> {
  const rows = await queryRows<UpdateVersion & { actor_name: string | null }>(
    db,
    sql`select v.version, v.action, v.status, v.comment, us.name as actor_name, ${isoTimestamp(sql`v.at`)} as at
        from progress_update_versions v left join users us on us.id = v.actor_id
        where v.update_id = ${id} ${internal ? sql`` : sql`and v.action in ${PUBLIC_STEPS}`}
        order by v.version desc`,
  );
  return rows.map((r) => ({
    version: r.version,
    action: r.action,
    status: r.status,
    comment: internal ? r.comment : null,
    actorName: internal ? r.actor_name : null,
    at: r.at,
  }));
}

/** One update with its kept versions; null when missing or not visible to `scope`. */
export async function getUpdate(
  db: Db | Tx,
  scope: FollowUpScope,
  id: string,
): Promise<ProgressUpdateDetail | null> {
  if (!isUuid(id)) return null;
  const [update] = await selectUpdates(db, scope, sql`u.id = ${id}`);
  if (!update) return null;
  const versions = await loadVersions(db, id, isInternalReader(scope, update.institution.id));
  return { ...update, versions };
}

/** `GET /updates`: filters within the reader's scope, newest change first. */
export async function listUpdates(
  db: Db | Tx,
  scope: FollowUpScope,
  query: UpdateListQuery,
): Promise<UpdateList> {
  const id = (v: string | undefined) =>
    v === undefined ? undefined : isUuid(v) ? v : '00000000-0000-0000-0000-000000000000';
  const round = id(query.round);
  const institution = id(query.institution);
  const recommendation = id(query.recommendation);
  const measure = id(query.measure);
  const where =
    and(
      round ? sql`u.round_id = ${round}` : undefined,
      institution ? sql`u.institution_id = ${institution}` : undefined,
      query.status ? sql`u.status = ${query.status}` : undefined,
      recommendation ? sql`u.recommendation_id = ${recommendation}` : undefined,
      measure ? sql`u.measure_id = ${measure}` : undefined,
    ) ?? sql`true`;
  const [items, counted] = await reads(
    db,
    () =>
      selectUpdates(
        db,
        scope,
        where,
        sql`order by u.updated_at desc, u.id limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
      ),
    () =>
      queryRows<{ total: number }>(
        db,
        sql`select count(*)::int as total from progress_updates u where ${updateVisible(scope)} and ${where}`,
      ),
  );
  return { items, total: counted[0]?.total ?? 0 };
}
